//! Handlers of do-no-harm risk assessment: extract, authorise, call the service, answer.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use uuid::Uuid;

use super::json::{CommentRequest, CommentResponse, RiskAssessmentRequest, RiskAssessmentResponse};
use super::rules::{Subject, SubjectKind};
use super::service;
use super::store::assessment;
use crate::AppState;
use crate::applications::service::{Viewer, viewer_of};
use crate::auth::{CurrentUser, Officer, Role};
use crate::error::{AppError, AppResult, Problem};
use crate::http::JsonBody;

/// Records the do-no-harm assessment of an application (officers); while it is not
/// approved, posting again replaces it (and any first approval).
#[utoipa::path(
    post, path = "/applications/{id}/risk-assessment", tag = "do-no-harm",
    params(("id" = Uuid, Path, description = "application id")),
    request_body = RiskAssessmentRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = RiskAssessmentResponse), (status = 200, description = "replaced", body = RiskAssessmentResponse),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already approved", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn submit_risk_assessment(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<RiskAssessmentRequest>,
) -> AppResult<(StatusCode, Json<RiskAssessmentResponse>)> {
    let submitted = service::submit_for_application(&state.db, state.now(), user.id, id, body).await?;
    let status = if submitted.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((
        status,
        Json(RiskAssessmentResponse::of(submitted.assessment, Vec::new())?),
    ))
}

/// The assessment of an application: officers and the organisation's members; reviewers
/// and anyone else get 404.
#[utoipa::path(
    get, path = "/applications/{id}/risk-assessment", tag = "do-no-harm",
    params(("id" = Uuid, Path, description = "application id")),
    security(("bearer" = [])),
    responses((status = 200, body = RiskAssessmentResponse), (status = 404, body = Problem))
)]
pub async fn get_risk_assessment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<RiskAssessmentResponse>> {
    let found = readable(&state, &user, id).await?;
    let comments = service::comments_of(&state.db, found.id).await?;
    Ok(Json(RiskAssessmentResponse::of(found, comments)?))
}

/// Approves an assessment (officers). A `high` residual needs two different officers.
#[utoipa::path(
    post, path = "/risk-assessments/{id}/approve", tag = "do-no-harm",
    params(("id" = Uuid, Path, description = "risk assessment id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = RiskAssessmentResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already approved, or the same officer approves twice", body = Problem),
    )
)]
pub async fn approve_risk_assessment(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<RiskAssessmentResponse>> {
    let (approved, comments) = service::approve_for_application(&state.db, state.now(), user.id, id).await?;
    Ok(Json(RiskAssessmentResponse::of(approved, comments)?))
}

/// Comments on an assessment (the organisation's members and officers).
#[utoipa::path(
    post, path = "/risk-assessments/{id}/comments", tag = "do-no-harm",
    params(("id" = Uuid, Path, description = "risk assessment id")),
    request_body = CommentRequest,
    security(("bearer" = [])),
    responses((status = 201, body = CommentResponse), (status = 404, body = Problem), (status = 422, body = Problem))
)]
pub async fn comment_on_risk_assessment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<CommentRequest>,
) -> AppResult<(StatusCode, Json<CommentResponse>)> {
    let application_id = service::find(&state.db, id)
        .await?
        .filter(|found| found.subject_type == SubjectKind::Application)
        .and_then(|found| found.application_id)
        .ok_or(AppError::NotFound("risk assessment"))?;
    let found = readable(&state, &user, application_id).await?;
    let saved = service::comment(&state.db, state.now(), user.id, &found, &body.body).await?;
    Ok((StatusCode::CREATED, Json(CommentResponse::of(saved))))
}

/// The assessment of an application if the caller may read it: officers and the
/// organisation's members; anyone else gets 404.
async fn readable(state: &AppState, user: &CurrentUser, application_id: Uuid) -> AppResult<assessment::Model> {
    let application = crate::applications::store::find(&state.db, application_id)
        .await?
        .ok_or(AppError::NotFound("application"))?;
    let allowed = user.has(Role::Officer)
        || viewer_of(&state.db, user, &application)
            .await
            .is_ok_and(|viewer| viewer == Viewer::Member);
    if !allowed {
        return Err(AppError::NotFound("risk assessment"));
    }
    service::assessment_of(&state.db, Subject::Application(application_id))
        .await?
        .ok_or(AppError::NotFound("risk assessment"))
}
