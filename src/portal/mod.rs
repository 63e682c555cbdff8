//! The web portal: server-rendered pages for the people of civil-society organisations
//! (and, later, staff), at `/` (public pages) and `/portal/...` (signed in).
//!
//! Pages are handlers like the JSON API's: they read the request (the [`visitor::Visitor`]:
//! language, session), call the same domain services, and render a minijinja template from
//! `templates/portal/` ([`render`]). They never open a transaction, write SQL or call the API
//! over HTTP. Every word comes from the message catalogue (`templates/locales/<lang>/portal.ftl`).
//!
//! - Sessions are server-side ([`crate::sessions`]): an `HttpOnly`, `SameSite=Lax` cookie
//!   (`Secure` in production) holds a random token; every form carries the session's CSRF
//!   token, and a POST without the right one is refused with 403. Forms shown before signing
//!   in (sign-in, registration) carry a token bound to a cookie instead (double submit).
//! - Every page works without JavaScript; `assets/portal.js` only adds the reader's local
//!   time to deadlines. One stylesheet, system fonts, logical CSS properties so that Arabic
//!   mirrors with `dir="rtl"` alone; no external request of any kind.
//! - Every response carries a strict Content-Security-Policy and the other security headers
//!   ([`security_headers`]).
//! - Pages, the stylesheet and the script are compressed (gzip or brotli); the public home
//!   and call pages are kept in memory for readers who are not signed in, with an `ETag`
//!   ([`public_cache`]).

mod account;
mod appeals;
mod applications;
mod apply;
mod apply_form;
mod assets;
mod award_views;
mod awards;
pub(crate) mod charts;
mod deadlines;
mod done;
mod home_filter;
mod invitations;
mod members;
mod notifications;
mod organisations;
mod orgdocs;
mod pages;
mod preferences;
mod public_cache;
pub(crate) mod render;
mod settings;
pub(crate) mod staff;
mod staff_audit;
mod staff_calls;
mod staff_calls_form;
mod staff_calls_question;
mod staff_calls_terms;
mod staff_diligence;
mod staff_events;
mod staff_events_report;
mod staff_finance;
mod staff_finance_reports;
mod staff_finance_sources;
mod staff_outbox;
mod staff_review;
mod staff_risk;
mod staff_risk_map;
mod staff_sanctions;
mod staff_users;
mod travel;
mod travel_views;
mod uploads;
mod verify;
pub(crate) mod views;
mod visitor;

use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};

use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};

use crate::AppState;

pub use public_cache::PublicPages;
pub use visitor::{SESSION_COOKIE, Visitor};

/// The portal's routes, with the security headers on every answer.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::home))
        .route("/calls/{id}", get(pages::call_page))
        .route("/language/{code}", get(pages::switch_language))
        .route("/sign-in", get(pages::sign_in_form).post(pages::sign_in))
        .route("/register", get(pages::register_form).post(pages::register))
        .route("/sign-out", post(pages::sign_out))
        .route("/portal", get(pages::dashboard))
        .route("/assets/portal.css", get(assets::stylesheet))
        .route("/assets/portal.js", get(assets::script))
        .merge(organisations::routes())
        .merge(apply::routes())
        .merge(applications::routes())
        .merge(appeals::routes())
        .merge(account::routes())
        .merge(settings::routes())
        .merge(notifications::routes())
        .merge(members::routes())
        .merge(orgdocs::routes())
        .merge(awards::routes())
        .merge(travel::routes())
        .merge(deadlines::routes())
        .merge(invitations::routes())
        .merge(preferences::routes())
        .merge(verify::routes())
        .merge(staff::routes())
        .merge(staff_review::routes())
        .merge(staff_finance::routes())
        .merge(staff_finance_reports::routes())
        .merge(staff_finance_sources::routes())
        .merge(staff_diligence::routes())
        .merge(staff_audit::routes())
        .merge(staff_risk::routes())
        .merge(staff_calls::routes())
        .merge(staff_events::routes())
        .merge(staff_users::routes())
        .merge(staff_sanctions::routes())
        .merge(staff_outbox::routes())
        .layer(middleware::from_fn(security_headers))
        .layer(compression())
}

/// Compresses pages, the stylesheet and the script (gzip or brotli, as the browser asks):
/// a page with its stylesheet and script stays well under 50 KB on the wire. PDFs and
/// uploaded files, already compressed, go as they are.
fn compression() -> CompressionLayer<impl Predicate> {
    let worth_it = DefaultPredicate::new()
        .and(NotForContentType::const_new("application/pdf"))
        .and(NotForContentType::const_new("application/zip"))
        .and(NotForContentType::const_new("application/octet-stream"));
    CompressionLayer::new().compress_when(worth_it)
}

/// The Content-Security-Policy of every page: only this origin, no inline script or style,
/// no framing, forms only to this origin.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

/// Adds the security headers to every portal answer: a strict CSP, no referrer outside the
/// site, no content-type sniffing, no powerful browser features.
async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let fixed: [(HeaderName, &'static str); 5] = [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("permissions-policy"),
            "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
        ),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}
