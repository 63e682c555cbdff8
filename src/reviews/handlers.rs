//! Handlers of review.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use uuid::Uuid;

use super::json::{
    AssignRequest, AssignmentResponse, ConflictRequest, RankingQuery, RankingResponse, ReopenRequest, ReviewRequest,
    ReviewResponse,
};
use super::service;
use crate::AppState;
use crate::auth::{CurrentUser, Officer};
use crate::error::{AppResult, Problem};
use crate::http::{JsonBody, Query};

/// Assigns a reviewer (officers). The first assignment moves an eligible application to
/// `under_review`. A reviewer who is a member of the applicant organisation is refused.
#[utoipa::path(
    post, path = "/applications/{id}/assignments", tag = "review",
    params(("id" = Uuid, Path, description = "application id")),
    request_body = AssignRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = AssignmentResponse),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "conflict of interest, already assigned, or not ready for review", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn assign_reviewer(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<AssignRequest>,
) -> AppResult<(StatusCode, Json<AssignmentResponse>)> {
    let created = service::assign(&state.db, state.now(), &user, id, body.reviewer_id).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// The assignments of an application, with declared conflicts (officers).
#[utoipa::path(
    get, path = "/applications/{id}/assignments", tag = "review",
    params(("id" = Uuid, Path, description = "application id")),
    security(("bearer" = [])),
    responses((status = 200, body = Vec<AssignmentResponse>), (status = 403, body = Problem), (status = 404, body = Problem))
)]
pub async fn list_assignments(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<Vec<AssignmentResponse>>> {
    Ok(Json(service::assignments_of(&state.db, &user, id).await?))
}

/// Declares a conflict of interest (the assigned reviewer); the assignment ends and the
/// officer sees the reason.
#[utoipa::path(
    post, path = "/applications/{id}/conflicts", tag = "review",
    params(("id" = Uuid, Path, description = "application id")),
    request_body = ConflictRequest,
    security(("bearer" = [])),
    responses((status = 200, body = AssignmentResponse), (status = 404, body = Problem), (status = 422, body = Problem))
)]
pub async fn declare_conflict(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<ConflictRequest>,
) -> AppResult<Json<AssignmentResponse>> {
    Ok(Json(
        service::declare_conflict(&state.db, state.now(), &user, id, &body.reason).await?,
    ))
}

/// Saves the caller's review (the assigned reviewer). With `"draft": true` it is a draft:
/// the reviewer may save it again, and it counts nowhere (not in the ranking, the review
/// count, nor the officers' list of reviews). Without `draft` (or `false`) it is submitted,
/// as before drafts existed: final, and counted. Writing a submitted review again is 409
/// `review-frozen`, as is any write once the application has a decision, unless an officer
/// reopened the review after an appeal.
#[utoipa::path(
    put, path = "/applications/{id}/reviews/mine", tag = "review",
    params(("id" = Uuid, Path, description = "application id")),
    request_body = ReviewRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = ReviewResponse), (status = 404, body = Problem),
        (status = 409, description = "the call is decided, or the review is submitted already or frozen by the application's decision", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn submit_review(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<ReviewRequest>,
) -> AppResult<Json<ReviewResponse>> {
    Ok(Json(
        service::submit_review(&state.db, state.now(), &user, id, body).await?,
    ))
}

/// Reopens a reviewer's frozen review with a reason (officers), after an appeal has sent the
/// decided application back to review; the reviewer can then revise it. Audited.
#[utoipa::path(
    post, path = "/applications/{id}/reviews/{reviewer_id}/reopen", tag = "review",
    params(("id" = Uuid, Path, description = "application id"), ("reviewer_id" = Uuid, Path, description = "the reviewer")),
    request_body = ReopenRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = ReviewResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the application was not sent back by an appeal, or the review is open", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn reopen_review(
    State(state): State<AppState>,
    user: Officer,
    Path((id, reviewer_id)): Path<(Uuid, Uuid)>,
    JsonBody(body): JsonBody<ReopenRequest>,
) -> AppResult<Json<ReviewResponse>> {
    let reopened = service::reopen_review(&state.db, state.now(), &user, (id, reviewer_id), &body.reason).await?;
    Ok(Json(reopened))
}

/// The caller's own review (the assigned reviewer).
#[utoipa::path(
    get, path = "/applications/{id}/reviews/mine", tag = "review",
    params(("id" = Uuid, Path, description = "application id")),
    security(("bearer" = [])),
    responses((status = 200, body = ReviewResponse), (status = 404, body = Problem))
)]
pub async fn get_my_review(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<ReviewResponse>> {
    Ok(Json(service::my_review(&state.db, &user, id).await?))
}

/// Every review of an application (officers).
#[utoipa::path(
    get, path = "/applications/{id}/reviews", tag = "review",
    params(("id" = Uuid, Path, description = "application id")),
    security(("bearer" = [])),
    responses((status = 200, body = Vec<ReviewResponse>), (status = 403, body = Problem), (status = 404, body = Problem))
)]
pub async fn list_reviews(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<Vec<ReviewResponse>>> {
    Ok(Json(service::reviews_of(&state.db, &user, id).await?))
}

/// The call's applications in rank order, with the representation of the top group
/// (officers). See `reviews::rules` for the method.
#[utoipa::path(
    get, path = "/calls/{id}/ranking", tag = "review",
    params(("id" = Uuid, Path, description = "call id"), RankingQuery),
    security(("bearer" = [])),
    responses((status = 200, body = RankingResponse), (status = 403, body = Problem), (status = 404, body = Problem))
)]
pub async fn get_ranking(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    Query(query): Query<RankingQuery>,
) -> AppResult<Json<RankingResponse>> {
    Ok(Json(
        service::ranking(
            &state.db,
            &user,
            id,
            (query.top, query.regions.unwrap_or_default()),
            &state.reference,
        )
        .await?,
    ))
}
