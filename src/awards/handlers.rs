//! Handlers of awards: extract, authorise, call the service, answer.

use axum::Json;
use axum::extract::{Path, State};
use uuid::Uuid;

use super::json::{
    AwardQuery, AwardResponse, AwardSummary, CloseRequest, ObligationResponse, ReceiveReportRequest,
    SubmitReportRequest,
};
use super::service;
use super::store::{self, award, obligation};
use crate::AppState;
use crate::auth::{CurrentUser, Officer};
use crate::error::{AppResult, Problem};
use crate::http::{JsonBody, OptionalJson, Page, Query};
use crate::organisations;

/// An award with its tranches (its organisation's members; officers, finance, admins).
#[utoipa::path(
    get, path = "/awards/{id}", tag = "awards",
    params(("id" = Uuid, Path, description = "award id")),
    security(("bearer" = [])),
    responses((status = 200, body = AwardResponse), (status = 404, body = Problem))
)]
pub async fn get_award(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<AwardResponse>> {
    let found = visible_award(&state, &user, id).await?;
    Ok(Json(service::response(&state.db, found).await?))
}

/// Accepts the award's terms (the organisation's members); it becomes active.
#[utoipa::path(
    post, path = "/awards/{id}/accept", tag = "awards",
    params(("id" = Uuid, Path, description = "award id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = AwardResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "not pending acceptance", body = Problem),
    )
)]
pub async fn accept_award(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<AwardResponse>> {
    let accepted = super::letter::accept(&state, &user, id).await?;
    Ok(Json(service::response(&state.db, accepted).await?))
}

/// The award letter as PDF (its organisation's members; officers, finance, admins): the
/// terms, tranches and reports, names in any script, a footer with the reference and page
/// numbers on every page. In the organisation's correspondence language, or in `lang`. The
/// same award always gives the same bytes.
#[utoipa::path(
    get, path = "/awards/{id}/letter.pdf", tag = "awards",
    params(("id" = Uuid, Path, description = "award id"), crate::i18n::LanguageQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "the letter", content_type = "application/pdf", body = Vec<u8>),
        (status = 404, body = Problem),
        (status = 422, description = "not one of the six languages", body = Problem),
    )
)]
pub async fn award_letter(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    Query(query): Query<crate::i18n::LanguageQuery>,
) -> AppResult<axum::response::Response> {
    let found = visible_award(&state, &user, id).await?;
    let filename = format!("award-letter-{}.pdf", found.reference);
    let pdf = super::letter::letter_pdf(&state, user.id, found, query.lang).await?;
    Ok(crate::http::file_response(pdf, "application/pdf", "inline", &filename))
}

/// Awards, newest first: staff see all, members see their organisations' awards.
#[utoipa::path(
    get, path = "/awards", tag = "awards",
    params(AwardQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<AwardSummary>), (status = 422, body = Problem))
)]
pub async fn list_awards(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<AwardQuery>,
) -> AppResult<Json<Page<AwardSummary>>> {
    let only_organisations = if user.sees_all_applicants() {
        None
    } else {
        Some(organisations::store::organisation_ids_of(&state.db, user.id).await?)
    };
    let filter = store::AwardFilter {
        status: query.status,
        call_id: query.call_id,
        organisation_id: query.organisation_id,
        only_organisations,
    };
    let page = crate::http::KeysetQuery {
        limit: query.limit,
        offset: query.offset,
        cursor: query.cursor,
        count: query.count,
    };
    Ok(Json(
        service::page_of(&state.db, &filter, &page.request()).await?.into(),
    ))
}

/// Completes an active award (officers): every tranche paid, nothing in flight, every
/// report received.
#[utoipa::path(
    post, path = "/awards/{id}/complete", tag = "awards",
    params(("id" = Uuid, Path, description = "award id")),
    request_body(content = CloseRequest, description = "optional note"),
    security(("bearer" = [])),
    responses(
        (status = 200, body = AwardResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "not active, money unpaid or reports outstanding", body = Problem),
    )
)]
pub async fn complete_award(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    OptionalJson(body): OptionalJson<CloseRequest>,
) -> AppResult<Json<AwardResponse>> {
    let completed = service::complete(&state.db, state.now(), user.id, id, body.reason).await?;
    Ok(Json(service::response(&state.db, completed).await?))
}

/// Terminates an award before its end (officers), with the reason. Its requested
/// disbursements are cancelled with it; approved ones may still be paid (the money may be
/// committed at the bank) or cancelled; nothing new may be requested or approved.
#[utoipa::path(
    post, path = "/awards/{id}/terminate", tag = "awards",
    params(("id" = Uuid, Path, description = "award id")),
    request_body = CloseRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = AwardResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already completed or terminated", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn terminate_award(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<CloseRequest>,
) -> AppResult<Json<AwardResponse>> {
    let terminated = service::terminate(&state.db, state.now(), user.id, id, body.reason).await?;
    Ok(Json(service::response(&state.db, terminated).await?))
}

/// Submits a report the award requires (the organisation's members): a summary of it, or
/// where it was sent. The office then records it as received.
#[utoipa::path(
    post, path = "/reporting-obligations/{id}/submit", tag = "awards",
    params(("id" = Uuid, Path, description = "reporting obligation id")),
    request_body = SubmitReportRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = ObligationResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already received", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn submit_report(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<SubmitReportRequest>,
) -> AppResult<Json<ObligationResponse>> {
    let submitted = service::submit_report_as_member(&state.db, state.now(), &user, id, body.summary).await?;
    Ok(Json(ObligationResponse::from_model(&submitted)))
}

/// Records a report as received (officers), whether submitted here or sent otherwise; a
/// tranche whose condition it is may then be approved.
#[utoipa::path(
    post, path = "/reporting-obligations/{id}/receive", tag = "awards",
    params(("id" = Uuid, Path, description = "reporting obligation id")),
    request_body(content = ReceiveReportRequest, description = "optional note"),
    security(("bearer" = [])),
    responses(
        (status = 200, body = ObligationResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already received", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn receive_report(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    OptionalJson(body): OptionalJson<ReceiveReportRequest>,
) -> AppResult<Json<ObligationResponse>> {
    let (current, _) = visible_obligation(&state, &user, id).await?;
    let received = service::receive_report(&state.db, state.now(), user.id, current, body.note).await?;
    Ok(Json(ObligationResponse::from_model(&received)))
}

/// The reporting obligation and its award, if the caller may see the award; anyone else
/// gets 404.
async fn visible_obligation(
    state: &AppState,
    user: &CurrentUser,
    id: Uuid,
) -> AppResult<(obligation::Model, award::Model)> {
    service::visible_obligation(&state.db, user, id).await
}

/// The award if the caller may see it; anyone else gets 404.
async fn visible_award(state: &AppState, user: &CurrentUser, id: Uuid) -> AppResult<award::Model> {
    service::visible_award(&state.db, user, id).await
}
