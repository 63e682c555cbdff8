//! Handlers of applications.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use uuid::Uuid;

use super::json::{
    ApplicationResponse, ApplicationsQuery, CreateApplicationRequest, EligibilityRequest, UpdateApplicationRequest,
};
use super::service;
use crate::AppState;
use crate::auth::{Applicant, CurrentUser, Officer};
use crate::error::{AppResult, Problem};
use crate::http::{JsonBody, KeysetQuery, Page, Query};

/// Starts a draft application of an organisation to an open call (its members).
#[utoipa::path(
    post, path = "/calls/{id}/applications", tag = "applications",
    params(("id" = Uuid, Path, description = "call id")),
    request_body = CreateApplicationRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = ApplicationResponse),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the call does not accept applications", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn create_application(
    State(state): State<AppState>,
    user: Applicant,
    Path(call_id): Path<Uuid>,
    JsonBody(body): JsonBody<CreateApplicationRequest>,
) -> AppResult<(StatusCode, Json<ApplicationResponse>)> {
    let created = service::create(&state.db, state.now(), &user, call_id, body).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// Lists applications: applicants see their organisations' applications; officers,
/// finance and admins see all.
#[utoipa::path(
    get, path = "/applications", tag = "applications",
    params(ApplicationsQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<ApplicationResponse>), (status = 403, body = Problem), (status = 422, body = Problem))
)]
pub async fn list_applications(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<ApplicationsQuery>,
) -> AppResult<Json<Page<ApplicationResponse>>> {
    let page = KeysetQuery {
        limit: query.limit,
        offset: query.offset,
        cursor: query.cursor.clone(),
        count: query.count,
    };
    Ok(Json(
        service::list_page(&state.db, &user, &query, &page.request())
            .await?
            .into(),
    ))
}

/// One application (its organisation's members and staff).
#[utoipa::path(
    get, path = "/applications/{id}", tag = "applications",
    params(("id" = Uuid, Path, description = "application id")),
    security(("bearer" = [])),
    responses((status = 200, body = ApplicationResponse), (status = 404, body = Problem))
)]
pub async fn get_application(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<ApplicationResponse>> {
    Ok(Json(service::get(&state.db, &user, id).await?))
}

/// Changes a draft (its organisation's members).
#[utoipa::path(
    patch, path = "/applications/{id}", tag = "applications",
    params(("id" = Uuid, Path, description = "application id")),
    request_body = UpdateApplicationRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = ApplicationResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "no edits after submission", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn update_application(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<UpdateApplicationRequest>,
) -> AppResult<Json<ApplicationResponse>> {
    Ok(Json(service::update(&state.db, state.now(), &user, id, body).await?))
}

/// Submits a draft (its organisation's members); refused after the call's `closes_at`.
#[utoipa::path(
    post, path = "/applications/{id}/submit", tag = "applications",
    params(("id" = Uuid, Path, description = "application id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = ApplicationResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the call closed, or the application is not a draft", body = Problem),
    )
)]
pub async fn submit_application(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<ApplicationResponse>> {
    Ok(Json(service::submit(&state.db, state.now(), &user, id).await?))
}

/// Withdraws an application before any decision (its organisation's members).
#[utoipa::path(
    post, path = "/applications/{id}/withdraw", tag = "applications",
    params(("id" = Uuid, Path, description = "application id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = ApplicationResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already decided or withdrawn", body = Problem),
    )
)]
pub async fn withdraw_application(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<ApplicationResponse>> {
    Ok(Json(service::withdraw(&state.db, state.now(), &user, id).await?))
}

/// Records the eligibility screening of a submitted application (officers): eligible, or
/// ineligible naming the failed criteria and a reason the applicant reads.
#[utoipa::path(
    post, path = "/applications/{id}/eligibility", tag = "applications",
    params(("id" = Uuid, Path, description = "application id")),
    request_body = EligibilityRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = ApplicationResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn screen_eligibility(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<EligibilityRequest>,
) -> AppResult<Json<ApplicationResponse>> {
    Ok(Json(service::screen(&state.db, state.now(), &user, id, body).await?))
}
