//! The commands and queries of decisions and appeals that every entry point shares (the
//! JSON API, the portal, the CLI, jobs): each command opens its transaction, takes the
//! call's row lock where amounts or appeals of the call are compared, calls `rules`, writes
//! through `store`, records the audit event and commits. Nothing here knows of HTTP.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::json::{AppealRequest, AppealResponse, DecisionRequest, Resolution, ResolutionRequest};
use super::rules::{self, AppealStatus, Outcome, Tranche, TrancheInput};
use super::store::{self, appeal, decision};
use crate::applications::json::ApplicationResponse;
use crate::applications::rules::{ALL_STATUSES, ApplicationAction, ApplicationStatus};
use crate::applications::service::{self as applications, Viewer, call_of};
use crate::applications::store::{Stamp, StatusChange, application};
use crate::audit::{self, AuditEntry};
use crate::auth::CurrentUser;
use crate::awards::rules::ReportKind;
use crate::calls::json::StoredCall;
use crate::calls::rules::{CallAction, CallStatus};
use crate::error::{AppError, AppResult, OnUnique, ProblemKind, Validator};
use crate::money;

/// Awards or rejects an application under review, with the reason the applicant reads.
/// An award names its amount and optional tranches, passes the due-diligence and risk
/// gate, and stays within the call's budget, checked under the call's row lock so two
/// officers awarding at once cannot overspend it. Without any submitted review the
/// officer must give an override reason. An award also needs the organisation's names
/// screened by its due diligence and no unadjudicated match in the sanctions list as loaded
/// now, at the similarity `sanctions_threshold` (`diligence::service::check_screening_current`).
pub async fn decide(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    application_id: Uuid,
    input: DecisionRequest,
    sanctions_threshold: f64,
) -> AppResult<ApplicationResponse> {
    let (current, call, plan) = planned_decision(db, now, actor, application_id, input).await?;
    let action = plan.action();
    let txn = db.begin().await?;
    if let Some(amount) = plan.amount {
        store::lock_call(&txn, call.row.id).await?;
        check_award_allowed(&txn, now, (&current, &call), amount, sanctions_threshold).await?;
    }
    let (recorded, mut entries) = record_decision(&txn, now, actor, &current, &call, &plan).await?;
    let change = StatusChange {
        decision: Some(Stamp {
            by: actor.id,
            reason: Some(plan.reason.clone()),
            failed_criteria: Vec::new(),
        }),
        ..StatusChange::default()
    };
    let (_, entry) = applications::transition(&txn, actor.id, &current, action, change, Some(plan.reason), now).await?;
    entries.push(entry);
    audit::commit(db, txn, entries, now).await?;
    tracing::info!(decision = %recorded.id, application = %application_id, outcome = plan.outcome.as_str(), "decision recorded");
    applications::respond_one(db, applications::found(db, application_id).await?).await
}

/// Checks a decision exactly as [`decide`] would, recording nothing: the fields, the
/// application's state, the reviews (or the override reason) and, for an award, the gate,
/// the sanctions screening and the call's budget as they stand now. Answers the decision
/// as it would be recorded (tranches in due-date order), for a page that shows it before
/// the officer records it; [`decide`] checks it all again, under the call's lock.
pub async fn check_decision(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    application_id: Uuid,
    input: DecisionRequest,
    sanctions_threshold: f64,
) -> AppResult<DecisionPlan> {
    let (current, call, plan) = planned_decision(db, now, actor, application_id, input).await?;
    if let Some(amount) = plan.amount {
        check_award_allowed(db, now, (&current, &call), amount, sanctions_threshold).await?;
    }
    Ok(plan)
}

/// The application, its call and the decision checked against them, before anything is
/// locked: the fields, the state transition, and a review or an override reason.
async fn planned_decision(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    application_id: Uuid,
    input: DecisionRequest,
) -> AppResult<(application::Model, StoredCall, DecisionPlan)> {
    let current = applications::visible_application(db, actor, application_id).await?;
    let call = call_of(db, &current).await?;
    applications::ensure_call_not_cancelled(&call)?;
    let plan = checked_decision(input, &current, &call, now)?;
    crate::applications::rules::transition(current.status, plan.action())
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    if plan.override_reason.is_none() && crate::reviews::store::review_count(db, application_id).await? == 0 {
        return Err(AppError::conflict(
            ProblemKind::NoReviews,
            "no review has been submitted; decide after one, or give an override_reason",
        ));
    }
    Ok((current, call, plan))
}

/// The award gate (due diligence and risk), the sanctions screening and the call's budget
/// for an award of `amount`, read through `db` (the caller's transaction holding the call's
/// lock when it records).
async fn check_award_allowed(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    (current, call): (&application::Model, &StoredCall),
    amount: Decimal,
    sanctions_threshold: f64,
) -> AppResult<()> {
    let diligence = crate::diligence::standing_of(db, current.organisation_id, now).await?;
    let risk = crate::risk::standing_of(db, current.id).await?;
    rules::check_award_gate(diligence, risk)
        .map_err(|detail| AppError::conflict(ProblemKind::AwardPreconditions, detail))?;
    crate::diligence::service::check_screening_current(db, current.organisation_id, sanctions_threshold).await?;
    let released = crate::awards::store::released_in_call(db, call.row.id).await?;
    let awarded = money::from_stored(store::awarded_in_call(db, call.row.id).await?) - money::from_stored(released);
    rules::check_call_budget(awarded, amount, call.terms.budget_ceiling, call.terms.currency)
        .map_err(|detail| AppError::conflict(ProblemKind::BudgetExceeded, detail))
}

/// Appeals a rejection or an ineligibility (a member of the organisation), once per
/// finding and within the call's appeal window.
pub async fn file_appeal(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    application_id: Uuid,
    input: AppealRequest,
) -> AppResult<AppealResponse> {
    let current = applications::member_application(db, actor, application_id).await?;
    let mut check = Validator::new();
    check.required_text("grounds", &input.grounds, 10_000);
    check.finish()?;
    let status = current.status;
    let finding = match status {
        ApplicationStatus::Rejected => current.decided_at.zip(current.decided_by),
        ApplicationStatus::Ineligible => current.screened_at.zip(current.screened_by),
        _ => None,
    };
    let Some((made_at, made_by)) = finding else {
        return Err(AppError::conflict(
            ProblemKind::NothingToAppeal,
            format!(
                "{} has no rejection or ineligibility finding to appeal",
                status.described()
            ),
        ));
    };
    let call = call_of(db, &current).await?;
    if matches!(call.status, CallStatus::Decided | CallStatus::Cancelled) {
        return Err(AppError::conflict(
            ProblemKind::CallDecided,
            format!("the call is {}; appeals are closed", call.status.as_str()),
        ));
    }
    rules::check_appeal_window(made_at, call.terms.appeal_window_days, now)?;
    let grounds = input.grounds.trim().to_owned();
    let row = appeal::Model {
        id: Uuid::new_v4(),
        application_id,
        appealed_from: status,
        finding_made_at: made_at,
        finding_made_by: made_by,
        grounds: grounds.clone(),
        filed_by: actor.id,
        filed_at: now,
        status: AppealStatus::Open,
        resolution_reason: None,
        resolved_by: None,
        resolved_at: None,
    };
    let txn = db.begin().await?;
    store::lock_call(&txn, call.row.id).await?;
    let filed = store::insert_appeal(&txn, row)
        .await
        .on_unique(ProblemKind::AlreadyAppealed, "this decision has already been appealed")?;
    let change = StatusChange::default();
    let (_, entry) = applications::transition(
        &txn,
        actor.id,
        &current,
        ApplicationAction::Appeal,
        change,
        Some(grounds),
        now,
    )
    .await?;
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(AppealResponse::from(&filed))
}

/// The appeals of an application, newest first (its members and staff; a reviewer gets
/// 404 as for an application they may not see).
pub async fn appeals_of(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    application_id: Uuid,
) -> AppResult<Vec<AppealResponse>> {
    let row = applications::found(db, application_id).await?;
    if applications::viewer_of(db, user, &row).await? == Viewer::Reviewer {
        return Err(AppError::NotFound("application"));
    }
    Ok(store::appeals_of(db, application_id)
        .await?
        .iter()
        .map(AppealResponse::from)
        .collect())
}

/// An appeal and the organisation that filed it, for its members and staff; anyone else
/// (a reviewer of the application included) gets 404, as for an appeal that does not exist.
pub async fn visible_appeal(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    id: Uuid,
) -> AppResult<(appeal::Model, Uuid)> {
    let found = store::find_appeal(db, id).await?.ok_or(AppError::NotFound("appeal"))?;
    let row = applications::found(db, found.application_id).await?;
    match applications::viewer_of(db, user, &row).await {
        Ok(Viewer::Staff | Viewer::Member) => Ok((found, row.organisation_id)),
        Ok(Viewer::Reviewer) | Err(_) => Err(AppError::NotFound("appeal")),
    }
}

/// Resolves an open appeal (an officer other than the one who made the finding):
/// `upheld` returns the application to its finding, `overturned` sends it back to review.
pub async fn resolve_appeal(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    appeal_id: Uuid,
    input: ResolutionRequest,
) -> AppResult<AppealResponse> {
    let found = store::find_appeal(db, appeal_id)
        .await?
        .ok_or(AppError::NotFound("appeal"))?;
    if found.finding_made_by == actor.id {
        return Err(AppError::Forbidden(
            "an appeal is resolved by an officer other than the one who made the finding".to_owned(),
        ));
    }
    if found.status != AppealStatus::Open {
        return Err(AppError::conflict(
            ProblemKind::AppealResolved,
            format!("the appeal was already {}", found.status.as_str()),
        ));
    }
    let mut check = Validator::new();
    check.required_text("reason", &input.reason, 5_000);
    check.finish()?;
    let reason = input.reason.trim().to_owned();
    let current = applications::found(db, found.application_id).await?;
    let action = match input.outcome {
        Resolution::Upheld => ApplicationAction::UpholdAppeal {
            appealed_from: found.appealed_from,
        },
        Resolution::Overturned => ApplicationAction::OverturnAppeal,
    };
    let txn = db.begin().await?;
    if !store::resolve_appeal(&txn, appeal_id, input.outcome.status(), &reason, actor.id, now).await? {
        return Err(AppError::conflict(
            ProblemKind::AppealResolved,
            "the appeal was resolved meanwhile; reload it to read the resolution",
        ));
    }
    let change = overturned_finding(found.appealed_from, input.outcome, actor.id, &reason);
    let (_, entry) = applications::transition(&txn, actor.id, &current, action, change, Some(reason), now).await?;
    audit::commit(db, txn, vec![entry], now).await?;
    let resolved = store::find_appeal(db, appeal_id)
        .await?
        .ok_or(AppError::NotFound("appeal"))?;
    Ok(AppealResponse::from(&resolved))
}

/// What an overturn changes besides the status: an ineligibility finding overturned on
/// appeal is replaced by the resolving officer's finding that the application is eligible,
/// with the resolution's reason, so the application no longer reads as ineligible. (The
/// overturned finding stays in the application's history, read from the audit trail.)
fn overturned_finding(appealed_from: ApplicationStatus, outcome: Resolution, by: Uuid, reason: &str) -> StatusChange {
    let screening =
        (outcome == Resolution::Overturned && appealed_from == ApplicationStatus::Ineligible).then(|| Stamp {
            by,
            reason: Some(reason.to_owned()),
            failed_criteria: Vec::new(),
        });
    StatusChange {
        screening,
        ..StatusChange::default()
    }
}

/// Marks a closed call decided once every application is decided, withdrawn or
/// ineligible and no appeal is open or still possible; answers the decided call.
pub async fn decide_call(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    call_id: Uuid,
) -> AppResult<StoredCall> {
    let call = crate::calls::service::visible_call(db, Some(actor), call_id).await?;
    crate::calls::rules::transition(call.status, CallAction::Decide)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let txn = db.begin().await?;
    store::lock_call(&txn, call_id).await?;
    let rows = crate::applications::store::of_call(&txn, call_id, &ALL_STATUSES).await?;
    let statuses: Vec<ApplicationStatus> = rows.iter().map(|row| row.status).collect();
    rules::check_call_decidable(&statuses).map_err(|detail| AppError::conflict(ProblemKind::CallNotSettled, detail))?;
    let appeals = store::latest_appeals(&txn, rows.iter().map(|row| row.id).collect()).await?;
    let findings: Vec<(DateTime<Utc>, bool)> = rows
        .iter()
        .filter_map(|row| {
            let made_at = match row.status {
                ApplicationStatus::Rejected => row.decided_at,
                ApplicationStatus::Ineligible => row.screened_at,
                _ => None,
            }?;
            let appealed = appeals
                .iter()
                .any(|appeal| appeal.application_id == row.id && appeal.finding_made_at == made_at);
            Some((made_at, appealed))
        })
        .collect();
    if let Some(deadline) = rules::open_appeal_deadline(&findings, call.terms.appeal_window_days, now) {
        return Err(AppError::conflict(
            ProblemKind::AppealWindowOpen,
            format!(
                "applicants may still appeal until {}; decide the call after that",
                deadline.to_rfc3339()
            ),
        ));
    }
    crate::calls::service::transition(&txn, Some(actor.id), &call, CallAction::Decide, None, now).await?;
    let changed = crate::calls::store::find(&txn, call_id)
        .await?
        .ok_or(AppError::NotFound("call"))?;
    audit::commit(db, txn, Vec::new(), now).await?;
    StoredCall::from_row(changed)
}

/// A decision as checked, ready to record (see [`check_decision`]).
#[derive(Debug, Clone)]
pub struct DecisionPlan {
    /// Awarded or rejected.
    pub outcome: Outcome,
    /// The reason the applicant reads, trimmed.
    pub reason: String,
    /// Why the officer decides without any submitted review, if they gave it.
    pub override_reason: Option<String>,
    /// The amount awarded, in the call's currency.
    pub amount: Option<Decimal>,
    /// The call's currency.
    pub currency: money::Currency,
    /// The award's tranches in due-date order, each with its amount.
    pub tranches: Vec<Tranche>,
    /// The reports the organisation owes, with their due dates.
    pub obligations: Vec<(ReportKind, NaiveDate)>,
}

impl DecisionPlan {
    /// What the decision does to the application.
    fn action(&self) -> ApplicationAction {
        match self.outcome {
            Outcome::Awarded => ApplicationAction::Award,
            Outcome::Rejected => ApplicationAction::Reject,
        }
    }
}

/// Checks a decision's fields against the application and the call, reporting every
/// failing field at once.
fn checked_decision(
    input: DecisionRequest,
    current: &application::Model,
    call: &StoredCall,
    now: DateTime<Utc>,
) -> AppResult<DecisionPlan> {
    let currency = call.terms.currency;
    let mut check = Validator::new();
    check.required_text("reason", &input.reason, 5_000);
    let (amount, tranches) = match input.outcome {
        Outcome::Awarded => match input.amount {
            Some(amount) => {
                let requested = money::from_stored(current.requested_amount);
                let grant_range = (call.terms.min_grant, call.terms.max_grant);
                rules::check_award_amount(amount.0, requested, grant_range, currency, &mut check);
                let inputs: Vec<TrancheInput> = input.tranches.into_iter().map(TrancheInput::from).collect();
                let due_dates: Vec<_> = input.reporting_obligations.iter().map(|report| report.due_on).collect();
                let links: Vec<_> = inputs.iter().map(|input| input.report).collect();
                crate::awards::rules::check_obligations(&due_dates, &links, now.date_naive(), &mut check);
                let tranches = rules::plan_tranches(amount.0, currency, &inputs, now.date_naive(), &mut check);
                (Some(amount.0), tranches)
            }
            None => {
                check.push("amount", "an award names its amount");
                (None, Vec::new())
            }
        },
        Outcome::Rejected => {
            check.check(input.amount.is_some(), "amount", "a rejection has no amount");
            check.check(!input.tranches.is_empty(), "tranches", "a rejection has no tranches");
            check.check(
                !input.reporting_obligations.is_empty(),
                "reporting_obligations",
                "a rejection has no reporting obligations",
            );
            (None, Vec::new())
        }
    };
    check.finish()?;
    Ok(DecisionPlan {
        outcome: input.outcome,
        reason: input.reason.trim().to_owned(),
        override_reason: input
            .override_reason
            .map(|text| text.trim().to_owned())
            .filter(|text| !text.is_empty()),
        amount,
        currency,
        tranches,
        obligations: input
            .reporting_obligations
            .iter()
            .map(|report| (report.kind, report.due_on))
            .collect(),
    })
}

/// Records the decision and the award of an `awarded` one inside the caller's transaction;
/// answers the decision and the audit events the caller records last.
async fn record_decision(
    txn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    current: &application::Model,
    call: &StoredCall,
    plan: &DecisionPlan,
) -> AppResult<(decision::Model, Vec<AuditEntry>)> {
    let currency = call.terms.currency;
    let recorded = store::insert_decision(
        txn,
        decision::Model {
            id: Uuid::new_v4(),
            application_id: current.id,
            call_id: call.row.id,
            outcome: plan.outcome,
            reason: plan.reason.clone(),
            amount: plan.amount.map(money::to_stored).transpose()?,
            currency,
            tranches: json!(plan.tranches),
            override_reason: plan.override_reason.clone(),
            decided_by: actor.id,
            decided_at: now,
        },
    )
    .await?;
    let mut entries = Vec::new();
    if let Some(amount) = plan.amount {
        let new = crate::awards::NewAward {
            application: current,
            decision_id: recorded.id,
            amount,
            currency,
            tranches: &plan.tranches,
            obligations: &plan.obligations,
            awarded_by: actor.id,
        };
        entries.push(crate::awards::create_award(txn, new, now).await?.1);
    }
    let summary = json!({
        "outcome": plan.outcome,
        "amount": plan.amount.map(|amount| money::format_amount(amount, currency)),
        "currency": currency,
        "tranches": plan.tranches.len(),
        "override_reason": plan.override_reason,
    });
    entries.push(AuditEntry::created(
        actor.id,
        "decision.recorded",
        "application",
        current.id,
        summary,
    ));
    Ok((recorded, entries))
}

/// What the award gate looks at for an application, so a refusal can name what is missing
/// and where to see to it: the organisation's due-diligence standing now and the
/// application's risk assessment (staff who may see the application).
pub struct GateStanding {
    /// The applicant organisation.
    pub organisation_id: Uuid,
    /// Its due diligence now.
    pub diligence: crate::diligence::rules::Standing,
    /// The application's do-no-harm risk assessment, if any.
    pub risk: Option<(crate::risk::rules::RiskStatus, crate::risk::rules::ResidualRating)>,
}

/// The award gate's inputs for an application (see [`GateStanding`]).
pub async fn gate_standing(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    application_id: Uuid,
) -> AppResult<GateStanding> {
    let application = applications::visible_application(db, actor, application_id).await?;
    Ok(GateStanding {
        organisation_id: application.organisation_id,
        diligence: crate::diligence::standing_of(db, application.organisation_id, now).await?,
        risk: crate::risk::standing_of(db, application_id).await?,
    })
}

/// Open appeals, oldest first, each with its application and who made the finding appealed
/// (staff who see every applicant): the officers' queue.
pub async fn open_appeals(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
) -> AppResult<Vec<(AppealResponse, ApplicationResponse, Uuid)>> {
    if !actor.sees_all_applicants() {
        return Err(AppError::Forbidden("the appeals queue is for officers".to_owned()));
    }
    let appeals = store::open_appeals(db, 500).await?;
    let rows =
        crate::applications::store::find_many(db, appeals.iter().map(|row| row.application_id).collect()).await?;
    let responses = applications::respond_many(db, rows).await?;
    Ok(appeals
        .iter()
        .filter_map(|appeal| {
            let application = responses
                .iter()
                .find(|found| found.id == appeal.application_id)?
                .clone();
            Some((AppealResponse::from(appeal), application, appeal.finding_made_by))
        })
        .collect())
}

/// Where a call's budget stands: what its awards commit (awarded, less what finished
/// awards released) and what has been paid against them, in the call's currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallBudget {
    /// The budget ceiling.
    pub ceiling: Decimal,
    /// Committed by awards.
    pub committed: Decimal,
    /// Paid against those awards.
    pub paid: Decimal,
}

/// Where the budget of `call` stands (three sums in SQL), for staff.
pub async fn call_budget(db: &impl ConnectionTrait, user: &CurrentUser, call: &StoredCall) -> AppResult<CallBudget> {
    if !user.sees_all_applicants() {
        return Err(AppError::NotFound("call"));
    }
    let awarded = money::from_stored(store::awarded_in_call(db, call.row.id).await?);
    let released = money::from_stored(crate::awards::store::released_in_call(db, call.row.id).await?);
    let paid = money::from_stored(crate::disbursements::store::paid_in_call(db, call.row.id).await?);
    Ok(CallBudget {
        ceiling: call.terms.budget_ceiling,
        committed: awarded
            .checked_sub(released)
            .unwrap_or(Decimal::ZERO)
            .max(Decimal::ZERO),
        paid,
    })
}
