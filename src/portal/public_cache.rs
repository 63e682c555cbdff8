//! The public home and call pages, kept in memory for readers who are not signed in: when
//! a call opens, many organisations read them at once.
//!
//! A kept page is good while the database's change counter
//! ([`crate::calls::service::public_changes`], raised in the transaction of every change to a
//! call or an event) is still the one it was rendered at, and until the next instant its
//! content depends on (a call opening or closing, an event's requests closing). Reading the
//! counter is one small query, so every replica on the same database agrees on what is
//! current. Each kept page has an `ETag` (the counter, the language and a hash of the
//! bytes): a browser that sends it back gets `304 Not Modified`.
//!
//! A signed-in reader's page carries their session's CSRF token and their own data, so it
//! is never kept and never shared: it is rendered for them alone and marked `no-store`.
//! Pages asked for with a query string are not kept either, so the cache holds at most one
//! page per public path and language, unless the handler names the page's canonical address
//! ([`serve_at`]: the home page's filter, whose known values are few), under which it is
//! then kept: every spelling of one filter shares its page, and no filter's page is served
//! for another.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, RwLock};

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
use crate::i18n::Language;

/// At most this many pages are kept; past it the cache starts again empty.
const MOST_PAGES: usize = 10_000;

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

/// The kept public pages of one application (one per replica).
#[derive(Debug, Default)]
pub struct PublicPages {
    pages: RwLock<HashMap<(String, Language), Arc<KeptPage>>>,
}

#[derive(Debug)]
struct KeptPage {
    counter: i64,
    valid_until: Option<DateTime<Utc>>,
    entity_tag: HeaderValue,
    language: Language,
    html: Bytes,
}

impl KeptPage {
    fn current(&self, counter: i64, now: DateTime<Utc>) -> bool {
        self.counter == counter && self.valid_until.is_none_or(|until| now < until)
    }
}

impl PublicPages {
    fn get(&self, key: &(String, Language), counter: i64, now: DateTime<Utc>) -> Option<Arc<KeptPage>> {
        let pages = self.pages.read().unwrap_or_else(|poisoned| poisoned.into_inner());
        pages.get(key).filter(|page| page.current(counter, now)).cloned()
    }

    fn keep(&self, key: (String, Language), page: Arc<KeptPage>) {
        let mut pages = self.pages.write().unwrap_or_else(|poisoned| poisoned.into_inner());
        if pages.len() >= MOST_PAGES {
            pages.clear();
        }
        pages.insert(key, page);
    }
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
    if let Some(kept) = state.public_pages.get(&key, counter, now) {
        return respond(&kept, request);
    }
    let kept = match make.await.and_then(|made| kept_page(state, visitor, counter, made)) {
        Ok(kept) => Arc::new(kept),
        Err(error) => return problem_page(state, visitor, error),
    };
    state.public_pages.keep(key, kept.clone());
    respond(&kept, request)
}

fn kept_page(state: &AppState, visitor: &Visitor, counter: i64, made: PublicPage) -> AppResult<KeptPage> {
    let html = made.page.html(visitor, &state.config.office_name)?;
    let digest = hex::encode(Sha256::digest(html.as_bytes()));
    let tag = format!("W/\"{counter}-{}-{}\"", visitor.language.code(), &digest[..16]);
    Ok(KeptPage {
        counter,
        valid_until: made.valid_until,
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

/// The earliest of `instants` that is after `now`: when a page made from them next reads
/// differently by the clock alone.
pub fn next_change(now: DateTime<Utc>, instants: impl IntoIterator<Item = DateTime<Utc>>) -> Option<DateTime<Utc>> {
    instants.into_iter().filter(|instant| *instant > now).min()
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;

    #[test]
    fn a_page_changes_next_at_the_earliest_instant_still_to_come() {
        let now = DateTime::<Utc>::UNIX_EPOCH + Duration::days(100);
        let past = now - Duration::hours(1);
        let soon = now + Duration::hours(2);
        let later = now + Duration::days(3);
        assert_eq!(next_change(now, [later, past, soon]), Some(soon));
        assert_eq!(next_change(now, [past, now]), None);
    }

    #[test]
    fn a_kept_page_is_current_only_at_its_counter_and_before_its_instant() {
        let now = DateTime::<Utc>::UNIX_EPOCH + Duration::days(100);
        let page = KeptPage {
            counter: 7,
            valid_until: Some(now + Duration::minutes(1)),
            entity_tag: HeaderValue::from_static("W/\"7\""),
            language: Language::default(),
            html: Bytes::new(),
        };
        assert!(page.current(7, now));
        assert!(!page.current(8, now));
        assert!(!page.current(7, now + Duration::minutes(1)));
    }
}
