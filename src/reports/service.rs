//! The disbursement report as every entry point gets it: the JSON body, the CSV as a stream
//! of chunks (the outstanding commitments read a page at a time), and the XLSX workbook.

use futures_util::Stream;
use futures_util::stream;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

use super::json::DisbursementReport;
use super::rules::{self, CSV_HEADER, GroupBy, OutstandingRow, Period, TotalsRow};
use super::store::{self, OUTSTANDING_PAGE};
use crate::disbursements::rules::DisbursementStatus;
use crate::error::{AppError, AppResult};
use crate::i18n::Language;
use crate::money::Currency;

/// The report of `period` grouped by `group_by`, built whole.
pub async fn report(db: &impl ConnectionTrait, period: Period, group_by: GroupBy) -> AppResult<DisbursementReport> {
    let totals = store::totals(db, group_by, period).await?;
    let outstanding = store::outstanding_all(db, period).await?;
    Ok(DisbursementReport::new(period, group_by, &totals, &outstanding))
}

/// The report as an XLSX workbook: sheet "Totals" and sheet "Outstanding", with headings in
/// `language` when one is asked for.
pub async fn workbook(
    db: &impl ConnectionTrait,
    period: Period,
    group_by: GroupBy,
    language: Option<Language>,
) -> AppResult<Vec<u8>> {
    let totals = store::totals(db, group_by, period).await?;
    let outstanding = store::outstanding_all(db, period).await?;
    xlsx_report(&totals, &outstanding, language)
}

/// The report as CSV chunks: the header and totals (read before the first chunk, so a
/// failing query is an error, not a cut-short file), then the outstanding commitments a
/// page at a time, each page a short query, so the connection is never held while the
/// client reads.
/// Headings and section labels are in `language` when one is asked for.
pub async fn csv_chunks(
    db: DatabaseConnection,
    period: Period,
    group_by: GroupBy,
    language: Option<Language>,
) -> AppResult<impl Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static> {
    let totals = store::totals(&db, group_by, period).await?;
    Ok(csv_stream(db, period, totals, language))
}

/// Where the CSV stream is: the header and totals first, then the outstanding
/// commitments a page at a time (each page a short query, so the connection is never held
/// while the client reads).
enum CsvPart {
    Head(Vec<TotalsRow>),
    Outstanding(Uuid),
    Done,
}

fn csv_stream(
    db: DatabaseConnection,
    period: Period,
    totals: Vec<TotalsRow>,
    language: Option<Language>,
) -> impl Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static {
    let section = move |mut record: Vec<String>| {
        record[0] = rules::label("section", &record[0], language);
        record
    };
    stream::unfold(CsvPart::Head(totals), move |part| {
        let db = db.clone();
        async move {
            let (bytes, next) = match part {
                CsvPart::Head(totals) => {
                    let mut records = vec![CSV_HEADER.map(|name| rules::label("column", name, language)).to_vec()];
                    records.extend(totals.iter().map(rules::totals_record).map(section));
                    (csv_bytes(&records), CsvPart::Outstanding(Uuid::nil()))
                }
                CsvPart::Outstanding(after) => match store::outstanding_page(&db, period, after).await {
                    Ok(page) => {
                        let next = match page.last() {
                            Some(last) if page.len() as u64 == OUTSTANDING_PAGE => CsvPart::Outstanding(last.award_id),
                            _ => CsvPart::Done,
                        };
                        let records: Vec<Vec<String>> =
                            page.iter().map(rules::outstanding_record).map(section).collect();
                        (csv_bytes(&records), next)
                    }
                    Err(error) => {
                        tracing::error!(%error, "the disbursement report stopped part-way");
                        return Some((Err(std::io::Error::other(error.to_string())), CsvPart::Done));
                    }
                },
                CsvPart::Done => return None,
            };
            Some((bytes, next))
        }
    })
}

fn csv_bytes(records: &[Vec<String>]) -> Result<Vec<u8>, std::io::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in records {
        writer.write_record(record).map_err(std::io::Error::other)?;
    }
    writer
        .into_inner()
        .map_err(|error| std::io::Error::other(error.to_string()))
}

/// The workbook: sheet "Totals" and sheet "Outstanding". Amounts are written as numbers
/// (spreadsheets hold doubles) with the currency's decimals as their format; the decimal
/// strings of the JSON and CSV remain the exact figures.
fn xlsx_report(totals: &[TotalsRow], outstanding: &[OutstandingRow], language: Option<Language>) -> AppResult<Vec<u8>> {
    use rust_xlsxwriter::{Format as Cell, Workbook};
    let failed = |error: rust_xlsxwriter::XlsxError| AppError::Internal(format!("workbook: {error}"));
    let mut workbook = Workbook::new();
    let bold = Cell::new().set_bold();
    let money_cell = |currency: Currency| {
        let decimals = "0".repeat(currency.minor_unit() as usize);
        let pattern = if decimals.is_empty() {
            "#,##0".to_owned()
        } else {
            format!("#,##0.{decimals}")
        };
        Cell::new().set_num_format(pattern)
    };
    let number = |amount: Decimal| amount.to_f64().unwrap_or_default();

    let sheet = workbook
        .add_worksheet()
        .set_name(rules::sheet_name("totals", "Totals", language))
        .map_err(failed)?;
    for (column, name) in CSV_HEADER[1..14].iter().enumerate() {
        sheet
            .write_with_format(0, column as u16, rules::label("column", name, language), &bold)
            .map_err(failed)?;
    }
    for (index, row) in totals.iter().enumerate() {
        let line = index as u32 + 1;
        sheet.write(line, 0, row.group.as_str()).map_err(failed)?;
        sheet.write(line, 1, row.label.as_str()).map_err(failed)?;
        sheet.write(line, 2, row.currency.code()).map_err(failed)?;
        sheet.write(line, 3, row.count as f64).map_err(failed)?;
        let paid_format = money_cell(row.currency);
        let call_format = money_cell(row.call_currency);
        for (offset, status) in DisbursementStatus::ALL.into_iter().enumerate() {
            let column = 4 + offset as u16;
            sheet
                .write_with_format(line, column, number(row.amounts.get(status)), &paid_format)
                .map_err(failed)?;
            sheet
                .write_with_format(line, column + 5, number(row.in_call_currency.get(status)), &call_format)
                .map_err(failed)?;
        }
        sheet.write(line, 8, row.call_currency.code()).map_err(failed)?;
    }
    let sheet = workbook
        .add_worksheet()
        .set_name(rules::sheet_name("outstanding", "Outstanding", language))
        .map_err(failed)?;
    let headings = [
        "reference",
        "organisation",
        "call",
        "currency",
        "awarded",
        "paid",
        "outstanding",
    ];
    for (column, name) in headings.iter().enumerate() {
        sheet
            .write_with_format(0, column as u16, rules::label("column", name, language), &bold)
            .map_err(failed)?;
    }
    for (index, row) in outstanding.iter().enumerate() {
        let line = index as u32 + 1;
        let format = money_cell(row.currency);
        sheet.write(line, 0, row.reference.as_str()).map_err(failed)?;
        sheet.write(line, 1, row.organisation_name.as_str()).map_err(failed)?;
        sheet.write(line, 2, row.call_title.as_str()).map_err(failed)?;
        sheet.write(line, 3, row.currency.code()).map_err(failed)?;
        for (offset, amount) in [row.awarded, row.paid, row.outstanding()].into_iter().enumerate() {
            sheet
                .write_with_format(line, 4 + offset as u16, number(amount), &format)
                .map_err(failed)?;
        }
    }
    workbook.save_to_buffer().map_err(failed)
}
