//! Handlers of disbursements: finance requests, a second finance user approves, finance
//! records the payment or cancels. The work is in `service`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use uuid::Uuid;

use super::json::{
    ApproveRequest, CancelRequest, DisbursementRequest, DisbursementResponse, IDEMPOTENCY_KEY, ListQuery, PayRequest,
    REPLAYED,
};
use super::service::{self, NewDisbursement, Payment};
use super::store::{Filter, Source};
use crate::AppState;
use crate::auth::{CurrentUser, Finance};
use crate::error::{AppError, AppResult, Problem};
use crate::http::{JsonBody, KeysetQuery, OptionalJson, Page, Query};
use crate::organisations;

/// Requests a disbursement against an active award (finance). Send an `Idempotency-Key`
/// header: a retry with the same key and body answers the first result and creates
/// nothing; the same key with another body is refused with 422.
#[utoipa::path(
    post, path = "/awards/{id}/disbursements", tag = "disbursements",
    params(
        ("id" = Uuid, Path, description = "award id"),
        ("Idempotency-Key" = String, Header, description = "unique per request, e.g. a UUID"),
    ),
    request_body = DisbursementRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = DisbursementResponse),
        (status = 400, description = "no Idempotency-Key", body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "award not active, or over the award or tranche", body = Problem),
        (status = 422, description = "bad body, or the key reused with another body", body = Problem),
    )
)]
pub async fn request_award_disbursement(
    State(state): State<AppState>,
    user: Finance,
    Path(award_id): Path<Uuid>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<DisbursementRequest>,
) -> AppResult<Response> {
    request_disbursement(&state, user.id, Source::Award(award_id), &headers, body).await
}

/// Requests a payment against an approved sponsorship (finance), with an `Idempotency-Key`
/// as for awards. While the sponsorship is approved it is the advance (at most the event's
/// `advance_percent` of the entitlement); once attendance is confirmed, the balance up to the
/// entitlement; once reconciled, up to the actual costs. No `tranche_id`.
#[utoipa::path(
    post, path = "/sponsorship-requests/{id}/disbursements", tag = "disbursements",
    params(
        ("id" = Uuid, Path, description = "sponsorship request id"),
        ("Idempotency-Key" = String, Header, description = "unique per request, e.g. a UUID"),
    ),
    request_body = DisbursementRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = DisbursementResponse),
        (status = 400, description = "no Idempotency-Key", body = Problem),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "sponsorship not payable, or over the advance or entitlement", body = Problem),
        (status = 422, description = "bad body, or the key reused with another body", body = Problem),
    )
)]
pub async fn request_sponsorship_disbursement(
    State(state): State<AppState>,
    user: Finance,
    Path(sponsorship_id): Path<Uuid>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<DisbursementRequest>,
) -> AppResult<Response> {
    request_disbursement(&state, user.id, Source::Sponsorship(sponsorship_id), &headers, body).await
}

/// One request flow for both sources: the key from its header, the service, and 201 with
/// `Idempotent-Replayed: true` when an earlier request created the disbursement.
async fn request_disbursement(
    state: &AppState,
    requested_by: Uuid,
    source: Source,
    headers: &HeaderMap,
    request: DisbursementRequest,
) -> AppResult<Response> {
    let new = NewDisbursement {
        source,
        idempotency_key: idempotency_key(headers)?,
        request,
    };
    let requested = service::request(&state.db, state.now(), requested_by, new).await?;
    let body = Json(DisbursementResponse::from_model(&requested.disbursement));
    let mut response = (StatusCode::CREATED, body).into_response();
    if requested.replayed {
        response
            .headers_mut()
            .insert(REPLAYED, HeaderValue::from_static("true"));
    }
    Ok(response)
}

/// Approves a requested disbursement (finance, never its requester). A tranche whose
/// condition (a reporting obligation) is not met needs an `override_reason`, which is audited.
#[utoipa::path(
    post, path = "/disbursements/{id}/approve", tag = "disbursements",
    params(("id" = Uuid, Path, description = "disbursement id")),
    request_body(content = ApproveRequest, description = "optional"),
    security(("bearer" = [])),
    responses(
        (status = 200, body = DisbursementResponse),
        (status = 403, description = "not finance, or the requester", body = Problem),
        (status = 404, body = Problem),
        (status = 409, description = "not requested, condition not met, award not active, names to re-screen, or over the award", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn approve_disbursement(
    State(state): State<AppState>,
    user: Finance,
    Path(id): Path<Uuid>,
    OptionalJson(body): OptionalJson<ApproveRequest>,
) -> AppResult<Json<DisbursementResponse>> {
    let approved = service::approve(
        &state.db,
        state.now(),
        user.id,
        id,
        body.override_reason,
        state.config.sanctions_threshold,
    )
    .await?;
    Ok(Json(DisbursementResponse::from_model(&approved)))
}

/// Records the payment of an approved disbursement (finance): the bank's date and reference.
#[utoipa::path(
    post, path = "/disbursements/{id}/pay", tag = "disbursements",
    params(("id" = Uuid, Path, description = "disbursement id")),
    request_body = PayRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = DisbursementResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "not approved, or the names to re-screen", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn pay_disbursement(
    State(state): State<AppState>,
    user: Finance,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<PayRequest>,
) -> AppResult<Json<DisbursementResponse>> {
    let payment = Payment {
        paid_on: body.paid_on,
        payment_reference: body.payment_reference,
    };
    let paid = service::pay(
        &state.db,
        state.now(),
        user.id,
        id,
        payment,
        state.config.sanctions_threshold,
    )
    .await?;
    Ok(Json(DisbursementResponse::from_model(&paid)))
}

/// Cancels a disbursement before payment (finance), with the reason; it then counts for nothing.
#[utoipa::path(
    post, path = "/disbursements/{id}/cancel", tag = "disbursements",
    params(("id" = Uuid, Path, description = "disbursement id")),
    request_body = CancelRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = DisbursementResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already paid or cancelled", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn cancel_disbursement(
    State(state): State<AppState>,
    user: Finance,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<CancelRequest>,
) -> AppResult<Json<DisbursementResponse>> {
    let cancelled = service::cancel(&state.db, state.now(), user.id, id, body.reason).await?;
    Ok(Json(DisbursementResponse::from_model(&cancelled)))
}

/// A disbursement (staff; the organisation's members).
#[utoipa::path(
    get, path = "/disbursements/{id}", tag = "disbursements",
    params(("id" = Uuid, Path, description = "disbursement id")),
    security(("bearer" = [])),
    responses((status = 200, body = DisbursementResponse), (status = 404, body = Problem))
)]
pub async fn get_disbursement(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<DisbursementResponse>> {
    let found = service::find(&state.db, id).await?;
    if !organisations::service::may_see(&state.db, &user, found.organisation_id).await? {
        return Err(AppError::NotFound("disbursement"));
    }
    Ok(Json(DisbursementResponse::for_reader(
        &found,
        user.sees_all_applicants(),
    )))
}

/// Disbursements across awards (finance, officers, admins), oldest request first;
/// `status=requested` is the approval queue.
#[utoipa::path(
    get, path = "/disbursements", tag = "disbursements",
    params(ListQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<DisbursementResponse>), (status = 403, body = Problem))
)]
pub async fn list_disbursements(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<ListQuery>,
) -> AppResult<Json<Page<DisbursementResponse>>> {
    if !user.sees_all_applicants() {
        return Err(AppError::Forbidden(
            "the list of all disbursements is for finance, officers and admins".to_owned(),
        ));
    }
    let filter = Filter {
        source: None,
        status: query.status,
    };
    let page = KeysetQuery {
        limit: query.limit,
        offset: query.offset,
        cursor: query.cursor,
        count: query.count,
    };
    page_of(&state, &user, filter, page).await
}

/// The disbursements of an award (staff; the organisation's members).
#[utoipa::path(
    get, path = "/awards/{id}/disbursements", tag = "disbursements",
    params(("id" = Uuid, Path, description = "award id"), KeysetQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<DisbursementResponse>), (status = 404, body = Problem))
)]
pub async fn list_award_disbursements(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(award_id): Path<Uuid>,
    Query(page): Query<KeysetQuery>,
) -> AppResult<Json<Page<DisbursementResponse>>> {
    let found = crate::awards::service::find(&state.db, award_id).await?;
    if !organisations::service::may_see(&state.db, &user, found.organisation_id).await? {
        return Err(AppError::NotFound("award"));
    }
    let filter = Filter {
        source: Some(Source::Award(award_id)),
        status: None,
    };
    page_of(&state, &user, filter, page).await
}

/// The disbursements of a sponsorship (staff; the organisation's members).
#[utoipa::path(
    get, path = "/sponsorship-requests/{id}/disbursements", tag = "disbursements",
    params(("id" = Uuid, Path, description = "sponsorship request id"), KeysetQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<DisbursementResponse>), (status = 404, body = Problem))
)]
pub async fn list_sponsorship_disbursements(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(sponsorship_id): Path<Uuid>,
    Query(page): Query<KeysetQuery>,
) -> AppResult<Json<Page<DisbursementResponse>>> {
    let found = crate::sponsorships::store::find(&state.db, sponsorship_id)
        .await?
        .ok_or(AppError::NotFound("sponsorship request"))?;
    if !organisations::service::may_see(&state.db, &user, found.organisation_id).await? {
        return Err(AppError::NotFound("sponsorship request"));
    }
    let filter = Filter {
        source: Some(Source::Sponsorship(sponsorship_id)),
        status: None,
    };
    page_of(&state, &user, filter, page).await
}

async fn page_of(
    state: &AppState,
    user: &CurrentUser,
    filter: Filter,
    page: KeysetQuery,
) -> AppResult<Json<Page<DisbursementResponse>>> {
    let listed = service::page_of(&state.db, filter, &page.request()).await?;
    let staff = user.sees_all_applicants();
    Ok(Json(
        listed.map(|row| DisbursementResponse::for_reader(&row, staff)).into(),
    ))
}

/// The `Idempotency-Key` header, required on requests that create money movements.
fn idempotency_key(headers: &HeaderMap) -> AppResult<String> {
    Ok(headers
        .get(IDEMPOTENCY_KEY)
        .ok_or_else(|| {
            AppError::BadRequest(
                "send an Idempotency-Key header (e.g. a fresh UUID) so that a retry creates nothing new".to_owned(),
            )
        })?
        .to_str()
        .map_err(|_| AppError::BadRequest("Idempotency-Key must be visible ASCII".to_owned()))?
        .to_owned())
}
