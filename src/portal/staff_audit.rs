//! The audit trail in the staff workspace (officers and admins), at `/staff/audit`: the
//! events about any subject (or the latest of all), written for people: who by name, what
//! in words, when, and the reason given; with the verification of the hash chain. The
//! due-diligence, risk and event pages link here with their subject
//! ([`audit_link`]).

use std::collections::HashMap;

use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::pages::{FormError, form_errors};
use super::render::Page;
use super::staff::Staff;
use super::views::instant;
use crate::AppState;
use crate::audit::{AuditFilter, audit_event};
use crate::auth::Role;
use crate::error::{AppResult, Validator};
use crate::i18n::{Language, Message};

/// The templates of the audit trail.
pub const TEMPLATES: [(&str, &str); 1] = [(
    "staff/audit_trail.html",
    include_str!("../../templates/portal/staff/audit_trail.html"),
)];

/// The most events a page shows.
const PAGE_SIZE: u64 = 50;

/// The kinds of subject the trail can be read for, as stored.
const SUBJECT_TYPES: [&str; 9] = [
    "organisation",
    "application",
    "call",
    "award",
    "disbursement",
    "event",
    "sponsorship_request",
    "user",
    "sanctions_list",
];

/// The routes of the audit trail.
pub fn routes() -> Router<AppState> {
    Router::new().route("/staff/audit", get(trail))
}

/// The link to the audit trail of a subject.
pub fn audit_link(subject_type: &str, subject_id: Uuid) -> String {
    format!("/staff/audit?subject_type={subject_type}&subject_id={subject_id}")
}

/// Which events to read.
#[derive(Debug, Default, Deserialize)]
pub struct TrailQuery {
    #[serde(default)]
    subject_type: String,
    #[serde(default)]
    subject_id: String,
    #[serde(default)]
    page: Option<u64>,
}

/// One event, as people read it.
#[derive(Debug, Serialize)]
struct EventRow {
    seq: i64,
    when: super::views::Instant,
    who: String,
    what: String,
    subject: String,
    reason: Option<String>,
}

/// The events about the subject asked for (all when none), newest first.
pub async fn trail(State(state): State<AppState>, staff: Staff, Query(query): Query<TrailQuery>) -> Response {
    let page = trail_page(&state, &staff, &query).await;
    let page = match page {
        Err(error) => match form_errors(
            &error,
            &[("subject_type", None), ("subject_id", None)],
            staff.language(),
        ) {
            Some(errors) => {
                empty_page(&staff, &query, errors).map(|page| page.with_status(StatusCode::UNPROCESSABLE_ENTITY))
            }
            None => Err(error),
        },
        ok => ok,
    };
    staff.answer(&state, page)
}

async fn trail_page(state: &AppState, staff: &Staff, query: &TrailQuery) -> AppResult<Page> {
    staff.require(&[Role::Officer, Role::Admin])?;
    let language = staff.language();
    let filter = filter_of(query)?;
    let number = query.page.unwrap_or(1).clamp(1, 1_000_000);
    let (events, total) =
        crate::audit::service::list_events(&state.db, &filter, PAGE_SIZE, (number - 1) * PAGE_SIZE).await?;
    let names = crate::audit::service::actor_names(&state.db, &events).await?;
    let chain = crate::audit::service::verify_chain(&state.db).await?;
    let rows: Vec<EventRow> = events
        .into_iter()
        .map(|event| row_of(event, &names, language))
        .collect();
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let base = format!(
        "/staff/audit?subject_type={}&subject_id={}",
        encode(query.subject_type.trim()),
        encode(query.subject_id.trim())
    );
    let chain_status = match &chain.broken {
        None => Message::new("staff-audit-chain-intact").with("count", chain.events_checked as i64),
        Some(broken) => Message::new("staff-audit-chain-broken").with("seq", broken.seq),
    };
    Ok(Page::new(
        "staff/audit_trail.html",
        json!({
            "query": form_values(query),
            "subject_types": subject_type_options(language),
            "events": rows,
            "total": total,
            "chain_intact": chain.broken.is_none(),
            "chain_status": chain_status.render(language),
            "chain_problem": chain.broken.map(|broken| broken.problem),
            "previous": (number > 1).then(|| format!("{base}&page={}", number - 1)),
            "next": (number < pages).then(|| format!("{base}&page={}", number + 1)),
            "errors": Vec::<FormError>::new(),
        }),
    ))
}

/// The page with the search form only, and its errors.
fn empty_page(staff: &Staff, query: &TrailQuery, errors: Vec<FormError>) -> AppResult<Page> {
    staff.require(&[Role::Officer, Role::Admin])?;
    Ok(Page::new(
        "staff/audit_trail.html",
        json!({
            "query": form_values(query),
            "subject_types": subject_type_options(staff.language()),
            "events": [],
            "total": 0,
            "errors": errors,
        }),
    ))
}

fn form_values(query: &TrailQuery) -> serde_json::Value {
    json!({"subject_type": query.subject_type.trim(), "subject_id": query.subject_id.trim()})
}

fn encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// The filter a query asks for: a known kind of subject, and an id of at most 100
/// characters (each optional).
fn filter_of(query: &TrailQuery) -> AppResult<AuditFilter> {
    let subject_type = query.subject_type.trim();
    let subject_id = query.subject_id.trim();
    let mut check = Validator::new();
    check.check(
        !subject_type.is_empty() && !SUBJECT_TYPES.contains(&subject_type),
        "subject_type",
        Message::new("staff-audit-error-subject-type"),
    );
    check.check(
        subject_id.chars().count() > 100,
        "subject_id",
        Message::new("staff-audit-error-subject-id"),
    );
    check.finish()?;
    Ok(AuditFilter {
        subject_type: Some(subject_type.to_owned()).filter(|text| !text.is_empty()),
        subject_id: Some(subject_id.to_owned()).filter(|text| !text.is_empty()),
    })
}

fn subject_type_options(language: Language) -> Vec<serde_json::Value> {
    SUBJECT_TYPES
        .iter()
        .map(|kind| json!({"value": kind, "text": subject_type_text(kind, language)}))
        .collect()
}

fn subject_type_text(kind: &str, language: Language) -> String {
    words_or(
        &format!("staff-audit-subject-{}", kind.replace('_', "-")),
        kind,
        language,
    )
}

/// The message `id` in `language`, or `fallback` when the catalogue has no such message.
fn words_or(id: &str, fallback: &str, language: Language) -> String {
    let text = Message::new(id.to_owned()).render(language);
    if text == id { fallback.to_owned() } else { text }
}

fn row_of(event: audit_event::Model, names: &HashMap<Uuid, String>, language: Language) -> EventRow {
    let who = match event.actor_id {
        Some(id) => names
            .get(&id)
            .cloned()
            .unwrap_or_else(|| Message::new("staff-audit-unknown-user").render(language)),
        None => Message::new("staff-audit-system").render(language),
    };
    let what_id = format!("staff-audit-action-{}", event.action.replace(['.', '_'], "-"));
    EventRow {
        seq: event.seq,
        when: instant(event.occurred_at, language),
        who,
        what: words_or(&what_id, &event.action, language),
        subject: format!(
            "{} {}",
            subject_type_text(&event.subject_type, language),
            event.subject_id
        ),
        reason: event.reason,
    }
}
