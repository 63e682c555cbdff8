//! The commands of a sponsorship after its approval: attendance confirmed, actual costs
//! reconciled, a refund received; and the do-no-harm assessment of the trip, kept by the
//! risk domain (`crate::risk::service`) with the trip as its subject.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::json::{ReconcileBody, RefundBody};
use super::payments::{self, CostLine};
use super::rules::{SponsorshipAction, SponsorshipStatus};
use super::service::{self, Change, Freed, plan, transition, visible_request};
use super::store::{self, Step};
use crate::audit::{self, AuditEntry};
use crate::auth::{CurrentUser, Role};
use crate::disbursements::store::Source;
use crate::error::{AppError, AppResult, ProblemKind, Validator};
use crate::i18n::{Arg, Message};
use crate::money;
use crate::organisations;
use crate::risk::json::RiskAssessmentRequest;
use crate::risk::rules::{RiskStatus, Subject, SubjectKind};
use crate::risk::store::assessment;

/// Confirms that the traveller attended (officers): `approved -> travelled`, on or after the
/// arrival date. The balance can then be paid.
pub async fn confirm_travel(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
    (attendance_confirmed, note): (bool, Option<String>),
) -> AppResult<()> {
    let (current, _) = visible_request(db, actor, id).await?;
    let note = note.map(|note| note.trim().to_owned()).filter(|note| !note.is_empty());
    let mut check = Validator::new();
    check.check(
        !attendance_confirmed,
        "attendance_confirmed",
        Message::new("travel-attendance-unconfirmed"),
    );
    if let Some(note) = &note {
        check.required_text("note", note, 2_000);
    }
    check.finish()?;
    let statuses = plan(&current, SponsorshipAction::ConfirmTravel)?;
    if now.date_naive() < current.arrival_on {
        return Err(AppError::conflict(
            ProblemKind::NotYetTravelled,
            Message::new("travel-not-yet-arrived").with("date", current.arrival_on.to_string()),
        ));
    }
    let txn = db.begin().await?;
    crate::db::lock_row(&txn, "sponsorship_requests", id).await?;
    let step = Change::Step(Step::Travelled { by: actor.id, note });
    let entry = transition(&txn, id, statuses, step, (actor.id, "sponsorship.travelled"), now).await?;
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(())
}

/// Confirms for the organisation (its members) that the sponsored trip took place, on or
/// after the arrival date of an approved sponsorship, with at least one ticket, boarding
/// pass or receipt uploaded to it; recorded once, with who and when. The office still
/// confirms attendance itself (`confirm_travel`).
pub async fn confirm_trip(db: &DatabaseConnection, now: DateTime<Utc>, actor: &CurrentUser, id: Uuid) -> AppResult<()> {
    let (current, _) = visible_request(db, actor, id).await?;
    if !organisations::store::is_member(db, current.organisation_id, actor.id).await? {
        return Err(AppError::Forbidden(
            "only the organisation's members confirm its trips".to_owned(),
        ));
    }
    let arrived = now.date_naive() >= current.arrival_on;
    super::rules::check_trip_confirmation(current.status, current.trip_confirmed_at.is_some(), arrived).map_err(
        |refused| match arrived {
            true => AppError::conflict(ProblemKind::InvalidTransition, refused.message()),
            false => AppError::conflict(ProblemKind::NotYetTravelled, refused.message()),
        },
    )?;
    let files = crate::documents::service::count(db, crate::documents::rules::Subject::sponsorship_request(id)).await?;
    if files == 0 {
        return Err(AppError::field("file", Message::new("refused-trip-no-receipt")));
    }
    let txn = db.begin().await?;
    crate::db::lock_row(&txn, "sponsorship_requests", id).await?;
    if !store::confirm_trip(&txn, id, current.status, actor.id, now).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            Message::new("refused-changed-request"),
        ));
    }
    let entry = AuditEntry::created(
        actor.id,
        "sponsorship.trip_confirmed",
        "sponsorship_request",
        id,
        json!({"files": files, "status": current.status.as_str()}),
    );
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(())
}

/// Reconciles a trip (finance): records the actual costs, `travelled -> reconciled`. Nothing
/// may be in flight. What was paid is compared with the actual costs: the difference is
/// then paid through a disbursement, or recorded as due back from the organisation. Costs
/// above the entitlement need a reason and room in the event's budget.
pub async fn reconcile(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
    body: ReconcileBody,
) -> AppResult<()> {
    let (current, event) = visible_request(db, actor, id).await?;
    let currency = event.currency;
    let statuses = plan(&current, SponsorshipAction::Reconcile)?;
    let reason = body
        .adjustment_reason
        .as_deref()
        .map(str::trim)
        .filter(|reason| !reason.is_empty())
        .map(str::to_owned);
    let entitlement = money::from_stored(current.entitlement);
    let txn = db.begin().await?;
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
            Message::new("travel-payments-in-flight")
                .with("count", Arg::Count(i64::try_from(totals.open).unwrap_or(i64::MAX))),
        ));
    }
    if settlement.adjustment > Decimal::ZERO {
        service::check_budget(&txn, current.event_id, money::to_stored(settlement.adjustment)?).await?;
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
        by: actor.id,
        lines: json!(lines),
        adjustment: money::to_stored(settlement.adjustment)?,
        reason: reason.filter(|_| settlement.adjustment > Decimal::ZERO),
        reclaim_due: (settlement.to_reclaim > Decimal::ZERO)
            .then(|| money::to_stored(settlement.to_reclaim))
            .transpose()?,
    };
    let entry = transition(
        &txn,
        id,
        statuses,
        Change::Step(step),
        (actor.id, "sponsorship.reconciled"),
        now,
    )
    .await?;
    let format = |amount: Decimal| money::format_amount(amount, currency);
    let entry = entry.with(
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
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(())
}

/// Records that the organisation refunded what it owed (finance): after a reconciliation
/// below what was paid, or the cancellation of a sponsorship with an advance paid. Until
/// then the money holds the event's budget; once refunded, the waitlist may move up.
pub async fn record_refund(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
    body: RefundBody,
) -> AppResult<()> {
    let (current, event) = visible_request(db, actor, id).await?;
    let mut check = Validator::new();
    check.required_text("reference", &body.reference, 200);
    check.check(
        body.received_on > now.date_naive(),
        "received_on",
        Message::new("travel-refund-in-future"),
    );
    check.finish()?;
    let Some(due) = current.reclaim_due.filter(|due| *due > 0) else {
        return Err(AppError::conflict(
            ProblemKind::NothingToReclaim,
            Message::new("travel-nothing-to-reclaim"),
        ));
    };
    check_refund_date(current.reconciled_at.or(current.decided_at), body.received_on)?;
    let txn = db.begin().await?;
    store::lock_with_event(&txn, current.event_id, id).await?;
    let reference = body.reference.trim();
    if !store::record_refund(&txn, id, actor.id, (body.received_on, reference)).await? {
        return Err(AppError::conflict(
            ProblemKind::RefundRecorded,
            Message::new("travel-refund-recorded"),
        ));
    }
    // The refunded money returns to the event's budget: the waitlist may move up.
    let promoted = service::promote_waitlist(&txn, current.event_id, (actor.id, Freed::Refund), now).await?;
    let entry = AuditEntry::created(
        actor.id,
        "sponsorship.refund_received",
        "sponsorship_request",
        id,
        json!({
            "amount": money::format_amount(money::from_stored(due), event.currency),
            "currency": event.currency,
            "received_on": body.received_on,
            "reference": reference,
        }),
    );
    audit::commit(db, txn, [vec![entry], promoted].concat(), now).await?;
    Ok(())
}

/// Attaches the do-no-harm assessment of a trip (officers), through the risk service: the
/// same risks, scores and approvals as for applications. While it is not approved, posting
/// again replaces it. A rejected, cancelled or reconciled request takes none.
pub async fn submit_trip_risk(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
    input: RiskAssessmentRequest,
) -> AppResult<assessment::Model> {
    let (current, _) = visible_request(db, actor, id).await?;
    crate::risk::service::check(&input)?;
    if matches!(
        current.status,
        SponsorshipStatus::Rejected | SponsorshipStatus::Cancelled | SponsorshipStatus::Reconciled
    ) {
        return Err(AppError::conflict(
            ProblemKind::InvalidTransition,
            format!(
                "this request is {} and takes no risk assessment: only an open or approved trip is assessed",
                current.status.as_str()
            ),
        ));
    }
    let txn = db.begin().await?;
    crate::db::lock_row(&txn, "sponsorship_requests", id).await?;
    let submitted = crate::risk::service::submit_in(&txn, now, actor.id, Subject::Sponsorship(id), input).await?;
    audit::commit(db, txn, Vec::new(), now).await?;
    Ok(submitted.assessment)
}

/// The do-no-harm assessment of a trip: officers and the organisation's members.
pub async fn trip_risk(db: &DatabaseConnection, actor: &CurrentUser, id: Uuid) -> AppResult<assessment::Model> {
    let (current, _) = visible_request(db, actor, id).await?;
    let member = organisations::store::is_member(db, current.organisation_id, actor.id).await?;
    if !member && !actor.has(Role::Officer) {
        return Err(AppError::NotFound("risk assessment"));
    }
    crate::risk::service::assessment_of(db, Subject::Sponsorship(id))
        .await?
        .ok_or(AppError::NotFound("risk assessment"))
}

/// Approves the assessment of a trip (officers), through the risk service; a `high`
/// residual needs two officers. A waitlisted trip passed over while its assessment waited
/// may then move up the waitlist.
pub async fn approve_trip_risk(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
) -> AppResult<assessment::Model> {
    let (current, _) = visible_request(db, actor, id).await?;
    let txn = db.begin().await?;
    // The event first (an approval may move the waitlist), then the request.
    store::lock_with_event(&txn, current.event_id, id).await?;
    let locked = store::find(&txn, id)
        .await?
        .ok_or(AppError::NotFound("sponsorship request"))?;
    let found = crate::risk::service::assessment_of(&txn, Subject::Sponsorship(id))
        .await?
        .ok_or(AppError::NotFound("risk assessment"))?;
    let approved =
        crate::risk::service::approve_in(&txn, now, actor.id, found.id, SubjectKind::SponsorshipRequest).await?;
    let mut entries = vec![approved.1];
    let approved = approved.0;
    if approved.status == RiskStatus::Approved && locked.status == SponsorshipStatus::Waitlisted {
        let freed = (actor.id, Freed::RiskApproval(id));
        entries.extend(service::promote_waitlist(&txn, locked.event_id, freed, now).await?);
    }
    audit::commit(db, txn, entries, now).await?;
    Ok(approved)
}

/// The refund cannot precede what made it due: the reconciliation or the cancellation.
fn check_refund_date(arose: Option<DateTime<Utc>>, received_on: NaiveDate) -> AppResult<()> {
    let Some(arose) = arose else {
        return Ok(());
    };
    let mut check = Validator::new();
    check.check(
        received_on < arose.date_naive(),
        "received_on",
        Message::new("travel-refund-before-due").with("date", arose.date_naive().to_string()),
    );
    check.finish()
}
