//! Handlers of due diligence: extract, authorise (officers), call the service, answer.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use uuid::Uuid;

use super::json::{
    AdjudicationRequest, DueDiligenceResponse, OrganisationDiligenceResponse, UpdateDueDiligenceRequest,
};
use super::rules::ItemUpdate;
use super::service::{self, Adjudication, ChecklistChange};
use crate::AppState;
use crate::auth::Officer;
use crate::error::{AppResult, Problem};
use crate::http::JsonBody;

/// Opens an assessment of an organisation with the standard checklist (officers).
#[utoipa::path(
    post, path = "/organisations/{id}/due-diligence", tag = "due-diligence",
    params(("id" = Uuid, Path, description = "organisation id")),
    security(("bearer" = [])),
    responses(
        (status = 201, body = DueDiligenceResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "an assessment is already open", body = Problem),
    )
)]
pub async fn open_due_diligence(
    State(state): State<AppState>,
    user: Officer,
    Path(organisation_id): Path<Uuid>,
) -> AppResult<(StatusCode, Json<DueDiligenceResponse>)> {
    let opened = service::open(&state.db, state.now(), user.id, organisation_id).await?;
    Ok((StatusCode::CREATED, Json(opened.try_into()?)))
}

/// An organisation's assessments and its standing today (officers).
#[utoipa::path(
    get, path = "/organisations/{id}/due-diligence", tag = "due-diligence",
    params(("id" = Uuid, Path, description = "organisation id")),
    security(("bearer" = [])),
    responses((status = 200, body = OrganisationDiligenceResponse), (status = 403, body = Problem), (status = 404, body = Problem))
)]
pub async fn list_due_diligence(
    State(state): State<AppState>,
    _user: Officer,
    Path(organisation_id): Path<Uuid>,
) -> AppResult<Json<OrganisationDiligenceResponse>> {
    let diligence = service::of_organisation(&state.db, organisation_id, state.now()).await?;
    Ok(Json(diligence.try_into()?))
}

/// An assessment with its checklist and matches (officers).
#[utoipa::path(
    get, path = "/due-diligence/{id}", tag = "due-diligence",
    params(("id" = Uuid, Path, description = "assessment id")),
    security(("bearer" = [])),
    responses((status = 200, body = DueDiligenceResponse), (status = 403, body = Problem), (status = 404, body = Problem))
)]
pub async fn get_due_diligence(
    State(state): State<AppState>,
    _user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<DueDiligenceResponse>> {
    Ok(Json(service::find(&state.db, id).await?.try_into()?))
}

/// Records checklist findings and the risk rating of an open assessment (officers).
#[utoipa::path(
    patch, path = "/due-diligence/{id}", tag = "due-diligence",
    params(("id" = Uuid, Path, description = "assessment id")),
    request_body = UpdateDueDiligenceRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = DueDiligenceResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the assessment is completed", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn update_due_diligence(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<UpdateDueDiligenceRequest>,
) -> AppResult<Json<DueDiligenceResponse>> {
    let change = ChecklistChange {
        items: body
            .items
            .into_iter()
            .map(|item| ItemUpdate {
                key: item.key,
                status: item.status,
                note: item.note,
                requires_evidence: item.requires_evidence,
            })
            .collect(),
        risk_rating: body.risk_rating,
    };
    let updated = service::update_checklist(&state.db, state.now(), user.id, id, change).await?;
    Ok(Json(updated.try_into()?))
}

/// Screens the organisation's legal and short names and its members' names against the
/// sanctions list in force (officers). Candidates already adjudicated keep their finding.
#[utoipa::path(
    post, path = "/due-diligence/{id}/screen", tag = "due-diligence",
    params(("id" = Uuid, Path, description = "assessment id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = DueDiligenceResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "no list imported, or the assessment is completed", body = Problem),
    )
)]
pub async fn screen_organisation(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<DueDiligenceResponse>> {
    let threshold = state.config.sanctions_threshold;
    let screened = service::screen(&state.db, state.now(), user.id, id, threshold).await?;
    Ok(Json(screened.try_into()?))
}

/// Records an officer's finding on a candidate match: `false_positive` or `true_match`,
/// with a reason. A true match fails the assessment at completion.
#[utoipa::path(
    post, path = "/due-diligence/{id}/matches/{match_id}/adjudication", tag = "due-diligence",
    params(("id" = Uuid, Path, description = "assessment id"), ("match_id" = Uuid, Path, description = "match id")),
    request_body = AdjudicationRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = DueDiligenceResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn adjudicate_match(
    State(state): State<AppState>,
    user: Officer,
    Path((id, match_id)): Path<(Uuid, Uuid)>,
    JsonBody(body): JsonBody<AdjudicationRequest>,
) -> AppResult<Json<DueDiligenceResponse>> {
    let adjudication = Adjudication {
        match_id,
        outcome: body.outcome,
        reason: body.reason,
    };
    let adjudicated = service::adjudicate(&state.db, state.now(), user.id, id, adjudication).await?;
    Ok(Json(adjudicated.try_into()?))
}

/// Completes an assessment (officers): refused while items are open, before a screening,
/// or while matches are not adjudicated; sets `valid_until`. A failed item or a true match
/// completes it as `failed`.
#[utoipa::path(
    post, path = "/due-diligence/{id}/complete", tag = "due-diligence",
    params(("id" = Uuid, Path, description = "assessment id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = DueDiligenceResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "items open, not screened or matches not adjudicated", body = Problem),
    )
)]
pub async fn complete_due_diligence(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<DueDiligenceResponse>> {
    let months = state.config.diligence_valid_months;
    let completed = service::complete(&state.db, state.now(), user.id, id, months).await?;
    Ok(Json(completed.try_into()?))
}
