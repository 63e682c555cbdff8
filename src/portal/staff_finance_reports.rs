//! The finance reports at `/staff/reports` (finance and admins): the disbursement report
//! (totals by month, call, country, region, currency or status; grand totals; outstanding
//! commitments) or the payment ledger, for the period and grouping picked, shown as tables
//! in the page, with links to the same report as CSV or XLSX. The files come from the
//! reports service in-process (`crate::reports`), the same bytes as the API's.

use axum::Router;
use axum::body::Body;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::pages::FormError;
use super::render::Page;
use super::staff::Staff;
use super::staff_finance::money_text;
use super::views;
use crate::AppState;
use crate::auth::Role;
use crate::error::{AppError, AppResult, Validator};
use crate::http::file_response;
use crate::i18n::{Language, Message};
use crate::reports::ledger_rules::{LEDGER_COLUMNS, LedgerCursor, LedgerFilter, ledger_cells};
use crate::reports::rules::{GroupBy, Period, ReportSection};
use crate::reports::table::{Cell, Heading, column_heading};

/// The template of the reports page.
pub const TEMPLATES: [(&str, &str); 1] = [(
    "staff/finance_reports.html",
    include_str!("../../templates/portal/staff/finance_reports.html"),
)];

/// The routes of the reports page and its files.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/reports", get(reports_page))
        .route("/staff/reports/download", get(download_report))
}

/// How many ledger entries the page shows at once (the files hold them all).
const LEDGER_ROWS: u64 = 100;

/// The groupings of the disbursement report, as the form offers them.
const GROUPINGS: [&str; 6] = ["month", "call", "country", "region", "currency", "status"];

/// What the report form asks for (a GET form: the address is the report).
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
pub struct ReportForm {
    /// `disbursements` (default) or `payments` (the ledger).
    #[serde(default)]
    report: String,
    /// First day, `YYYY-MM-DD`; open when empty.
    #[serde(default)]
    from: String,
    /// Last day; open when empty.
    #[serde(default)]
    to: String,
    /// The disbursement report's grouping.
    #[serde(default)]
    group_by: String,
    /// Where the ledger's page starts.
    #[serde(default)]
    cursor: String,
    /// The file: `csv` or `xlsx` (downloads only).
    #[serde(default)]
    format: String,
    /// The CSV's section of the disbursement report (downloads only).
    #[serde(default)]
    section: String,
}

/// Which report, over which days, grouped how.
#[derive(Debug, Clone, Copy)]
enum Selection {
    Disbursements(Period, GroupBy),
    Payments(LedgerFilter),
}

impl ReportForm {
    /// The report asked for; a date that is not one, or a period that ends before it
    /// starts, is refused on its field.
    fn selection(&self) -> AppResult<Selection> {
        let mut check = Validator::new();
        let mut day = |field: &str, text: &str| match text.trim() {
            "" => None,
            text => check.take(field, text.parse::<NaiveDate>().map_err(|_| "")),
        };
        let (from, to) = (day("from", &self.from), day("to", &self.to));
        check.finish()?;
        let period = Period::new(from, to).map_err(|_| AppError::field("to", ""))?;
        let group_by = serde_json::from_value::<GroupBy>(json!(self.group_by)).unwrap_or_default();
        Ok(match self.report.as_str() {
            "payments" => Selection::Payments(LedgerFilter {
                period,
                status: None,
                call_id: None,
                event_id: None,
                organisation_id: None,
            }),
            _ => Selection::Disbursements(period, group_by),
        })
    }

    /// The form's address with another `format` (and `section`), for the download links.
    fn download_link(&self, format: &str, section: &str) -> String {
        let query = form_urlencoded::Serializer::new(String::new())
            .append_pair("report", self.kind())
            .append_pair("from", self.from.trim())
            .append_pair("to", self.to.trim())
            .append_pair("group_by", &self.group_by)
            .append_pair("format", format)
            .append_pair("section", section)
            .finish();
        format!("/staff/reports/download?{query}")
    }

    /// The ledger's next page on the reports page.
    fn next_page(&self, cursor: LedgerCursor) -> String {
        let query = form_urlencoded::Serializer::new(String::new())
            .append_pair("report", "payments")
            .append_pair("from", self.from.trim())
            .append_pair("to", self.to.trim())
            .append_pair("cursor", &cursor.encode())
            .finish();
        format!("/staff/reports?{query}")
    }

    fn kind(&self) -> &'static str {
        match self.report.as_str() {
            "payments" => "payments",
            _ => "disbursements",
        }
    }
}

/// A report's table as the page shows it.
#[derive(Debug, Serialize)]
struct TableView {
    title: String,
    columns: Vec<String>,
    rows: Vec<Vec<String>>,
    totals: Vec<Vec<String>>,
    download: Option<String>,
}

/// The reports page: the form, and the report it asks for as tables with its files.
pub async fn reports_page(State(state): State<AppState>, staff: Staff, Query(form): Query<ReportForm>) -> Response {
    let page = async {
        staff.require(&[Role::Finance, Role::Admin])?;
        let language = staff.language();
        let (tables, errors, next) = match form.selection() {
            Ok(selection) => {
                let (tables, next) = tables(&state, &form, selection, language).await?;
                (tables, Vec::new(), next)
            }
            Err(AppError::Validation(failed)) => {
                let errors = failed
                    .iter()
                    .map(|error| FormError {
                        field: error.field.clone(),
                        message: Message::new(format!("staff-finance-report-error-{}", error.field)).render(language),
                    })
                    .collect();
                (Vec::new(), errors, None)
            }
            Err(error) => return Err(error),
        };
        let groupings = groupings(language);
        let status = if errors.is_empty() {
            axum::http::StatusCode::OK
        } else {
            axum::http::StatusCode::UNPROCESSABLE_ENTITY
        };
        let next = next.map(|cursor| form.next_page(cursor));
        let data = json!({
            "form": form, "kind": form.kind(), "groupings": groupings, "tables": tables, "errors": errors,
            "next": next, "xlsx": form.download_link("xlsx", ""),
        });
        Ok(Page::new("staff/finance_reports.html", data).with_status(status))
    };
    staff.answer(&state, page.await)
}

/// The groupings the form offers, named in the reader's language.
fn groupings(language: Language) -> Vec<serde_json::Value> {
    GROUPINGS
        .iter()
        .map(|key| json!({ "key": key, "name": Message::new(format!("staff-finance-group-{key}")).render(language) }))
        .collect()
}

/// The tables of the report selected, and where the ledger's next page starts.
async fn tables(
    state: &AppState,
    form: &ReportForm,
    selection: Selection,
    language: Language,
) -> AppResult<(Vec<TableView>, Option<LedgerCursor>)> {
    match selection {
        Selection::Disbursements(period, group_by) => {
            let sections = crate::reports::service::sections(&state.db, (period, group_by), language, None).await?;
            let tables = sections
                .iter()
                .zip(ReportSection::ALL)
                .map(|(section, which)| TableView {
                    title: crate::i18n::text(language, &format!("report-sheet-{}", section.key)),
                    columns: headings(section.columns, language),
                    rows: shown(&section.rows, language),
                    totals: shown(&section.totals, language),
                    download: Some(form.download_link("csv", section_key(which))),
                })
                .collect();
            Ok((tables, None))
        }
        Selection::Payments(filter) => {
            let cursor = LedgerCursor::decode(&form.cursor);
            let (entries, next) = crate::reports::ledger::page(&state.db, &filter, cursor, LEDGER_ROWS).await?;
            let rows: Vec<Vec<Cell>> = entries.iter().map(ledger_cells).collect();
            let table = TableView {
                title: crate::i18n::text(language, "report-title-payments"),
                columns: headings(&LEDGER_COLUMNS, language),
                rows: shown(&rows, language),
                totals: Vec::new(),
                download: Some(form.download_link("csv", "")),
            };
            Ok((vec![table], next))
        }
    }
}

/// The `section=` of a CSV download of the disbursement report.
fn section_key(which: ReportSection) -> &'static str {
    match which {
        ReportSection::Totals => "totals",
        ReportSection::GrandTotals => "grand_totals",
        ReportSection::Outstanding => "outstanding",
    }
}

fn headings(columns: &[&str], language: Language) -> Vec<String> {
    columns.iter().map(|key| column_heading(key, language)).collect()
}

/// Cells as the page writes them: amounts with their currency, dates in words.
fn shown(rows: &[Vec<Cell>], language: Language) -> Vec<Vec<String>> {
    rows.iter()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Cell::Money(amount, currency) => money_text(*amount, *currency, language),
                    Cell::Date(on) => views::date(*on, language),
                    other => other.csv_field(),
                })
                .collect()
        })
        .collect()
}

/// The report as a file (CSV, or XLSX with `format=xlsx`), in the reader's language, from
/// the reports service.
pub async fn download_report(State(state): State<AppState>, staff: Staff, Query(form): Query<ReportForm>) -> Response {
    let file = async {
        staff.require(&[Role::Finance, Role::Admin])?;
        let language = staff.language();
        let xlsx = form.format == "xlsx";
        let now = state.now();
        match form.selection()? {
            Selection::Disbursements(period, group_by) => {
                disbursements_file(&state, &form, (period, group_by), (now, language)).await
            }
            Selection::Payments(filter) => payments_file(&state, filter, xlsx, (now, language)).await,
        }
    };
    match file.await {
        Ok(response) => response,
        Err(error) => super::pages::problem_page(&state, &staff.visitor, error),
    }
}

/// The disbursement report as XLSX, or one of its sections as CSV.
async fn disbursements_file(
    state: &AppState,
    form: &ReportForm,
    (period, group_by): (Period, GroupBy),
    (now, language): (chrono::DateTime<chrono::Utc>, Language),
) -> AppResult<Response> {
    let heading = Heading::new("report-title-disbursements", period, now, language);
    if form.format == "xlsx" {
        let workbook =
            crate::reports::service::workbook(&state.db, (period, group_by), &heading, language, None).await?;
        return Ok(file_response(workbook, XLSX, "attachment", "disbursements.xlsx"));
    }
    let section = serde_json::from_value::<ReportSection>(json!(form.section)).unwrap_or_default();
    let selection = (period, group_by, section);
    let chunks =
        crate::reports::service::csv_chunks(state.db.clone(), selection, &heading, (language, true), None).await?;
    let name = format!("disbursements-{}.csv", section.key());
    Ok(file_response(Body::from_stream(chunks), CSV, "attachment", &name))
}

/// The payment ledger as XLSX or CSV.
async fn payments_file(
    state: &AppState,
    filter: LedgerFilter,
    xlsx: bool,
    (now, language): (chrono::DateTime<chrono::Utc>, Language),
) -> AppResult<Response> {
    let heading = Heading::new("report-title-payments", filter.period, now, language);
    if xlsx {
        let workbook = crate::reports::ledger::workbook(&state.db, &filter, &heading, (language, None)).await?;
        return Ok(file_response(workbook, XLSX, "attachment", "payments.xlsx"));
    }
    let chunks = crate::reports::ledger::csv_chunks(state.db.clone(), filter, &heading, (language, true), None).await?;
    Ok(file_response(
        Body::from_stream(chunks),
        CSV,
        "attachment",
        "payments.csv",
    ))
}

const CSV: &str = "text/csv; charset=utf-8";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
