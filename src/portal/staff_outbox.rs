//! The outbox in the workspace (admins), at `/staff/outbox`: the messages the office sends,
//! newest first, with their recipient, subject, delivery status (and the last error of one
//! that failed), attempts and times, filtered by status; a message whose delivery failed is
//! tried again from here (`POST /staff/outbox/{id}/retry`), through
//! `crate::reminders::service::retry`, and shows as queued until the delivery job sends it.

use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::pages::{FormError, FormFields, after_form};
use super::render::Page;
use super::staff::Staff;
use super::views::{Instant, instant};
use crate::AppState;
use crate::auth::Role;
use crate::error::AppResult;
use crate::i18n::{Language, Message};
use crate::keyset::PageRequest;
use crate::reminders::rules::DeliveryStatus;
use crate::reminders::service;
use crate::reminders::store::message;

/// The template of the page.
pub const TEMPLATES: [(&str, &str); 1] = [(
    "staff/outbox.html",
    include_str!("../../templates/portal/staff/outbox.html"),
)];

/// The routes of the outbox.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/outbox", get(outbox_page))
        .route("/staff/outbox/{id}/retry", post(retry_message))
}

/// The most messages the page shows at once.
const PAGE_SIZE: u64 = 50;

/// The filter, the page after `cursor`, and what was just done.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct OutboxQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    cursor: String,
    #[serde(default)]
    done: String,
}

/// One message as the page lists it.
#[derive(Debug, Serialize)]
struct MessageRow {
    id: Uuid,
    recipient: String,
    subject: String,
    status: &'static str,
    status_text: String,
    last_error: Option<String>,
    attempts: i32,
    created: Instant,
    next_attempt: Option<Instant>,
    sent: Option<Instant>,
    retryable: bool,
}

/// The outbox, filtered by status.
pub async fn outbox_page(State(state): State<AppState>, staff: Staff, Query(query): Query<OutboxQuery>) -> Response {
    let page = page_of(&state, &staff, &query, Vec::new()).await;
    staff.answer(&state, page)
}

async fn page_of(state: &AppState, staff: &Staff, query: &OutboxQuery, errors: Vec<FormError>) -> AppResult<Page> {
    staff.require(&[Role::Admin])?;
    let language = staff.language();
    let status = DeliveryStatus::parse(&query.status);
    let request = PageRequest {
        limit: PAGE_SIZE,
        offset: 0,
        cursor: Some(query.cursor.clone()).filter(|cursor| !cursor.is_empty()),
        count: true,
    };
    let listed = service::outbox_page(&state.db, status, &request).await?;
    let now = state.now();
    let rows: Vec<MessageRow> = listed.items.iter().map(|row| message_row(row, now, language)).collect();
    let key = status.map_or("", DeliveryStatus::as_str);
    let next = listed.next_cursor.map(|cursor| {
        let cursor: String = form_urlencoded::byte_serialize(cursor.as_bytes()).collect();
        format!("/staff/outbox?status={key}&cursor={cursor}")
    });
    let notice = (query.done == "retried").then(|| Message::new("staff-outbox-done-retried").render(language));
    Ok(Page::new(
        "staff/outbox.html",
        json!({
            "messages": rows,
            "total": listed.total,
            "status": key,
            "statuses": status_choices(language),
            "next": next,
            "errors": errors,
            "notice": notice,
        }),
    ))
}

fn status_text(status: DeliveryStatus, language: Language) -> String {
    Message::new(format!("staff-outbox-status-{}", status.as_str())).render(language)
}

/// The statuses to filter by.
fn status_choices(language: Language) -> Vec<serde_json::Value> {
    DeliveryStatus::ALL
        .iter()
        .map(|status| json!({ "value": status.as_str(), "text": status_text(*status, language) }))
        .collect()
}

fn message_row(row: &message::Model, now: chrono::DateTime<chrono::Utc>, language: Language) -> MessageRow {
    let waiting = matches!(row.status, DeliveryStatus::Queued | DeliveryStatus::Sending);
    MessageRow {
        id: row.id,
        recipient: row.recipient.clone(),
        subject: row.subject.clone(),
        status: row.status.as_str(),
        status_text: status_text(row.status, language),
        last_error: row.last_error.clone().filter(|_| row.status == DeliveryStatus::Failed),
        attempts: row.attempts,
        created: instant(row.created_at, language),
        next_attempt: waiting.then(|| instant(row.next_attempt_at, language)),
        sent: row.sent_at.map(|at| instant(at, language)),
        retryable: service::retry_refusal(row, now).is_none(),
    }
}

/// What the retry button sends: the token, and the filter to come back to.
#[derive(Debug, Default, Deserialize)]
pub struct RetryForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    status: String,
}

/// Where a refused retry points.
const RETRY_FIELDS: &FormFields = &[("message", None)];

/// Tries a failed message again: it is queued, and the delivery job sends it.
pub async fn retry_message(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(form): Form<RetryForm>,
) -> Response {
    let allowed = staff
        .require(&[Role::Admin])
        .and_then(|()| staff.check_form(&form.csrf_token));
    if let Err(error) = allowed {
        return staff.answer(&state, Err(error));
    }
    let status = DeliveryStatus::parse(&form.status).map_or("", DeliveryStatus::as_str);
    let retried = service::retry(&state.db, state.now(), staff.user().id, id).await;
    let next = retried.map(|_| format!("/staff/outbox?status={status}&done=retried"));
    let query = OutboxQuery {
        status: status.to_owned(),
        ..OutboxQuery::default()
    };
    after_form(&state, &staff.visitor, next, RETRY_FIELDS, |errors| {
        page_of(&state, &staff, &query, errors)
    })
    .await
}
