//! Handler of the disbursement report: JSON, CSV (streamed) or XLSX.

use axum::body::Body;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

use super::json::{DisbursementReport, ReportQuery};
use super::rules::{Format, Period};
use super::service;
use crate::AppState;
use crate::auth::FinanceReader;
use crate::error::{AppError, AppResult, Problem};
use crate::http::{Query, file_response};

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
    match query.format.unwrap_or_default() {
        Format::Json => Ok(axum::Json(service::report(&state.db, period, group_by).await?).into_response()),
        Format::Csv => {
            let chunks = service::csv_chunks(state.db.clone(), period, group_by, query.lang).await?;
            let body = Body::from_stream(chunks);
            Ok(file_response(
                body,
                "text/csv; charset=utf-8",
                "attachment",
                "disbursements.csv",
            ))
        }
        Format::Xlsx => {
            let workbook = service::workbook(&state.db, period, group_by, query.lang).await?;
            Ok(file_response(workbook, XLSX, "attachment", "disbursements.xlsx"))
        }
    }
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
