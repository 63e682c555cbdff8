//! The public home and call pages, kept in memory for readers who are not signed in: when
//! a call opens, many organisations read them at once.
//!
//! A kept page is good while the database's change counter is still the one it was
//! rendered at, and until the next instant its content depends on (see
//! [`crate::http::kept`], which the public list of calls shares). Each kept page has an
//! `ETag` (the counter, the language and a hash of the bytes): a browser that sends it back
//! gets `304 Not Modified`.
//!
//! A signed-in reader's page carries their session's CSRF token and their own data, so it
//! is never kept and never shared: it is rendered for them alone and marked `no-store`.
//! Pages asked for with a query string are not kept either, so the cache holds at most one
//! page per public path and language, unless the handler names the page's canonical address
//! ([`serve_at`]: the home page's filter, whose known values are few), under which it is
//! then kept: every spelling of one filter shares its page, and no filter's page is served
//! for another.

use std::future::Future;
use std::sync::Arc;

use axum::http::StatusCode;
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use super::pages::{answer, problem_page};
use super::render::Page;
use super::visitor::Visitor;
use crate::AppState;
use crate::error::AppResult;
use crate::http::kept::Kept;
use crate::i18n::Language;

/// How browsers may keep a public page: store it, but ask again (with its `ETag`) each time.
const PUBLIC_CACHE_CONTROL: &str = "no-cache";

/// What a public page's content depends on besides its path.
const VARY: &str = "Accept-Language, Cookie";

/// A public page as a handler makes it: the page, and the next instant at which it would
/// read differently without any change in the database (`None`: no such instant).
pub struct PublicPage {
    /// The page.
    pub page: Page,
    /// When the page stops being true by the clock alone.
    pub valid_until: Option<DateTime<Utc>>,
}

/// The kept public pages of one application (one per replica), by path and language.
#[derive(Debug, Default)]
pub struct PublicPages {
    pages: Kept<(String, Language), KeptPage>,
}

#[derive(Debug)]
struct KeptPage {
    entity_tag: HeaderValue,
    language: Language,
    html: Bytes,
}

/// Answers a public page: from memory when the reader is not signed in and the kept page is
/// current (or `304 Not Modified` when the browser already has it), otherwise by awaiting
/// `make` (and keeping its page for the next reader).
pub async fn serve(
    state: &AppState,
    visitor: &Visitor,
    request: &HeaderMap,
    make: impl Future<Output = AppResult<PublicPage>>,
) -> Response {
    let path = (!visitor.path.contains('?')).then(|| visitor.path.clone());
    serve_at(state, visitor, request, path, make).await
}

/// Answers a public page like [`serve`], kept under `canonical_path` (the handler's own
/// address for what the page shows, whatever the request's spelling); `None`: not kept.
pub async fn serve_at(
    state: &AppState,
    visitor: &Visitor,
    request: &HeaderMap,
    canonical_path: Option<String>,
    make: impl Future<Output = AppResult<PublicPage>>,
) -> Response {
    let path = canonical_path.filter(|_| visitor.session_holder().is_none());
    let Some(path) = path else {
        return answer(state, visitor, make.await.map(|made| made.page));
    };
    let counter = match crate::calls::service::public_changes(&state.db).await {
        Ok(counter) => counter,
        Err(error) => return problem_page(state, visitor, error),
    };
    let key = (path, visitor.language);
    let now = state.now();
    if let Some(kept) = state.public_pages.pages.get(&key, counter, now) {
        return respond(&kept, request);
    }
    let made = match make.await {
        Ok(made) => made,
        Err(error) => return problem_page(state, visitor, error),
    };
    let valid_until = made.valid_until;
    let kept = match kept_page(state, visitor, counter, made.page) {
        Ok(kept) => Arc::new(kept),
        Err(error) => return problem_page(state, visitor, error),
    };
    let bytes = kept.html.len();
    state
        .public_pages
        .pages
        .keep(key, counter, valid_until, (kept.clone(), bytes));
    respond(&kept, request)
}

fn kept_page(state: &AppState, visitor: &Visitor, counter: i64, page: Page) -> AppResult<KeptPage> {
    let html = page.html(visitor, &state.config.office_name)?;
    let digest = hex::encode(Sha256::digest(html.as_bytes()));
    let tag = format!("W/\"{counter}-{}-{}\"", visitor.language.code(), &digest[..16]);
    Ok(KeptPage {
        entity_tag: HeaderValue::from_str(&tag).unwrap_or(HeaderValue::from_static("W/\"0\"")),
        language: visitor.language,
        html: Bytes::from(html),
    })
}

fn respond(kept: &KeptPage, request: &HeaderMap) -> Response {
    let headers = [
        (header::ETAG, kept.entity_tag.clone()),
        (header::CACHE_CONTROL, HeaderValue::from_static(PUBLIC_CACHE_CONTROL)),
        (header::VARY, HeaderValue::from_static(VARY)),
        (header::CONTENT_LANGUAGE, HeaderValue::from_static(kept.language.code())),
    ];
    if super::assets::already_has(request, kept.entity_tag.as_bytes()) {
        return (StatusCode::NOT_MODIFIED, headers).into_response();
    }
    let html_type = [(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    )];
    (headers, html_type, kept.html.clone()).into_response()
}
