//! The payment ledger as every entry point gets it: a JSON page continued by a cursor, the
//! CSV as a stream of pages, and the XLSX workbook (built whole, so limited in size).

use futures_util::{Stream, StreamExt};
use sea_orm::{ConnectionTrait, DatabaseConnection};

use super::fx::{self, ReportingAmount};
use super::ledger_rules::{
    LEDGER_COLUMNS, LedgerCursor, LedgerEntry, LedgerFilter, MovedTotals, ledger_cells, total_row,
};
use super::table::{self, Cell, Heading, Section};
use super::{ledger_store, service};
use crate::error::{AppError, AppResult};
use crate::i18n::{Language, Message};
use crate::money::Currency;

/// How many entries one page of the CSV reads.
pub const LEDGER_PAGE: u64 = 1_000;

/// The most entries a workbook holds: it is built in memory, so a longer ledger is asked
/// for as CSV (streamed) or for a shorter period.
pub const WORKBOOK_MAX_ENTRIES: usize = 100_000;

/// At most `limit` entries from `cursor` (the start when `None`), and where the next page
/// starts, if anywhere: payments first, then refunds.
pub async fn page(
    db: &impl ConnectionTrait,
    filter: &LedgerFilter,
    cursor: Option<LedgerCursor>,
    limit: u64,
) -> AppResult<(Vec<LedgerEntry>, Option<LedgerCursor>)> {
    let mut entries: Vec<LedgerEntry> = Vec::new();
    let mut cursor = cursor.or_else(|| LedgerCursor::start(filter));
    while let Some(at) = cursor {
        let wanted = limit - entries.len() as u64;
        let page = ledger_store::page(db, filter, at, wanted).await?;
        let full = page.len() as u64 == wanted;
        cursor = at.after_page(page.last(), full, filter);
        entries.extend(page);
        if entries.len() as u64 == limit {
            break;
        }
    }
    Ok((entries, cursor))
}

/// The money that moved for `filter` (over every entry, not one page), converted into
/// `currency` and summed, with the rates used; 422 on `reporting_currency` when a rate is
/// missing.
pub async fn reporting_total(
    db: &impl ConnectionTrait,
    filter: &LedgerFilter,
    currency: Currency,
) -> AppResult<ReportingAmount> {
    let moved = ledger_store::moved_totals(db, filter).await?;
    service::reporting_amount(db, &moved.amounts(), currency, filter.period.to).await
}

/// The ledger as CSV chunks: the heading and column headings (with a byte-order mark when
/// `excel`), then the entries a page at a time, then the money that moved per currency and,
/// when asked, its total in `reporting` with the rates used. The totals (one aggregation)
/// and the rates are found before the first chunk, so a missing rate is a 422, not a file
/// cut short.
pub async fn csv_chunks(
    db: DatabaseConnection,
    filter: LedgerFilter,
    heading: &Heading,
    (language, excel): (Language, bool),
    reporting: Option<Currency>,
) -> AppResult<impl Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static> {
    let head = table::csv_head(heading, &LEDGER_COLUMNS, language, excel)
        .map_err(|error| AppError::Internal(error.to_string()))?;
    let moved = ledger_store::moved_totals(&db, &filter).await?;
    let rows = totals_rows(&db, &moved, (filter.period.to, reporting), language).await?;
    let tail = table::csv_rows(&rows).map_err(|error| AppError::Internal(error.to_string()))?;
    let start = LedgerCursor::start(&filter);
    let entries = table::csv_stream(head, start, move |cursor| {
        let db = db.clone();
        async move {
            let (entries, next) = page(&db, &filter, Some(cursor), LEDGER_PAGE).await?;
            Ok((entries.iter().map(ledger_cells).collect(), next))
        }
    });
    Ok(entries
        .chain(futures_util::stream::once(async move { Ok(tail) }))
        .fuse())
}

/// The totals rows of the ledger: the money that moved per currency, then, with a
/// reporting currency, its total converted (the currency's column naming it: "All
/// currencies in USD") and one line per rate used, naming its source and date.
async fn totals_rows(
    db: &impl ConnectionTrait,
    moved: &MovedTotals,
    (until, reporting): (chrono::NaiveDate, Option<Currency>),
    language: Language,
) -> AppResult<Vec<Vec<Cell>>> {
    let label = crate::i18n::text(language, "report-total-moved");
    let mut rows = moved.rows(&label);
    if let Some(currency) = reporting {
        let total = service::reporting_amount(db, &moved.amounts(), currency, until).await?;
        let named = Cell::Text(fx::total_label(currency, language));
        rows.push(total_row(&label, total.amount, currency, named));
        let line = |rate| table::padded(vec![Cell::text(fx::rate_line(rate, language))], LEDGER_COLUMNS.len());
        rows.extend(total.rates.iter().map(line));
    }
    Ok(rows)
}

/// The ledger as a workbook: sheet "Payments and refunds" with the totals of the money that
/// moved per currency (and in `reporting`, when asked). Refuses (on `format`) a ledger
/// longer than [`WORKBOOK_MAX_ENTRIES`].
pub async fn workbook(
    db: &impl ConnectionTrait,
    filter: &LedgerFilter,
    heading: &Heading,
    (language, reporting): (Language, Option<Currency>),
) -> AppResult<Vec<u8>> {
    let mut rows = Vec::new();
    let mut totals = MovedTotals::default();
    let mut cursor = LedgerCursor::start(filter);
    while cursor.is_some() {
        let (entries, next) = page(db, filter, cursor, LEDGER_PAGE).await?;
        for entry in &entries {
            totals.add(entry).map_err(AppError::Internal)?;
            rows.push(ledger_cells(entry));
        }
        if rows.len() > WORKBOOK_MAX_ENTRIES {
            let message = Message::new("report-workbook-too-long").with("max", WORKBOOK_MAX_ENTRIES as i64);
            return Err(AppError::field("format", message));
        }
        cursor = next;
    }
    let section = Section {
        key: "payments",
        columns: &LEDGER_COLUMNS,
        rows,
        totals: totals_rows(db, &totals, (filter.period.to, reporting), language).await?,
    };
    table::workbook(heading, &[section], language)
}
