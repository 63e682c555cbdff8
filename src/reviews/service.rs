//! The commands and queries of review that every entry point shares (the JSON API, the
//! portal, the CLI, jobs): assigning reviewers, declaring conflicts, writing reviews and
//! ranking a call. Each command opens its transaction, calls `rules`, writes through
//! `store`, records the audit event and commits. Nothing here knows of HTTP.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::json::{AssignmentResponse, RankingEntry, RankingResponse, Representation, ReviewRequest, ReviewResponse};
use super::rules::{self, AssignmentStatus, ReviewStatus, ScoredReview};
use super::store::{self, assignment, review};
use crate::applications::rules::{ALL_STATUSES, ApplicationAction, ApplicationStatus};
use crate::applications::service::{self as applications, call_of};
use crate::applications::store::{StatusChange, application};
use crate::audit::{self, AuditEntry};
use crate::auth::{self, CurrentUser, Role};
use crate::calls::rules::{CallStatus, RubricCriterion};
use crate::error::{AppError, AppResult, OnUnique, ProblemKind, Validator};
use crate::organisations;
use crate::reference::{Reference, RegionScheme};
use crate::reminders::notices::{self, Announcement, Audience, Fact, Kind};

/// When a review is due after its assignment: when the first overdue reminder goes out.
const REVIEW_DUE: chrono::Duration = chrono::Duration::days(3);

/// How the ranking orders applications, as shown to officers.
const RANKING_METHOD: &str = "By mean weighted score (0-100; each criterion on its own scale, weighted by the rubric); \
ties by mean reviewer-normalised z-score, then by review count, then by application id. A reviewer with one review \
or no spread contributes z = 0.";

/// Assigns a reviewer to an application (an officer). The first assignment moves an
/// eligible application to `under_review`. A reviewer who is a member of the applicant
/// organisation, or who declared a conflict with it, is refused.
pub async fn assign(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    application_id: Uuid,
    reviewer_id: Uuid,
) -> AppResult<AssignmentResponse> {
    let current = applications::visible_application(db, actor, application_id).await?;
    applications::ensure_call_not_cancelled(&call_of(db, &current).await?)?;
    let status = current.status;
    if !matches!(status, ApplicationStatus::Eligible | ApplicationStatus::UnderReview) {
        return Err(AppError::conflict(
            ProblemKind::NotReadyForReview,
            format!(
                "{} cannot get reviewers: reviewers are assigned once it is found eligible",
                status.described()
            ),
        ));
    }
    let reviewer = reviewer_account(db, reviewer_id).await?;
    if organisations::store::is_member(db, current.organisation_id, reviewer.id).await? {
        return Err(AppError::conflict(
            ProblemKind::ConflictOfInterest,
            format!(
                "{} is a member of the applicant organisation and cannot review its application; assign another reviewer",
                reviewer.full_name
            ),
        ));
    }
    if let Some(existing) = store::find_assignment(db, application_id, reviewer.id).await? {
        return Err(if existing.status == AssignmentStatus::ConflictDeclared {
            AppError::conflict(
                ProblemKind::ConflictOfInterest,
                format!(
                    "{} declared a conflict with this application; assign another reviewer",
                    reviewer.full_name
                ),
            )
        } else {
            AppError::conflict(
                ProblemKind::AlreadyAssigned,
                format!("{} is already assigned", reviewer.full_name),
            )
        });
    }
    let row = assignment::Model {
        id: Uuid::new_v4(),
        application_id,
        reviewer_id: reviewer.id,
        assigned_by: actor.id,
        assigned_at: now,
        status: AssignmentStatus::Active,
        conflict_reason: None,
        ended_at: None,
    };
    let txn = db.begin().await?;
    let created = store::insert_assignment(&txn, row)
        .await
        .on_unique(ProblemKind::AlreadyAssigned, "this reviewer is already assigned")?;
    let entry = AuditEntry::created(
        actor.id,
        "review.assigned",
        "application",
        application_id,
        json!({"reviewer_id": reviewer.id}),
    );
    let mut entries = vec![entry];
    // The reviewer reads the application's title and the deadline, never the organisation's
    // name: on a blind call they must not learn it.
    let deadline = now + REVIEW_DUE;
    let notice = Announcement::new(
        Kind::ReviewAssigned,
        application_id,
        created.id.to_string(),
        current.title.clone(),
    )
    .with(Fact::data("email-label-reference", application_id.to_string()))
    .with(Fact::instant("email-label-deadline", deadline));
    notices::announce(&txn, now, &notice, Audience::Person(reviewer.id)).await?;
    if status == ApplicationStatus::Eligible {
        let change = StatusChange::default();
        let (_, started) = applications::transition(
            &txn,
            actor.id,
            &current,
            ApplicationAction::StartReview,
            change,
            None,
            now,
        )
        .await?;
        entries.push(started);
    }
    audit::commit(db, txn, entries, now).await?;
    Ok(assignment_response(created, Some(reviewer.full_name), None))
}

/// The assignments of an application, with declared conflicts and whether each reviewer
/// has reviewed (officers).
pub async fn assignments_of(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    application_id: Uuid,
) -> AppResult<Vec<AssignmentResponse>> {
    applications::visible_application(db, actor, application_id).await?;
    let rows = store::assignments_of(db, application_id).await?;
    let names = reviewer_names(db, rows.iter().map(|row| row.reviewer_id).collect()).await?;
    let reviews = review_states(db, &rows).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let name = names.get(&row.reviewer_id).cloned();
            let review = reviews.get(&row.id).copied();
            assignment_response(row, name, review)
        })
        .collect())
}

/// Declares the actor's conflict of interest with an application they are assigned to:
/// the assignment ends and the officer sees the reason.
pub async fn declare_conflict(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    application_id: Uuid,
    reason: &str,
) -> AppResult<AssignmentResponse> {
    let assignment = active_assignment(db, actor, application_id).await?;
    let mut check = Validator::new();
    check.required_text("reason", reason, 2_000);
    check.finish()?;
    let reason = reason.trim().to_owned();
    let txn = db.begin().await?;
    if !store::end_with_conflict(&txn, assignment.id, &reason, now).await? {
        return Err(AppError::NotFound("assignment"));
    }
    let entry = AuditEntry::status_changed(
        actor.id,
        "review.conflict_declared",
        "application",
        application_id,
        (
            AssignmentStatus::Active.as_str(),
            AssignmentStatus::ConflictDeclared.as_str(),
        ),
        Some(reason.clone()),
    );
    let application = applications::found(&txn, application_id).await?;
    let notice = Announcement::new(
        Kind::ConflictDeclared,
        application_id,
        assignment.id.to_string(),
        application.title,
    )
    .with(Fact::data("email-label-reference", application_id.to_string()))
    .with(Fact::data("email-label-reasons", reason.clone()));
    let officers = Audience::Staff {
        role: Role::Officer,
        except: actor.id,
    };
    notices::announce(&txn, now, &notice, officers).await?;
    audit::commit(db, txn, vec![entry], now).await?;
    let ended = assignment::Model {
        status: AssignmentStatus::ConflictDeclared,
        conflict_reason: Some(reason),
        ended_at: Some(now),
        ..assignment
    };
    Ok(assignment_response(ended, None, None))
}

/// Saves the actor's review of an application assigned to them: as a draft
/// (`input.draft`), which they may change again and which counts nowhere, or submitted,
/// which is final and counts in the ranking. A submitted review changes no more (409
/// `review-frozen`, see `rules::check_review_draft`) unless an officer reopens it after an
/// appeal; nothing changes once the application has a decision (see
/// `rules::check_review_open`).
pub async fn submit_review(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    application_id: Uuid,
    input: ReviewRequest,
) -> AppResult<ReviewResponse> {
    let assignment = active_assignment(db, actor, application_id).await?;
    let application = applications::found(db, application_id).await?;
    let call = call_of(db, &application).await?;
    if matches!(call.status, CallStatus::Decided | CallStatus::Cancelled) {
        return Err(AppError::conflict(
            ProblemKind::CallDecided,
            format!("the call is {}; reviews can no longer change", call.status.as_str()),
        ));
    }
    let mut check = Validator::new();
    rules::check_scores(&input.scores, &call.terms.rubric, &mut check);
    check.required_text("comment", &input.comment, 20_000);
    check.finish()?;
    let txn = db.begin().await?;
    store::lock_application(&txn, application_id).await?;
    let application = applications::found(&txn, application_id).await?;
    let existing = store::review_of_assignment(&txn, assignment.id).await?;
    check_writable(&application, existing.as_ref())?;
    let status = match input.draft {
        true => ReviewStatus::Draft,
        false => ReviewStatus::Submitted,
    };
    let row = review::Model {
        id: existing.as_ref().map_or_else(Uuid::new_v4, |found| found.id),
        assignment_id: assignment.id,
        application_id,
        reviewer_id: actor.id,
        scores: json!(input.scores),
        comment: input.comment.trim().to_owned(),
        submitted_at: submitted_at(existing.as_ref(), status, now),
        updated_at: now,
        reopened_at: existing.as_ref().and_then(|found| found.reopened_at),
        reopened_by: existing.as_ref().and_then(|found| found.reopened_by),
        reopen_reason: existing.as_ref().and_then(|found| found.reopen_reason.clone()),
        status,
    };
    let saved = store::save_review(&txn, row, existing.is_some()).await?;
    let score = rules::weighted_score(&input.scores, &call.terms.rubric);
    let entry = AuditEntry::created(
        actor.id,
        review_action(existing.as_ref(), status),
        "application",
        application_id,
        json!({"scores": input.scores, "weighted_score": score, "status": status.as_str()}),
    );
    audit::commit(db, txn, vec![entry], now).await?;
    review_response(saved, None, &call.terms.rubric)
}

/// Refuses to write a review the application's decision froze, or one already submitted
/// (and not reopened since).
fn check_writable(application: &application::Model, existing: Option<&review::Model>) -> AppResult<()> {
    writable((application.status, application.decided_at), existing)
        .map_err(|detail| AppError::conflict(ProblemKind::ReviewFrozen, detail))
}

/// Whether the reviewer may write their review now, given the application's status and
/// decision time: not once decided (`rules::check_review_open`), nor once submitted
/// (`rules::check_review_draft`).
fn writable(
    (status, decided_at): (ApplicationStatus, Option<DateTime<Utc>>),
    existing: Option<&review::Model>,
) -> Result<(), String> {
    rules::check_review_open(status, decided_at, existing.map(opened_at)).and_then(|()| match existing {
        Some(found) => rules::check_review_draft(found.status, found.updated_at, found.reopened_at),
        None => Ok(()),
    })
}

/// When the review was (first) submitted: a draft keeps the time it was first saved; a
/// review submitted now from a draft takes `now`; a reopened review keeps its first
/// submission.
fn submitted_at(existing: Option<&review::Model>, status: ReviewStatus, now: DateTime<Utc>) -> DateTime<Utc> {
    match existing {
        Some(found) if found.status == ReviewStatus::Submitted => found.submitted_at,
        Some(found) if status == ReviewStatus::Draft => found.submitted_at,
        _ => now,
    }
}

/// The audit action of a review written: saved as a draft, submitted, or revised after
/// an officer reopened it.
fn review_action(existing: Option<&review::Model>, status: ReviewStatus) -> &'static str {
    match (existing.map(|found| found.status), status) {
        (_, ReviewStatus::Draft) => "review.saved",
        (Some(ReviewStatus::Submitted), ReviewStatus::Submitted) => "review.revised",
        (_, ReviewStatus::Submitted) => "review.submitted",
    }
}

/// Reopens a reviewer's frozen review (an officer, with a reason) after an appeal has sent
/// the decided application back to review, so the reviewer can revise it; audited as
/// `review.reopened` with the reason. Anything else is 409 `invalid-transition`.
pub async fn reopen_review(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    (application_id, reviewer_id): (Uuid, Uuid),
    reason: &str,
) -> AppResult<ReviewResponse> {
    let application = applications::visible_application(db, actor, application_id).await?;
    let call = call_of(db, &application).await?;
    let mut check = Validator::new();
    check.required_text("reason", reason, 5_000);
    check.finish()?;
    let assignment = store::find_assignment(db, application_id, reviewer_id)
        .await?
        .filter(|found| found.status == AssignmentStatus::Active)
        .ok_or(AppError::NotFound("review"))?;
    let txn = db.begin().await?;
    store::lock_application(&txn, application_id).await?;
    let application = applications::found(&txn, application_id).await?;
    let found = store::review_of_assignment(&txn, assignment.id)
        .await?
        .ok_or(AppError::NotFound("review"))?;
    rules::check_reopen(application.status, application.decided_at, opened_at(&found))
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let reason = reason.trim().to_owned();
    let row = review::Model {
        reopened_at: Some(now),
        reopened_by: Some(actor.id),
        reopen_reason: Some(reason.clone()),
        ..found
    };
    let saved = store::save_review(&txn, row, true).await?;
    let mut entry = AuditEntry::created(
        actor.id,
        "review.reopened",
        "application",
        application_id,
        json!({"review_id": saved.id, "reviewer_id": reviewer_id}),
    );
    entry.reason = Some(reason);
    audit::commit(db, txn, vec![entry], now).await?;
    let names = reviewer_names(db, vec![reviewer_id]).await?;
    review_response(saved, names.get(&reviewer_id).cloned(), &call.terms.rubric)
}

/// When a review was last opened for writing: first submitted, or last reopened.
fn opened_at(review: &review::Model) -> DateTime<Utc> {
    review
        .reopened_at
        .map_or(review.submitted_at, |reopened| reopened.max(review.submitted_at))
}

/// The actor's own review of an application assigned to them.
pub async fn my_review(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    application_id: Uuid,
) -> AppResult<ReviewResponse> {
    let assignment = active_assignment(db, actor, application_id).await?;
    let found = store::review_of_assignment(db, assignment.id)
        .await?
        .ok_or(AppError::NotFound("review"))?;
    let application = applications::found(db, application_id).await?;
    let call = call_of(db, &application).await?;
    review_response(found, None, &call.terms.rubric)
}

/// Every review of an application under an active assignment (officers).
pub async fn reviews_of(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    application_id: Uuid,
) -> AppResult<Vec<ReviewResponse>> {
    let application = applications::visible_application(db, actor, application_id).await?;
    let call = call_of(db, &application).await?;
    let reviews = store::reviews_of(db, application_id).await?;
    let names = reviewer_names(db, reviews.iter().map(|review| review.reviewer_id).collect()).await?;
    reviews
        .into_iter()
        .map(|review| {
            let name = names.get(&review.reviewer_id).cloned();
            review_response(review, name, &call.terms.rubric)
        })
        .collect()
}

/// The call's applications in rank order (see `rules` for the method), with the
/// representation of the top `top` (default 10) by region (the office's regions or the UN
/// M49 continents, as `regions` says), women-led and youth-led organisations.
pub async fn ranking(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    call_id: Uuid,
    (top, regions): (Option<usize>, RegionScheme),
    reference: &Reference,
) -> AppResult<RankingResponse> {
    let call = crate::calls::service::visible_call(db, Some(actor), call_id).await?;
    let in_review = [
        ApplicationStatus::Eligible,
        ApplicationStatus::UnderReview,
        ApplicationStatus::Awarded,
        ApplicationStatus::Rejected,
        ApplicationStatus::Appealed,
    ];
    let everything = crate::applications::store::of_call(db, call_id, &ALL_STATUSES).await?;
    let reviews = store::reviews_of_many(db, everything.iter().map(|row| row.id).collect()).await?;
    let applications: Vec<application::Model> = everything
        .into_iter()
        .filter(|row| in_review.contains(&row.status))
        .collect();
    let scored = reviews
        .iter()
        .map(|review| {
            Ok(ScoredReview {
                application_id: review.application_id,
                reviewer_id: review.reviewer_id,
                score: rules::exact_weighted_score(&scores_of(review)?, &call.terms.rubric),
            })
        })
        .collect::<AppResult<Vec<_>>>()?;
    let ranked = rules::rank(&applications.iter().map(|row| row.id).collect::<Vec<_>>(), &scored);
    let organisations =
        organisations::store::find_many(db, applications.iter().map(|row| row.organisation_id).collect()).await?;
    let top = top.unwrap_or(10).clamp(1, 500);
    let mut representation = Representation {
        top,
        count: 0,
        by_region: BTreeMap::new(),
        women_led: 0,
        youth_led: 0,
    };
    let mut items = Vec::with_capacity(ranked.len());
    for entry in ranked {
        let Some(row) = applications.iter().find(|row| row.id == entry.application_id) else {
            continue;
        };
        let organisation = organisations
            .iter()
            .find(|organisation| organisation.id == row.organisation_id);
        if entry.rank <= top {
            count_in(&mut representation, organisation, (reference, regions));
        }
        items.push(ranking_entry(
            entry,
            row,
            organisation.map(|organisation| organisation.legal_name.clone()),
        ));
    }
    Ok(RankingResponse {
        call_id,
        method: RANKING_METHOD,
        items,
        representation,
    })
}

/// The account named as reviewer, if it holds the reviewer role.
async fn reviewer_account(db: &impl ConnectionTrait, reviewer_id: Uuid) -> AppResult<auth::store::user::Model> {
    let not_reviewer = || AppError::field("reviewer_id", "is not a reviewer's account");
    let reviewer = auth::store::find_user(db, reviewer_id)
        .await?
        .ok_or_else(not_reviewer)?;
    if !auth::store::roles_of(db, reviewer.id).await?.contains(&Role::Reviewer) {
        return Err(not_reviewer());
    }
    Ok(reviewer)
}

/// The actor's active assignment to the application, or 404 (a reviewer learns nothing
/// about applications not assigned to them).
async fn active_assignment(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    application_id: Uuid,
) -> AppResult<assignment::Model> {
    if !actor.has(Role::Reviewer) {
        return Err(AppError::Forbidden("this is for the assigned reviewer".to_owned()));
    }
    store::find_assignment(db, application_id, actor.id)
        .await?
        .filter(|found| found.status == AssignmentStatus::Active)
        .ok_or(AppError::NotFound("application"))
}

fn count_in(
    representation: &mut Representation,
    organisation: Option<&organisations::store::organisation::Model>,
    (reference, regions): (&Reference, RegionScheme),
) {
    representation.count += 1;
    let Some(organisation) = organisation else { return };
    let region = reference.region_of(&organisation.country, regions);
    *representation.by_region.entry(region).or_default() += 1;
    representation.women_led += usize::from(organisation.women_led);
    representation.youth_led += usize::from(organisation.youth_led);
}

fn ranking_entry(entry: rules::Ranked, row: &application::Model, organisation_name: Option<String>) -> RankingEntry {
    RankingEntry {
        rank: entry.rank,
        application_id: row.id,
        title: row.title.clone(),
        status: row.status,
        organisation_id: row.organisation_id,
        organisation_name,
        weighted_mean: entry.weighted_mean,
        normalised_mean: entry.normalised_mean,
        review_count: entry.review_count,
        spread: entry.spread,
    }
}

async fn reviewer_names(db: &impl ConnectionTrait, ids: Vec<Uuid>) -> AppResult<HashMap<Uuid, String>> {
    Ok(auth::store::find_users(db, ids)
        .await?
        .into_iter()
        .map(|user| (user.id, user.full_name))
        .collect())
}

/// The stored scores of a review; scores that do not read are an internal error naming
/// the review, never an empty review.
fn scores_of(review: &review::Model) -> AppResult<BTreeMap<String, i64>> {
    serde_json::from_value(review.scores.clone())
        .map_err(|_| AppError::Internal(format!("review {} has unreadable scores", review.id)))
}

fn review_response(
    review: review::Model,
    reviewer_name: Option<String>,
    rubric: &[RubricCriterion],
) -> AppResult<ReviewResponse> {
    let scores = scores_of(&review)?;
    Ok(ReviewResponse {
        id: review.id,
        application_id: review.application_id,
        reviewer_id: review.reviewer_id,
        reviewer_name,
        weighted_score: rules::weighted_score(&scores, rubric),
        scores,
        comment: review.comment,
        submitted_at: review.submitted_at,
        updated_at: review.updated_at,
        reopened_at: review.reopened_at,
        reopen_reason: review.reopen_reason,
        status: review.status.as_str().to_owned(),
    })
}

/// Where the review under each of these assignments is (drafts too), by assignment.
async fn review_states(
    db: &impl ConnectionTrait,
    assignments: &[assignment::Model],
) -> AppResult<HashMap<Uuid, ReviewStatus>> {
    let ids = assignments.iter().map(|row| row.id).collect();
    Ok(store::reviews_of_assignments(db, ids)
        .await?
        .into_iter()
        .map(|review| (review.assignment_id, review.status))
        .collect())
}

fn assignment_response(
    row: assignment::Model,
    reviewer_name: Option<String>,
    review: Option<ReviewStatus>,
) -> AssignmentResponse {
    AssignmentResponse {
        id: row.id,
        application_id: row.application_id,
        reviewer_id: row.reviewer_id,
        reviewer_name,
        status: row.status.as_str().to_owned(),
        conflict_reason: row.conflict_reason,
        assigned_at: row.assigned_at,
        ended_at: row.ended_at,
        reviewed: review == Some(ReviewStatus::Submitted),
        in_progress: review == Some(ReviewStatus::Draft),
    }
}

/// When a review is due: [`REVIEW_DUE`] after the assignment, when the first overdue
/// reminder goes out.
pub fn due_at(assigned_at: DateTime<Utc>) -> DateTime<Utc> {
    assigned_at + REVIEW_DUE
}

/// One of a reviewer's active assignments, as their list in the workspace shows it.
pub struct ReviewerAssignment {
    /// The application as the reviewer may read it (without the organisation on a
    /// blind-review call).
    pub application: crate::applications::json::ApplicationResponse,
    /// When it was assigned.
    pub assigned_at: DateTime<Utc>,
    /// When the review is due.
    pub due_at: DateTime<Utc>,
    /// When the reviewer last saved their review, if they have.
    pub saved_at: Option<DateTime<Utc>>,
    /// Whether the review is submitted (final, counted), not a draft.
    pub submitted: bool,
    /// Whether the review may still be written or changed (see `writable`).
    pub open: bool,
}

/// The actor's active assignments, newest first (the assigned reviewer), in three
/// queries whatever their number.
pub async fn assignments_for(db: &impl ConnectionTrait, actor: &CurrentUser) -> AppResult<Vec<ReviewerAssignment>> {
    if !actor.has(Role::Reviewer) {
        return Err(AppError::Forbidden("this is for reviewers".to_owned()));
    }
    let assignments = store::active_assignments_of_reviewer(db, actor.id, 500).await?;
    let reviews = store::reviews_of_assignments(db, assignments.iter().map(|row| row.id).collect()).await?;
    let query = crate::applications::json::ApplicationsQuery::default();
    let (applications, _) = applications::list(db, actor, &query, 500, 0).await?;
    Ok(assignments
        .into_iter()
        .filter_map(|row| {
            let application = applications
                .iter()
                .find(|found| found.id == row.application_id)?
                .clone();
            let review = reviews.iter().find(|review| review.assignment_id == row.id);
            let decided_at = application.decision.as_ref().map(|decision| decision.decided_at);
            let open = writable((application.status, decided_at), review).is_ok();
            Some(ReviewerAssignment {
                application,
                assigned_at: row.assigned_at,
                due_at: due_at(row.assigned_at),
                saved_at: review.map(|review| review.updated_at),
                submitted: review.is_some_and(|review| review.status == ReviewStatus::Submitted),
                open,
            })
        })
        .collect())
}

/// What a reviewer scores against: the application as they may read it, the call's
/// rubric, their review so far and whether it may still change.
pub struct ReviewSheet {
    /// The application (without the organisation on a blind-review call).
    pub application: crate::applications::json::ApplicationResponse,
    /// The call's rubric, one criterion per row.
    pub rubric: Vec<RubricCriterion>,
    /// The reviewer's review so far.
    pub review: Option<ReviewResponse>,
    /// Whether the review may still be written or changed.
    pub open: bool,
    /// When the review is due.
    pub due_at: DateTime<Utc>,
}

/// The actor's review sheet for an application assigned to them; anyone else gets 404.
pub async fn review_sheet(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    application_id: Uuid,
) -> AppResult<ReviewSheet> {
    let assignment = active_assignment(db, actor, application_id).await?;
    let application = applications::get(db, actor, application_id).await?;
    let row = applications::found(db, application_id).await?;
    let call = call_of(db, &row).await?;
    let existing = store::review_of_assignment(db, assignment.id).await?;
    let open = writable((row.status, row.decided_at), existing.as_ref()).is_ok()
        && !matches!(call.status, CallStatus::Decided | CallStatus::Cancelled);
    let review = existing
        .map(|found| review_response(found, None, &call.terms.rubric))
        .transpose()?;
    Ok(ReviewSheet {
        application,
        rubric: call.terms.rubric,
        review,
        open,
        due_at: due_at(assignment.assigned_at),
    })
}

/// Why a reviewer may not be assigned to an application, shown before assigning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    /// The reviewer is a member of the applicant organisation.
    Member,
    /// The reviewer declared a conflict, with this reason.
    Declared(String),
}

/// A reviewer as the assignment form offers them for one application.
pub struct ReviewerChoice {
    /// The reviewer's account.
    pub id: Uuid,
    /// Their name.
    pub name: String,
    /// Their conflict with the application, if any.
    pub conflict: Option<Conflict>,
    /// Whether they are assigned now.
    pub assigned: bool,
}

/// An application of a call with its assignments and the reviewers who could be assigned.
pub struct AssignmentBoard {
    /// The application.
    pub application: crate::applications::json::ApplicationResponse,
    /// Its assignments, with declared conflicts.
    pub assignments: Vec<AssignmentResponse>,
    /// Every reviewer, with their conflict with this application.
    pub reviewers: Vec<ReviewerChoice>,
}

/// The call's applications awaiting or under review, each with its assignments and every
/// reviewer with their conflicts (officers), in a fixed number of queries.
pub async fn assignment_board(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    call_id: Uuid,
) -> AppResult<(crate::calls::json::StoredCall, Vec<AssignmentBoard>)> {
    actor.require_any(&[Role::Officer])?;
    let call = crate::calls::service::visible_call(db, Some(actor), call_id).await?;
    let statuses = [ApplicationStatus::Eligible, ApplicationStatus::UnderReview];
    let rows = crate::applications::store::of_call(db, call_id, &statuses).await?;
    let application_ids: Vec<Uuid> = rows.iter().map(|row| row.id).collect();
    let organisation_ids: Vec<Uuid> = rows.iter().map(|row| row.organisation_id).collect();
    let applications = applications::respond_many(db, rows).await?;
    let (reviewers, _) = auth::store::list_users(db, Some(Role::Reviewer), 500, 0).await?;
    let reviewers: Vec<_> = reviewers
        .into_iter()
        .filter(|(user, _)| user.deactivated_at.is_none())
        .map(|(user, _)| user)
        .collect();
    let memberships =
        organisations::store::memberships_among(db, organisation_ids, reviewers.iter().map(|user| user.id).collect())
            .await?;
    let assignments = store::assignments_of_many(db, application_ids).await?;
    let reviews = review_states(db, &assignments).await?;
    let names: HashMap<Uuid, String> = reviewers.iter().map(|user| (user.id, user.full_name.clone())).collect();
    let boards = applications
        .into_iter()
        .map(|application| {
            let own: Vec<&assignment::Model> = assignments
                .iter()
                .filter(|row| row.application_id == application.id)
                .collect();
            let choices = reviewers
                .iter()
                .map(|user| {
                    let mine = own.iter().find(|row| row.reviewer_id == user.id);
                    let member = application
                        .organisation_id
                        .is_some_and(|organisation| memberships.contains(&(organisation, user.id)));
                    let conflict = match mine {
                        _ if member => Some(Conflict::Member),
                        Some(row) if row.status == AssignmentStatus::ConflictDeclared => {
                            Some(Conflict::Declared(row.conflict_reason.clone().unwrap_or_default()))
                        }
                        _ => None,
                    };
                    ReviewerChoice {
                        id: user.id,
                        name: user.full_name.clone(),
                        conflict,
                        assigned: mine.is_some_and(|row| row.status == AssignmentStatus::Active),
                    }
                })
                .collect();
            let assignments = own
                .into_iter()
                .map(|row| {
                    let name = names.get(&row.reviewer_id).cloned();
                    let review = reviews.get(&row.id).copied();
                    assignment_response(row.clone(), name, review)
                })
                .collect();
            AssignmentBoard {
                application,
                assignments,
                reviewers: choices,
            }
        })
        .collect();
    Ok((call, boards))
}

/// Every review under an active assignment of the call's applications, by application,
/// with reviewer names (officers): what the ranking expands inline, in three queries.
pub async fn reviews_of_call(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    call_id: Uuid,
) -> AppResult<HashMap<Uuid, Vec<ReviewResponse>>> {
    actor.require_any(&[Role::Officer])?;
    let call = crate::calls::service::visible_call(db, Some(actor), call_id).await?;
    let rows = crate::applications::store::of_call(db, call_id, &ALL_STATUSES).await?;
    let reviews = store::reviews_of_many(db, rows.iter().map(|row| row.id).collect()).await?;
    let names = reviewer_names(db, reviews.iter().map(|review| review.reviewer_id).collect()).await?;
    let mut by_application: HashMap<Uuid, Vec<ReviewResponse>> = HashMap::new();
    for review in reviews {
        let name = names.get(&review.reviewer_id).cloned();
        let application_id = review.application_id;
        let response = review_response(review, name, &call.terms.rubric)?;
        by_application.entry(application_id).or_default().push(response);
    }
    Ok(by_application)
}
