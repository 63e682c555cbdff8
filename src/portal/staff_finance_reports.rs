//! The finance reports at `/staff/reports` (finance and admins): the disbursement report
//! (totals by month, call, country, region, currency or status; grand totals; outstanding
//! commitments) or the payment ledger, for the period and grouping picked, shown as tables
//! in the page, with links to the same report as CSV or XLSX. A reporting currency, chosen
//! among those the office holds rates for, adds the grand totals (or the money the ledger
//! moved) converted into it with each rate used, and goes with the download links (the
//! API's `reporting_currency=`); a missing rate shows the form again with the error. The
//! files come from the reports service in-process (`crate::reports`), the same bytes as the
//! API's.

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
use super::views;
use crate::AppState;
use crate::auth::Role;
use crate::error::{AppError, AppResult, Validator};
use crate::http::file_response;
use crate::i18n::{Language, Message};
use crate::money::Currency;
use crate::reports::fx::{self, RateUsed};
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
    /// The ISO 4217 code of the currency to convert the grand totals into; none when empty.
    #[serde(default)]
    reporting_currency: String,
}

/// Which report, over which days, grouped how, and in which reporting currency if any.
#[derive(Debug, Clone, Copy)]
enum Selection {
    Disbursements(Period, GroupBy, Option<Currency>),
    Payments(LedgerFilter, Option<Currency>),
}

impl ReportForm {
    /// The report asked for; a date that is not one, a period that ends before it starts
    /// or a currency that is not one is refused on its field.
    fn selection(&self) -> AppResult<Selection> {
        let mut check = Validator::new();
        let mut day = |field: &str, text: &str| match text.trim() {
            "" => None,
            text => check.take(field, text.parse::<NaiveDate>().map_err(|_| error_message(field))),
        };
        let (from, to) = (day("from", &self.from), day("to", &self.to));
        let reporting = match self.reporting_currency.trim() {
            "" => None,
            code => check.take(
                "reporting_currency",
                Currency::from_code(code).ok_or_else(|| error_message("reporting_currency")),
            ),
        };
        check.finish()?;
        let period = Period::new(from, to).map_err(|_| AppError::field("to", error_message("to")))?;
        let group_by = serde_json::from_value::<GroupBy>(json!(self.group_by)).unwrap_or_default();
        Ok(match self.report.as_str() {
            "payments" => Selection::Payments(
                LedgerFilter {
                    period,
                    status: None,
                    call_id: None,
                    event_id: None,
                    organisation_id: None,
                },
                reporting,
            ),
            _ => Selection::Disbursements(period, group_by, reporting),
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
            .append_pair("reporting_currency", self.reporting_currency.trim())
            .finish();
        format!("/staff/reports/download?{query}")
    }

    /// The ledger's next page on the reports page.
    fn next_page(&self, cursor: LedgerCursor) -> String {
        let query = form_urlencoded::Serializer::new(String::new())
            .append_pair("report", "payments")
            .append_pair("from", self.from.trim())
            .append_pair("to", self.to.trim())
            .append_pair("reporting_currency", self.reporting_currency.trim())
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

/// The grand totals (or the money the ledger moved) in the reporting currency, as the page
/// shows them: each figure with its heading, and a sentence per rate used.
#[derive(Debug, Serialize)]
struct ConvertedView {
    title: String,
    figures: Vec<(String, String)>,
    rates: Vec<String>,
}

/// What the page shows of the report asked for.
#[derive(Debug, Default)]
struct Shown {
    tables: Vec<TableView>,
    converted: Option<ConvertedView>,
    next: Option<LedgerCursor>,
}

/// The reports page: the form, and the report it asks for as tables with its files.
pub async fn reports_page(State(state): State<AppState>, staff: Staff, Query(form): Query<ReportForm>) -> Response {
    let page = async {
        staff.require(&[Role::Finance, Role::Admin])?;
        let shown = match form.selection() {
            Ok(selection) => shown(&state, &form, selection, staff.language()).await,
            Err(error) => Err(error),
        };
        report_page(&state, &form, shown, staff.language()).await
    };
    staff.answer(&state, page.await)
}

/// The page with the report shown, or the form again (422) with what was refused: a field
/// that does not read, or a reporting currency without a rate (the service's sentence
/// names the pair).
async fn report_page(
    state: &AppState,
    form: &ReportForm,
    shown: AppResult<Shown>,
    language: Language,
) -> AppResult<Page> {
    let (shown, errors) = match shown {
        Ok(shown) => (shown, Vec::new()),
        Err(AppError::Validation(failed)) => {
            let errors: Vec<FormError> = failed
                .iter()
                .map(|error| FormError {
                    field: error.field.clone(),
                    message: error.message.render_on_page(language),
                })
                .collect();
            (Shown::default(), errors)
        }
        Err(error) => return Err(error),
    };
    let status = if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    let currencies = currency_choices(state, form).await?;
    let next = shown.next.map(|cursor| form.next_page(cursor));
    let data = json!({
        "form": form, "kind": form.kind(), "groupings": groupings(language), "tables": shown.tables,
        "converted": shown.converted, "currencies": currencies, "errors": errors, "next": next,
        "xlsx": form.download_link("xlsx", ""),
    });
    Ok(Page::new("staff/finance_reports.html", data).with_status(status))
}

/// The message for a field of the form that does not read.
fn error_message(field: &str) -> Message {
    Message::new(format!("staff-finance-report-error-{field}"))
}

/// The reporting currencies the form offers: those the office holds rates for, and the one
/// asked for if it is another.
async fn currency_choices(state: &AppState, form: &ReportForm) -> AppResult<Vec<&'static str>> {
    let mut codes: Vec<&'static str> = crate::reports::service::reporting_currencies(&state.db)
        .await?
        .into_iter()
        .map(Currency::code)
        .collect();
    if let Some(asked) = Currency::from_code(form.reporting_currency.trim())
        && !codes.contains(&asked.code())
    {
        codes.push(asked.code());
        codes.sort_unstable();
    }
    Ok(codes)
}

/// The groupings the form offers, named in the reader's language.
fn groupings(language: Language) -> Vec<serde_json::Value> {
    GROUPINGS
        .iter()
        .map(|key| json!({ "key": key, "name": Message::new(format!("staff-finance-group-{key}")).render(language) }))
        .collect()
}

/// The tables of the report selected, its total in the reporting currency when one is
/// chosen, and where the ledger's next page starts.
async fn shown(state: &AppState, form: &ReportForm, selection: Selection, language: Language) -> AppResult<Shown> {
    match selection {
        Selection::Disbursements(period, group_by, reporting) => {
            disbursements_shown(state, form, (period, group_by, reporting), language).await
        }
        Selection::Payments(filter, reporting) => payments_shown(state, form, (filter, reporting), language).await,
    }
}

/// The disbursement report's sections as tables, and its grand totals converted.
async fn disbursements_shown(
    state: &AppState,
    form: &ReportForm,
    (period, group_by, reporting): (Period, GroupBy, Option<Currency>),
    language: Language,
) -> AppResult<Shown> {
    let (sections, converted) =
        crate::reports::service::sections_and_reporting(&state.db, (period, group_by), language, reporting).await?;
    let tables = sections
        .iter()
        .zip(ReportSection::ALL)
        .map(|(section, which)| TableView {
            title: crate::i18n::text(language, &format!("report-sheet-{}", section.key)),
            columns: headings(section.columns, language),
            rows: shown_cells(&section.rows, language),
            totals: shown_cells(&section.totals, language),
            download: Some(form.download_link("csv", section_key(which))),
        })
        .collect();
    let converted = converted.map(|totals| {
        let cells = crate::reports::service::reporting_cells(&totals, language);
        let row = shown_cells(&[cells], language).pop().unwrap_or_default();
        let columns = headings(ReportSection::GrandTotals.columns(), language);
        let figures = columns.into_iter().zip(row).skip(1).collect();
        converted_view(totals.currency, figures, &totals.rates, language)
    });
    Ok(Shown {
        tables,
        converted,
        next: None,
    })
}

/// A page of the payment ledger as a table, and the money it moved converted.
async fn payments_shown(
    state: &AppState,
    form: &ReportForm,
    (filter, reporting): (LedgerFilter, Option<Currency>),
    language: Language,
) -> AppResult<Shown> {
    let converted = match reporting {
        Some(currency) => {
            let total = crate::reports::ledger::reporting_total(&state.db, &filter, currency).await?;
            let moved = crate::i18n::text(language, "report-total-moved");
            let figures = vec![(moved, crate::portal::views::amount(total.amount, currency, language))];
            Some(converted_view(currency, figures, &total.rates, language))
        }
        None => None,
    };
    let cursor = LedgerCursor::decode(&form.cursor);
    let (entries, next) = crate::reports::ledger::page(&state.db, &filter, cursor, LEDGER_ROWS).await?;
    let rows: Vec<Vec<Cell>> = entries.iter().map(ledger_cells).collect();
    let table = TableView {
        title: crate::i18n::text(language, "report-title-payments"),
        columns: headings(&LEDGER_COLUMNS, language),
        rows: shown_cells(&rows, language),
        totals: Vec::new(),
        download: Some(form.download_link("csv", "")),
    };
    Ok(Shown {
        tables: vec![table],
        converted,
        next,
    })
}

fn converted_view(
    currency: Currency,
    figures: Vec<(String, String)>,
    rates: &[RateUsed],
    language: Language,
) -> ConvertedView {
    ConvertedView {
        title: fx::total_label(currency, language),
        figures,
        rates: rates.iter().map(|rate| fx::rate_line(rate, language)).collect(),
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
fn shown_cells(rows: &[Vec<Cell>], language: Language) -> Vec<Vec<String>> {
    rows.iter()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Cell::Money(amount, currency) => crate::portal::views::amount(*amount, *currency, language),
                    Cell::Date(on) => views::date(*on, language),
                    other => other.csv_field(),
                })
                .collect()
        })
        .collect()
}

/// The report as a file (CSV, or XLSX with `format=xlsx`), in the reader's language, from
/// the reports service; a refused field (such as a reporting currency without a rate, if the
/// rates changed since the page was drawn) shows the reports page again with the error.
pub async fn download_report(State(state): State<AppState>, staff: Staff, Query(form): Query<ReportForm>) -> Response {
    let file = async {
        staff.require(&[Role::Finance, Role::Admin])?;
        let language = staff.language();
        let xlsx = form.format == "xlsx";
        let now = state.now();
        match form.selection()? {
            Selection::Disbursements(period, group_by, reporting) => {
                disbursements_file(&state, &form, (period, group_by, reporting), (now, language)).await
            }
            Selection::Payments(filter, reporting) => {
                payments_file(&state, (filter, reporting), xlsx, (now, language)).await
            }
        }
    };
    match file.await {
        Ok(response) => response,
        Err(error @ AppError::Validation(_)) => {
            let page = report_page(&state, &form, Err(error), staff.language()).await;
            staff.answer(&state, page)
        }
        Err(error) => super::pages::problem_page(&state, &staff.visitor, error),
    }
}

/// The disbursement report as XLSX, or one of its sections as CSV.
async fn disbursements_file(
    state: &AppState,
    form: &ReportForm,
    (period, group_by, reporting): (Period, GroupBy, Option<Currency>),
    (now, language): (chrono::DateTime<chrono::Utc>, Language),
) -> AppResult<Response> {
    let heading = Heading::new("report-title-disbursements", period, now, language);
    if form.format == "xlsx" {
        let workbook =
            crate::reports::service::workbook(&state.db, (period, group_by), &heading, language, reporting).await?;
        return Ok(file_response(workbook, XLSX, "attachment", "disbursements.xlsx"));
    }
    let section = serde_json::from_value::<ReportSection>(json!(form.section)).unwrap_or_default();
    let selection = (period, group_by, section);
    let chunks =
        crate::reports::service::csv_chunks(state.db.clone(), selection, &heading, (language, true), reporting).await?;
    let name = format!("disbursements-{}.csv", section.key());
    Ok(file_response(Body::from_stream(chunks), CSV, "attachment", &name))
}

/// The payment ledger as XLSX or CSV.
async fn payments_file(
    state: &AppState,
    (filter, reporting): (LedgerFilter, Option<Currency>),
    xlsx: bool,
    (now, language): (chrono::DateTime<chrono::Utc>, Language),
) -> AppResult<Response> {
    let heading = Heading::new("report-title-payments", filter.period, now, language);
    if xlsx {
        let workbook = crate::reports::ledger::workbook(&state.db, &filter, &heading, (language, reporting)).await?;
        return Ok(file_response(workbook, XLSX, "attachment", "payments.xlsx"));
    }
    let chunks =
        crate::reports::ledger::csv_chunks(state.db.clone(), filter, &heading, (language, true), reporting).await?;
    Ok(file_response(
        Body::from_stream(chunks),
        CSV,
        "attachment",
        "payments.csv",
    ))
}

const CSV: &str = "text/csv; charset=utf-8";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
