//! Handler of the disbursement report: JSON, CSV (streamed) or XLSX.

use axum::body::Body;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use futures_util::stream;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::rules::{self, ByStatus, CSV_HEADER, Format, GroupBy, OutstandingRow, Period, TotalsRow};
use super::store::{self, OUTSTANDING_PAGE};
use crate::AppState;
use crate::auth::FinanceReader;
use crate::error::{AppError, AppResult, Problem};
use crate::http::{Query, file_response};
use crate::money::{self, Currency};

/// Parameters of `GET /reports/disbursements`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ReportQuery {
    /// First day (by request date), included; open when left out.
    pub from: Option<NaiveDate>,
    /// Last day, included; open when left out. Payments count as paid up to this day.
    pub to: Option<NaiveDate>,
    /// `month` (default), `call`, `country`, `region`, `currency` or `status`.
    pub group_by: Option<GroupBy>,
    /// `json` (default), `csv` or `xlsx`.
    pub format: Option<Format>,
}

/// Totals of one group, payment currency and call currency.
#[derive(Debug, Serialize, ToSchema)]
pub struct TotalsResponse {
    /// The group's key.
    pub group: String,
    /// Its name.
    pub label: String,
    /// Currency of the payments.
    pub currency: Currency,
    /// How many disbursements.
    pub count: i64,
    /// Totals in `currency`.
    pub amounts: AmountsResponse,
    /// Currency of the calls.
    pub call_currency: Currency,
    /// Totals converted to `call_currency`.
    pub in_call_currency: AmountsResponse,
}

/// Amounts by status.
#[derive(Debug, Serialize, ToSchema)]
pub struct AmountsResponse {
    /// Requested.
    pub requested: String,
    /// Approved.
    pub approved: String,
    /// Paid.
    pub paid: String,
    /// Cancelled.
    pub cancelled: String,
}

/// An award's outstanding commitment.
#[derive(Debug, Serialize, ToSchema)]
pub struct OutstandingResponse {
    /// The award.
    pub award_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// The organisation (never redacted: this report is internal).
    pub organisation_name: String,
    /// The call.
    pub call_title: String,
    /// Currency.
    pub currency: Currency,
    /// Awarded.
    pub awarded: String,
    /// Paid by the period's end.
    pub paid: String,
    /// Awarded minus paid.
    pub outstanding: String,
}

/// Outstanding commitments of one currency.
#[derive(Debug, Serialize, ToSchema)]
pub struct OutstandingTotal {
    /// Currency.
    pub currency: Currency,
    /// Awarded.
    pub awarded: String,
    /// Paid.
    pub paid: String,
    /// Outstanding.
    pub outstanding: String,
}

/// The disbursement report.
#[derive(Debug, Serialize, ToSchema)]
pub struct DisbursementReport {
    /// First day covered.
    pub from: NaiveDate,
    /// Last day covered.
    pub to: NaiveDate,
    /// The grouping.
    pub group_by: GroupBy,
    /// Totals per group and currency.
    pub totals: Vec<TotalsResponse>,
    /// Awarded minus paid, per open award.
    pub outstanding: Vec<OutstandingResponse>,
    /// Outstanding per currency.
    pub outstanding_totals: Vec<OutstandingTotal>,
}

/// Totals of requested, approved, paid and cancelled disbursements per currency and in the
/// call currency, grouped, with the outstanding commitments (awarded minus paid) of every
/// open award (finance, admins). Disbursements are selected, and grouped by month, by the
/// date they were requested, and counted in the status they have now; outstanding
/// commitments count payments made up to `to`. Organisations are named in full: this report
/// is internal.
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
    let totals = store::totals(&state.db, group_by, period).await?;
    match query.format.unwrap_or_default() {
        Format::Json => {
            let outstanding = store::outstanding_all(&state.db, period).await?;
            Ok(axum::Json(json_report(period, group_by, &totals, &outstanding)).into_response())
        }
        Format::Csv => csv_response(state, period, totals),
        Format::Xlsx => {
            let outstanding = store::outstanding_all(&state.db, period).await?;
            let workbook = xlsx_report(&totals, &outstanding)?;
            Ok(file_response(workbook, XLSX, "attachment", "disbursements.xlsx"))
        }
    }
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

fn amounts(by_status: &ByStatus, currency: Currency) -> AmountsResponse {
    let format = |amount: Decimal| money::format_amount(amount, currency);
    AmountsResponse {
        requested: format(by_status.requested),
        approved: format(by_status.approved),
        paid: format(by_status.paid),
        cancelled: format(by_status.cancelled),
    }
}

fn json_report(
    period: Period,
    group_by: GroupBy,
    totals: &[TotalsRow],
    outstanding: &[OutstandingRow],
) -> DisbursementReport {
    DisbursementReport {
        from: period.from,
        to: period.to,
        group_by,
        totals: totals
            .iter()
            .map(|row| TotalsResponse {
                group: row.group.clone(),
                label: row.label.clone(),
                currency: row.currency,
                count: row.count,
                amounts: amounts(&row.amounts, row.currency),
                call_currency: row.call_currency,
                in_call_currency: amounts(&row.in_call_currency, row.call_currency),
            })
            .collect(),
        outstanding: outstanding
            .iter()
            .map(|row| OutstandingResponse {
                award_id: row.award_id,
                reference: row.reference.clone(),
                organisation_name: row.organisation_name.clone(),
                call_title: row.call_title.clone(),
                currency: row.currency,
                awarded: money::format_amount(row.awarded, row.currency),
                paid: money::format_amount(row.paid, row.currency),
                outstanding: money::format_amount(row.outstanding(), row.currency),
            })
            .collect(),
        outstanding_totals: rules::outstanding_totals(outstanding)
            .into_iter()
            .map(|(currency, awarded, paid, outstanding)| OutstandingTotal {
                currency,
                awarded: money::format_amount(awarded, currency),
                paid: money::format_amount(paid, currency),
                outstanding: money::format_amount(outstanding, currency),
            })
            .collect(),
    }
}

/// Where the CSV stream is: the header and totals first, then the outstanding
/// commitments a page at a time (each page a short query, so the connection is never held
/// while the client reads).
enum CsvPart {
    Head(Vec<TotalsRow>),
    Outstanding(Uuid),
    Done,
}

fn csv_response(state: AppState, period: Period, totals: Vec<TotalsRow>) -> AppResult<Response> {
    let chunks = stream::unfold(CsvPart::Head(totals), move |part| {
        let state = state.clone();
        async move {
            let (bytes, next) = match part {
                CsvPart::Head(totals) => {
                    let mut records = vec![CSV_HEADER.iter().map(|name| (*name).to_owned()).collect()];
                    records.extend(totals.iter().map(rules::totals_record));
                    (csv_bytes(&records), CsvPart::Outstanding(Uuid::nil()))
                }
                CsvPart::Outstanding(after) => match store::outstanding_page(&state.db, period, after).await {
                    Ok(page) => {
                        let next = match page.last() {
                            Some(last) if page.len() as u64 == OUTSTANDING_PAGE => CsvPart::Outstanding(last.award_id),
                            _ => CsvPart::Done,
                        };
                        let records: Vec<Vec<String>> = page.iter().map(rules::outstanding_record).collect();
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
    });
    Ok(file_response(
        Body::from_stream(chunks),
        "text/csv; charset=utf-8",
        "attachment",
        "disbursements.csv",
    ))
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
fn xlsx_report(totals: &[TotalsRow], outstanding: &[OutstandingRow]) -> AppResult<Vec<u8>> {
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

    let sheet = workbook.add_worksheet().set_name("Totals").map_err(failed)?;
    for (column, name) in CSV_HEADER[1..14].iter().enumerate() {
        sheet
            .write_with_format(0, column as u16, *name, &bold)
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
        for (offset, status) in crate::disbursements::rules::DisbursementStatus::ALL
            .into_iter()
            .enumerate()
        {
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
    let sheet = workbook.add_worksheet().set_name("Outstanding").map_err(failed)?;
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
            .write_with_format(0, column as u16, *name, &bold)
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
