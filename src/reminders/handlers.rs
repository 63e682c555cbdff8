//! Handlers of notifications (every signed-in user's) and of the outbox (admins): extract,
//! authorise, call the service, answer.

use axum::Json;
use axum::extract::{Path, State};
use uuid::Uuid;

use super::json::{
    NotificationResponse, NotificationsPage, OutboxQuery, OutboxResponse, PreferencesRequest, PreferencesResponse,
};
use super::service;
use crate::AppState;
use crate::auth::{Admin, CurrentUser};
use crate::error::{AppResult, Problem};
use crate::http::{JsonBody as Body, KeysetQuery, Page, Query};

/// The caller's notifications, newest first, with the number unread.
#[utoipa::path(
    get, path = "/notifications", tag = "reminders",
    params(KeysetQuery),
    security(("bearer" = [])),
    responses((status = 200, body = NotificationsPage), (status = 401, body = Problem))
)]
pub async fn list_notifications(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(page): Query<KeysetQuery>,
) -> AppResult<Json<NotificationsPage>> {
    let (listed, unread) = service::notifications_page(&state.db, user.id, &page.request()).await?;
    Ok(Json(NotificationsPage {
        items: listed.items.into_iter().map(NotificationResponse::from).collect(),
        total: listed.total,
        next_cursor: listed.next_cursor,
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
    let read = service::mark_read(&state.db, state.now(), user.id, id).await?;
    Ok(Json(read.into()))
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
    let page = KeysetQuery {
        limit: query.limit,
        offset: query.offset,
        cursor: query.cursor,
        count: query.count,
    };
    let listed = service::outbox_page(&state.db, query.status, &page.request()).await?;
    Ok(Json(listed.map(OutboxResponse::from).into()))
}

/// Tries a failed message of the outbox again (admins), as the staff outbox page does: it
/// is queued, due now, and the delivery job sends it; audited `outbox.retried`. A message
/// that did not fail, or that expired or was withdrawn on purpose, is 409.
#[utoipa::path(
    post, path = "/admin/outbox/{id}/retry", tag = "reminders",
    params(("id" = Uuid, Path, description = "outbox message id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = OutboxResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the message did not fail, or ended on purpose", body = Problem),
    )
)]
pub async fn retry_outbox_message(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<Uuid>,
) -> AppResult<Json<OutboxResponse>> {
    let retried = service::retry(&state.db, state.now(), admin.id, id).await?;
    Ok(Json(retried.into()))
}

/// The caller's notification preferences: which kinds go by email (all are in the app),
/// what always does, and the daily digest.
#[utoipa::path(
    get, path = "/me/notification-preferences", tag = "reminders",
    security(("bearer" = [])),
    responses((status = 200, body = PreferencesResponse), (status = 401, body = Problem))
)]
pub async fn get_preferences(State(state): State<AppState>, user: CurrentUser) -> AppResult<Json<PreferencesResponse>> {
    Ok(Json(super::preferences::of(&state.db, user.id).await?.into()))
}

/// Changes the caller's notification preferences: kinds by email on or off (security
/// messages and links cannot be turned off), the daily digest (officers).
#[utoipa::path(
    put, path = "/me/notification-preferences", tag = "reminders",
    request_body = PreferencesRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = PreferencesResponse),
        (status = 401, body = Problem),
        (status = 422, body = Problem)
    )
)]
pub async fn put_preferences(
    State(state): State<AppState>,
    user: CurrentUser,
    Body(body): Body<PreferencesRequest>,
) -> AppResult<Json<PreferencesResponse>> {
    let change = super::preferences::Change {
        email: body.email.unwrap_or_default(),
        daily_digest: body.daily_digest,
    };
    Ok(Json(
        super::preferences::set(&state.db, state.now(), &user, change)
            .await?
            .into(),
    ))
}
