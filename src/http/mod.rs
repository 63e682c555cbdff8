//! The HTTP toolkit every domain's handlers share: extractors (with the schema check of
//! bodies), pagination, answers kept in memory, metrics, problem+json for framework errors, file answers and the
//! in-process request driver. The router itself is assembled in `crate::router`.

pub mod driver;
pub mod extract;
pub mod kept;
pub mod metrics;
pub mod pagination;
pub mod schema_check;

use std::time::Instant;

use axum::Json;
use axum::body::Body;
use axum::extract::{MatchedPath, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::AppError;

pub use extract::{Json as JsonBody, OptionalJson, Query};
pub use pagination::{JsonTextPage, KeysetQuery, Page, PageQuery};

/// Largest request body accepted: 1 MiB.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// The header that carries each request's id.
pub const REQUEST_ID: &str = "x-request-id";

/// Turns the framework's own error answers (unknown route, wrong method, bad path
/// parameter, body too large) into problem+json, so every 4xx has the same envelope.
pub async fn problem_for_framework_errors(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    // A problem already, or a portal page written for a person (an error page in HTML).
    let is_written = response.headers().get(header::CONTENT_TYPE).is_some_and(|value| {
        let value = value.as_bytes();
        value.starts_with(b"application/problem+json") || value.starts_with(b"text/html")
    });
    if !(status.is_client_error() || status.is_server_error()) || is_written {
        return response;
    }
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, 4096).await.unwrap_or_default();
    let text = String::from_utf8_lossy(&bytes).trim().to_owned();
    let error = match status {
        StatusCode::NOT_FOUND => AppError::NotFound("route"),
        StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge,
        StatusCode::METHOD_NOT_ALLOWED => AppError::BadRequest("method not allowed on this path".to_owned()),
        _ if status.is_server_error() => AppError::Internal(text.clone()),
        _ => AppError::BadRequest(if text.is_empty() { status.to_string() } else { text }),
    };
    let mut problem = error.problem();
    problem.status = status.as_u16();
    let mut answer = (status, Json(problem)).into_response();
    answer.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    answer.headers_mut().insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(crate::i18n::current().code()),
    );
    for (name, value) in parts.headers.iter() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            answer.headers_mut().insert(name.clone(), value.clone());
        }
    }
    answer
}

/// A file answer: `content_type`, and a `Content-Disposition` of `disposition`
/// (`attachment` to download, `inline` to show) naming `filename`.
pub fn file_response(body: impl Into<Body>, content_type: &'static str, disposition: &str, filename: &str) -> Response {
    let mut response = Response::new(body.into());
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&format!("{disposition}; filename=\"{filename}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// A response body that streams a file in chunks of 64 KiB, so a large file is never
/// held in memory whole.
pub fn file_body(file: std::fs::File) -> Body {
    use tokio::io::AsyncReadExt;
    let file = tokio::fs::File::from_std(file);
    let chunks = futures_util::stream::unfold(Some(file), |file| async move {
        let mut file = file?;
        let mut buffer = vec![0_u8; 64 * 1024];
        match file.read(&mut buffer).await {
            Ok(0) => None,
            Ok(read) => {
                buffer.truncate(read);
                Some((Ok::<_, std::io::Error>(buffer), Some(file)))
            }
            Err(error) => Some((Err(error), None)),
        }
    });
    Body::from_stream(chunks)
}

/// A strong entity tag for these bytes: their SHA-256, quoted.
pub fn strong_etag(bytes: &[u8]) -> String {
    use sha2::Digest;
    format!("\"{}\"", hex::encode(sha2::Sha256::digest(bytes)))
}

/// Whether the request's `If-None-Match` holds `etag` (or `*`); weak tags compare by
/// their opaque part, as RFC 9110 asks for `If-None-Match`.
pub fn etag_matches(headers: &axum::http::HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(|tag| tag.trim().trim_start_matches("W/"))
        .any(|tag| tag == "*" || tag == etag)
}

/// The matched route template of a request (`/api/v1/calls/{id}`), for metrics and logs.
pub fn route_of(request: &Request) -> String {
    request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |path| path.as_str().to_owned())
}

/// Measures how long a future takes, in seconds.
pub fn elapsed_seconds(start: Instant) -> f64 {
    start.elapsed().as_secs_f64()
}
