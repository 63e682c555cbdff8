//! The disbursement report as every entry point gets it: the JSON body, a CSV section as a
//! stream of chunks (the outstanding commitments read a page at a time), and the XLSX
//! workbook with one sheet per section.

use futures_util::Stream;
use sea_orm::{ConnectionTrait, DatabaseConnection};

use super::fx::{self, FoundRate, ReportingAmount, ReportingTotals};
use super::fx_store;
use super::json::DisbursementReport;
use super::rules::{
    self, GrandTotal, GroupBy, OutstandingCursor, Period, ReportSection, TotalsRow, grand_total_cells,
    outstanding_cells, totals_cells,
};
use super::store::{self, OUTSTANDING_PAGE};
use super::table::{self, Cell, Heading, Section};
use crate::error::{AppError, AppResult};
use crate::i18n::Language;
use crate::money::Currency;
use uuid::Uuid;

/// The report of `period` grouped by `group_by`, built whole (months named in English).
pub async fn report(db: &impl ConnectionTrait, period: Period, group_by: GroupBy) -> AppResult<DisbursementReport> {
    report_in(db, period, group_by, Language::En, None).await
}

/// The report of `period` grouped by `group_by`, built whole, with its labels (a month's
/// name) in `language`, and the grand totals also in `reporting_currency` when asked.
pub async fn report_in(
    db: &impl ConnectionTrait,
    period: Period,
    group_by: GroupBy,
    language: Language,
    reporting_currency: Option<Currency>,
) -> AppResult<DisbursementReport> {
    let totals = totals(db, group_by, period, language).await?;
    let outstanding = store::outstanding_all(db, period).await?;
    let grand = grand_totals(&totals)?;
    let mut report = DisbursementReport::new(period, group_by, &totals, &grand, &outstanding);
    if let Some(currency) = reporting_currency {
        report.reporting_totals = Some(reporting_totals(db, &grand, currency, period.to).await?.into());
    }
    Ok(report)
}

/// The grand totals converted into `to` at the latest rate held on or before `until` for
/// each payment currency; 422 on `reporting_currency`, naming the pair, when one is missing.
pub async fn reporting_totals(
    db: &impl ConnectionTrait,
    grand: &[GrandTotal],
    to: Currency,
    until: chrono::NaiveDate,
) -> AppResult<ReportingTotals> {
    let currencies: Vec<Currency> = grand.iter().map(|total| total.currency).collect();
    let rates = rates_into(db, &currencies, to, until).await?;
    fx::convert(grand, to, |from| rate_of(&rates, from))
        .map_err(|message| AppError::field("reporting_currency", message))?
        .ok_or_else(|| AppError::Internal("a converted grand total is too large".to_owned()))
}

/// Amounts in several currencies converted into `to` and summed, each at the latest rate
/// held on or before `until`, as [`reporting_totals`] converts; 422 on `reporting_currency`,
/// naming the pair, when a rate is missing.
pub async fn reporting_amount(
    db: &impl ConnectionTrait,
    amounts: &[(Currency, rust_decimal::Decimal)],
    to: Currency,
    until: chrono::NaiveDate,
) -> AppResult<ReportingAmount> {
    let currencies: Vec<Currency> = amounts.iter().map(|(currency, _)| *currency).collect();
    let rates = rates_into(db, &currencies, to, until).await?;
    fx::convert_amounts(amounts, to, |from| rate_of(&rates, from))
        .map_err(|message| AppError::field("reporting_currency", message))?
        .ok_or_else(|| AppError::Internal("a converted total is too large".to_owned()))
}

/// The currencies the office holds rates for, which a reporting currency can be (the staff
/// reports page offers them).
pub async fn reporting_currencies(db: &impl ConnectionTrait) -> AppResult<Vec<Currency>> {
    fx_store::currencies_with_rates(db).await
}

type FoundRates = Vec<(Currency, Option<FoundRate>)>;

async fn rates_into(
    db: &impl ConnectionTrait,
    currencies: &[Currency],
    to: Currency,
    until: chrono::NaiveDate,
) -> AppResult<FoundRates> {
    let mut found = Vec::new();
    for from in currencies.iter().filter(|from| **from != to) {
        found.push((*from, fx_store::rate(db, *from, to, until).await?));
    }
    Ok(found)
}

fn rate_of(rates: &FoundRates, from: Currency) -> Option<FoundRate> {
    rates
        .iter()
        .find(|(currency, _)| *currency == from)
        .and_then(|(_, rate)| rate.clone())
}

/// The totals of `period` by `group_by`, each month group labelled with the month's name in
/// `language` ("November 2026", "novembre 2026"); its key stays `2026-11`.
async fn totals(
    db: &impl ConnectionTrait,
    group_by: GroupBy,
    period: Period,
    language: Language,
) -> AppResult<Vec<TotalsRow>> {
    let mut totals = store::totals(db, group_by, period).await?;
    if group_by == GroupBy::Month {
        for row in &mut totals {
            row.label = rules::month_label(&row.group, language);
        }
    }
    Ok(totals)
}

fn grand_totals(totals: &[TotalsRow]) -> AppResult<Vec<GrandTotal>> {
    rules::grand_totals(totals).ok_or_else(|| AppError::Internal("a grand total is too large".to_owned()))
}

/// The report as an XLSX workbook: one sheet per section (totals, with the grand totals as
/// its totals rows; grand totals; outstanding commitments, with their totals per currency),
/// under `heading`; the grand totals end with their total in `reporting`, when asked.
pub async fn workbook(
    db: &impl ConnectionTrait,
    (period, group_by): (Period, GroupBy),
    heading: &Heading,
    language: Language,
    reporting: Option<Currency>,
) -> AppResult<Vec<u8>> {
    let sections = sections(db, (period, group_by), language, reporting).await?;
    table::workbook(heading, &sections, language)
}

/// The report's sections as typed tables (totals, with the grand totals as its totals
/// rows; grand totals; outstanding commitments, with their totals per currency): the
/// workbook's sheets, and the tables the staff workspace shows. With `reporting`, the grand
/// totals end with their total in that currency and a line naming each rate used.
pub async fn sections(
    db: &impl ConnectionTrait,
    (period, group_by): (Period, GroupBy),
    language: Language,
    reporting: Option<Currency>,
) -> AppResult<[Section; 3]> {
    let (mut sections, converted) = sections_and_reporting(db, (period, group_by), language, reporting).await?;
    if let Some(converted) = converted {
        let prefix = grand_prefix(language);
        sections[0]
            .totals
            .extend(reporting_rows(&converted, (ReportSection::Totals, &prefix), language));
        sections[1]
            .rows
            .extend(reporting_rows(&converted, (ReportSection::GrandTotals, &[]), language));
    }
    Ok(sections)
}

/// The report's sections as [`sections`] has them without a reporting currency, and the
/// grand totals converted into `reporting` when asked (with the rates used): the staff
/// workspace shows those apart from the tables. 422 on `reporting_currency`, naming the
/// pair, when a rate is missing.
pub async fn sections_and_reporting(
    db: &impl ConnectionTrait,
    (period, group_by): (Period, GroupBy),
    language: Language,
    reporting: Option<Currency>,
) -> AppResult<([Section; 3], Option<ReportingTotals>)> {
    let totals = totals(db, group_by, period, language).await?;
    let grand = grand_totals(&totals)?;
    let outstanding = store::outstanding_all(db, period).await?;
    let grand_rows: Vec<Vec<Cell>> = grand.iter().map(grand_total_cells).collect();
    let prefix = grand_prefix(language);
    let grand_under_totals: Vec<Vec<Cell>> = grand
        .iter()
        .map(|total| {
            let mut cells = prefix.clone();
            cells.extend(grand_total_cells(total));
            cells
        })
        .collect();
    let converted = match reporting {
        Some(currency) => Some(reporting_totals(db, &grand, currency, period.to).await?),
        None => None,
    };
    let outstanding_totals = rules::outstanding_totals(&outstanding)
        .into_iter()
        .map(|(currency, awarded, paid, owed)| {
            let mut cells = prefix.clone();
            cells.extend([Cell::Empty, Cell::Empty]);
            cells.push(Cell::Text(currency.code().to_owned()));
            cells.extend([awarded, paid, owed].map(|amount| Cell::Money(amount, currency)));
            cells
        })
        .collect();
    let sections = [
        section(
            ReportSection::Totals,
            totals.iter().map(totals_cells).collect(),
            grand_under_totals,
        ),
        section(ReportSection::GrandTotals, grand_rows, Vec::new()),
        section(
            ReportSection::Outstanding,
            outstanding.iter().map(outstanding_cells).collect(),
            outstanding_totals,
        ),
    ];
    Ok((sections, converted))
}

/// What the grand totals rows under the totals start with: their label, and no group key.
fn grand_prefix(language: Language) -> Vec<Cell> {
    vec![
        Cell::Text(crate::i18n::text(language, "report-sheet-grand-totals")),
        Cell::Empty,
    ]
}

/// The grand totals in a reporting currency as rows of `which`'s columns (after `prefix`
/// on the first): "All currencies in USD", the count and the converted amounts; then one
/// line per rate used, naming its source and date.
fn reporting_rows(
    totals: &ReportingTotals,
    (which, prefix): (ReportSection, &[Cell]),
    language: Language,
) -> Vec<Vec<Cell>> {
    let width = which.columns().len();
    let mut first = prefix.to_vec();
    first.extend(reporting_cells(totals, language));
    let mut rows = vec![table::padded(first, width)];
    rows.extend(
        totals
            .rates
            .iter()
            .map(|rate| table::padded(vec![Cell::text(fx::rate_line(rate, language))], width)),
    );
    rows
}

/// The grand totals in a reporting currency as one row of the grand totals' columns: "All
/// currencies in USD", the count and the converted amounts.
pub fn reporting_cells(totals: &ReportingTotals, language: Language) -> Vec<Cell> {
    let mut cells = vec![
        Cell::Text(fx::total_label(totals.currency, language)),
        Cell::Count(totals.count),
    ];
    cells.extend(rules::amount_cells(&totals.amounts, totals.currency));
    cells
}

fn section(which: ReportSection, rows: Vec<Vec<Cell>>, totals: Vec<Vec<Cell>>) -> Section {
    Section {
        key: which.key(),
        columns: which.columns(),
        rows,
        totals,
    }
}

/// One section of the report as CSV chunks: the heading and column headings (with a
/// byte-order mark when `excel`), then its rows; the totals and the grand totals end with
/// the grand total in `reporting`, when asked, and the rates used. The totals are read
/// (and the rates found) before the first chunk, so a failing query or a missing rate is an
/// error, not a cut-short file; the outstanding commitments are read a page at a time, each
/// page a short query.
pub async fn csv_chunks(
    db: DatabaseConnection,
    (period, group_by, which): (Period, GroupBy, ReportSection),
    heading: &Heading,
    (language, excel): (Language, bool),
    reporting: Option<Currency>,
) -> AppResult<impl Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static> {
    let mut head = table::csv_head(heading, which.columns(), language, excel)
        .map_err(|error| AppError::Internal(error.to_string()))?;
    let start = match which {
        ReportSection::Outstanding => Some(OutstandingCursor::Awards(Uuid::nil())),
        ReportSection::Totals | ReportSection::GrandTotals => {
            let totals = totals(&db, group_by, period, language).await?;
            let grand = grand_totals(&totals)?;
            let (mut rows, prefix) = if which == ReportSection::Totals {
                (totals.iter().map(totals_cells).collect(), grand_prefix(language))
            } else {
                (grand.iter().map(grand_total_cells).collect::<Vec<_>>(), Vec::new())
            };
            if let Some(currency) = reporting {
                let converted = reporting_totals(&db, &grand, currency, period.to).await?;
                rows.extend(reporting_rows(&converted, (which, &prefix), language));
            }
            head.extend(table::csv_rows(&rows).map_err(|error| AppError::Internal(error.to_string()))?);
            None
        }
    };
    Ok(table::csv_stream(head, start, move |cursor: OutstandingCursor| {
        let db = db.clone();
        async move {
            let page = store::outstanding_page(&db, period, cursor).await?;
            let next = cursor.after_page(page.last(), page.len() as u64 == OUTSTANDING_PAGE);
            Ok((page.iter().map(outstanding_cells).collect(), next))
        }
    }))
}
