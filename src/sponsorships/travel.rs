//! Handlers of a sponsorship after its approval: attendance confirmed, actual costs
//! reconciled, a refund received, and the do-no-harm assessment of the trip.

use axum::Json;
use axum::extract::{Path, State};
use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;
use uuid::Uuid;

use super::handlers::{Freed, SponsorshipResponse, respond_with_payments, status_of, terms_of, visible_request};
use super::payments::{self, Ceiling, CostLine};
use super::rules::{self, SponsorshipAction, SponsorshipStatus};
use super::store::{self, Step, request};
use crate::AppState;
use crate::audit::{self, AuditEntry};
use crate::auth::{CurrentUser, Finance, Officer, Role};
use crate::disbursements::store::Source;
use crate::error::{AppError, AppResult, Problem, ProblemKind, Validator};
use crate::http::JsonBody;
use crate::money::{self, Currency};
use crate::organisations;
use crate::risk::rules::{Approval, ResidualRating, Risk, RiskStatus};
use crate::risk::{RiskAssessmentRequest, RiskResponse};

/// `POST /sponsorship-requests/{id}/travelled`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TravelledBody {
    /// Must be `true`: the officer confirms the traveller attended the event.
    pub attendance_confirmed: bool,
    /// How attendance was confirmed (sign-in sheet, badge pick-up...).
    pub note: Option<String>,
}

/// `POST /sponsorship-requests/{id}/reconciliation`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReconcileBody {
    /// The trip's actual costs, in the event's currency.
    pub actual_costs: Vec<CostLine>,
    /// Required when the actual costs exceed the entitlement.
    pub adjustment_reason: Option<String>,
}

/// `POST /sponsorship-requests/{id}/refund`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefundBody {
    /// The date the refund reached the office's account.
    pub received_on: NaiveDate,
    /// The bank's reference of the refund.
    pub reference: String,
}

/// The do-no-harm assessment of a trip, as stored with the request.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TripRisk {
    /// The risks with their mitigations.
    pub risks: Vec<Risk>,
    /// What remains after mitigation.
    pub residual_rating: ResidualRating,
    /// Who recorded it.
    pub submitted_by: Uuid,
    /// When.
    pub submitted_at: DateTime<Utc>,
    /// The first approval (a high residual needs two officers).
    pub first_approved_by: Option<Uuid>,
    /// When it was approved in full.
    pub approved_at: Option<DateTime<Utc>>,
}

impl TripRisk {
    /// `approved` once approved in full, else `submitted`.
    pub fn status(&self) -> RiskStatus {
        if self.approved_at.is_some() {
            RiskStatus::Approved
        } else {
            RiskStatus::Submitted
        }
    }
}

/// The do-no-harm assessment of a trip.
#[derive(Debug, Serialize, ToSchema)]
pub struct TripRiskResponse {
    /// The sponsorship request.
    pub sponsorship_id: Uuid,
    /// `submitted` or `approved`.
    pub status: RiskStatus,
    /// Risks.
    pub risks: Vec<RiskResponse>,
    /// Highest inherent score.
    pub highest_inherent_score: u8,
    /// Residual rating.
    pub residual_rating: ResidualRating,
    /// Whether a second officer's approval is still needed.
    pub awaiting_second_approval: bool,
    /// Submitted.
    pub submitted_at: DateTime<Utc>,
    /// Approved.
    pub approved_at: Option<DateTime<Utc>>,
}

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
    let (current, _) = visible_request(&state, &user, id).await?;
    let note = body
        .note
        .map(|note| note.trim().to_owned())
        .filter(|note| !note.is_empty());
    let mut check = Validator::new();
    check.check(
        !body.attendance_confirmed,
        "attendance_confirmed",
        "must be true: a sponsorship is marked travelled only once attendance is confirmed",
    );
    if let Some(note) = &note {
        check.required_text("note", note, 2_000);
    }
    check.finish()?;
    let status = status_of(&current)?;
    let next = rules::transition(status, SponsorshipAction::ConfirmTravel)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let now = state.now();
    if now.date_naive() < current.arrival_on {
        return Err(AppError::conflict(
            ProblemKind::NotYetTravelled,
            format!(
                "the traveller arrives on {}; attendance is confirmed on or after that day",
                current.arrival_on
            ),
        ));
    }
    let txn = state.db.begin().await?;
    crate::db::lock_row(&txn, "sponsorship_requests", id).await?;
    let step = Step::Travelled {
        by: user.id,
        note: note.clone(),
    };
    record(&txn, id, (status, next), step, now).await?;
    let entry = AuditEntry::status_changed(
        user.id,
        "sponsorship.travelled",
        "sponsorship_request",
        id,
        (status, next),
        note,
    );
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(Json(respond_with_payments(&state.db, id).await?))
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
    let (current, currency) = visible_request(&state, &user, id).await?;
    let status = status_of(&current)?;
    let next = rules::transition(status, SponsorshipAction::Reconcile)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let reason = body
        .adjustment_reason
        .as_deref()
        .map(str::trim)
        .filter(|reason| !reason.is_empty())
        .map(str::to_owned);
    let entitlement = money::from_stored(current.entitlement);
    let now = state.now();
    let txn = state.db.begin().await?;
    store::lock_with_event(&txn, current.event_id, id).await?;
    let (totals, _) = crate::disbursements::store::totals_of(&txn, Source::Sponsorship(id)).await?;
    let mut check = Validator::new();
    if let Some(reason) = &reason {
        check.required_text("adjustment_reason", reason, 2_000);
    }
    let settlement = payments::settle(
        &body.actual_costs,
        entitlement,
        totals.paid,
        reason.as_deref(),
        currency,
        &mut check,
    );
    check.finish()?;
    let settlement =
        settlement.ok_or_else(|| AppError::Internal("a checked reconciliation did not settle".to_owned()))?;
    if totals.open > 0 {
        return Err(AppError::conflict(
            ProblemKind::PaymentsInFlight,
            format!(
                "{} payment(s) of this sponsorship are requested or approved: pay or cancel them before reconciling",
                totals.open
            ),
        ));
    }
    if settlement.adjustment > Decimal::ZERO {
        super::handlers::check_budget(
            &txn,
            current.event_id,
            money::to_stored(settlement.adjustment)?,
            currency,
        )
        .await?;
    }
    let lines: Vec<CostLine> = body
        .actual_costs
        .iter()
        .map(|line| CostLine {
            item: line.item.trim().to_owned(),
            amount: line.amount,
        })
        .collect();
    let step = Step::Reconciled {
        by: user.id,
        lines: json!(lines),
        adjustment: money::to_stored(settlement.adjustment)?,
        reason: reason.filter(|_| settlement.adjustment > Decimal::ZERO),
        reclaim_due: (settlement.to_reclaim > Decimal::ZERO)
            .then(|| money::to_stored(settlement.to_reclaim))
            .transpose()?,
    };
    record(&txn, id, (status, next), step, now).await?;
    let format = |amount: Decimal| money::format_amount(amount, currency);
    let entry = AuditEntry::status_changed(
        user.id,
        "sponsorship.reconciled",
        "sponsorship_request",
        id,
        (status, next),
        None,
    )
    .with(
        "settlement",
        json!({
            "currency": currency,
            "entitlement": format(entitlement),
            "actual_total": format(settlement.actual_total),
            "adjustment": format(settlement.adjustment),
            "paid": format(totals.paid),
            "to_pay": format(settlement.to_pay),
            "to_reclaim": format(settlement.to_reclaim),
        }),
    );
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(Json(respond_with_payments(&state.db, id).await?))
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
    let (current, currency) = visible_request(&state, &user, id).await?;
    let now = state.now();
    let mut check = Validator::new();
    check.required_text("reference", &body.reference, 200);
    check.check(
        body.received_on > now.date_naive(),
        "received_on",
        "must not be in the future",
    );
    check.finish()?;
    let Some(due) = current.reclaim_due.filter(|due| *due > 0) else {
        return Err(AppError::conflict(
            ProblemKind::NothingToReclaim,
            "nothing is due back from the organisation for this sponsorship",
        ));
    };
    // The refund cannot precede what made it due: the reconciliation or the cancellation.
    if let Some(arose) = current.reconciled_at.or(current.decided_at) {
        let mut check = Validator::new();
        check.check(
            body.received_on < arose.date_naive(),
            "received_on",
            format!(
                "must not precede {}, when the amount became due back",
                arose.date_naive()
            ),
        );
        check.finish()?;
    }
    let txn = state.db.begin().await?;
    store::lock_with_event(&txn, current.event_id, id).await?;
    let reference = body.reference.trim();
    if !store::record_refund(&txn, id, user.id, (body.received_on, reference)).await? {
        return Err(AppError::conflict(
            ProblemKind::RefundRecorded,
            "the refund of this sponsorship is already recorded",
        ));
    }
    // The refunded money returns to the event's budget: the waitlist may move up.
    let promoted = super::handlers::promote_waitlist(&txn, current.event_id, (user.id, Freed::Refund), now).await?;
    let entry = AuditEntry::created(
        user.id,
        "sponsorship.refund_received",
        "sponsorship_request",
        id,
        json!({
            "amount": money::format_amount(money::from_stored(due), currency),
            "currency": currency,
            "received_on": body.received_on,
            "reference": reference,
        }),
    );
    audit::record(&txn, entry, now).await?;
    for entry in promoted {
        audit::record(&txn, entry, now).await?;
    }
    txn.commit().await?;
    Ok(Json(respond_with_payments(&state.db, id).await?))
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
    let (current, _) = visible_request(&state, &user, id).await?;
    let mut check = Validator::new();
    crate::risk::rules::check_risks(&body.risks, &mut check);
    check.finish()?;
    let status = status_of(&current)?;
    if matches!(
        status,
        rules::SponsorshipStatus::Rejected | rules::SponsorshipStatus::Cancelled | rules::SponsorshipStatus::Reconciled
    ) {
        return Err(AppError::conflict(
            ProblemKind::InvalidTransition,
            format!("a {} request takes no risk assessment", status.as_str()),
        ));
    }
    let now = state.now();
    let txn = state.db.begin().await?;
    crate::db::lock_row(&txn, "sponsorship_requests", id).await?;
    let locked = store::find(&txn, id)
        .await?
        .ok_or(AppError::NotFound("sponsorship request"))?;
    if trip_risk(&locked)?.is_some_and(|risk| risk.status() == RiskStatus::Approved) {
        return Err(AppError::conflict(
            ProblemKind::RiskApproved,
            "the trip's risk assessment is approved and can no longer change",
        ));
    }
    let risk = TripRisk {
        risks: body.risks,
        residual_rating: body.residual_rating,
        submitted_by: user.id,
        submitted_at: now,
        first_approved_by: None,
        approved_at: None,
    };
    store::save_risk(&txn, id, json!(risk), RiskStatus::Submitted.as_str()).await?;
    let summary = json!({"residual_rating": risk.residual_rating, "risks": risk.risks.len()});
    audit::record(
        &txn,
        AuditEntry::created(user.id, "risk.submitted", "sponsorship_request", id, summary),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(Json(respond_risk(id, risk)))
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
    let (current, _) = visible_request(&state, &user, id).await?;
    let member = organisations::store::is_member(&state.db, current.organisation_id, user.id).await?;
    if !member && !user.has(Role::Officer) {
        return Err(AppError::NotFound("risk assessment"));
    }
    let risk = trip_risk(&current)?.ok_or(AppError::NotFound("risk assessment"))?;
    Ok(Json(respond_risk(id, risk)))
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
    let (current, _) = visible_request(&state, &user, id).await?;
    let now = state.now();
    let txn = state.db.begin().await?;
    // The event first (an approval may move the waitlist), then the request.
    store::lock_with_event(&txn, current.event_id, id).await?;
    let locked = store::find(&txn, id)
        .await?
        .ok_or(AppError::NotFound("sponsorship request"))?;
    let mut risk = trip_risk(&locked)?.ok_or(AppError::NotFound("risk assessment"))?;
    let step = crate::risk::rules::approve(risk.status(), risk.residual_rating, risk.first_approved_by, user.id)
        .map_err(|detail| AppError::conflict(ProblemKind::ApprovalRefused, detail))?;
    let action = match step {
        Approval::First => {
            risk.first_approved_by = Some(user.id);
            "risk.first_approval"
        }
        Approval::Complete => {
            risk.first_approved_by.get_or_insert(user.id);
            risk.approved_at = Some(now);
            "risk.approved"
        }
    };
    store::save_risk(&txn, id, json!(risk), risk.status().as_str()).await?;
    // A waitlisted trip passed over while its assessment waited may now move up.
    let promoted = if risk.status() == RiskStatus::Approved && locked.status == SponsorshipStatus::Waitlisted.as_str() {
        super::handlers::promote_waitlist(&txn, locked.event_id, (user.id, Freed::RiskApproval(id)), now).await?
    } else {
        Vec::new()
    };
    let entry = AuditEntry::created(
        user.id,
        action,
        "sponsorship_request",
        id,
        json!({"residual_rating": risk.residual_rating}),
    );
    audit::record(&txn, entry, now).await?;
    for entry in promoted {
        audit::record(&txn, entry, now).await?;
    }
    txn.commit().await?;
    Ok(Json(respond_risk(id, risk)))
}

/// The assessment stored with a request, if any.
pub fn trip_risk(row: &request::Model) -> AppResult<Option<TripRisk>> {
    row.risk_assessment
        .clone()
        .map(serde_json::from_value)
        .transpose()
        .map_err(|error| AppError::Internal(format!("risk assessment of {}: {error}", row.id)))
}

/// The currency a sponsorship is paid in (its event's); 404 when there is no such request.
pub async fn currency_of_request(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Currency> {
    let found = store::find(db, id)
        .await?
        .ok_or(AppError::NotFound("sponsorship request"))?;
    let event = crate::events::store::find(db, found.event_id)
        .await?
        .ok_or(AppError::NotFound("event"))?;
    crate::events::currency_of(&event)
}

/// Locks a sponsorship's row for the transaction and answers who is paid, in which currency,
/// and the ceiling of its payments in its current state (409 when it is not payable).
pub async fn lock_payable(txn: &impl ConnectionTrait, id: Uuid) -> AppResult<(Uuid, Currency, Ceiling)> {
    crate::db::lock_row(txn, "sponsorship_requests", id).await?;
    let found = store::find(txn, id)
        .await?
        .ok_or(AppError::NotFound("sponsorship request"))?;
    let event = crate::events::store::find(txn, found.event_id)
        .await?
        .ok_or(AppError::NotFound("event"))?;
    let terms = terms_of(&found, &event)?;
    let ceiling = payments::ceiling(status_of(&found)?, terms)
        .map_err(|detail| AppError::conflict(ProblemKind::SponsorshipNotPayable, detail))?;
    // A risk assessment attached after approval stops payments until it is approved.
    super::handlers::risk_allows(&found)?;
    Ok((found.organisation_id, terms.currency, ceiling))
}

async fn record(
    txn: &impl ConnectionTrait,
    id: Uuid,
    statuses: (rules::SponsorshipStatus, rules::SponsorshipStatus),
    step: Step,
    now: DateTime<Utc>,
) -> AppResult<()> {
    if store::record_step(txn, id, statuses, step, now).await? {
        Ok(())
    } else {
        Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            "the request changed meanwhile; reload it",
        ))
    }
}

fn respond_risk(sponsorship_id: Uuid, risk: TripRisk) -> TripRiskResponse {
    let status = risk.status();
    TripRiskResponse {
        sponsorship_id,
        status,
        highest_inherent_score: risk.risks.iter().map(Risk::inherent_score).max().unwrap_or(0),
        residual_rating: risk.residual_rating,
        awaiting_second_approval: status == RiskStatus::Submitted
            && risk.residual_rating == ResidualRating::High
            && risk.first_approved_by.is_some(),
        submitted_at: risk.submitted_at,
        approved_at: risk.approved_at,
        risks: crate::risk::risk_responses(risk.risks),
    }
}
