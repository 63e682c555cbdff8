//! Handlers of sponsorship requests and the representation of an event: extract,
//! authorise, call the service, answer.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use uuid::Uuid;

use super::json::{
    CancelBody, DecisionBody, RepresentationQuery, RepresentationResponse, SponsorshipRequestBody, SponsorshipResponse,
};
use super::service;
use crate::AppState;
use crate::auth::{CurrentUser, Officer};
use crate::error::{AppError, AppResult, Problem};
use crate::http::{JsonBody, KeysetQuery, Page, Query};

/// Asks the office to sponsor one traveller (members of the organisation), while the event
/// is open and before its deadline. The entitlement is computed: DSA for each night at the
/// event's rate, terminal expenses for each journey end and the airfare converted to the
/// event's currency, rounded at the end. A traveller is sponsored once per event.
#[utoipa::path(
    post, path = "/events/{id}/sponsorship-requests", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "event id")),
    request_body = SponsorshipRequestBody,
    security(("bearer" = [])),
    responses(
        (status = 201, body = SponsorshipResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "event not open, deadline passed, or traveller already requested", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn request_sponsorship(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(event_id): Path<Uuid>,
    JsonBody(body): JsonBody<SponsorshipRequestBody>,
) -> AppResult<(StatusCode, Json<SponsorshipResponse>)> {
    let keys = (&state.reference, &state.data_keys);
    let created = service::request(&state.db, state.now(), &user, event_id, body, keys).await?;
    Ok((StatusCode::CREATED, Json(service::view(&state, created.id).await?)))
}

/// Submits a draft request (the organisation's members), while the event is open and before
/// its deadline; a traveller already requested for the event is refused here.
#[utoipa::path(
    post, path = "/sponsorship-requests/{id}/submit", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = SponsorshipResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "not a draft, event not open, deadline passed, or traveller already requested", body = Problem),
    )
)]
pub async fn submit_sponsorship(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<SponsorshipResponse>> {
    service::submit(&state.db, state.now(), &user, id).await?;
    Ok(Json(service::view(&state, id).await?))
}

/// A sponsorship request (the organisation's members; officers, finance, admins).
#[utoipa::path(
    get, path = "/sponsorship-requests/{id}", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    security(("bearer" = [])),
    responses((status = 200, body = SponsorshipResponse), (status = 404, body = Problem))
)]
pub async fn get_sponsorship(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<SponsorshipResponse>> {
    service::visible_request(&state.db, &user, id).await?;
    Ok(Json(service::view(&state, id).await?))
}

/// The requests of an event, oldest first, a page at a time, with their organisations'
/// names: officers, finance and admins see all; members see their organisations' requests.
#[utoipa::path(
    get, path = "/events/{id}/sponsorship-requests", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "event id"), KeysetQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, body = Page<SponsorshipResponse>),
        (status = 404, body = Problem),
        (status = 422, body = Problem)
    )
)]
pub async fn list_event_requests(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(event_id): Path<Uuid>,
    Query(page): Query<KeysetQuery>,
) -> AppResult<Json<Page<SponsorshipResponse>>> {
    let listed = service::list_page_of_event(&state.db, &user, event_id, &page.request()).await?;
    Ok(Json(listed.into()))
}

/// Decides a request (officers), always with a reason. Approving fixes the entitlement and is
/// refused when approved entitlements would exceed the event's sponsorship budget (checked
/// under the event's row lock).
#[utoipa::path(
    post, path = "/sponsorship-requests/{id}/decision", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    request_body = DecisionBody,
    security(("bearer" = [])),
    responses(
        (status = 200, body = SponsorshipResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already decided, or over the budget", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn decide_sponsorship(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<DecisionBody>,
) -> AppResult<Json<SponsorshipResponse>> {
    super::overview_service::decide(&state, &user, id, &body, None).await?;
    Ok(Json(service::view(&state, id).await?))
}

/// Cancels a request before travel (the organisation's members or officers), with the
/// reason. When an approved request is cancelled, waitlisted requests are promoted in the
/// order they were waitlisted, as far as the freed budget goes.
#[utoipa::path(
    post, path = "/sponsorship-requests/{id}/cancel", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    request_body = CancelBody,
    security(("bearer" = [])),
    responses(
        (status = 200, body = SponsorshipResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "travelled, reconciled, rejected or cancelled", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn cancel_sponsorship(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<CancelBody>,
) -> AppResult<Json<SponsorshipResponse>> {
    service::cancel(&state.db, state.now(), &user, id, &body.reason).await?;
    Ok(Json(service::view(&state, id).await?))
}

/// Representation of an event (officers): counts and shares of requests and of approved
/// travellers by gender, age band, UN M49 region of nationality, women-led and youth-led
/// organisation, with warnings against the targets. `format=csv` gives one row per group,
/// dimension and value.
#[utoipa::path(
    get, path = "/events/{id}/representation", tag = "sponsorships",
    params(("id" = Uuid, Path, description = "event id"), RepresentationQuery),
    security(("bearer" = [])),
    responses((status = 200, body = RepresentationResponse), (status = 403, body = Problem), (status = 404, body = Problem))
)]
pub async fn representation(
    State(state): State<AppState>,
    user: Officer,
    Path(event_id): Path<Uuid>,
    Query(query): Query<RepresentationQuery>,
) -> AppResult<Response> {
    let report = super::overview_service::representation(&state, &user, event_id, &query).await?;
    match query.format.as_deref() {
        None | Some("json") => Ok(Json(report.json()).into_response()),
        Some("csv") => Ok(crate::http::file_response(
            report.csv()?,
            "text/csv; charset=utf-8",
            "attachment",
            "representation.csv",
        )),
        Some(_) => Err(AppError::field("format", "must be `json` or `csv`")),
    }
}
