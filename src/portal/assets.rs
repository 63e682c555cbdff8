//! The portal's one stylesheet and one small script, served from the binary. Their URLs
//! carry the version, so browsers keep them for a year; an `ETag` answers a revalidation
//! with 304.

use std::sync::LazyLock;

use axum::http::StatusCode;
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

const STYLESHEET: &str = include_str!("../../assets/portal.css");
const SCRIPT: &str = include_str!("../../assets/portal.js");

static STYLESHEET_TAG: LazyLock<String> = LazyLock::new(|| entity_tag(STYLESHEET));
static SCRIPT_TAG: LazyLock<String> = LazyLock::new(|| entity_tag(SCRIPT));

/// `GET /assets/portal.css`.
pub async fn stylesheet(headers: HeaderMap) -> Response {
    asset(&headers, STYLESHEET, &STYLESHEET_TAG, "text/css; charset=utf-8")
}

/// `GET /assets/portal.js`.
pub async fn script(headers: HeaderMap) -> Response {
    asset(&headers, SCRIPT, &SCRIPT_TAG, "text/javascript; charset=utf-8")
}

fn asset(request: &HeaderMap, body: &'static str, tag: &str, content_type: &'static str) -> Response {
    let cache = [
        (
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        ),
        (
            header::ETAG,
            HeaderValue::from_str(tag).unwrap_or(HeaderValue::from_static("\"0\"")),
        ),
    ];
    if already_has(request, tag.as_bytes()) {
        return (StatusCode::NOT_MODIFIED, cache).into_response();
    }
    (
        cache,
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        body,
    )
        .into_response()
}

/// Whether the request's `If-None-Match` names `tag` (weak comparison, as for any `GET`):
/// the browser already has this version.
pub(super) fn already_has(request: &HeaderMap, tag: &[u8]) -> bool {
    let opaque = |tag: &[u8]| tag.strip_prefix(b"W/").unwrap_or(tag).to_vec();
    let wanted = opaque(tag);
    request
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .flat_map(|value| value.as_bytes().split(|byte| *byte == b','))
        .any(|candidate| opaque(candidate.trim_ascii()) == wanted || candidate.trim_ascii() == b"*")
}

/// A strong entity tag of `body`: its SHA-256, shortened.
fn entity_tag(body: &str) -> String {
    format!("\"{}\"", &hex::encode(Sha256::digest(body.as_bytes()))[..16])
}
