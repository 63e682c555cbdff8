//! Handlers of the open data: public, cacheable files and the summary.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::json::OpenDataSummary;
use super::service::{self, Standard};
use crate::AppState;
use crate::error::{AppError, AppResult, Problem};

/// The office's grants as a 360Giving 1.4 data package (anyone), each under its
/// recipient's publication policy; withheld grants are left out. Cacheable: answers
/// `304 Not Modified` to an `If-None-Match` holding its `ETag`.
#[utoipa::path(
    get, path = "/open-data/360giving.json", tag = "open data",
    params(("If-None-Match" = Option<String>, Header, description = "an ETag of a previous answer")),
    responses(
        (status = 200, description = "the 360Giving data package", content_type = "application/json", body = Object),
        (status = 304, description = "unchanged since the ETag given"),
        (status = 500, body = Problem),
    )
)]
pub async fn get_360giving(State(state): State<AppState>, headers: HeaderMap) -> AppResult<Response> {
    open_data_file(&state, &headers, Standard::ThreeSixtyGiving, "360giving.json").await
}

/// The office's grants as an IATI 2.03 activity file (anyone): one activity per published
/// call (hierarchy 1) and one per published grant under it (hierarchy 2); a comment says
/// how many were excluded under the exclusion policy. Cacheable like the 360Giving file.
#[utoipa::path(
    get, path = "/open-data/iati-activities.xml", tag = "open data",
    params(("If-None-Match" = Option<String>, Header, description = "an ETag of a previous answer")),
    responses(
        (status = 200, description = "the IATI activity file", content_type = "application/xml", body = String),
        (status = 304, description = "unchanged since the ETag given"),
        (status = 500, body = Problem),
    )
)]
pub async fn get_iati_activities(State(state): State<AppState>, headers: HeaderMap) -> AppResult<Response> {
    open_data_file(&state, &headers, Standard::Iati, "iati-activities.xml").await
}

/// The published calls and the office's totals (anyone): every accepted award counts,
/// those withheld from the files as a count and a sum only. Cacheable like the files.
#[utoipa::path(
    get, path = "/open-data/summary.json", tag = "open data",
    params(("If-None-Match" = Option<String>, Header, description = "an ETag of a previous answer")),
    responses(
        (status = 200, body = OpenDataSummary),
        (status = 304, description = "unchanged since the ETag given"),
        (status = 500, body = Problem),
    )
)]
pub async fn get_open_data_summary(State(state): State<AppState>, headers: HeaderMap) -> AppResult<Response> {
    let office = service::office(&state.config);
    let summary: OpenDataSummary = service::summary(&state.db, &office).await?;
    let body = serde_json::to_vec(&summary).map_err(|error| AppError::Internal(error.to_string()))?;
    let etag = crate::http::strong_etag(&body);
    cached(&headers, &etag, || {
        (
            [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
            body,
        )
            .into_response()
    })
}

/// Writes the export, then answers 304 when the client holds it already, else the file.
async fn open_data_file(state: &AppState, headers: &HeaderMap, standard: Standard, name: &str) -> AppResult<Response> {
    let office = service::office(&state.config);
    let export = service::export(&state.db, &office, &state.reference, standard).await?;
    cached(headers, &export.etag, || {
        let body = crate::http::file_body(export.file);
        crate::http::file_response(body, standard.content_type(), "inline", name)
    })
}

/// `304 Not Modified` when the request's `If-None-Match` holds `etag`, else the `fresh`
/// answer; both carry the `ETag` and ask caches to revalidate.
fn cached(headers: &HeaderMap, etag: &str, fresh: impl FnOnce() -> Response) -> AppResult<Response> {
    let tag = HeaderValue::from_str(etag).map_err(|error| AppError::Internal(error.to_string()))?;
    let cache = [
        (header::ETAG, tag),
        (header::CACHE_CONTROL, HeaderValue::from_static("public, no-cache")),
    ];
    if crate::http::etag_matches(headers, etag) {
        return Ok((StatusCode::NOT_MODIFIED, cache).into_response());
    }
    let mut response = fresh();
    response.headers_mut().extend(cache);
    Ok(response)
}
