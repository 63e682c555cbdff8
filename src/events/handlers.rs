//! Handlers of events: extract, authorise, call the service, answer.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use uuid::Uuid;

use super::json::{CreateEventRequest, EventResponse, EventsQuery};
use super::rules::EventAction;
use super::service;
use crate::AppState;
use crate::auth::{CurrentUser, Officer};
use crate::error::{AppResult, Problem};
use crate::http::{JsonBody, Page, PageQuery, Query};

/// Creates an event as a draft (officers). Its DSA comes from the DSA table for its city on
/// its first day, converted with its exchange rates, unless the officer sets `dsa_rate` with
/// a reason.
#[utoipa::path(
    post, path = "/events", tag = "events",
    request_body = CreateEventRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = EventResponse), (status = 403, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn create_event(
    State(state): State<AppState>,
    user: Officer,
    JsonBody(body): JsonBody<CreateEventRequest>,
) -> AppResult<(StatusCode, Json<EventResponse>)> {
    let created = service::create(&state.db, state.now(), user.id, body, &state.reference).await?;
    Ok((StatusCode::CREATED, Json(EventResponse::of(&created))))
}

/// Lists events, soonest first: published ones for anyone, drafts too for officers.
#[utoipa::path(
    get, path = "/events", tag = "events",
    params(EventsQuery),
    responses((status = 200, body = Page<EventResponse>), (status = 422, body = Problem))
)]
pub async fn list_events(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Query(query): Query<EventsQuery>,
) -> AppResult<Json<Page<EventResponse>>> {
    let page = PageQuery {
        limit: query.limit,
        offset: query.offset,
    };
    let (rows, total) = service::list(&state.db, user.as_ref(), query.status, (page.limit(), page.offset())).await?;
    let items = rows.iter().map(EventResponse::of).collect();
    Ok(Json(Page::counted(items, total)))
}

/// An event: published ones for anyone, drafts for officers.
#[utoipa::path(
    get, path = "/events/{id}", tag = "events",
    params(("id" = Uuid, Path, description = "event id")),
    responses((status = 200, body = EventResponse), (status = 404, body = Problem))
)]
pub async fn get_event(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Path(id): Path<Uuid>,
) -> AppResult<Json<EventResponse>> {
    let found = service::visible_event(&state.db, user.as_ref(), id).await?;
    Ok(Json(EventResponse::of(&found)))
}

/// Publishes a draft event for requests (officers).
#[utoipa::path(
    post, path = "/events/{id}/publish", tag = "events",
    params(("id" = Uuid, Path, description = "event id")),
    security(("bearer" = [])),
    responses((status = 200, body = EventResponse), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem))
)]
pub async fn publish_event(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<EventResponse>> {
    let changed = service::transition(&state.db, state.now(), user.id, id, EventAction::Publish).await?;
    Ok(Json(EventResponse::of(&changed)))
}

/// Closes an open event to requests (officers).
#[utoipa::path(
    post, path = "/events/{id}/close", tag = "events",
    params(("id" = Uuid, Path, description = "event id")),
    security(("bearer" = [])),
    responses((status = 200, body = EventResponse), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem))
)]
pub async fn close_event(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<EventResponse>> {
    let changed = service::transition(&state.db, state.now(), user.id, id, EventAction::Close).await?;
    Ok(Json(EventResponse::of(&changed)))
}

/// Marks a closed event as held (officers).
#[utoipa::path(
    post, path = "/events/{id}/hold", tag = "events",
    params(("id" = Uuid, Path, description = "event id")),
    security(("bearer" = [])),
    responses((status = 200, body = EventResponse), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem))
)]
pub async fn hold_event(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<EventResponse>> {
    let changed = service::transition(&state.db, state.now(), user.id, id, EventAction::Hold).await?;
    Ok(Json(EventResponse::of(&changed)))
}
