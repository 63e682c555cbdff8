//! Handler of the disbursement report: JSON, CSV (streamed) or XLSX.

use axum::body::Body;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

use super::json::{DisbursementReport, LedgerPage, LedgerQuery, ReportQuery};
use super::ledger;
use super::rules::{Format, Period};
use super::service;
use super::table::Heading;
use crate::AppState;
use crate::auth::FinanceReader;
use crate::error::{AppError, AppResult, Problem};
use crate::http::{Query, file_response};

/// Totals of requested, approved, paid and cancelled disbursements, refunds and the net
/// paid, per currency and in the call currency, grouped (each group named, with its key in
/// its own column), the grand totals per payment currency, and the outstanding commitments
/// (committed minus paid) of every open award and of every approved sponsorship not yet
/// paid in full (finance, admins). Disbursements are selected, and grouped by month, by the
/// date they were requested, and counted in the status they have now; refunds by the day
/// they were received; outstanding commitments count payments made up to `to`.
/// Organisations are named in full: this report is internal. CSV: one section per file
/// (`section=`), after a heading (title, period, generation time) and an empty line; XLSX:
/// one sheet per section.
#[utoipa::path(
    get, path = "/reports/disbursements", tag = "reports",
    params(ReportQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, body = DisbursementReport, description = "JSON; `text/csv` or an XLSX workbook with `format`"),
        (status = 403, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn disbursement_report(
    State(state): State<AppState>,
    _user: FinanceReader,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    let period = Period::new(query.from, query.to).map_err(|message| AppError::field("to", message))?;
    let group_by = query.group_by.unwrap_or_default();
    let language = query.lang.unwrap_or_default();
    let heading = Heading::new("report-title-disbursements", period, state.now(), language);
    match query.format.unwrap_or_default() {
        Format::Json => {
            let report = service::report_in(&state.db, period, group_by, language, query.reporting_currency).await?;
            Ok(axum::Json(report).into_response())
        }
        Format::Csv => {
            let section = query.section.unwrap_or_default();
            let excel = query.excel.unwrap_or(true);
            let selection = (period, group_by, section);
            let file = (language, excel);
            let chunks =
                service::csv_chunks(state.db.clone(), selection, &heading, file, query.reporting_currency).await?;
            let filename = format!("disbursements-{}.csv", section.key());
            Ok(file_response(Body::from_stream(chunks), CSV, "attachment", &filename))
        }
        Format::Xlsx => {
            let selection = (period, group_by);
            let workbook =
                service::workbook(&state.db, selection, &heading, language, query.reporting_currency).await?;
            Ok(file_response(workbook, XLSX, "attachment", "disbursements.xlsx"))
        }
    }
}

/// The payment ledger (finance, admins): one entry per disbursement, with its dates,
/// status, payee and bank references, amount paid with its currency, FX rate and the amount
/// in the award's or sponsorship's currency, its source (award and tranche, or event and
/// traveller), the organisation's real name and who requested and approved it; and one
/// negative entry per refund received, with its date and bank reference. JSON answers a page
/// (`limit`, `cursor`); CSV streams every entry, after a heading (title, period, generation
/// time) and an empty line, with a byte-order mark unless `excel=false`; XLSX has the same
/// heading, frozen column headings with filters and the net money moved per currency.
#[utoipa::path(
    get, path = "/reports/payments", tag = "reports",
    params(LedgerQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, body = LedgerPage, description = "JSON; `text/csv` or an XLSX workbook with `format`"),
        (status = 403, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn payment_ledger(
    State(state): State<AppState>,
    _user: FinanceReader,
    Query(query): Query<LedgerQuery>,
) -> AppResult<Response> {
    let filter = query.filter().map_err(|message| AppError::field("to", message))?;
    let language = query.lang.unwrap_or_default();
    let heading = Heading::new("report-title-payments", filter.period, state.now(), language);
    match query.format.unwrap_or_default() {
        Format::Json => {
            let (entries, next) = ledger::page(&state.db, &filter, query.cursor()?, query.limit()).await?;
            let mut page = LedgerPage::new(&entries, next);
            if let Some(currency) = query.reporting_currency {
                page.reporting_total = Some(ledger::reporting_total(&state.db, &filter, currency).await?.into());
            }
            Ok(axum::Json(page).into_response())
        }
        Format::Csv => {
            let excel = query.excel.unwrap_or(true);
            let file = (language, excel);
            let chunks = ledger::csv_chunks(state.db.clone(), filter, &heading, file, query.reporting_currency).await?;
            Ok(file_response(
                Body::from_stream(chunks),
                CSV,
                "attachment",
                "payments.csv",
            ))
        }
        Format::Xlsx => {
            let file = (language, query.reporting_currency);
            let workbook = ledger::workbook(&state.db, &filter, &heading, file).await?;
            Ok(file_response(workbook, XLSX, "attachment", "payments.xlsx"))
        }
    }
}

const CSV: &str = "text/csv; charset=utf-8";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
