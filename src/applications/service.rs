//! The commands and queries of applications that every entry point shares (the JSON API,
//! the portal, the CLI, jobs), and the operations the review and decision domains use:
//! visibility, state changes inside a caller's transaction, and building responses. Each
//! command opens its transaction, calls `rules`, writes through `store`, records the audit
//! event and commits. Nothing here knows of HTTP.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::json::{
    ApplicationResponse, ApplicationsQuery, CreateApplicationRequest, EligibilityRequest, UpdateApplicationRequest,
    read_lines, stored_lines,
};
use super::rules::{self, ApplicationAction, ApplicationStatus, BudgetLine};
use super::store::{self, ApplicationFilter, Stamp, StatusChange, application};
use crate::audit::{self, AuditEntry};
use crate::auth::{CurrentUser, Role};
use crate::calls::json::StoredCall;
use crate::calls::rules::{CallStatus, check_accepts_submissions};
use crate::documents::{self, rules::Subject};
use crate::error::{AppError, AppResult, FieldError, ProblemKind, Validator};
use crate::forms::{self, rules::Completeness};
use crate::i18n::Message;
use crate::keyset::{Listed, PageRequest};
use crate::money::{self, Currency};
use crate::organisations;

/// Starts a draft application of an organisation (the actor must be a member) to a call
/// that accepts submissions.
pub async fn create(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    call_id: Uuid,
    input: CreateApplicationRequest,
) -> AppResult<ApplicationResponse> {
    let (call, questions) = forms::service::call_with_form(db, call_id)
        .await?
        .ok_or(AppError::NotFound("call"))?;
    let call = crate::calls::service::seen_by(call, Some(actor))?;
    let Some(organisation) = organisations::store::find_as_member(db, input.organisation_id, actor.id).await? else {
        return Err(AppError::Forbidden(
            "you are not a member of this organisation".to_owned(),
        ));
    };
    if call.status != CallStatus::Open || now >= call.terms.closes_at {
        check_accepts_submissions(call.status, call.terms.opens_at, call.terms.closes_at, now)?;
    }
    let content = Content {
        title: input.title.trim().to_owned(),
        summary: input.summary.trim().to_owned(),
        requested: input.requested_amount.0,
        currency: input.currency,
        lines: input.budget_lines.into_iter().map(BudgetLine::from).collect(),
        answers: serde_json::Value::Object(input.answers),
    };
    let answer_problems = forms::service::problems_against(
        &questions,
        &call,
        &content.answers,
        &HashMap::new(),
        Completeness::Draft,
    );
    check_content(&content, &call, answer_problems)?;
    let row = application::Model {
        id: Uuid::new_v4(),
        call_id,
        organisation_id: input.organisation_id,
        title: content.title,
        summary: content.summary,
        requested_amount: money::to_stored(content.requested)?,
        currency: call.terms.currency,
        budget_lines: stored_lines(&content.lines, call.terms.currency),
        answers: content.answers,
        status: ApplicationStatus::Draft,
        submitted_at: None,
        failed_criteria: None,
        eligibility_reason: None,
        screened_by: None,
        screened_at: None,
        decision_reason: None,
        decided_by: None,
        decided_at: None,
        created_by: actor.id,
        created_at: now,
        updated_at: now,
    };
    let txn = db.begin().await?;
    let created = store::insert(&txn, row).await?;
    let response = ApplicationResponse::build(created, Some(&call), Some(organisation.legal_name))?;
    let entry = AuditEntry::created(
        actor.id,
        "application.created",
        "application",
        response.id,
        audit_view(&response),
    );
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(response)
}

/// The applications the caller may list, one page and the total: applicants see their
/// organisations' applications, reviewers those assigned to them (without the identity
/// on blind-review calls), officers, finance and admins all.
pub async fn list(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    query: &ApplicationsQuery,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<ApplicationResponse>, u64)> {
    Ok(list_page(db, user, query, &PageRequest::counted(limit, offset))
        .await?
        .into_counted())
}

/// One page of the applications the caller may list (see `list`), by keyset `cursor`,
/// counted when asked.
pub async fn list_page(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    query: &ApplicationsQuery,
    page: &PageRequest,
) -> AppResult<Listed<ApplicationResponse>> {
    let (organisations, assigned_to) = if user.sees_all_applicants() {
        (None, None)
    } else {
        let organisations = match user.has(Role::Applicant) {
            true => Some(organisations::store::organisation_ids_of(db, user.id).await?),
            false => None,
        };
        let assigned_to = user.has(Role::Reviewer).then_some(user.id);
        if organisations.is_none() && assigned_to.is_none() {
            return Err(AppError::Forbidden(
                "this list is for applicants, reviewers, officers, finance and admins".to_owned(),
            ));
        }
        (organisations, assigned_to)
    };
    if assigned_to.is_some() && query.organisation_id.is_some() {
        return Err(AppError::field(
            "organisation_id",
            "reviewers cannot filter by organisation (blind review)",
        ));
    }
    let own_organisations = organisations.clone().unwrap_or_default();
    let filter = ApplicationFilter {
        organisations,
        assigned_to,
        call_id: query.call_id,
        status: query.status,
        organisation_id: query.organisation_id,
    };
    let listed = store::list_page(db, &filter, page).await?;
    let rows = listed.items;
    let blind_calls: Vec<Uuid> = if assigned_to.is_some() {
        crate::calls::store::find_many(db, rows.iter().map(|row| row.call_id).collect())
            .await?
            .into_iter()
            .filter(|call| call.blind_review)
            .map(|call| call.id)
            .collect()
    } else {
        Vec::new()
    };
    let items = respond_many(db, rows)
        .await?
        .into_iter()
        .map(|item| {
            let own = item
                .organisation_id
                .is_some_and(|organisation| own_organisations.contains(&organisation));
            if blind_calls.contains(&item.call_id) && !own {
                item.without_identity()
            } else {
                item
            }
        })
        .collect();
    Ok(Listed {
        items,
        total: listed.total,
        next_cursor: listed.next_cursor,
    })
}

/// One application as the caller may read it (without the organisation's identity for a
/// reviewer of a blind-review call).
pub async fn get(db: &impl ConnectionTrait, user: &CurrentUser, id: Uuid) -> AppResult<ApplicationResponse> {
    let row = store::find(db, id).await?.ok_or(AppError::NotFound("application"))?;
    let viewer = viewer_of(db, user, &row).await?;
    let blind = viewer == Viewer::Reviewer && call_of(db, &row).await?.terms.blind_review;
    let history = super::timeline::history(db, id, viewer == Viewer::Staff).await?;
    let response = ApplicationResponse {
        history: Some(history),
        ..respond_one(db, row).await?
    };
    Ok(if blind { response.without_identity() } else { response })
}

/// Changes a draft (the actor must be a member of the organisation): only the fields
/// given change.
pub async fn update(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
    input: UpdateApplicationRequest,
) -> AppResult<ApplicationResponse> {
    let current = member_application(db, actor, id).await?;
    let no_edits = || {
        AppError::conflict(
            ProblemKind::ApplicationNotDraft,
            "an application cannot be changed after submission; withdraw it and start a new one to change it",
        )
    };
    if current.status != ApplicationStatus::Draft {
        return Err(no_edits());
    }
    let call = call_of(db, &current).await?;
    let content = Content {
        title: input
            .title
            .map_or(current.title.clone(), |title| title.trim().to_owned()),
        summary: input
            .summary
            .map_or(current.summary.clone(), |summary| summary.trim().to_owned()),
        requested: input
            .requested_amount
            .map_or(money::from_stored(current.requested_amount), |amount| amount.0),
        currency: input.currency,
        lines: match input.budget_lines {
            Some(lines) => lines.into_iter().map(BudgetLine::from).collect(),
            None => read_lines(&current)?,
        },
        answers: input
            .answers
            .clone()
            .map_or(current.answers.clone(), serde_json::Value::Object),
    };
    let answer_problems = match input.answers {
        Some(_) => {
            let documents = documents::service::files_of(db, Subject::application(id)).await?;
            forms::service::answer_problems(db, &call, &content.answers, &documents, Completeness::Draft).await?
        }
        None => Vec::new(),
    };
    check_content(&content, &call, answer_problems)?;
    let before = ApplicationResponse::build(current.clone(), Some(&call), None)?;
    let row = application::Model {
        title: content.title,
        summary: content.summary,
        requested_amount: money::to_stored(content.requested)?,
        budget_lines: stored_lines(&content.lines, call.terms.currency),
        answers: content.answers,
        updated_at: now,
        ..current
    };
    let txn = db.begin().await?;
    if !store::save_draft(&txn, row.clone()).await? {
        return Err(no_edits());
    }
    let after = ApplicationResponse::build(row, Some(&call), None)?;
    let entry = AuditEntry::updated(
        actor.id,
        "application.updated",
        "application",
        id,
        &audit_view(&before),
        &audit_view(&after),
    );
    audit::commit(db, txn, vec![entry], now).await?;
    respond_one(db, found(db, id).await?).await
}

/// Submits a draft (the actor must be a member of the organisation); refused after the
/// call's `closes_at` and when the request no longer fits the call.
pub async fn submit(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
) -> AppResult<ApplicationResponse> {
    // What is written is what is answered: at the precision both databases store.
    let now = audit::rules::to_stored_precision(now);
    let acted = acted_on_as_member(db, actor, id).await?;
    let current = acted.row;
    let (call, questions) = crate::forms::service::call_with_form(db, current.call_id)
        .await?
        .ok_or_else(|| AppError::Internal(format!("application {id} has no call")))?;
    check_accepts_submissions(call.status, call.terms.opens_at, call.terms.closes_at, now)?;
    let mut check = Validator::new();
    rules::check_request(
        money::from_stored(current.requested_amount),
        &read_lines(&current)?,
        &call.terms,
        &mut check,
    );
    let documents = match forms::service::asks_for_files(&questions) {
        true => documents::service::files_of(db, Subject::application(id)).await?,
        false => HashMap::new(),
    };
    check.extend(forms::service::problems_against(
        &questions,
        &call,
        &current.answers,
        &documents,
        Completeness::Submission,
    ));
    check.finish()?;
    let change = StatusChange {
        submitted_at: Some(now),
        ..StatusChange::default()
    };
    let txn = db.begin().await?;
    let (to, entry) = transition(
        &txn,
        actor.id,
        &current,
        ApplicationAction::Submit,
        change.clone(),
        None,
        now,
    )
    .await?;
    audit::commit(db, txn, vec![entry], now).await?;
    // A draft has no decision, appeal or award: the answer is the row as changed.
    let submitted = application::Model {
        status: to,
        submitted_at: change.submitted_at,
        updated_at: now,
        ..current
    };
    ApplicationResponse::build(submitted, Some(&call), acted.organisation_name)
}

/// The application as its member acting on it sees it, read in one query; anyone else is
/// refused as [`member_application`] refuses, and a member whose email address is not
/// verified as [`crate::auth::recovery::require_verified_email`] does.
async fn acted_on_as_member(db: &impl ConnectionTrait, actor: &CurrentUser, id: Uuid) -> AppResult<store::ActedOn> {
    let acted = store::find_acted_on(db, id, actor.id)
        .await?
        .ok_or(AppError::NotFound("application"))?;
    if !acted.member {
        member_application(db, actor, id).await?;
        return Err(AppError::NotFound("application"));
    }
    if !acted.verified {
        crate::auth::recovery::require_verified_email(db, actor).await?;
    }
    Ok(acted)
}

/// Withdraws an application before any decision (the actor must be a member of the
/// organisation).
pub async fn withdraw(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
) -> AppResult<ApplicationResponse> {
    let current = member_application(db, actor, id).await?;
    let change = StatusChange::default();
    apply(db, now, actor, current, ApplicationAction::Withdraw, change, None).await
}

/// Records an officer's eligibility screening of a submitted application: eligible, or
/// ineligible naming the failed criteria and a reason the applicant reads.
pub async fn screen(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
    input: EligibilityRequest,
) -> AppResult<ApplicationResponse> {
    let current = visible_application(db, actor, id).await?;
    let call = call_of(db, &current).await?;
    ensure_call_not_cancelled(&call)?;
    let reason = input
        .reason
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    let mut check = Validator::new();
    rules::check_screening(
        input.eligible,
        &input.failed_criteria,
        reason.as_deref(),
        &call.terms.eligibility_criteria,
        &mut check,
    );
    check.finish()?;
    let action = if input.eligible {
        ApplicationAction::MarkEligible
    } else {
        ApplicationAction::MarkIneligible
    };
    let change = StatusChange {
        screening: Some(Stamp {
            by: actor.id,
            reason: reason.clone(),
            failed_criteria: input.failed_criteria,
        }),
        ..StatusChange::default()
    };
    apply(db, now, actor, current, action, change, reason).await
}

/// Moves an application under the state machine inside the caller's transaction, only if
/// it is still in the state it was read in, and announces it; answers the new status and
/// the audit event, which the caller records last ([`audit::commit`]).
pub async fn transition(
    txn: &impl ConnectionTrait,
    actor: Uuid,
    current: &application::Model,
    action: ApplicationAction,
    change: StatusChange,
    reason: Option<String>,
    now: DateTime<Utc>,
) -> AppResult<(ApplicationStatus, AuditEntry)> {
    let from = current.status;
    let to =
        rules::transition(from, action).map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let said = said_of(txn, current, action, &change, reason.clone()).await?;
    let mut entry = AuditEntry::status_changed(
        actor,
        action.audit_action(),
        "application",
        current.id,
        (from, to),
        reason,
    );
    if let Some(screening) = &change.screening {
        entry = entry.with("failed_criteria", serde_json::json!(screening.failed_criteria));
    }
    if !store::change_status(txn, current.id, from, to, change, now).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            Message::new("refused-changed-application"),
        ));
    }
    if let Some((notice, audience)) = super::notices::of_change(current, action, actor, said, now) {
        crate::reminders::notices::announce(txn, now, &notice, audience).await?;
    }
    Ok((to, entry))
}

/// What a change's notice says besides the application: the reason, the criteria not met,
/// and the appeal window of a finding that may be appealed.
async fn said_of(
    txn: &impl ConnectionTrait,
    current: &application::Model,
    action: ApplicationAction,
    change: &StatusChange,
    reason: Option<String>,
) -> AppResult<super::notices::Said> {
    let appealable = matches!(action, ApplicationAction::Reject | ApplicationAction::MarkIneligible);
    let appeal_window_days = if appealable {
        Some(call_of(txn, current).await?.terms.appeal_window_days)
    } else {
        None
    };
    Ok(super::notices::Said {
        reason,
        failed_criteria: change
            .screening
            .as_ref()
            .map(|stamp| stamp.failed_criteria.clone())
            .unwrap_or_default(),
        appeal_window_days,
    })
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
pub async fn viewer_of(db: &impl ConnectionTrait, user: &CurrentUser, row: &application::Model) -> AppResult<Viewer> {
    if user.sees_all_applicants() {
        return Ok(Viewer::Staff);
    }
    if organisations::store::is_member(db, row.organisation_id, user.id).await? {
        return Ok(Viewer::Member);
    }
    if user.has(Role::Reviewer) && crate::reviews::store::is_assigned(db, row.id, user.id).await? {
        return Ok(Viewer::Reviewer);
    }
    Err(AppError::NotFound("application"))
}

/// The application if the caller may see it (see [`viewer_of`]).
pub async fn visible_application(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    id: Uuid,
) -> AppResult<application::Model> {
    let row = found(db, id).await?;
    viewer_of(db, user, &row).await?;
    Ok(row)
}

/// The application if the caller is a member of its organisation: staff who may read it
/// get 403, anyone else 404.
pub async fn member_application(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    id: Uuid,
) -> AppResult<application::Model> {
    let row = visible_application(db, user, id).await?;
    if organisations::store::is_member(db, row.organisation_id, user.id).await? {
        Ok(row)
    } else {
        Err(AppError::Forbidden(
            "only the organisation's members act on its application".to_owned(),
        ))
    }
}

/// Refuses work on an application whose call was cancelled.
pub fn ensure_call_not_cancelled(call: &StoredCall) -> AppResult<()> {
    if call.status == CallStatus::Cancelled {
        return Err(AppError::conflict(
            ProblemKind::CallCancelled,
            "the call was cancelled; its applications are closed and the organisation may apply to another call",
        ));
    }
    Ok(())
}

/// The call an application was made to.
pub async fn call_of(db: &impl ConnectionTrait, row: &application::Model) -> AppResult<StoredCall> {
    let found = crate::calls::store::find(db, row.call_id)
        .await?
        .ok_or_else(|| AppError::Internal(format!("application {} has no call", row.id)))?;
    StoredCall::from_row(found)
}

/// The response for one row.
pub async fn respond_one(db: &impl ConnectionTrait, row: application::Model) -> AppResult<ApplicationResponse> {
    Ok(respond_many(db, vec![row]).await?.remove(0))
}

/// Responses for a page of rows, with their calls, organisations, latest decisions,
/// appeals and awards loaded in five queries whatever the page size.
pub async fn respond_many(
    db: &impl ConnectionTrait,
    rows: Vec<application::Model>,
) -> AppResult<Vec<ApplicationResponse>> {
    let call_ids: Vec<Uuid> = rows.iter().map(|row| row.call_id).collect();
    let organisation_ids: Vec<Uuid> = rows.iter().map(|row| row.organisation_id).collect();
    let calls = crate::calls::store::find_many(db, call_ids)
        .await?
        .into_iter()
        .map(StoredCall::from_row)
        .collect::<AppResult<Vec<_>>>()?;
    let organisations = organisations::store::find_many(db, organisation_ids).await?;
    let application_ids: Vec<Uuid> = rows.iter().map(|row| row.id).collect();
    let decisions = crate::decisions::store::latest_decisions(db, application_ids.clone()).await?;
    let appeals = crate::decisions::store::latest_appeals(db, application_ids).await?;
    let awards = crate::awards::store::of_decisions(db, decisions.iter().map(|decision| decision.id).collect()).await?;
    rows.into_iter()
        .map(|row| {
            let call = calls.iter().find(|call| call.row.id == row.call_id);
            let name = organisations
                .iter()
                .find(|organisation| organisation.id == row.organisation_id)
                .map(|organisation| organisation.legal_name.clone());
            let decided = matches!(
                row.status,
                ApplicationStatus::Awarded | ApplicationStatus::Rejected | ApplicationStatus::Appealed
            );
            let decision = decisions
                .iter()
                .find(|decision| decided && decision.application_id == row.id);
            let appeal = appeals.iter().find(|appeal| appeal.application_id == row.id);
            let decision = decision
                .map(|decision| {
                    let award_id = awards
                        .iter()
                        .find(|award| award.decision_id == decision.id)
                        .map(|award| award.id);
                    crate::decisions::json::DecisionResponse::from_model(decision)
                        .map(|response| crate::decisions::json::DecisionResponse { award_id, ..response })
                })
                .transpose()?;
            Ok(ApplicationResponse {
                award_id: awards
                    .iter()
                    .find(|award| award.application_id == row.id)
                    .map(|award| award.id),
                decision,
                appeal: appeal.map(crate::decisions::json::AppealResponse::from),
                ..ApplicationResponse::build(row, call, name)?
            })
        })
        .collect()
}

/// The application with this id, or 404.
pub async fn found(db: &impl ConnectionTrait, id: Uuid) -> AppResult<application::Model> {
    store::find(db, id).await?.ok_or(AppError::NotFound("application"))
}

/// Applies a state change in its own transaction and answers the changed application.
async fn apply(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    current: application::Model,
    action: ApplicationAction,
    change: StatusChange,
    reason: Option<String>,
) -> AppResult<ApplicationResponse> {
    let txn = db.begin().await?;
    let (_, entry) = transition(&txn, actor.id, &current, action, change, reason, now).await?;
    audit::commit(db, txn, vec![entry], now).await?;
    respond_one(db, found(db, current.id).await?).await
}

/// The draft content of an application, as checked.
struct Content {
    title: String,
    summary: String,
    requested: rust_decimal::Decimal,
    currency: Option<Currency>,
    lines: Vec<BudgetLine>,
    answers: serde_json::Value,
}

fn check_content(content: &Content, call: &StoredCall, answer_problems: Vec<FieldError>) -> AppResult<()> {
    let mut check = Validator::new();
    check.extend(answer_problems);
    check.required_text("title", &content.title, 300);
    check.required_text("summary", &content.summary, 20_000);
    if let Some(currency) = content.currency {
        check.check(
            currency != call.terms.currency,
            "currency",
            format!(
                "the call's currency is {}; amounts are in that currency",
                call.terms.currency
            ),
        );
    }
    rules::check_request(content.requested, &content.lines, &call.terms, &mut check);
    check.finish()
}

fn audit_view(application: &ApplicationResponse) -> serde_json::Value {
    json!({
        "call_id": application.call_id,
        "organisation_id": application.organisation_id,
        "title": application.title,
        "requested_amount": application.requested_amount,
        "currency": application.currency,
        "budget_lines": application.budget_lines,
        "status": application.status,
    })
}

/// The pipeline of each of these calls: how many applications it has in each state, every
/// state listed in life order (zero where there are none). Staff only; one query.
pub async fn pipelines(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    call_ids: &[Uuid],
) -> AppResult<HashMap<Uuid, Vec<(ApplicationStatus, u64)>>> {
    if !user.sees_all_applicants() {
        return Err(AppError::NotFound("call"));
    }
    let mut pipelines: HashMap<Uuid, Vec<(ApplicationStatus, u64)>> = call_ids
        .iter()
        .map(|id| (*id, rules::ALL_STATUSES.iter().map(|status| (*status, 0)).collect()))
        .collect();
    for (call_id, status, count) in store::counts_by_call(db, call_ids.to_vec()).await? {
        if let Some(entry) = pipelines
            .get_mut(&call_id)
            .and_then(|pipeline| pipeline.iter_mut().find(|(each, _)| *each == status))
        {
            entry.1 = u64::try_from(count).unwrap_or(0);
        }
    }
    Ok(pipelines)
}
