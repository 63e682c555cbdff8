//! Application operations shared with the review and decision domains: visibility,
//! state changes inside a caller's transaction, and building responses for pages.

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::json::ApplicationResponse;
use super::rules::{self, ApplicationAction, ApplicationStatus};
use super::store::{self, StatusChange, application};
use crate::AppState;
use crate::audit::{self, AuditEntry};
use crate::auth::CurrentUser;
use crate::calls::json::StoredCall;
use crate::error::{AppError, AppResult, ProblemKind};
use crate::organisations;

/// Moves an application under the state machine inside the caller's transaction, only if
/// it is still in the state it was read in, and records the change in the audit trail.
pub async fn transition(
    txn: &impl ConnectionTrait,
    actor: Uuid,
    current: &application::Model,
    action: ApplicationAction,
    change: StatusChange,
    reason: Option<String>,
    now: DateTime<Utc>,
) -> AppResult<ApplicationStatus> {
    let from = status_of(current)?;
    let to =
        rules::transition(from, action).map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    if !store::change_status(txn, current.id, from, to, change, now).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            "the application changed meanwhile; reload it and try again",
        ));
    }
    let entry = AuditEntry::status_changed(
        actor,
        action.audit_action(),
        "application",
        current.id,
        (from, to),
        reason,
    );
    audit::record(txn, entry, now).await?;
    Ok(to)
}

/// The status of a stored application.
pub fn status_of(row: &application::Model) -> AppResult<ApplicationStatus> {
    ApplicationStatus::parse(&row.status)
        .ok_or_else(|| AppError::Internal(format!("application {} has an unknown status", row.id)))
}

/// How the caller may see an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// Officers, finance and admins: everything.
    Staff,
    /// A member of the applying organisation.
    Member,
    /// A reviewer assigned to it: without the organisation's identity on blind calls.
    Reviewer,
}

/// How the caller relates to the application; anyone unrelated gets 404, exactly as for
/// an application that does not exist.
pub async fn viewer_of(state: &AppState, user: &CurrentUser, row: &application::Model) -> AppResult<Viewer> {
    if user.sees_all_applicants() {
        return Ok(Viewer::Staff);
    }
    if organisations::store::is_member(&state.db, row.organisation_id, user.id).await? {
        return Ok(Viewer::Member);
    }
    if user.has(crate::auth::Role::Reviewer) && crate::reviews::store::is_assigned(&state.db, row.id, user.id).await? {
        return Ok(Viewer::Reviewer);
    }
    Err(AppError::NotFound("application"))
}

/// The application if the caller may see it (see [`viewer_of`]).
pub async fn visible_application(state: &AppState, user: &CurrentUser, id: Uuid) -> AppResult<application::Model> {
    let row = store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("application"))?;
    viewer_of(state, user, &row).await?;
    Ok(row)
}

/// The application if the caller is a member of its organisation: staff who may read it
/// get 403, anyone else 404.
pub async fn member_application(state: &AppState, user: &CurrentUser, id: Uuid) -> AppResult<application::Model> {
    let row = visible_application(state, user, id).await?;
    if organisations::store::is_member(&state.db, row.organisation_id, user.id).await? {
        Ok(row)
    } else {
        Err(AppError::Forbidden(
            "only the organisation's members act on its application".to_owned(),
        ))
    }
}

/// Refuses work on an application whose call was cancelled.
pub fn ensure_call_not_cancelled(call: &StoredCall) -> AppResult<()> {
    if call.status == crate::calls::rules::CallStatus::Cancelled {
        return Err(AppError::conflict(
            ProblemKind::CallCancelled,
            "the call was cancelled; its applications are closed",
        ));
    }
    Ok(())
}

/// The call an application was made to.
pub async fn call_of(state: &AppState, row: &application::Model) -> AppResult<StoredCall> {
    let found = crate::calls::store::find(&state.db, row.call_id)
        .await?
        .ok_or(AppError::NotFound("call"))?;
    StoredCall::from_row(found)
}

/// The response for one row.
pub async fn respond_one(state: &AppState, row: application::Model) -> AppResult<ApplicationResponse> {
    Ok(respond_many(state, vec![row]).await?.remove(0))
}

/// Responses for a page of rows, with their calls, organisations, latest decisions,
/// appeals and awards loaded in five queries whatever the page size.
pub async fn respond_many(state: &AppState, rows: Vec<application::Model>) -> AppResult<Vec<ApplicationResponse>> {
    let call_ids: Vec<Uuid> = rows.iter().map(|row| row.call_id).collect();
    let organisation_ids: Vec<Uuid> = rows.iter().map(|row| row.organisation_id).collect();
    let calls = crate::calls::store::find_many(&state.db, call_ids)
        .await?
        .into_iter()
        .map(StoredCall::from_row)
        .collect::<AppResult<Vec<_>>>()?;
    let organisations = organisations::store::find_many(&state.db, organisation_ids).await?;
    let application_ids: Vec<Uuid> = rows.iter().map(|row| row.id).collect();
    let decisions = crate::decisions::store::latest_decisions(&state.db, application_ids.clone()).await?;
    let appeals = crate::decisions::store::latest_appeals(&state.db, application_ids).await?;
    let awards =
        crate::awards::store::of_decisions(&state.db, decisions.iter().map(|decision| decision.id).collect()).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let call = calls.iter().find(|call| call.row.id == row.call_id);
            let name = organisations
                .iter()
                .find(|organisation| organisation.id == row.organisation_id)
                .map(|organisation| organisation.legal_name.clone());
            let decided = matches!(
                ApplicationStatus::parse(&row.status),
                Some(ApplicationStatus::Awarded | ApplicationStatus::Rejected | ApplicationStatus::Appealed)
            );
            let decision = decisions
                .iter()
                .find(|decision| decided && decision.application_id == row.id);
            let appeal = appeals.iter().find(|appeal| appeal.application_id == row.id);
            ApplicationResponse {
                award_id: awards
                    .iter()
                    .find(|award| award.application_id == row.id)
                    .map(|award| award.id),
                decision: decision.map(|decision| crate::decisions::json::DecisionResponse {
                    award_id: awards
                        .iter()
                        .find(|award| award.decision_id == decision.id)
                        .map(|award| award.id),
                    ..crate::decisions::json::DecisionResponse::from_model(decision)
                }),
                appeal: appeal.map(crate::decisions::json::AppealResponse::from),
                ..ApplicationResponse::build(row, call, name)
            }
        })
        .collect())
}
