//! The officer's side of the review cycle: the eligibility screening queue and its
//! finding, assigning reviewers (conflicts shown before assigning), the call's ranking,
//! the decision ([`decision`]: the form, the check page and the final button) and the
//! appeals queue, which an officer other than the one who made the finding resolves.

#[path = "staff_review_decision.rs"]
mod decision;

use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Deserialize;
use serde_json::{Value, json};
use uuid::Uuid;

use super::{field_value, organisation_shown};
use crate::AppState;
use crate::applications::json::{ApplicationResponse, ApplicationsQuery, EligibilityRequest};
use crate::applications::rules::ApplicationStatus;
use crate::auth::Role;
use crate::decisions::json::{Resolution, ResolutionRequest};
use crate::error::{AppError, AppResult};
use crate::i18n::{Language, Message};
use crate::portal::done::Done;
use crate::portal::pages::FormError;
use crate::portal::render::Page;
use crate::portal::staff::Staff;
use crate::portal::views::{self, status_key};
use crate::reviews::service::{self as reviews, Conflict};

/// The officer's routes of the review cycle.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/screening", get(screening_queue))
        .route("/staff/screening/{id}", get(screen_form).post(screen))
        .route("/staff/calls/{id}/assign", get(assign_form).post(assign))
        .route("/staff/calls/{id}/ranking", get(ranking_page))
        .route("/staff/appeals", get(appeals_queue))
        .route("/staff/appeals/{id}", get(appeal_form).post(resolve))
        .merge(decision::routes())
}

/// The page again with `errors` (422), or an error page when the refusal is not about
/// what the form says.
async fn again<Fut>(
    staff: &Staff,
    state: &AppState,
    errors: Vec<FormError>,
    page: impl FnOnce(Vec<FormError>) -> Fut,
) -> Response
where
    Fut: std::future::Future<Output = AppResult<Page>>,
{
    let page = page(errors).await;
    staff.answer(
        state,
        page.map(|page| page.with_status(StatusCode::UNPROCESSABLE_ENTITY)),
    )
}

/// What a form leads to: the page `next`, or the form's page again with the refusal as an
/// error on `field` (see [`refusal_on`]), or an error page.
async fn after<Fut>(
    staff: &Staff,
    state: &AppState,
    next: AppResult<String>,
    field: &str,
    page: impl FnOnce(Vec<FormError>) -> Fut,
) -> Response
where
    Fut: std::future::Future<Output = AppResult<Page>>,
{
    match next {
        Ok(next) => Redirect::to(&next).into_response(),
        Err(error) => match refusal_on(field, &error, staff.language()) {
            Some(errors) => again(staff, state, errors, page).await,
            None => staff.answer(state, Err(error)),
        },
    }
}

/// A refusal as one error on `field`: a conflict's detail or the first field error, in
/// the reader's language; `None` for refusals that are not about what the form says.
fn refusal_on(field: &str, error: &AppError, language: Language) -> Option<Vec<FormError>> {
    let message = match error {
        AppError::Validation(errors) => errors.first()?.message.render_on_page(language),
        AppError::Conflict { .. } | AppError::Forbidden(_) => error.problem_on_page(language).detail,
        _ => return None,
    };
    Some(vec![FormError {
        field: field.to_owned(),
        message,
    }])
}

/// An application state as a tag shows it.
fn status_text(status: ApplicationStatus, language: Language) -> String {
    Message::new(format!("portal-status-{}", status_key(status))).render(language)
}

/// The screening queue: submitted applications waiting for a finding, oldest first, and
/// the calls with applications in review (to assign reviewers and read the ranking).
pub async fn screening_queue(State(state): State<AppState>, staff: Staff, Query(done): Query<Done>) -> Response {
    let page = async {
        staff.require(&[Role::Officer])?;
        let language = staff.language();
        let query = ApplicationsQuery {
            status: Some(ApplicationStatus::Submitted),
            ..ApplicationsQuery::default()
        };
        let (mut submitted, _) = crate::applications::service::list(&state.db, staff.user(), &query, 200, 0).await?;
        submitted.sort_by_key(|application| application.submitted_at);
        let queue: Vec<Value> = submitted
            .iter()
            .map(|application| summary(application, language))
            .collect();
        let calls = calls_in_review(&state, &staff).await?;
        let banner = done.notice("staff-review-done", &["screened"], language);
        Ok(Page::new(
            "staff/review_screening.html",
            json!({ "queue": queue, "calls": calls, "banner": banner }),
        ))
    };
    staff.answer(&state, page.await)
}

/// The calls with applications eligible or under review, each with their number.
async fn calls_in_review(state: &AppState, staff: &Staff) -> AppResult<Vec<Value>> {
    let mut calls: Vec<(Uuid, String, usize)> = Vec::new();
    for status in [ApplicationStatus::Eligible, ApplicationStatus::UnderReview] {
        let query = ApplicationsQuery {
            status: Some(status),
            ..ApplicationsQuery::default()
        };
        let (rows, _) = crate::applications::service::list(&state.db, staff.user(), &query, 500, 0).await?;
        for row in rows {
            match calls.iter_mut().find(|(id, _, _)| *id == row.call_id) {
                Some(call) => call.2 += 1,
                None => calls.push((row.call_id, row.call_title.unwrap_or_default(), 1)),
            }
        }
    }
    Ok(calls
        .into_iter()
        .map(|(id, title, count)| json!({ "id": id, "title": title, "count": count }))
        .collect())
}

/// Screening one application: its summary, the call's eligibility criteria to tick when
/// met, and the reason the applicant reads.
pub async fn screen_form(State(state): State<AppState>, staff: Staff, Path(id): Path<Uuid>) -> Response {
    let page = screen_page(&state, &staff, id, Vec::new(), None).await;
    staff.answer(&state, page)
}

async fn screen_page(
    state: &AppState,
    staff: &Staff,
    id: Uuid,
    errors: Vec<FormError>,
    typed: Option<&[(String, String)]>,
) -> AppResult<Page> {
    staff.require(&[Role::Officer])?;
    let application = crate::applications::service::get(&state.db, staff.user(), id).await?;
    let call = crate::calls::service::visible_call(&state.db, Some(staff.user()), application.call_id).await?;
    let criteria: Vec<Value> = call
        .terms
        .eligibility_criteria
        .iter()
        .map(|criterion| {
            let met = typed.is_some_and(|fields| {
                fields
                    .iter()
                    .any(|(name, value)| name == "met" && *value == criterion.key)
            });
            json!({ "key": criterion.key, "description": criterion.description, "met": met })
        })
        .collect();
    let reason = typed.map(|fields| field_value(fields, "reason")).unwrap_or_default();
    Ok(Page::new(
        "staff/review_screen.html",
        json!({
            "application": summary(&application, staff.language()),
            "submitted": application.status == ApplicationStatus::Submitted,
            "criteria": criteria,
            "reason": reason,
            "errors": errors,
        }),
    ))
}

/// An application's summary as the officer's pages show it.
fn summary(application: &ApplicationResponse, language: Language) -> Value {
    json!({
        "id": application.id,
        "title": application.title,
        "call": application.call_title,
        "call_id": application.call_id,
        "organisation": organisation_shown(application),
        "organisation_id": application.organisation_id,
        "summary": application.summary,
        "requested": crate::portal::views::written(&application.requested_amount.to_string(), application.currency, language),
        "status": status_text(application.status, language),
        "submitted": application.submitted_at.map(|at| views::instant(at, language)),
    })
}

/// Records the finding through the applications service: eligible when every criterion is
/// ticked as met, otherwise ineligible failing the unticked ones, with the reason.
pub async fn screen(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if let Err(error) = staff.check_form(field_value(&fields, "csrf_token")) {
        return staff.answer(&state, Err(error));
    }
    let screened = record_finding(&state, &staff, id, &fields);
    let next = screened.await.map(|()| "/staff/screening?done=screened".to_owned());
    after(&staff, &state, next, "reason", |errors| {
        screen_page(&state, &staff, id, errors, Some(fields.as_slice()))
    })
    .await
}

/// Records the finding the screening form says: eligible when every criterion is ticked.
async fn record_finding(state: &AppState, staff: &Staff, id: Uuid, fields: &[(String, String)]) -> AppResult<()> {
    staff.require(&[Role::Officer])?;
    let application = crate::applications::service::get(&state.db, staff.user(), id).await?;
    let call = crate::calls::service::visible_call(&state.db, Some(staff.user()), application.call_id).await?;
    let failed_criteria: Vec<String> = call
        .terms
        .eligibility_criteria
        .iter()
        .filter(|criterion| {
            !fields
                .iter()
                .any(|(name, value)| name == "met" && *value == criterion.key)
        })
        .map(|criterion| criterion.key.clone())
        .collect();
    let reason = field_value(fields, "reason").trim();
    let input = EligibilityRequest {
        eligible: failed_criteria.is_empty(),
        failed_criteria,
        reason: (!reason.is_empty()).then(|| reason.to_owned()),
    };
    crate::applications::service::screen(&state.db, state.now(), staff.user(), id, input).await?;
    Ok(())
}

/// Assigning reviewers to a call's applications: each application with its reviewers and
/// their state, and the reviewer list with any conflict shown before assigning.
pub async fn assign_form(State(state): State<AppState>, staff: Staff, Path(id): Path<Uuid>) -> Response {
    let page = assign_page(&state, &staff, id, Vec::new()).await;
    staff.answer(&state, page)
}

async fn assign_page(state: &AppState, staff: &Staff, call_id: Uuid, errors: Vec<FormError>) -> AppResult<Page> {
    let language = staff.language();
    let (call, boards) = reviews::assignment_board(&state.db, staff.user(), call_id).await?;
    let applications: Vec<Value> = boards
        .iter()
        .map(|board| board_view(board, &errors, language))
        .collect();
    Ok(Page::new(
        "staff/review_assign.html",
        json!({ "call": { "id": call.row.id, "title": call.row.title }, "applications": applications, "errors": errors }),
    ))
}

/// One application of the assignment page: its reviewers, the reviewers who could be
/// assigned with their conflicts, and the form's error for it.
fn board_view(board: &reviews::AssignmentBoard, errors: &[FormError], language: Language) -> Value {
    let assignments: Vec<Value> = board
        .assignments
        .iter()
        .map(|assignment| {
            json!({
                "name": assignment.reviewer_name,
                "active": assignment.status == "active",
                "reviewed": assignment.reviewed,
                "in_progress": assignment.in_progress,
                "reason": assignment.conflict_reason,
                "assigned": views::instant(assignment.assigned_at, language),
            })
        })
        .collect();
    let reviewers: Vec<Value> = board
        .reviewers
        .iter()
        .filter(|reviewer| !reviewer.assigned)
        .map(|reviewer| {
            let conflict = reviewer.conflict.as_ref().map(|conflict| match conflict {
                Conflict::Member => Message::new("staff-review-conflict-member").render(language),
                Conflict::Declared(reason) => Message::new("staff-review-conflict-declared")
                    .with("reason", reason.clone())
                    .render(language),
            });
            json!({ "id": reviewer.id, "name": reviewer.name, "conflict": conflict })
        })
        .collect();
    let field = format!("reviewer-{}", board.application.id);
    json!({
        "application": summary(&board.application, language),
        "assignments": assignments,
        "reviewers": reviewers,
        "error": errors.iter().find(|error| error.field == field).map(|error| error.message.clone()),
        "field": field,
    })
}

/// What the assign button sends.
#[derive(Debug, Default, Deserialize)]
pub struct AssignForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    application_id: String,
    #[serde(default)]
    reviewer_id: String,
}

/// Assigns the chosen reviewer through the reviews service; a refusal (a conflict, an
/// assignment already made) shows the page again with the reason next to the application.
pub async fn assign(
    State(state): State<AppState>,
    staff: Staff,
    Path(call_id): Path<Uuid>,
    Form(form): Form<AssignForm>,
) -> Response {
    if let Err(error) = staff
        .check_form(&form.csrf_token)
        .and_then(|()| staff.require(&[Role::Officer]))
    {
        return staff.answer(&state, Err(error));
    }
    let Ok(application_id) = form.application_id.parse::<Uuid>() else {
        return staff.answer(&state, Err(AppError::NotFound("application")));
    };
    let assigned = async {
        let application = crate::applications::service::get(&state.db, staff.user(), application_id).await?;
        if application.call_id != call_id {
            return Err(AppError::NotFound("application"));
        }
        let reviewer_id = form
            .reviewer_id
            .parse::<Uuid>()
            .map_err(|_| AppError::field("reviewer_id", Message::new("staff-review-error-reviewer")))?;
        reviews::assign(&state.db, state.now(), staff.user(), application_id, reviewer_id).await?;
        Ok(())
    };
    let next = assigned
        .await
        .map(|()| format!("/staff/calls/{call_id}/assign#application-{application_id}"));
    let field = format!("reviewer-{application_id}");
    after(&staff, &state, next, &field, |errors| {
        assign_page(&state, &staff, call_id, errors)
    })
    .await
}

/// The call's ranking: rank, weighted mean, normalised mean, spread and review count, each
/// application's reviews expanding inline, and a way to decide from the table.
pub async fn ranking_page(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Query(done): Query<Done>,
) -> Response {
    let page = async {
        staff.require(&[Role::Officer])?;
        let language = staff.language();
        let call = crate::calls::service::visible_call(&state.db, Some(staff.user()), id).await?;
        let ranking = reviews::ranking(
            &state.db,
            staff.user(),
            id,
            (None, Default::default()),
            &state.reference,
        )
        .await?;
        let mut by_application = reviews::reviews_of_call(&state.db, staff.user(), id).await?;
        let rows: Vec<Value> = ranking
            .items
            .iter()
            .map(|item| {
                let reviews = by_application.remove(&item.application_id).unwrap_or_default();
                ranking_row(item, reviews, &call.terms.rubric, language)
            })
            .collect();
        Ok(Page::new(
            "staff/review_ranking.html",
            json!({
                "call": { "id": call.row.id, "title": call.row.title },
                "rows": rows,
                "banner": done.notice("staff-review-done", &["decided"], language),
            }),
        ))
    };
    staff.answer(&state, page.await)
}

/// One row of the ranking, with its reviews to expand inline.
fn ranking_row(
    item: &crate::reviews::json::RankingEntry,
    reviews: Vec<crate::reviews::json::ReviewResponse>,
    rubric: &[crate::calls::rules::RubricCriterion],
    language: Language,
) -> Value {
    let figure = |value: Option<rust_decimal::Decimal>| value.map(|value| value.round_dp(2).normalize().to_string());
    let reviews: Vec<Value> = reviews
        .into_iter()
        .map(|review| {
            let scores: Vec<Value> = rubric
                .iter()
                .map(|criterion| {
                    json!({
                        "criterion": criterion.description,
                        "score": review.scores.get(&criterion.key),
                        "max": criterion.max_score,
                    })
                })
                .collect();
            json!({
                "reviewer": review.reviewer_name,
                "weighted": review.weighted_score.normalize().to_string(),
                "scores": scores,
                "comment": review.comment,
                "updated": views::instant(review.updated_at, language),
            })
        })
        .collect();
    json!({
        "rank": item.rank,
        "id": item.application_id,
        "title": item.title,
        "organisation": item.organisation_name,
        "status": status_text(item.status, language),
        "decidable": item.status == ApplicationStatus::UnderReview,
        "weighted": figure(item.weighted_mean),
        "normalised": figure(item.normalised_mean),
        "spread": figure(item.spread),
        "count": item.review_count,
        "reviews": reviews,
    })
}

/// The appeals queue: open appeals, oldest first, each marked when the reader made the
/// finding (another officer resolves it).
pub async fn appeals_queue(State(state): State<AppState>, staff: Staff, Query(done): Query<Done>) -> Response {
    let page = async {
        staff.require(&[Role::Officer])?;
        let language = staff.language();
        let rows: Vec<Value> = crate::decisions::service::open_appeals(&state.db, staff.user())
            .await?
            .into_iter()
            .map(|(appeal, application, made_by)| {
                json!({
                    "id": appeal.id,
                    "title": application.title,
                    "organisation": application.organisation_name,
                    "call": application.call_title,
                    "from": status_text(application_status(&appeal.appealed_from), language),
                    "filed": views::instant(appeal.filed_at, language),
                    "own": made_by == staff.user().id,
                })
            })
            .collect();
        let banner = done.notice("staff-review-done", &["resolved"], language);
        Ok(Page::new(
            "staff/review_appeals.html",
            json!({ "rows": rows, "banner": banner }),
        ))
    };
    staff.answer(&state, page.await)
}

/// The state an appeal was filed against, by its stored name.
fn application_status(name: &str) -> ApplicationStatus {
    match name {
        "ineligible" => ApplicationStatus::Ineligible,
        _ => ApplicationStatus::Rejected,
    }
}

/// One appeal: the grounds, the finding appealed, and the resolution form, unless the
/// reader made the finding.
pub async fn appeal_form(State(state): State<AppState>, staff: Staff, Path(id): Path<Uuid>) -> Response {
    let page = appeal_page(&state, &staff, id, Vec::new(), None).await;
    staff.answer(&state, page)
}

async fn appeal_page(
    state: &AppState,
    staff: &Staff,
    id: Uuid,
    errors: Vec<FormError>,
    typed: Option<&ResolveForm>,
) -> AppResult<Page> {
    staff.require(&[Role::Officer])?;
    let language = staff.language();
    let (appeal, _) = crate::decisions::service::visible_appeal(&state.db, staff.user(), id).await?;
    let application = crate::applications::service::get(&state.db, staff.user(), appeal.application_id).await?;
    let finding = match appeal.appealed_from {
        ApplicationStatus::Ineligible => application.eligibility.as_ref().and_then(|found| found.reason.clone()),
        _ => application.decision.as_ref().map(|decision| decision.reason.clone()),
    };
    Ok(Page::new(
        "staff/review_appeal.html",
        json!({
            "id": id,
            "application": summary(&application, language),
            "from": status_text(appeal.appealed_from, language),
            "finding": finding,
            "grounds": appeal.grounds,
            "filed": views::instant(appeal.filed_at, language),
            "open": appeal.status == crate::decisions::rules::AppealStatus::Open,
            "own": appeal.finding_made_by == staff.user().id,
            "outcome": typed.map_or("", |form| form.outcome.as_str()),
            "reason": typed.map_or("", |form| form.reason.as_str()),
            "errors": errors,
        }),
    ))
}

/// What the resolution form sends.
#[derive(Debug, Default, Deserialize)]
pub struct ResolveForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    reason: String,
}

/// Resolves the appeal through the decisions service: the queue, or the form again.
pub async fn resolve(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(form): Form<ResolveForm>,
) -> Response {
    if let Err(error) = staff.check_form(&form.csrf_token) {
        return staff.answer(&state, Err(error));
    }
    let resolved = record_resolution(&state, &staff, id, &form);
    let outcome = resolved.await;
    let field = match &outcome {
        Err(AppError::Validation(errors)) if errors.iter().any(|error| error.field == "reason") => "reason",
        _ => "outcome",
    };
    let next = outcome.map(|()| "/staff/appeals?done=resolved".to_owned());
    after(&staff, &state, next, field, |errors| {
        appeal_page(&state, &staff, id, errors, Some(&form))
    })
    .await
}

/// Resolves the appeal as the resolution form says, through the decisions service.
async fn record_resolution(state: &AppState, staff: &Staff, id: Uuid, form: &ResolveForm) -> AppResult<()> {
    staff.require(&[Role::Officer])?;
    let outcome = match form.outcome.as_str() {
        "upheld" => Resolution::Upheld,
        "overturned" => Resolution::Overturned,
        _ => {
            return Err(AppError::field(
                "outcome",
                Message::new("staff-review-error-resolution"),
            ));
        }
    };
    let input = ResolutionRequest {
        outcome,
        reason: form.reason.clone(),
    };
    crate::decisions::service::resolve_appeal(&state.db, state.now(), staff.user(), id, input).await?;
    Ok(())
}
