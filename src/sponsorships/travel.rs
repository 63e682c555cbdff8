//! Handlers of a sponsorship after its approval: attendance confirmed, actual costs
//! reconciled, a refund received, and the do-no-harm assessment of the trip (kept by the
//! risk domain). Extract, authorise, call the service, answer.

use axum::Json;
use axum::extract::{Path, State};
use uuid::Uuid;

use super::json::{ReconcileBody, RefundBody, SponsorshipResponse, TravelledBody};
use super::{service, travel_service};
use crate::AppState;
use crate::auth::{CurrentUser, Finance, Officer};
use crate::error::{AppResult, Problem};
use crate::http::JsonBody;
use crate::risk::RiskAssessmentRequest;
use crate::risk::json::TripRiskResponse;

/// Confirms that the traveller attended (officers): `approved -> travelled`, on or after the
/// arrival date. The balance can then be paid.
#[utoipa::path(
    post, path = "/sponsorship-requests/{id}/travelled", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    request_body = TravelledBody,
    security(("bearer" = [])),
    responses(
        (status = 200, body = SponsorshipResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "not approved, or before the arrival date", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn confirm_travel(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<TravelledBody>,
) -> AppResult<Json<SponsorshipResponse>> {
    let attendance = (body.attendance_confirmed, body.note);
    travel_service::confirm_travel(&state.db, state.now(), &user, id, attendance).await?;
    Ok(Json(service::view(&state, id).await?))
}

/// Confirms for the organisation (its members) that the sponsored trip took place: on or
/// after the arrival date of an approved sponsorship, once at least one ticket, boarding
/// pass or receipt is uploaded (`POST /sponsorship-requests/{id}/documents`). Recorded once,
/// with who and when; the office still confirms attendance (`/travelled`).
#[utoipa::path(
    post, path = "/sponsorship-requests/{id}/trip-confirmation", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = SponsorshipResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "not approved, already confirmed, or before the arrival date", body = Problem),
        (status = 422, description = "no ticket, boarding pass or receipt uploaded", body = Problem),
    )
)]
pub async fn confirm_trip(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<SponsorshipResponse>> {
    travel_service::confirm_trip(&state.db, state.now(), &user, id).await?;
    Ok(Json(service::view(&state, id).await?))
}

/// Reconciles a trip (finance): records the actual costs, `travelled -> reconciled`. Nothing
/// may be in flight. What was paid is compared with the actual costs: the difference is
/// then paid through a disbursement, or recorded as due back from the organisation. Costs
/// above the entitlement need a reason and room in the event's budget.
#[utoipa::path(
    post, path = "/sponsorship-requests/{id}/reconciliation", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    request_body = ReconcileBody,
    security(("bearer" = [])),
    responses(
        (status = 200, body = SponsorshipResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "not travelled, payments in flight, or over the event's budget", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn reconcile(
    State(state): State<AppState>,
    user: Finance,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<ReconcileBody>,
) -> AppResult<Json<SponsorshipResponse>> {
    travel_service::reconcile(&state.db, state.now(), &user, id, body).await?;
    Ok(Json(service::view(&state, id).await?))
}

/// Records that the organisation refunded what it owed (finance): after a reconciliation
/// below what was paid, or the cancellation of a sponsorship with an advance paid. Until
/// then the money holds the event's budget; once refunded, the waitlist may move up.
#[utoipa::path(
    post, path = "/sponsorship-requests/{id}/refund", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    request_body = RefundBody,
    security(("bearer" = [])),
    responses(
        (status = 200, body = SponsorshipResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "nothing to reclaim, or the refund is already recorded", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn record_refund(
    State(state): State<AppState>,
    user: Finance,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<RefundBody>,
) -> AppResult<Json<SponsorshipResponse>> {
    travel_service::record_refund(&state.db, state.now(), &user, id, body).await?;
    Ok(Json(service::view(&state, id).await?))
}

/// Attaches the do-no-harm assessment of a trip (officers): the same risks, scores and
/// approvals as for applications. While it is not approved, posting again replaces it.
/// An attached assessment must be approved, below critical, before the trip is approved.
#[utoipa::path(
    post, path = "/sponsorship-requests/{id}/risk-assessment", tag = "do-no-harm",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    request_body = RiskAssessmentRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = TripRiskResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already approved, or the request is closed", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn submit_trip_risk(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<RiskAssessmentRequest>,
) -> AppResult<Json<TripRiskResponse>> {
    let saved = travel_service::submit_trip_risk(&state.db, state.now(), &user, id, body).await?;
    Ok(Json(TripRiskResponse::of(id, &saved)?))
}

/// The do-no-harm assessment of a trip: officers and the organisation's members.
#[utoipa::path(
    get, path = "/sponsorship-requests/{id}/risk-assessment", tag = "do-no-harm",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    security(("bearer" = [])),
    responses((status = 200, body = TripRiskResponse), (status = 404, body = Problem))
)]
pub async fn get_trip_risk(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<TripRiskResponse>> {
    let found = travel_service::trip_risk(&state.db, &user, id).await?;
    Ok(Json(TripRiskResponse::of(id, &found)?))
}

/// Approves the assessment of a trip (officers); a `high` residual needs two officers.
#[utoipa::path(
    post, path = "/sponsorship-requests/{id}/risk-assessment/approve", tag = "do-no-harm",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = TripRiskResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already approved, or the same officer approves twice", body = Problem),
    )
)]
pub async fn approve_trip_risk(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<TripRiskResponse>> {
    let approved = travel_service::approve_trip_risk(&state.db, state.now(), &user, id).await?;
    Ok(Json(TripRiskResponse::of(id, &approved)?))
}
