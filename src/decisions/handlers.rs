//! Handlers of decisions and appeals.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use sea_orm::TransactionTrait;
use serde_json::json;
use uuid::Uuid;

use super::json::{AppealRequest, AppealResponse, DecisionRequest, Resolution, ResolutionRequest};
use super::rules::{self, Outcome, TrancheInput};
use super::store::{self, OPEN, appeal, decision};
use crate::AppState;
use crate::applications::json::ApplicationResponse;
use crate::applications::rules::{ApplicationAction, ApplicationStatus};
use crate::applications::service::{self as applications, call_of, member_application, respond_one, status_of};
use crate::applications::store::{self as application_store, Stamp, StatusChange};
use crate::audit::{self, AuditEntry};
use crate::auth::{CurrentUser, Officer};
use crate::calls::json::CallResponse;
use crate::calls::rules::{CallAction, CallStatus};
use crate::error::{AppError, AppResult, OnUnique, Problem, ProblemKind, Validator};
use crate::http::JsonBody;
use crate::money;

/// Awards or rejects an application under review (officers), with the reason the
/// applicant reads. An award names its amount and optional tranches; without any
/// submitted review the officer must give an override reason.
#[utoipa::path(
    post, path = "/applications/{id}/decision", tag = "decisions",
    params(("id" = Uuid, Path, description = "application id")),
    request_body = DecisionRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = ApplicationResponse),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "not under review, no review without override, or over the call's budget", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn decide_application(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<DecisionRequest>,
) -> AppResult<Json<ApplicationResponse>> {
    let current = applications::visible_application(&state, &user, id).await?;
    let call = call_of(&state, &current).await?;
    applications::ensure_call_not_cancelled(&call)?;
    let currency = call.terms.currency;
    let now = state.now();
    let mut check = Validator::new();
    check.required_text("reason", &body.reason, 5_000);
    let override_reason = body
        .override_reason
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    let (amount, tranches) = match body.outcome {
        Outcome::Awarded => match body.amount {
            Some(amount) => {
                let requested = money::from_stored(current.requested_amount);
                let grant_range = (call.terms.min_grant, call.terms.max_grant);
                rules::check_award_amount(amount.0, requested, grant_range, currency, &mut check);
                let inputs: Vec<TrancheInput> = body.tranches.into_iter().map(TrancheInput::from).collect();
                let due_dates: Vec<_> = body.reporting_obligations.iter().map(|report| report.due_on).collect();
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
            check.check(body.amount.is_some(), "amount", "a rejection has no amount");
            check.check(!body.tranches.is_empty(), "tranches", "a rejection has no tranches");
            check.check(
                !body.reporting_obligations.is_empty(),
                "reporting_obligations",
                "a rejection has no reporting obligations",
            );
            (None, Vec::new())
        }
    };
    check.finish()?;
    let action = match body.outcome {
        Outcome::Awarded => ApplicationAction::Award,
        Outcome::Rejected => ApplicationAction::Reject,
    };
    crate::applications::rules::transition(status_of(&current)?, action)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    if override_reason.is_none() && crate::reviews::store::review_count(&state.db, id).await? == 0 {
        return Err(AppError::conflict(
            ProblemKind::NoReviews,
            "no review has been submitted; decide after one, or give an override_reason",
        ));
    }
    let obligations: Vec<_> = body
        .reporting_obligations
        .iter()
        .map(|report| (report.kind, report.due_on))
        .collect();
    let reason = body.reason.trim().to_owned();
    let stored_amount = amount.map(money::to_stored).transpose()?;
    let txn = state.db.begin().await?;
    if let Some(amount) = stored_amount {
        store::lock_call(&txn, call.row.id).await?;
        let diligence = crate::diligence::standing_of(&txn, current.organisation_id, now).await?;
        let risk = crate::risk::standing_of(&txn, id).await?;
        rules::check_award_gate(diligence, risk)
            .map_err(|detail| AppError::conflict(ProblemKind::AwardPreconditions, detail))?;
        let awarded = store::awarded_in_call(&txn, call.row.id).await?;
        if awarded.saturating_add(amount) > call.row.budget_ceiling {
            return Err(AppError::conflict(
                ProblemKind::BudgetExceeded,
                format!(
                    "awards of this call would total {} {currency}, over its budget ceiling of {} {currency}",
                    money::format_amount(money::from_stored(awarded.saturating_add(amount)), currency),
                    money::format_amount(call.terms.budget_ceiling, currency)
                ),
            ));
        }
    }
    let recorded = store::insert_decision(
        &txn,
        decision::Model {
            id: Uuid::new_v4(),
            application_id: id,
            call_id: call.row.id,
            outcome: body.outcome.as_str().to_owned(),
            reason: reason.clone(),
            amount: stored_amount,
            currency: currency.code().to_owned(),
            tranches: json!(tranches),
            override_reason: override_reason.clone(),
            decided_by: user.id,
            decided_at: now,
        },
    )
    .await?;
    if let Some(amount) = amount {
        let new = crate::awards::NewAward {
            application: &current,
            decision_id: recorded.id,
            amount,
            currency,
            tranches: &tranches,
            obligations: &obligations,
            awarded_by: user.id,
        };
        crate::awards::create_award(&txn, new, now).await?;
    }
    let summary = json!({
        "outcome": body.outcome,
        "amount": amount.map(|amount| money::format_amount(amount, currency)),
        "currency": currency,
        "tranches": tranches.len(),
        "override_reason": override_reason,
    });
    audit::record(
        &txn,
        AuditEntry::created(user.id, "decision.recorded", "application", id, summary),
        now,
    )
    .await?;
    let change = StatusChange {
        decision: Some(Stamp {
            by: user.id,
            reason: Some(reason.clone()),
            failed_criteria: Vec::new(),
        }),
        ..StatusChange::default()
    };
    applications::transition(&txn, user.id, &current, action, change, Some(reason), now).await?;
    txn.commit().await?;
    tracing::info!(decision = %recorded.id, application = %id, outcome = body.outcome.as_str(), "decision recorded");
    let changed = application_store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("application"))?;
    Ok(Json(respond_one(&state, changed).await?))
}

/// Appeals a rejection or an ineligibility (members of the organisation), once per
/// finding and within the call's appeal window.
#[utoipa::path(
    post, path = "/applications/{id}/appeals", tag = "decisions",
    params(("id" = Uuid, Path, description = "application id")),
    request_body = AppealRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = AppealResponse),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "nothing to appeal, already appealed, or the window closed", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn file_appeal(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<AppealRequest>,
) -> AppResult<(StatusCode, Json<AppealResponse>)> {
    let current = member_application(&state, &user, id).await?;
    let mut check = Validator::new();
    check.required_text("grounds", &body.grounds, 10_000);
    check.finish()?;
    let status = status_of(&current)?;
    let finding = match status {
        ApplicationStatus::Rejected => current.decided_at.zip(current.decided_by),
        ApplicationStatus::Ineligible => current.screened_at.zip(current.screened_by),
        _ => None,
    };
    let Some((made_at, made_by)) = finding else {
        return Err(AppError::conflict(
            ProblemKind::NothingToAppeal,
            format!(
                "a {} application has no rejection or ineligibility to appeal",
                status.as_str()
            ),
        ));
    };
    let call = call_of(&state, &current).await?;
    if matches!(call.status, CallStatus::Decided | CallStatus::Cancelled) {
        return Err(AppError::conflict(
            ProblemKind::CallDecided,
            format!("the call is {}; appeals are closed", call.status.as_str()),
        ));
    }
    let now = state.now();
    rules::check_appeal_window(made_at, call.terms.appeal_window_days, now)?;
    let grounds = body.grounds.trim().to_owned();
    let row = appeal::Model {
        id: Uuid::new_v4(),
        application_id: id,
        appealed_from: status.as_str().to_owned(),
        finding_made_at: made_at,
        finding_made_by: made_by,
        grounds: grounds.clone(),
        filed_by: user.id,
        filed_at: now,
        status: OPEN.to_owned(),
        resolution_reason: None,
        resolved_by: None,
        resolved_at: None,
    };
    let txn = state.db.begin().await?;
    store::lock_call(&txn, call.row.id).await?;
    let filed = store::insert_appeal(&txn, row)
        .await
        .on_unique(ProblemKind::AlreadyAppealed, "this decision has already been appealed")?;
    applications::transition(
        &txn,
        user.id,
        &current,
        ApplicationAction::Appeal,
        StatusChange::default(),
        Some(grounds),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok((StatusCode::CREATED, Json(AppealResponse::from(&filed))))
}

/// The appeals of an application (its members and staff).
#[utoipa::path(
    get, path = "/applications/{id}/appeals", tag = "decisions",
    params(("id" = Uuid, Path, description = "application id")),
    security(("bearer" = [])),
    responses((status = 200, body = Vec<AppealResponse>), (status = 404, body = Problem))
)]
pub async fn list_appeals(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<Vec<AppealResponse>>> {
    let row = application_store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("application"))?;
    if applications::viewer_of(&state, &user, &row).await? == applications::Viewer::Reviewer {
        return Err(AppError::NotFound("application"));
    }
    Ok(Json(
        store::appeals_of(&state.db, id)
            .await?
            .iter()
            .map(AppealResponse::from)
            .collect(),
    ))
}

/// Resolves an open appeal (an officer other than the one who made the finding):
/// `upheld` returns the application to its finding, `overturned` sends it back to review.
#[utoipa::path(
    post, path = "/appeals/{id}/resolution", tag = "decisions",
    params(("id" = Uuid, Path, description = "appeal id")),
    request_body = ResolutionRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = AppealResponse),
        (status = 403, description = "the officer made the finding", body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn resolve_appeal(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<ResolutionRequest>,
) -> AppResult<Json<AppealResponse>> {
    let found = store::find_appeal(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("appeal"))?;
    if found.finding_made_by == user.id {
        return Err(AppError::Forbidden(
            "an appeal is resolved by an officer other than the one who made the finding".to_owned(),
        ));
    }
    if found.status != OPEN {
        return Err(AppError::conflict(
            ProblemKind::AppealResolved,
            format!("the appeal was already {}", found.status),
        ));
    }
    let mut check = Validator::new();
    check.required_text("reason", &body.reason, 5_000);
    check.finish()?;
    let reason = body.reason.trim().to_owned();
    let current = application_store::find(&state.db, found.application_id)
        .await?
        .ok_or(AppError::NotFound("application"))?;
    let appealed_from = ApplicationStatus::parse(&found.appealed_from)
        .ok_or_else(|| AppError::Internal(format!("appeal {id} names an unknown status")))?;
    let action = match body.outcome {
        Resolution::Upheld => ApplicationAction::UpholdAppeal { appealed_from },
        Resolution::Overturned => ApplicationAction::OverturnAppeal,
    };
    let now = state.now();
    let txn = state.db.begin().await?;
    if !store::resolve_appeal(&txn, id, body.outcome.as_str(), &reason, user.id, now).await? {
        return Err(AppError::conflict(
            ProblemKind::AppealResolved,
            "the appeal was resolved meanwhile",
        ));
    }
    applications::transition(
        &txn,
        user.id,
        &current,
        action,
        StatusChange::default(),
        Some(reason),
        now,
    )
    .await?;
    txn.commit().await?;
    let resolved = store::find_appeal(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("appeal"))?;
    Ok(Json(AppealResponse::from(&resolved)))
}

/// Marks a closed call decided once every application is decided, withdrawn or
/// ineligible and no appeal is open (officers).
#[utoipa::path(
    post, path = "/calls/{id}/decide", tag = "decisions",
    params(("id" = Uuid, Path, description = "call id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = CallResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the call is not closed or applications are pending", body = Problem),
    )
)]
pub async fn decide_call(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<CallResponse>> {
    let call = crate::calls::visible_call(&state, Some(&user), id).await?;
    let next = crate::calls::rules::transition(call.status, CallAction::Decide)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let now = state.now();
    let txn = state.db.begin().await?;
    store::lock_call(&txn, id).await?;
    let rows = application_store::of_call(&txn, id, &crate::applications::rules::ALL_STATUSES).await?;
    let statuses = rows.iter().map(status_of).collect::<AppResult<Vec<_>>>()?;
    rules::check_call_decidable(&statuses).map_err(|detail| AppError::conflict(ProblemKind::CallNotSettled, detail))?;
    let appeals = store::latest_appeals(&txn, rows.iter().map(|row| row.id).collect()).await?;
    let findings: Vec<(DateTime<Utc>, bool)> = rows
        .iter()
        .zip(&statuses)
        .filter_map(|(row, status)| {
            let made_at = match status {
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
    if !crate::calls::store::change_status(&txn, id, call.status, next, None, now).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            "the call changed meanwhile; reload it and try again",
        ));
    }
    let entry = AuditEntry::status_changed(
        user.id,
        CallAction::Decide.audit_action(),
        "call",
        id,
        (call.status, next),
        None,
    );
    audit::record(&txn, entry, now).await?;
    let changed = crate::calls::store::find(&txn, id)
        .await?
        .ok_or(AppError::NotFound("call"))?;
    txn.commit().await?;
    Ok(Json(crate::calls::json::StoredCall::from_row(changed)?.response(now)))
}
