//! Handlers of notifications (every signed-in user's) and of the outbox (admins).

use axum::Json;
use axum::extract::{Path, State};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::rules::DeliveryStatus;
use super::store::{self, message};
use crate::AppState;
use crate::auth::{Admin, CurrentUser};
use crate::error::{AppError, AppResult, Problem};
use crate::http::{Page, PageQuery, Query};

/// A notification: a reminder as its recipient reads it in the app.
#[derive(Debug, Serialize, ToSchema)]
pub struct NotificationResponse {
    /// Id.
    pub id: Uuid,
    /// The rule that sent it (`call_closing`, `report_due`...).
    pub rule: String,
    /// The record it is about.
    pub subject_id: Option<Uuid>,
    /// Subject line.
    pub subject: String,
    /// Text.
    pub body: String,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When the recipient marked it read.
    pub read_at: Option<DateTime<Utc>>,
}

/// The caller's notifications, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct NotificationsPage {
    /// This page.
    pub items: Vec<NotificationResponse>,
    /// How many in all.
    pub total: u64,
    /// How many are unread.
    pub unread: u64,
}

/// A message of the outbox with its delivery state.
#[derive(Debug, Serialize, ToSchema)]
pub struct OutboxResponse {
    /// Id.
    pub id: Uuid,
    /// The recipient's account.
    pub user_id: Uuid,
    /// The recipient's address.
    pub recipient: String,
    /// The rule that sent it.
    pub rule: String,
    /// The template it was written from.
    pub template: String,
    /// Subject line.
    pub subject: String,
    /// Rule, subject, occurrence and recipient: unique.
    pub dedup_key: String,
    /// `queued`, `sending`, `sent` or `failed`.
    pub status: DeliveryStatus,
    /// Delivery attempts so far.
    pub attempts: i32,
    /// The last delivery error.
    pub last_error: Option<String>,
    /// When the next attempt is due.
    pub next_attempt_at: DateTime<Utc>,
    /// After this it is no longer delivered (its deadline passed).
    pub expires_at: Option<DateTime<Utc>>,
    /// When the SMTP server accepted it.
    pub sent_at: Option<DateTime<Utc>>,
    /// When it was enqueued.
    pub created_at: DateTime<Utc>,
}

/// Filters of `GET /admin/outbox`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct OutboxQuery {
    /// Only in this status.
    pub status: Option<DeliveryStatus>,
    /// Page size (default 50, at most 500).
    pub limit: Option<u64>,
    /// Number of items to skip.
    pub offset: Option<u64>,
}

/// The caller's notifications, newest first, with the number unread.
#[utoipa::path(
    get, path = "/notifications", tag = "reminders",
    params(PageQuery),
    security(("bearer" = [])),
    responses((status = 200, body = NotificationsPage), (status = 401, body = Problem))
)]
pub async fn list_notifications(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(page): Query<PageQuery>,
) -> AppResult<Json<NotificationsPage>> {
    let (rows, total) = store::list(&state.db, Some(user.id), None, (page.limit(), page.offset())).await?;
    let unread = store::unread_count(&state.db, user.id).await?;
    Ok(Json(NotificationsPage {
        items: rows.into_iter().map(notification).collect(),
        total,
        unread,
    }))
}

/// Marks one of the caller's notifications read; another user's is 404.
#[utoipa::path(
    post, path = "/notifications/{id}/read", tag = "reminders",
    params(("id" = Uuid, Path, description = "notification id")),
    security(("bearer" = [])),
    responses((status = 200, body = NotificationResponse), (status = 404, body = Problem))
)]
pub async fn mark_notification_read(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<NotificationResponse>> {
    if !store::mark_read(&state.db, id, user.id, state.now()).await? {
        return Err(AppError::NotFound("notification"));
    }
    let found = store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("notification"))?;
    Ok(Json(notification(found)))
}

/// The outbox (admins): queued, sending, sent and failed messages, newest first. With no
/// SMTP configured, messages stay here as `queued`.
#[utoipa::path(
    get, path = "/admin/outbox", tag = "reminders",
    params(OutboxQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<OutboxResponse>), (status = 403, body = Problem))
)]
pub async fn list_outbox(
    State(state): State<AppState>,
    _admin: Admin,
    Query(query): Query<OutboxQuery>,
) -> AppResult<Json<Page<OutboxResponse>>> {
    let page = PageQuery {
        limit: query.limit,
        offset: query.offset,
    };
    let (rows, total) = store::list(&state.db, None, query.status, (page.limit(), page.offset())).await?;
    let items = rows.into_iter().map(outbox_row).collect::<AppResult<Vec<_>>>()?;
    Ok(Json(Page { items, total }))
}

fn notification(row: message::Model) -> NotificationResponse {
    NotificationResponse {
        id: row.id,
        rule: row.rule,
        subject_id: row.subject_id,
        subject: row.subject,
        body: row.body,
        created_at: row.created_at,
        read_at: row.read_at,
    }
}

fn outbox_row(row: message::Model) -> AppResult<OutboxResponse> {
    let status = DeliveryStatus::parse(&row.status)
        .ok_or_else(|| AppError::Internal(format!("message {} has an unknown status", row.id)))?;
    Ok(OutboxResponse {
        id: row.id,
        user_id: row.user_id,
        recipient: row.recipient,
        rule: row.rule,
        template: row.template,
        subject: row.subject,
        dedup_key: row.dedup_key,
        status,
        attempts: row.attempts,
        last_error: row.last_error,
        next_attempt_at: row.next_attempt_at,
        expires_at: row.expires_at,
        sent_at: row.sent_at,
        created_at: row.created_at,
    })
}
