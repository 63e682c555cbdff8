//! Handlers of review.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use sea_orm::TransactionTrait;
use serde_json::json;
use uuid::Uuid;

use super::json::{
    AssignRequest, AssignmentResponse, ConflictRequest, RankingEntry, RankingQuery, RankingResponse, Representation,
    ReviewRequest, ReviewResponse,
};
use super::rules::{self, ScoredReview};
use super::store::{self, ACTIVE, CONFLICT_DECLARED, assignment, review};
use crate::AppState;
use crate::applications::rules::{ApplicationAction, ApplicationStatus};
use crate::applications::service::{self as applications, call_of, status_of};
use crate::applications::store::{self as application_store, StatusChange, application};
use crate::audit::{self, AuditEntry};
use crate::auth::{self, CurrentUser, Officer, Role};
use crate::calls::rules::{CallStatus, RubricCriterion};
use crate::error::{AppError, AppResult, OnUnique, Problem, ProblemKind, Validator};
use crate::http::Query;
use crate::organisations;

/// How the ranking orders applications, as shown to officers.
const RANKING_METHOD: &str = "By mean weighted score (0-100; each criterion on its own scale, weighted by the rubric); \
ties by mean reviewer-normalised z-score, then by review count, then by application id. A reviewer with one review \
or no spread contributes z = 0.";

/// Assigns a reviewer (officers). The first assignment moves an eligible application to
/// `under_review`. A reviewer who is a member of the applicant organisation is refused.
#[utoipa::path(
    post, path = "/applications/{id}/assignments", tag = "review",
    params(("id" = Uuid, Path, description = "application id")),
    request_body = AssignRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = AssignmentResponse),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "conflict of interest, already assigned, or not ready for review", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn assign_reviewer(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    crate::http::JsonBody(body): crate::http::JsonBody<AssignRequest>,
) -> AppResult<(StatusCode, Json<AssignmentResponse>)> {
    let current = applications::visible_application(&state, &user, id).await?;
    applications::ensure_call_not_cancelled(&call_of(&state, &current).await?)?;
    let status = status_of(&current)?;
    if !matches!(status, ApplicationStatus::Eligible | ApplicationStatus::UnderReview) {
        return Err(AppError::conflict(
            ProblemKind::NotReadyForReview,
            format!(
                "a {} application cannot get reviewers; it must be eligible first",
                status.as_str()
            ),
        ));
    }
    let not_reviewer = || AppError::field("reviewer_id", "is not a reviewer's account");
    let reviewer = auth::store::find_user(&state.db, body.reviewer_id)
        .await?
        .ok_or_else(not_reviewer)?;
    if !auth::store::roles_of(&state.db, reviewer.id)
        .await?
        .contains(&Role::Reviewer)
    {
        return Err(not_reviewer());
    }
    if organisations::store::is_member(&state.db, current.organisation_id, reviewer.id).await? {
        return Err(AppError::conflict(
            ProblemKind::ConflictOfInterest,
            format!(
                "{} is a member of the applicant organisation and cannot review its application",
                reviewer.full_name
            ),
        ));
    }
    if let Some(existing) = store::find_assignment(&state.db, id, reviewer.id).await? {
        return Err(if existing.status == CONFLICT_DECLARED {
            AppError::conflict(
                ProblemKind::ConflictOfInterest,
                format!("{} declared a conflict with this application", reviewer.full_name),
            )
        } else {
            AppError::conflict(
                ProblemKind::AlreadyAssigned,
                format!("{} is already assigned", reviewer.full_name),
            )
        });
    }
    let now = state.now();
    let row = assignment::Model {
        id: Uuid::new_v4(),
        application_id: id,
        reviewer_id: reviewer.id,
        assigned_by: user.id,
        assigned_at: now,
        status: ACTIVE.to_owned(),
        conflict_reason: None,
        ended_at: None,
    };
    let txn = state.db.begin().await?;
    let created = store::insert_assignment(&txn, row)
        .await
        .on_unique(ProblemKind::AlreadyAssigned, "this reviewer is already assigned")?;
    let entry = AuditEntry::created(
        user.id,
        "review.assigned",
        "application",
        id,
        json!({"reviewer_id": reviewer.id}),
    );
    audit::record(&txn, entry, now).await?;
    if status == ApplicationStatus::Eligible {
        applications::transition(
            &txn,
            user.id,
            &current,
            ApplicationAction::StartReview,
            StatusChange::default(),
            None,
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(assignment_response(created, Some(reviewer.full_name), false)),
    ))
}

/// The assignments of an application, with declared conflicts (officers).
#[utoipa::path(
    get, path = "/applications/{id}/assignments", tag = "review",
    params(("id" = Uuid, Path, description = "application id")),
    security(("bearer" = [])),
    responses((status = 200, body = Vec<AssignmentResponse>), (status = 403, body = Problem), (status = 404, body = Problem))
)]
pub async fn list_assignments(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<Vec<AssignmentResponse>>> {
    applications::visible_application(&state, &user, id).await?;
    let rows = store::assignments_of(&state.db, id).await?;
    let names = reviewer_names(&state, rows.iter().map(|row| row.reviewer_id).collect()).await?;
    let reviewed: Vec<Uuid> = store::reviews_of(&state.db, id)
        .await?
        .iter()
        .map(|review| review.assignment_id)
        .collect();
    Ok(Json(
        rows.into_iter()
            .map(|row| {
                let name = names.get(&row.reviewer_id).cloned();
                let has_review = reviewed.contains(&row.id);
                assignment_response(row, name, has_review)
            })
            .collect(),
    ))
}

/// Declares a conflict of interest (the assigned reviewer); the assignment ends and the
/// officer sees the reason.
#[utoipa::path(
    post, path = "/applications/{id}/conflicts", tag = "review",
    params(("id" = Uuid, Path, description = "application id")),
    request_body = ConflictRequest,
    security(("bearer" = [])),
    responses((status = 200, body = AssignmentResponse), (status = 404, body = Problem), (status = 422, body = Problem))
)]
pub async fn declare_conflict(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    crate::http::JsonBody(body): crate::http::JsonBody<ConflictRequest>,
) -> AppResult<Json<AssignmentResponse>> {
    let assignment = active_assignment(&state, &user, id).await?;
    let mut check = Validator::new();
    check.required_text("reason", &body.reason, 2_000);
    check.finish()?;
    let reason = body.reason.trim().to_owned();
    let now = state.now();
    let txn = state.db.begin().await?;
    if !store::end_with_conflict(&txn, assignment.id, &reason, now).await? {
        return Err(AppError::NotFound("assignment"));
    }
    let entry = AuditEntry::status_changed(
        user.id,
        "review.conflict_declared",
        "application",
        id,
        (ACTIVE, CONFLICT_DECLARED),
        Some(reason.clone()),
    );
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    let ended = assignment::Model {
        status: CONFLICT_DECLARED.to_owned(),
        conflict_reason: Some(reason),
        ended_at: Some(now),
        ..assignment
    };
    Ok(Json(assignment_response(ended, None, false)))
}

/// Submits or revises the caller's review (the assigned reviewer), until the call is decided.
#[utoipa::path(
    put, path = "/applications/{id}/reviews/mine", tag = "review",
    params(("id" = Uuid, Path, description = "application id")),
    request_body = ReviewRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = ReviewResponse), (status = 404, body = Problem),
        (status = 409, description = "the call is decided", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn submit_review(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    crate::http::JsonBody(body): crate::http::JsonBody<ReviewRequest>,
) -> AppResult<Json<ReviewResponse>> {
    let assignment = active_assignment(&state, &user, id).await?;
    let application = application_store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("application"))?;
    let call = call_of(&state, &application).await?;
    if matches!(call.status, CallStatus::Decided | CallStatus::Cancelled) {
        return Err(AppError::conflict(
            ProblemKind::CallDecided,
            format!("the call is {}; reviews can no longer change", call.status.as_str()),
        ));
    }
    let mut check = Validator::new();
    rules::check_scores(&body.scores, &call.terms.rubric, &mut check);
    check.required_text("comment", &body.comment, 20_000);
    check.finish()?;
    let now = state.now();
    let existing = store::review_of_assignment(&state.db, assignment.id).await?;
    let row = review::Model {
        id: existing.as_ref().map_or_else(Uuid::new_v4, |found| found.id),
        assignment_id: assignment.id,
        application_id: id,
        reviewer_id: user.id,
        scores: json!(body.scores),
        comment: body.comment.trim().to_owned(),
        submitted_at: existing.as_ref().map_or(now, |found| found.submitted_at),
        updated_at: now,
    };
    let txn = state.db.begin().await?;
    let saved = store::save_review(&txn, row, existing.is_some()).await?;
    let score = rules::weighted_score(&body.scores, &call.terms.rubric);
    let action = if existing.is_some() {
        "review.revised"
    } else {
        "review.submitted"
    };
    let entry = AuditEntry::created(
        user.id,
        action,
        "application",
        id,
        json!({"scores": body.scores, "weighted_score": score}),
    );
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(Json(review_response(saved, None, &call.terms.rubric)))
}

/// The caller's own review (the assigned reviewer).
#[utoipa::path(
    get, path = "/applications/{id}/reviews/mine", tag = "review",
    params(("id" = Uuid, Path, description = "application id")),
    security(("bearer" = [])),
    responses((status = 200, body = ReviewResponse), (status = 404, body = Problem))
)]
pub async fn get_my_review(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<ReviewResponse>> {
    let assignment = active_assignment(&state, &user, id).await?;
    let found = store::review_of_assignment(&state.db, assignment.id)
        .await?
        .ok_or(AppError::NotFound("review"))?;
    let application = application_store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("application"))?;
    let call = call_of(&state, &application).await?;
    Ok(Json(review_response(found, None, &call.terms.rubric)))
}

/// Every review of an application (officers).
#[utoipa::path(
    get, path = "/applications/{id}/reviews", tag = "review",
    params(("id" = Uuid, Path, description = "application id")),
    security(("bearer" = [])),
    responses((status = 200, body = Vec<ReviewResponse>), (status = 403, body = Problem), (status = 404, body = Problem))
)]
pub async fn list_reviews(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<Vec<ReviewResponse>>> {
    let application = applications::visible_application(&state, &user, id).await?;
    let call = call_of(&state, &application).await?;
    let reviews = store::reviews_of(&state.db, id).await?;
    let names = reviewer_names(&state, reviews.iter().map(|review| review.reviewer_id).collect()).await?;
    Ok(Json(
        reviews
            .into_iter()
            .map(|review| {
                let name = names.get(&review.reviewer_id).cloned();
                review_response(review, name, &call.terms.rubric)
            })
            .collect(),
    ))
}

/// The call's applications in rank order, with the representation of the top group
/// (officers). See `reviews::rules` for the method.
#[utoipa::path(
    get, path = "/calls/{id}/ranking", tag = "review",
    params(("id" = Uuid, Path, description = "call id"), RankingQuery),
    security(("bearer" = [])),
    responses((status = 200, body = RankingResponse), (status = 403, body = Problem), (status = 404, body = Problem))
)]
pub async fn get_ranking(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    Query(query): Query<RankingQuery>,
) -> AppResult<Json<RankingResponse>> {
    let call = crate::calls::visible_call(&state, Some(&user), id).await?;
    let in_review = [
        ApplicationStatus::Eligible,
        ApplicationStatus::UnderReview,
        ApplicationStatus::Awarded,
        ApplicationStatus::Rejected,
        ApplicationStatus::Appealed,
    ];
    let everything = application_store::of_call(&state.db, id, &crate::applications::rules::ALL_STATUSES).await?;
    let reviews = store::reviews_of_many(&state.db, everything.iter().map(|row| row.id).collect()).await?;
    let applications: Vec<application::Model> = everything
        .into_iter()
        .filter(|row| status_of(row).is_ok_and(|status| in_review.contains(&status)))
        .collect();
    let scored: Vec<ScoredReview> = reviews
        .iter()
        .map(|review| ScoredReview {
            application_id: review.application_id,
            reviewer_id: review.reviewer_id,
            score: rules::weighted_score(&scores_of(review), &call.terms.rubric),
        })
        .collect();
    let ranked = rules::rank(&applications.iter().map(|row| row.id).collect::<Vec<_>>(), &scored);
    let organisations =
        organisations::store::find_many(&state.db, applications.iter().map(|row| row.organisation_id).collect())
            .await?;
    let top = query.top.unwrap_or(10).clamp(1, 500);
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
            count_in(&mut representation, organisation, &state);
        }
        items.push(ranking_entry(
            entry,
            row,
            organisation.map(|organisation| organisation.legal_name.clone()),
        )?);
    }
    Ok(Json(RankingResponse {
        call_id: id,
        method: RANKING_METHOD,
        items,
        representation,
    }))
}

fn count_in(
    representation: &mut Representation,
    organisation: Option<&organisations::store::organisation::Model>,
    state: &AppState,
) {
    representation.count += 1;
    let Some(organisation) = organisation else { return };
    let region = state
        .reference
        .country(&organisation.country)
        .map_or_else(|| "unknown".to_owned(), |country| country.region.clone());
    *representation.by_region.entry(region).or_default() += 1;
    representation.women_led += usize::from(organisation.women_led);
    representation.youth_led += usize::from(organisation.youth_led);
}

fn ranking_entry(
    entry: rules::Ranked,
    row: &application::Model,
    organisation_name: Option<String>,
) -> AppResult<RankingEntry> {
    Ok(RankingEntry {
        rank: entry.rank,
        application_id: row.id,
        title: row.title.clone(),
        status: status_of(row)?,
        organisation_id: row.organisation_id,
        organisation_name,
        weighted_mean: entry.weighted_mean,
        normalised_mean: entry.normalised_mean,
        review_count: entry.review_count,
        spread: entry.spread,
    })
}

/// The caller's active assignment to the application, or 404 (a reviewer learns nothing
/// about applications not assigned to them).
async fn active_assignment(state: &AppState, user: &CurrentUser, application_id: Uuid) -> AppResult<assignment::Model> {
    if !user.has(Role::Reviewer) {
        return Err(AppError::Forbidden("this is for the assigned reviewer".to_owned()));
    }
    store::find_assignment(&state.db, application_id, user.id)
        .await?
        .filter(|found| found.status == ACTIVE)
        .ok_or(AppError::NotFound("application"))
}

async fn reviewer_names(state: &AppState, ids: Vec<Uuid>) -> AppResult<std::collections::HashMap<Uuid, String>> {
    Ok(auth::store::find_users(&state.db, ids)
        .await?
        .into_iter()
        .map(|user| (user.id, user.full_name))
        .collect())
}

fn scores_of(review: &review::Model) -> BTreeMap<String, i64> {
    serde_json::from_value(review.scores.clone()).unwrap_or_default()
}

fn review_response(review: review::Model, reviewer_name: Option<String>, rubric: &[RubricCriterion]) -> ReviewResponse {
    let scores = scores_of(&review);
    ReviewResponse {
        id: review.id,
        application_id: review.application_id,
        reviewer_id: review.reviewer_id,
        reviewer_name,
        weighted_score: rules::weighted_score(&scores, rubric),
        scores,
        comment: review.comment,
        submitted_at: review.submitted_at,
        updated_at: review.updated_at,
    }
}

fn assignment_response(row: assignment::Model, reviewer_name: Option<String>, reviewed: bool) -> AssignmentResponse {
    AssignmentResponse {
        id: row.id,
        application_id: row.application_id,
        reviewer_id: row.reviewer_id,
        reviewer_name,
        status: row.status,
        conflict_reason: row.conflict_reason,
        assigned_at: row.assigned_at,
        ended_at: row.ended_at,
        reviewed,
    }
}
