//! Handlers of disbursements: finance requests, a second finance user approves, finance
//! records the payment or cancels.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use sea_orm::{ConnectionTrait, DbErr, SqlErr, TransactionTrait};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::json::DisbursementResponse;
use super::rules::Totals;
use super::rules::{self, DisbursementAction, DisbursementStatus};
use super::store::{self, Change, Filter, Source, disbursement};
use crate::AppState;
use crate::audit::{self, AuditEntry};
use crate::auth::{CurrentUser, Finance};
use crate::awards::rules::{AwardStatus, ObligationStatus};
use crate::awards::store::{self as award_store, award, tranche};
use crate::error::{AppError, AppResult, Problem, ProblemKind, Validator};
use crate::http::{JsonBody, OptionalJson, Page, PageQuery, Query};
use crate::money::{self, Amount, Currency};
use crate::organisations;
use crate::sponsorships::payments::Purpose;

/// The header that makes a disbursement request safe to retry.
pub const IDEMPOTENCY_KEY: &str = "idempotency-key";
const REPLAYED: &str = "idempotent-replayed";

/// `POST /awards/{id}/disbursements`.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DisbursementRequest {
    /// The tranche paid (optional; without it the payment counts against the award only).
    pub tranche_id: Option<Uuid>,
    /// Amount in `currency`.
    pub amount: Amount,
    /// Currency of the payment.
    pub currency: Currency,
    /// Units of the award's currency per unit of `currency`; required when they differ.
    pub fx_rate: Option<Amount>,
    /// The payee's bank reference (account or payment instruction).
    pub payee_reference: String,
}

/// `POST /disbursements/{id}/approve` (the body may be left out).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApproveRequest {
    /// Why the tranche is paid although its condition is not met (audited).
    pub override_reason: Option<String>,
}

/// `POST /disbursements/{id}/pay`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PayRequest {
    /// The date the bank executed the payment.
    pub paid_on: NaiveDate,
    /// The bank's payment reference.
    pub payment_reference: String,
}

/// `POST /disbursements/{id}/cancel`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CancelRequest {
    /// Why.
    pub reason: String,
}

/// Filters of `GET /disbursements`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    /// Only in this status (`requested` is finance's approval queue).
    pub status: Option<DisbursementStatus>,
    /// Page size (default 50, at most 500).
    pub limit: Option<u64>,
    /// Number of items to skip.
    pub offset: Option<u64>,
}

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

/// One request flow for both sources: the key and its replay, the checks of the body, then
/// under the source's row lock the ceilings, the row and its audit event.
async fn request_disbursement(
    state: &AppState,
    requested_by: Uuid,
    source: Source,
    headers: &HeaderMap,
    body: DisbursementRequest,
) -> AppResult<Response> {
    let key = idempotency_key(headers)?;
    // The same request however it is spelled: "10.0" and "10.00", with or without spaces.
    let normalised = json!({
        "tranche_id": body.tranche_id,
        "amount": body.amount.0.normalize().to_string(),
        "currency": body.currency,
        "fx_rate": body.fx_rate.map(|rate| rate.0.normalize().to_string()),
        "payee_reference": body.payee_reference.trim(),
    });
    let fingerprint = rules::fingerprint(&format!("{}:{}", source.kind(), source.id()), &normalised);
    if let Some(earlier) = replay(&state.db, requested_by, &key, &fingerprint).await? {
        return respond_created(state, earlier, true).await;
    }
    let (currency, tranche) = prepare(&state.db, source, body.tranche_id).await?;
    let mut check = Validator::new();
    check.required_text("payee_reference", &body.payee_reference, 200);
    let fx_rate = body.fx_rate.map(|rate| rate.0);
    let counted = rules::counted_amount((body.amount.0, body.currency), fx_rate, currency, &mut check);
    check.finish()?;
    let counted = counted.ok_or_else(|| AppError::Internal("a checked amount did not convert".to_owned()))?;
    let now = state.now();
    let txn = state.db.begin().await?;
    let payable = lock_payable(&txn, source).await?;
    // A retry that arrived while the first request was in flight finds it here, under the lock.
    if let Some(earlier) = replay(&txn, requested_by, &key, &fingerprint).await? {
        txn.rollback().await?;
        return respond_created(state, earlier, true).await;
    }
    check_room(&txn, source, &payable, tranche.as_ref(), counted, Counting::Committed).await?;
    let row = disbursement::Model {
        id: Uuid::new_v4(),
        source_kind: source.kind().to_owned(),
        award_id: match source {
            Source::Award(id) => Some(id),
            Source::Sponsorship(_) => None,
        },
        tranche_id: tranche.as_ref().map(|tranche| tranche.id),
        sponsorship_id: match source {
            Source::Award(_) => None,
            Source::Sponsorship(id) => Some(id),
        },
        organisation_id: payable.organisation_id,
        call_id: payable.call_id,
        amount: money::to_stored(body.amount.0)?,
        currency: body.currency.code().to_owned(),
        fx_rate: fx_rate.map(|rate| rate.normalize().to_string()),
        counted_amount: money::to_stored(counted)?,
        counted_currency: payable.currency.code().to_owned(),
        payee_reference: body.payee_reference.trim().to_owned(),
        status: DisbursementStatus::Requested.as_str().to_owned(),
        requested_by,
        requested_at: now,
        requested_on: now.date_naive(),
        requested_month: now.format("%Y-%m").to_string(),
        approved_by: None,
        approved_at: None,
        override_reason: None,
        paid_by: None,
        paid_at: None,
        paid_on: None,
        payment_reference: None,
        cancelled_by: None,
        cancelled_at: None,
        cancel_reason: None,
        idempotency_key: Some(key.clone()),
        request_fingerprint: Some(fingerprint.clone()),
        purpose: payable.purpose.map(|purpose| purpose.as_str().to_owned()),
    };
    let created = match store::insert(&txn, row).await {
        Ok(created) => created,
        Err(error) if is_unique_violation(&error) => {
            // The same key arrived twice at once: the other request won; answer as a retry.
            txn.rollback().await?;
            let earlier = replay(&state.db, requested_by, &key, &fingerprint)
                .await?
                .ok_or_else(|| AppError::Internal("an idempotency key vanished".to_owned()))?;
            return respond_created(state, earlier, true).await;
        }
        Err(error) => return Err(error.into()),
    };
    let summary = money_summary(&created, payable.currency);
    audit::record(
        &txn,
        AuditEntry::created(
            requested_by,
            "disbursement.requested",
            "disbursement",
            created.id,
            summary,
        ),
        now,
    )
    .await?;
    txn.commit().await?;
    tracing::info!(disbursement = %created.id, source = source.kind(), "disbursement requested");
    respond_created(state, created, false).await
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
        (status = 409, description = "not requested, condition not met, award not active, or over the award", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn approve_disbursement(
    State(state): State<AppState>,
    user: Finance,
    Path(id): Path<Uuid>,
    OptionalJson(body): OptionalJson<ApproveRequest>,
) -> AppResult<Json<DisbursementResponse>> {
    let current = store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("disbursement"))?;
    rules::check_four_eyes(current.requested_by, user.id).map_err(AppError::Forbidden)?;
    let status = status_of(&current)?;
    let next = rules::transition(status, DisbursementAction::Approve)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let override_reason = body
        .override_reason
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    let mut check = Validator::new();
    if let Some(reason) = &override_reason {
        check.required_text("override_reason", reason, 2_000);
    }
    check.finish()?;
    let source = source_of(&current)?;
    let tranche = match current.tranche_id {
        Some(tranche_id) => award_store::find_tranche(&state.db, tranche_id).await?,
        None => None,
    };
    let condition = unmet_condition(&state.db, tranche.as_ref()).await?;
    if let (Some(unmet), None) = (&condition, &override_reason) {
        return Err(AppError::conflict(
            ProblemKind::ConditionNotMet,
            format!("{unmet}; approve with an override_reason to pay it anyway"),
        ));
    }
    let now = state.now();
    let txn = state.db.begin().await?;
    let payable = lock_payable(&txn, source).await?;
    let currency = payable.currency;
    let counted = money::from_stored(current.counted_amount);
    check_room(
        &txn,
        source,
        &payable,
        tranche.as_ref(),
        counted,
        Counting::ApprovedOrPaid,
    )
    .await?;
    let override_reason = condition.as_ref().and(override_reason);
    let change = Change {
        approved: Some((user.id, override_reason.clone())),
        ..Change::default()
    };
    finish_change(&txn, &current, (status, next), change, now).await?;
    let entry = AuditEntry::status_changed(
        user.id,
        "disbursement.approved",
        "disbursement",
        id,
        (status, next),
        override_reason.clone(),
    )
    .with("money", money_summary(&current, currency))
    .with("condition_overridden", json!(condition));
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    respond(&state, id).await
}

/// Records the payment of an approved disbursement (finance): the bank's date and reference.
#[utoipa::path(
    post, path = "/disbursements/{id}/pay", tag = "disbursements",
    params(("id" = Uuid, Path, description = "disbursement id")),
    request_body = PayRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = DisbursementResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "not approved", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn pay_disbursement(
    State(state): State<AppState>,
    user: Finance,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<PayRequest>,
) -> AppResult<Json<DisbursementResponse>> {
    let current = store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("disbursement"))?;
    let status = status_of(&current)?;
    let next = rules::transition(status, DisbursementAction::Pay)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let now = state.now();
    let mut check = Validator::new();
    check.required_text("payment_reference", &body.payment_reference, 200);
    check.check(body.paid_on > now.date_naive(), "paid_on", "must not be in the future");
    check.check(
        body.paid_on < current.requested_on,
        "paid_on",
        format!("must not precede the request of {}", current.requested_on),
    );
    check.finish()?;
    let currency = Currency::stored(&current.counted_currency)?;
    let txn = state.db.begin().await?;
    let change = Change {
        paid: Some((user.id, body.paid_on, body.payment_reference.trim().to_owned())),
        ..Change::default()
    };
    finish_change(&txn, &current, (status, next), change, now).await?;
    let entry = AuditEntry::status_changed(user.id, "disbursement.paid", "disbursement", id, (status, next), None)
        .with("money", money_summary(&current, currency))
        .with(
            "payment",
            json!({"paid_on": body.paid_on, "payment_reference": body.payment_reference.trim()}),
        );
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    respond(&state, id).await
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
    let current = store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("disbursement"))?;
    let status = status_of(&current)?;
    let next = rules::transition(status, DisbursementAction::Cancel)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let mut check = Validator::new();
    check.required_text("reason", &body.reason, 2_000);
    check.finish()?;
    let currency = Currency::stored(&current.counted_currency)?;
    let reason = body.reason.trim().to_owned();
    let now = state.now();
    let txn = state.db.begin().await?;
    let change = Change {
        cancelled: Some((user.id, reason.clone())),
        ..Change::default()
    };
    finish_change(&txn, &current, (status, next), change, now).await?;
    let entry = AuditEntry::status_changed(
        user.id,
        "disbursement.cancelled",
        "disbursement",
        id,
        (status, next),
        Some(reason),
    )
    .with("money", money_summary(&current, currency));
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    respond(&state, id).await
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
    let found = store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("disbursement"))?;
    if !organisations::sees_organisation(&state, &user, found.organisation_id).await? {
        return Err(AppError::NotFound("disbursement"));
    }
    Ok(Json(DisbursementResponse::for_reader(
        &found,
        user.sees_all_applicants(),
    )?))
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
    page_of(&state, &user, filter, (query.limit, query.offset)).await
}

/// The disbursements of an award (staff; the organisation's members).
#[utoipa::path(
    get, path = "/awards/{id}/disbursements", tag = "disbursements",
    params(("id" = Uuid, Path, description = "award id"), PageQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<DisbursementResponse>), (status = 404, body = Problem))
)]
pub async fn list_award_disbursements(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(award_id): Path<Uuid>,
    Query(page): Query<PageQuery>,
) -> AppResult<Json<Page<DisbursementResponse>>> {
    let found = award_store::find(&state.db, award_id)
        .await?
        .ok_or(AppError::NotFound("award"))?;
    if !organisations::sees_organisation(&state, &user, found.organisation_id).await? {
        return Err(AppError::NotFound("award"));
    }
    let filter = Filter {
        source: Some(Source::Award(award_id)),
        status: None,
    };
    page_of(&state, &user, filter, (page.limit, page.offset)).await
}

/// The disbursements of a sponsorship (staff; the organisation's members).
#[utoipa::path(
    get, path = "/sponsorship-requests/{id}/disbursements", tag = "disbursements",
    params(("id" = Uuid, Path, description = "sponsorship request id"), PageQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<DisbursementResponse>), (status = 404, body = Problem))
)]
pub async fn list_sponsorship_disbursements(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(sponsorship_id): Path<Uuid>,
    Query(page): Query<PageQuery>,
) -> AppResult<Json<Page<DisbursementResponse>>> {
    let found = crate::sponsorships::store::find(&state.db, sponsorship_id)
        .await?
        .ok_or(AppError::NotFound("sponsorship request"))?;
    if !organisations::sees_organisation(&state, &user, found.organisation_id).await? {
        return Err(AppError::NotFound("sponsorship request"));
    }
    let filter = Filter {
        source: Some(Source::Sponsorship(sponsorship_id)),
        status: None,
    };
    page_of(&state, &user, filter, (page.limit, page.offset)).await
}

async fn page_of(
    state: &AppState,
    user: &CurrentUser,
    filter: Filter,
    (limit, offset): (Option<u64>, Option<u64>),
) -> AppResult<Json<Page<DisbursementResponse>>> {
    let page = PageQuery { limit, offset };
    let (rows, total) = store::list(&state.db, filter, (page.limit(), page.offset())).await?;
    let staff = user.sees_all_applicants();
    let items = rows
        .iter()
        .map(|row| DisbursementResponse::for_reader(row, staff))
        .collect::<AppResult<Vec<_>>>()?;
    Ok(Json(Page { items, total }))
}

/// Cancels the requested (not yet approved) disbursements of an award being terminated or a
/// sponsorship being cancelled, inside the caller's transaction, with the caller's
/// `reason`; approved ones stay for finance to pay or cancel. Answers the audit events, which
/// the caller records after its own row changes (on PostgreSQL the audit lock is then taken
/// last, so no row lock is ever awaited while holding it).
pub async fn cancel_requested_of(
    txn: &impl ConnectionTrait,
    source: Source,
    by: Uuid,
    reason: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<Vec<AuditEntry>> {
    let filter = Filter {
        source: Some(source),
        status: Some(DisbursementStatus::Requested),
    };
    let (requested, _) = store::list(txn, filter, (u64::MAX >> 1, 0)).await?;
    let mut entries = Vec::with_capacity(requested.len());
    for row in &requested {
        let statuses = (DisbursementStatus::Requested, DisbursementStatus::Cancelled);
        let change = Change {
            cancelled: Some((by, reason.to_owned())),
            ..Change::default()
        };
        finish_change(txn, row, statuses, change, now).await?;
        let currency = Currency::stored(&row.counted_currency)?;
        entries.push(
            AuditEntry::status_changed(
                by,
                "disbursement.cancelled",
                "disbursement",
                row.id,
                statuses,
                Some(reason.to_owned()),
            )
            .with("money", money_summary(row, currency)),
        );
    }
    Ok(entries)
}

/// The `Idempotency-Key` header, required on requests that create money movements.
fn idempotency_key(headers: &HeaderMap) -> AppResult<String> {
    let key = headers
        .get(IDEMPOTENCY_KEY)
        .ok_or_else(|| {
            AppError::BadRequest(
                "send an Idempotency-Key header (e.g. a fresh UUID) so that a retry creates nothing new".to_owned(),
            )
        })?
        .to_str()
        .map_err(|_| AppError::BadRequest("Idempotency-Key must be visible ASCII".to_owned()))?
        .to_owned();
    rules::check_idempotency_key(&key).map_err(AppError::BadRequest)?;
    Ok(key)
}

/// The disbursement an earlier request with this key created, if the body was the same;
/// the same key with another body is refused.
async fn replay(
    db: &impl ConnectionTrait,
    requested_by: Uuid,
    key: &str,
    fingerprint: &str,
) -> AppResult<Option<disbursement::Model>> {
    match store::find_by_key(db, requested_by, key).await? {
        Some(earlier) if earlier.request_fingerprint.as_deref() == Some(fingerprint) => Ok(Some(earlier)),
        Some(_) => Err(AppError::field(
            "Idempotency-Key",
            "was already used for a different request; use a new key for a new disbursement",
        )),
        None => Ok(None),
    }
}

fn is_unique_violation(error: &DbErr) -> bool {
    matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

async fn respond_created(state: &AppState, row: disbursement::Model, replayed: bool) -> AppResult<Response> {
    let current = store::find(&state.db, row.id).await?.unwrap_or(row);
    let mut response = (StatusCode::CREATED, Json(DisbursementResponse::from_model(&current)?)).into_response();
    if replayed {
        response
            .headers_mut()
            .insert(REPLAYED, HeaderValue::from_static("true"));
    }
    Ok(response)
}

async fn respond(state: &AppState, id: Uuid) -> AppResult<Json<DisbursementResponse>> {
    let found = store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("disbursement"))?;
    Ok(Json(DisbursementResponse::from_model(&found)?))
}

/// Which ceiling a check counts against: a request counts everything committed (requested,
/// approved, paid); an approval counts what is approved or paid.
#[derive(Debug, Clone, Copy)]
enum Counting {
    Committed,
    ApprovedOrPaid,
}

/// The source of a payment, locked for the transaction: who is paid, in which currency,
/// for what, and the ceiling of all its disbursements.
struct Payable {
    organisation_id: Uuid,
    call_id: Option<Uuid>,
    currency: Currency,
    purpose: Option<Purpose>,
    ceiling: Decimal,
    label: String,
}

/// The source's currency and the named tranche, checked before any lock: the award or
/// sponsorship exists, and an award paid in tranches names one of its own.
async fn prepare(
    db: &impl ConnectionTrait,
    source: Source,
    tranche_id: Option<Uuid>,
) -> AppResult<(Currency, Option<tranche::Model>)> {
    match source {
        Source::Award(award_id) => {
            let found = award_store::find(db, award_id)
                .await?
                .ok_or(AppError::NotFound("award"))?;
            let tranche = match tranche_id {
                Some(tranche_id) => Some(
                    award_store::find_tranche(db, tranche_id)
                        .await?
                        .filter(|tranche| tranche.award_id == award_id)
                        .ok_or_else(|| AppError::field("tranche_id", "is not a tranche of this award"))?,
                ),
                None if !award_store::tranches_of(db, award_id).await?.is_empty() => {
                    return Err(AppError::field(
                        "tranche_id",
                        "this award is paid in tranches: name the tranche the payment belongs to",
                    ));
                }
                None => None,
            };
            Ok((Currency::stored(&found.currency)?, tranche))
        }
        Source::Sponsorship(id) => {
            let currency = crate::sponsorships::currency_of_request(db, id).await?;
            if tranche_id.is_some() {
                return Err(AppError::field(
                    "tranche_id",
                    "a sponsorship has no tranches; leave it out",
                ));
            }
            Ok((currency, None))
        }
    }
}

/// Locks the source's row for the transaction and reads what it may take, so that
/// concurrent requests and approvals against one source run one after another.
async fn lock_payable(txn: &impl ConnectionTrait, source: Source) -> AppResult<Payable> {
    match source {
        Source::Award(award_id) => {
            crate::db::lock_row(txn, "awards", award_id).await?;
            let found = award_store::find(txn, award_id)
                .await?
                .ok_or(AppError::NotFound("award"))?;
            ensure_active(&found)?;
            Ok(Payable {
                organisation_id: found.organisation_id,
                call_id: Some(found.call_id),
                currency: Currency::stored(&found.currency)?,
                purpose: None,
                ceiling: money::from_stored(found.amount),
                label: "the award".to_owned(),
            })
        }
        Source::Sponsorship(id) => {
            let (organisation_id, currency, ceiling) = crate::sponsorships::lock_payable(txn, id).await?;
            Ok(Payable {
                organisation_id,
                call_id: None,
                currency,
                purpose: Some(ceiling.purpose),
                ceiling: ceiling.amount,
                label: ceiling.label,
            })
        }
    }
}

/// Refuses `counted` more when it would take the source (or the tranche) over its ceiling.
async fn check_room(
    txn: &impl ConnectionTrait,
    source: Source,
    payable: &Payable,
    tranche: Option<&tranche::Model>,
    counted: Decimal,
    counting: Counting,
) -> AppResult<()> {
    let (totals, per_tranche) = store::totals_of(txn, source).await?;
    let already = |totals: Totals| match counting {
        Counting::Committed => totals.committed(),
        Counting::ApprovedOrPaid => totals.approved_or_paid(),
    };
    let refused = |detail| AppError::conflict(ProblemKind::DisbursementCeiling, detail);
    rules::check_ceiling(
        already(totals),
        counted,
        (payable.ceiling, payable.currency),
        &payable.label,
    )
    .map_err(refused)?;
    if let Some(tranche) = tranche {
        let ceiling = (money::from_stored(tranche.amount), payable.currency);
        let already = already(per_tranche.get(&tranche.id).copied().unwrap_or_default());
        rules::check_ceiling(already, counted, ceiling, &format!("tranche {}", tranche.number)).map_err(refused)?;
    }
    Ok(())
}

fn ensure_active(found: &award::Model) -> AppResult<()> {
    if found.status == AwardStatus::Active.as_str() {
        Ok(())
    } else {
        Err(AppError::conflict(
            ProblemKind::AwardNotActive,
            format!(
                "the award is {}; money moves only on an active award (accepted, not completed or terminated)",
                found.status.replace('_', " ")
            ),
        ))
    }
}

/// Why the tranche's condition is not met, if it is not: its linked reporting obligation
/// has not been received.
async fn unmet_condition(db: &impl ConnectionTrait, tranche: Option<&tranche::Model>) -> AppResult<Option<String>> {
    let Some((tranche, obligation_id)) = tranche.and_then(|tranche| tranche.obligation_id.map(|id| (tranche, id)))
    else {
        return Ok(None);
    };
    let obligation = award_store::find_obligation(db, obligation_id)
        .await?
        .ok_or_else(|| AppError::Internal(format!("tranche {} names a missing obligation", tranche.id)))?;
    let status = ObligationStatus::parse(&obligation.status)
        .ok_or_else(|| AppError::Internal(format!("obligation {obligation_id} has an unknown status")))?;
    if crate::awards::rules::condition_met(Some(status)) {
        return Ok(None);
    }
    let label = crate::awards::rules::ReportKind::parse(&obligation.kind).map_or("report", |kind| kind.label());
    Ok(Some(format!(
        "tranche {} waits for the {} due {} to be received (it is {})",
        tranche.number,
        label.to_lowercase(),
        obligation.due_on,
        status.as_str()
    )))
}

async fn finish_change(
    txn: &impl ConnectionTrait,
    current: &disbursement::Model,
    statuses: (DisbursementStatus, DisbursementStatus),
    change: Change,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<()> {
    if store::change_status(txn, current.id, statuses, change, now).await? {
        Ok(())
    } else {
        Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            "the disbursement changed meanwhile; reload it",
        ))
    }
}

fn source_of(row: &disbursement::Model) -> AppResult<Source> {
    match (row.award_id, row.sponsorship_id) {
        (Some(award_id), None) => Ok(Source::Award(award_id)),
        (None, Some(sponsorship_id)) => Ok(Source::Sponsorship(sponsorship_id)),
        _ => Err(AppError::Internal(format!(
            "disbursement {} has no single source",
            row.id
        ))),
    }
}

fn status_of(row: &disbursement::Model) -> AppResult<DisbursementStatus> {
    DisbursementStatus::parse(&row.status)
        .ok_or_else(|| AppError::Internal(format!("disbursement {} has an unknown status", row.id)))
}

/// Amounts and currencies of a money movement, for the audit trail.
fn money_summary(row: &disbursement::Model, counted_currency: Currency) -> serde_json::Value {
    let paid_currency = Currency::from_code(&row.currency).unwrap_or(counted_currency);
    json!({
        "amount": money::format_amount(money::from_stored(row.amount), paid_currency),
        "currency": row.currency,
        "fx_rate": row.fx_rate,
        "counted_amount": money::format_amount(money::from_stored(row.counted_amount), counted_currency),
        "counted_currency": row.counted_currency,
        "award_id": row.award_id,
        "tranche_id": row.tranche_id,
        "sponsorship_id": row.sponsorship_id,
        "purpose": row.purpose,
    })
}
