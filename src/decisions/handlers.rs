//! Handlers of decisions and appeals.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use uuid::Uuid;

use super::json::{AppealRequest, AppealResponse, DecisionRequest, ResolutionRequest};
use super::service;
use crate::AppState;
use crate::applications::json::ApplicationResponse;
use crate::auth::{CurrentUser, Officer};
use crate::calls::json::CallResponse;
use crate::error::{AppResult, Problem};
use crate::http::JsonBody;

/// Awards or rejects an application under review (officers), with the reason the
/// applicant reads. An award names its amount and optional tranches; without any
/// submitted review the officer must give an override reason.
#[utoipa::path(
    post, path = "/applications/{id}/decision", tag = "decisions",
    params(("id" = Uuid, Path, description = "application id")),
    request_body = DecisionRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = ApplicationResponse),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "not under review, no review without override, award gate not met, names to re-screen, or over the call's budget", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn decide_application(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<DecisionRequest>,
) -> AppResult<Json<ApplicationResponse>> {
    Ok(Json(
        service::decide(
            &state.db,
            state.now(),
            &user,
            id,
            body,
            state.config.sanctions_threshold,
        )
        .await?,
    ))
}

/// Appeals a rejection or an ineligibility (members of the organisation), once per
/// finding and within the call's appeal window.
#[utoipa::path(
    post, path = "/applications/{id}/appeals", tag = "decisions",
    params(("id" = Uuid, Path, description = "application id")),
    request_body = AppealRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = AppealResponse),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "nothing to appeal, already appealed, or the window closed", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn file_appeal(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<AppealRequest>,
) -> AppResult<(StatusCode, Json<AppealResponse>)> {
    let filed = service::file_appeal(&state.db, state.now(), &user, id, body).await?;
    Ok((StatusCode::CREATED, Json(filed)))
}

/// The appeals of an application (its members and staff).
#[utoipa::path(
    get, path = "/applications/{id}/appeals", tag = "decisions",
    params(("id" = Uuid, Path, description = "application id")),
    security(("bearer" = [])),
    responses((status = 200, body = Vec<AppealResponse>), (status = 404, body = Problem))
)]
pub async fn list_appeals(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<Vec<AppealResponse>>> {
    Ok(Json(service::appeals_of(&state.db, &user, id).await?))
}

/// Resolves an open appeal (an officer other than the one who made the finding):
/// `upheld` returns the application to its finding, `overturned` sends it back to review.
#[utoipa::path(
    post, path = "/appeals/{id}/resolution", tag = "decisions",
    params(("id" = Uuid, Path, description = "appeal id")),
    request_body = ResolutionRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = AppealResponse),
        (status = 403, description = "the officer made the finding", body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn resolve_appeal(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<ResolutionRequest>,
) -> AppResult<Json<AppealResponse>> {
    Ok(Json(
        service::resolve_appeal(&state.db, state.now(), &user, id, body).await?,
    ))
}

/// Marks a closed call decided once every application is decided, withdrawn or
/// ineligible and no appeal is open (officers).
#[utoipa::path(
    post, path = "/calls/{id}/decide", tag = "decisions",
    params(("id" = Uuid, Path, description = "call id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = CallResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the call is not closed or applications are pending", body = Problem),
    )
)]
pub async fn decide_call(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<CallResponse>> {
    let now = state.now();
    let decided = service::decide_call(&state.db, now, &user, id).await?;
    Ok(Json(decided.response(now)))
}
