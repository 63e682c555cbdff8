//! Handlers of funding calls.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use uuid::Uuid;

use super::json::{
    CallResponse, CallsQuery, CancelCallRequest, CreateCallRequest, UpdateCallRequest, listed_page_json,
};
use super::rules::{self, CallAction, CallTerms};
use super::service;
use crate::AppState;
use crate::auth::{CurrentUser, Officer};
use crate::error::{AppResult, Problem, Validator};
use crate::forms::json::CallWithFormResponse;
use crate::http::{JsonBody, JsonTextPage, KeysetQuery, Page, Query};

/// Creates a call as a draft (officers).
#[utoipa::path(
    post, path = "/calls", tag = "calls",
    request_body = CreateCallRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = CallResponse),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn create_call(
    State(state): State<AppState>,
    user: Officer,
    JsonBody(body): JsonBody<CreateCallRequest>,
) -> AppResult<(StatusCode, Json<CallResponse>)> {
    let mut check = Validator::new();
    rules::check_regions(&body.regions, &state.reference.regions.names, "regions", &mut check);
    check.finish()?;
    let now = state.now();
    let created = service::create(&state.db, now, &user, CallTerms::from(body)).await?;
    Ok((StatusCode::CREATED, Json(created.response(now))))
}

/// Lists calls, closing soonest first. Without an account (or as an applicant) only
/// open, closed and decided calls; staff see every state.
#[utoipa::path(
    get, path = "/calls", tag = "calls",
    params(CallsQuery),
    responses((status = 200, body = Page<CallResponse>), (status = 422, body = Problem))
)]
pub async fn list_calls(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Query(query): Query<CallsQuery>,
) -> AppResult<JsonTextPage> {
    let page = KeysetQuery {
        limit: query.limit,
        offset: query.offset,
        cursor: query.cursor.clone(),
        count: query.count,
    };
    let mut check = Validator::new();
    if let Some(region) = &query.region
        && let Some(message) = rules::unknown_region(region, &state.reference.regions.names)
    {
        check.push("region", message);
    }
    check.finish()?;
    let now = state.now();
    if user.as_ref().is_some_and(CurrentUser::is_staff) {
        let listed = service::listed_page(&state.db, now, user.as_ref(), &query, &page.request()).await?;
        return Ok(listed_page_json(&listed));
    }
    public_list(&state, now, query, &page).await
}

/// A page of calls as everyone but staff sees it (the same for every such reader): from
/// memory while no call or event has changed and no call has opened or closed since it was
/// made (see [`crate::http::kept`]), otherwise read, written and kept for the next reader.
/// The counter is read before the page, so a change in between only makes the page be made
/// again.
async fn public_list(
    state: &AppState,
    now: chrono::DateTime<chrono::Utc>,
    query: CallsQuery,
    page: &KeysetQuery,
) -> AppResult<JsonTextPage> {
    let counter = service::public_changes(&state.db).await?;
    if let Some(kept) = state.public_call_lists.get(&query, counter, now) {
        return Ok(JsonTextPage::clone(&kept));
    }
    let listed = service::listed_page(&state.db, now, None, &query, &page.request()).await?;
    let written = listed_page_json(&listed);
    let valid_until = service::next_list_change(&state.db, now).await?;
    let bytes = written.as_bytes().len();
    state
        .public_call_lists
        .keep(query, counter, valid_until, (Arc::new(written.clone()), bytes));
    Ok(written)
}

/// One call with its application form: anyone for open, closed and decided calls; staff
/// for all.
#[utoipa::path(
    get, path = "/calls/{id}", tag = "calls",
    params(("id" = Uuid, Path, description = "call id")),
    responses((status = 200, body = CallWithFormResponse), (status = 404, body = Problem))
)]
pub async fn get_call(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Path(id): Path<Uuid>,
) -> AppResult<Json<CallWithFormResponse>> {
    let (call, form) = crate::forms::service::get(&state.db, user.as_ref(), id).await?;
    let call = call.response(state.now());
    Ok(Json(CallWithFormResponse { call, form }))
}

/// Changes a draft call's terms (officers).
#[utoipa::path(
    patch, path = "/calls/{id}", tag = "calls",
    params(("id" = Uuid, Path, description = "call id")),
    request_body = UpdateCallRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = CallResponse),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the call is no longer a draft", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn update_call(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<UpdateCallRequest>,
) -> AppResult<Json<CallResponse>> {
    let mut check = Validator::new();
    if let Some(regions) = &body.regions {
        rules::check_regions(regions, &state.reference.regions.names, "regions", &mut check);
    }
    check.finish()?;
    let now = state.now();
    let changed = service::update(&state.db, now, &user, id, body).await?;
    Ok(Json(changed.response(now)))
}

/// Publishes a draft call: it becomes readable by anyone and open for applications.
#[utoipa::path(
    post, path = "/calls/{id}/publish", tag = "calls",
    params(("id" = Uuid, Path, description = "call id")),
    security(("bearer" = [])),
    responses((status = 200, body = CallResponse), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem))
)]
pub async fn publish_call(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<CallResponse>> {
    act(&state, &user, id, CallAction::Publish, None).await
}

/// Closes an open call to further submissions.
#[utoipa::path(
    post, path = "/calls/{id}/close", tag = "calls",
    params(("id" = Uuid, Path, description = "call id")),
    security(("bearer" = [])),
    responses((status = 200, body = CallResponse), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem))
)]
pub async fn close_call(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<CallResponse>> {
    act(&state, &user, id, CallAction::Close, None).await
}

/// Cancels a call that is not yet decided, with a reason applicants read.
#[utoipa::path(
    post, path = "/calls/{id}/cancel", tag = "calls",
    params(("id" = Uuid, Path, description = "call id")),
    request_body = CancelCallRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = CallResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn cancel_call(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<CancelCallRequest>,
) -> AppResult<Json<CallResponse>> {
    act(&state, &user, id, CallAction::Cancel, Some(body.reason)).await
}

/// Applies an officer's action through the service and answers the changed call.
async fn act(
    state: &AppState,
    user: &CurrentUser,
    id: Uuid,
    action: CallAction,
    reason: Option<String>,
) -> AppResult<Json<CallResponse>> {
    let now = state.now();
    let changed = service::change_status(&state.db, now, user, id, action, reason).await?;
    Ok(Json(changed.response(now)))
}
