//! How every finance report is written for people: typed cells, a heading (title, period,
//! generation time), column names from the message catalogue, CSV (with a byte-order mark
//! for Excel) and XLSX workbooks with one sheet per section.
//!
//! A money cell keeps its exact `Decimal`: CSV writes it as a decimal string with the
//! currency's minor unit; XLSX stores a double for display, with the currency's decimals as
//! the number format (see ARCHITECTURE.md, "Money in spreadsheets").

use std::future::Future;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use futures_util::{Stream, StreamExt};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::rules::{Period, inert_cell};
use crate::error::{AppError, AppResult};
use crate::i18n::{Language, Message};
use crate::money::{self, Currency};

/// The UTF-8 byte-order mark, which makes Excel on Windows read a CSV file as UTF-8.
pub const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

/// One cell of a report, typed so that each format writes it its own way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Text (names typed by people are made inert for spreadsheets).
    Text(String),
    /// A whole count.
    Count(i64),
    /// An exact amount in its currency.
    Money(Decimal, Currency),
    /// A calendar date.
    Date(NaiveDate),
    /// Nothing.
    Empty,
}

impl Cell {
    /// Text from a value people typed, never a spreadsheet formula.
    pub fn text(value: impl AsRef<str>) -> Self {
        Self::Text(inert_cell(value.as_ref()))
    }

    /// A date, or nothing.
    pub fn date(value: Option<NaiveDate>) -> Self {
        value.map_or(Self::Empty, Self::Date)
    }

    /// The cell as a CSV field: amounts with exactly the currency's decimals, dates as
    /// `YYYY-MM-DD`.
    pub fn csv_field(&self) -> String {
        match self {
            Self::Text(text) => text.clone(),
            Self::Count(count) => count.to_string(),
            Self::Money(amount, currency) => money::format_amount(*amount, *currency),
            Self::Date(date) => date.to_string(),
            Self::Empty => String::new(),
        }
    }
}

/// What a report says about itself at the top of every file and sheet.
#[derive(Debug, Clone)]
pub struct Heading {
    /// The report's title, in the reader's language.
    pub title: String,
    /// The period covered, in words.
    pub period: String,
    /// When it was generated, in words.
    pub generated: String,
}

impl Heading {
    /// The heading of report `title_id` (a catalogue id) over `period`, generated at `now`.
    pub fn new(title_id: &str, period: Period, now: DateTime<Utc>, language: Language) -> Self {
        let period = if period == Period::everything() {
            Message::new("report-period-all").render(language)
        } else {
            Message::new("report-period")
                .with("from", period.from.to_string())
                .with("to", period.to.to_string())
                .render(language)
        };
        Self {
            title: crate::i18n::text(language, title_id),
            period,
            generated: Message::new("report-generated")
                .with("at", now.format("%Y-%m-%d %H:%M UTC").to_string())
                .render(language),
        }
    }

    fn lines(&self) -> [&str; 3] {
        [&self.title, &self.period, &self.generated]
    }
}

/// One section of a report: a sheet of the workbook, or the body of a CSV file.
#[derive(Debug, Clone)]
pub struct Section {
    /// Its key: the sheet's name is `report-sheet-<key>` from the catalogue.
    pub key: &'static str,
    /// The keys of its columns: each heading is `report-column-<key>`.
    pub columns: &'static [&'static str],
    /// Its rows.
    pub rows: Vec<Vec<Cell>>,
    /// Its totals rows, written after the rows (in bold in a workbook).
    pub totals: Vec<Vec<Cell>>,
}

/// `row` filled out with empty cells to `width`, so that a CSV file stays rectangular.
pub fn padded(mut row: Vec<Cell>, width: usize) -> Vec<Cell> {
    if row.len() < width {
        row.resize(width, Cell::Empty);
    }
    row
}

/// A column's heading in `language`.
pub fn column_heading(key: &str, language: Language) -> String {
    crate::i18n::text(language, &format!("report-column-{}", key.replace('_', "-")))
}

/// The start of a CSV file: the byte-order mark when `excel`, the heading lines, an empty
/// line and the column headings.
pub fn csv_head(
    heading: &Heading,
    columns: &[&str],
    language: Language,
    excel: bool,
) -> Result<Vec<u8>, std::io::Error> {
    let mut bytes = if excel { BYTE_ORDER_MARK.to_vec() } else { Vec::new() };
    let lines: Vec<Vec<String>> = heading.lines().map(|line| vec![line.to_owned()]).to_vec();
    bytes.extend(csv_records(&lines)?);
    bytes.push(b'\n');
    let headings: Vec<String> = columns.iter().map(|key| column_heading(key, language)).collect();
    bytes.extend(csv_records(&[headings])?);
    Ok(bytes)
}

/// Rows as CSV lines.
pub fn csv_rows(rows: &[Vec<Cell>]) -> Result<Vec<u8>, std::io::Error> {
    let records: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(Cell::csv_field).collect())
        .collect();
    csv_records(&records)
}

fn csv_records(records: &[Vec<String>]) -> Result<Vec<u8>, std::io::Error> {
    let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    for record in records {
        writer.write_record(record).map_err(std::io::Error::other)?;
    }
    writer
        .into_inner()
        .map_err(|error| std::io::Error::other(error.to_string()))
}

/// A CSV file as a stream of chunks: `head` first, then a page of rows at a time from
/// `next_page` (each page a short query, so the connection is never held while the client
/// reads), until it answers no cursor. A failing page ends the stream with an error, so the
/// client sees a broken download rather than a file cut short without notice. The stream is
/// fused: a body polled again after its end (as the portal's compression does) gets the end
/// again, not a panic.
pub fn csv_stream<C, F, Fut>(
    head: Vec<u8>,
    start: Option<C>,
    next_page: F,
) -> impl Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static
where
    C: Send + 'static,
    F: Fn(C) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = AppResult<(Vec<Vec<Cell>>, Option<C>)>> + Send + 'static,
{
    enum Part<C> {
        Head(Vec<u8>, Option<C>),
        Page(C),
        Done,
    }
    let next_page = std::sync::Arc::new(next_page);
    futures_util::stream::unfold(Part::Head(head, start), move |part| {
        let next_page = next_page.clone();
        async move {
            match part {
                Part::Head(bytes, start) => Some((Ok(bytes), start.map_or(Part::Done, Part::Page))),
                Part::Page(cursor) => match next_page(cursor).await {
                    Ok((rows, after)) => Some((csv_rows(&rows), after.map_or(Part::Done, Part::Page))),
                    Err(error) => {
                        tracing::error!(%error, "a report stopped part-way");
                        Some((Err(std::io::Error::other(error.to_string())), Part::Done))
                    }
                },
                Part::Done => None,
            }
        }
    })
    .fuse()
}

/// The row (from 0) of a sheet's column headings: below the three heading lines and an
/// empty row. The rows above it and the headings stay in view (frozen) while scrolling.
pub const HEADER_ROW: u32 = 4;

/// A workbook with one sheet per section: the heading lines, the column headings (frozen,
/// with a filter), the rows, the totals rows in bold, the columns fitted to their content.
pub fn workbook(heading: &Heading, sections: &[Section], language: Language) -> AppResult<Vec<u8>> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    for section in sections {
        let name = crate::i18n::text(language, &format!("report-sheet-{}", section.key));
        let sheet = workbook.add_worksheet().set_name(sheet_name(&name)).map_err(failed)?;
        write_sheet(sheet, heading, section, language)?;
    }
    workbook.save_to_buffer().map_err(failed)
}

fn failed(error: rust_xlsxwriter::XlsxError) -> AppError {
    AppError::Internal(format!("workbook: {error}"))
}

/// A sheet's name as Excel accepts it: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    name.chars()
        .filter(|character| !"[]:*?/\\".contains(*character))
        .take(31)
        .collect()
}

fn write_sheet(
    sheet: &mut rust_xlsxwriter::Worksheet,
    heading: &Heading,
    section: &Section,
    language: Language,
) -> AppResult<()> {
    use rust_xlsxwriter::Format;
    let bold = Format::new().set_bold();
    for (row, line) in heading.lines().into_iter().enumerate() {
        let format = if row == 0 {
            bold.clone().set_font_size(14)
        } else {
            Format::new()
        };
        sheet.write_with_format(row as u32, 0, line, &format).map_err(failed)?;
    }
    for (column, key) in section.columns.iter().enumerate() {
        sheet
            .write_with_format(HEADER_ROW, column as u16, column_heading(key, language), &bold)
            .map_err(failed)?;
    }
    let mut row = HEADER_ROW;
    for cells in &section.rows {
        row += 1;
        write_cells(sheet, row, cells, &Format::new())?;
    }
    let last_data_row = row.max(HEADER_ROW + 1);
    for cells in &section.totals {
        row += 1;
        write_cells(sheet, row, cells, &bold)?;
    }
    let last_column = section.columns.len().saturating_sub(1) as u16;
    sheet.set_freeze_panes(HEADER_ROW + 1, 0).map_err(failed)?;
    sheet
        .autofilter(HEADER_ROW, 0, last_data_row, last_column)
        .map_err(failed)?;
    sheet.autofit();
    Ok(())
}

fn write_cells(
    sheet: &mut rust_xlsxwriter::Worksheet,
    row: u32,
    cells: &[Cell],
    emphasis: &rust_xlsxwriter::Format,
) -> AppResult<()> {
    for (column, cell) in cells.iter().enumerate() {
        let column = column as u16;
        match cell {
            Cell::Text(text) => sheet.write_with_format(row, column, text.as_str(), emphasis),
            Cell::Count(count) => sheet.write_with_format(row, column, *count as f64, emphasis),
            Cell::Money(amount, currency) => {
                let format = emphasis.clone().set_num_format(money_pattern(*currency));
                sheet.write_with_format(row, column, amount.to_f64().unwrap_or_default(), &format)
            }
            Cell::Date(date) => {
                let day =
                    rust_xlsxwriter::ExcelDateTime::from_ymd(date.year() as u16, date.month() as u8, date.day() as u8)
                        .map_err(failed)?;
                let format = emphasis.clone().set_num_format("yyyy-mm-dd");
                sheet.write_datetime_with_format(row, column, day, &format)
            }
            Cell::Empty => continue,
        }
        .map_err(failed)?;
    }
    Ok(())
}

/// The number format of amounts in `currency`: thousands separated, its minor unit's
/// decimals (none for JPY, three for KWD).
pub fn money_pattern(currency: Currency) -> String {
    match currency.minor_unit() {
        0 => "#,##0".to_owned(),
        decimals => format!("#,##0.{}", "0".repeat(decimals as usize)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_finished_csv_stream_may_be_polled_again() {
        let stream = csv_stream(b"head\n".to_vec(), None::<u8>, |_| async { Ok((Vec::new(), None)) });
        let mut stream = Box::pin(stream);
        assert_eq!(stream.next().await.map(Result::ok), Some(Some(b"head\n".to_vec())));
        assert!(stream.next().await.is_none());
        assert!(stream.next().await.is_none(), "polled after its end, it ends again");
    }

    #[test]
    fn cells_are_written_exactly_in_csv_and_with_the_currency_s_decimals_in_a_workbook() {
        let kwd = Currency::from_code("KWD").expect("currency");
        let jpy = Currency::from_code("JPY").expect("currency");
        let amount = Decimal::from_str_exact("-725.9").expect("decimal");
        assert_eq!(Cell::Money(amount, kwd).csv_field(), "-725.900");
        assert_eq!(Cell::text("=1+1").csv_field(), "'=1+1");
        assert_eq!(money_pattern(kwd), "#,##0.000");
        assert_eq!(money_pattern(jpy), "#,##0");
        assert_eq!(
            sheet_name("Paiements / remboursements: [2026]"),
            "Paiements  remboursements 2026"
        );
    }

    #[test]
    fn a_csv_starts_with_the_byte_order_mark_only_for_excel() {
        let heading = Heading {
            title: "Ledger".to_owned(),
            period: "All dates".to_owned(),
            generated: "now".to_owned(),
        };
        let with = csv_head(&heading, &["currency"], Language::En, true).expect("csv");
        assert!(with.starts_with(BYTE_ORDER_MARK));
        let without = csv_head(&heading, &["currency"], Language::En, false).expect("csv");
        assert_eq!(
            String::from_utf8(without).expect("utf-8"),
            "Ledger\nAll dates\nnow\n\nCurrency\n"
        );
    }
}
