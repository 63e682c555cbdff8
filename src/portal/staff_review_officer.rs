//! The officer's side of the review cycle: the eligibility screening queue and its
//! finding, assigning reviewers (conflicts shown before assigning), the call's ranking,
//! the decision form (with the award gate's refusal naming what is missing, linked) and
//! the appeals queue, which an officer other than the one who made the finding resolves.

use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::{Value, json};
use uuid::Uuid;

use super::{Done, field_value, organisation_shown};
use crate::AppState;
use crate::applications::json::{ApplicationResponse, ApplicationsQuery, EligibilityRequest};
use crate::applications::rules::ApplicationStatus;
use crate::auth::Role;
use crate::awards::rules::ReportKind;
use crate::decisions::json::{DecisionRequest, ObligationRequest, Resolution, ResolutionRequest, TrancheRequest};
use crate::decisions::rules::Outcome;
use crate::diligence::rules::Standing;
use crate::error::{AppError, AppResult, ProblemKind, Validator};
use crate::i18n::{Language, Message};
use crate::money::{Amount, parse_decimal};
use crate::portal::pages::{FormError, form_errors};
use crate::portal::render::Page;
use crate::portal::staff::Staff;
use crate::portal::staff_finance::{money_text, with_currency};
use crate::portal::views::{self, status_key};
use crate::reviews::service::{self as reviews, Conflict};
use crate::risk::rules::{ResidualRating, RiskStatus};

/// How many tranche rows and reporting obligations the decision form offers.
const TRANCHE_ROWS: usize = 4;
const OBLIGATION_ROWS: usize = 4;

/// The officer's routes of the review cycle.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/screening", get(screening_queue))
        .route("/staff/screening/{id}", get(screen_form).post(screen))
        .route("/staff/calls/{id}/assign", get(assign_form).post(assign))
        .route("/staff/calls/{id}/ranking", get(ranking_page))
        .route("/staff/decisions/{id}", get(decision_form).post(decide))
        .route("/staff/appeals", get(appeals_queue))
        .route("/staff/appeals/{id}", get(appeal_form).post(resolve))
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
        AppError::Validation(errors) => errors.first()?.message.render(language),
        AppError::Conflict { .. } | AppError::Forbidden(_) => error.problem_in(language).detail,
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
        let banner = done.banner(&["screened"], language);
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
        "requested": with_currency(&application.requested_amount.to_string(), application.currency, language),
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
    if let Err(error) = staff.check_form(&form.csrf_token) {
        return staff.answer(&state, Err(error));
    }
    let Ok(application_id) = form.application_id.parse::<Uuid>() else {
        return staff.answer(&state, Err(AppError::NotFound("application")));
    };
    let assigned = async {
        staff.require(&[Role::Officer])?;
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
pub async fn ranking_page(State(state): State<AppState>, staff: Staff, Path(id): Path<Uuid>) -> Response {
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
            json!({ "call": { "id": call.row.id, "title": call.row.title }, "rows": rows }),
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

/// A decision form's fields as typed (to show them again).
#[derive(Debug, Default)]
struct DecisionTyped<'a> {
    fields: Option<&'a [(String, String)]>,
}

impl DecisionTyped<'_> {
    fn get(&self, name: &str) -> &str {
        self.fields.map_or("", |fields| field_value(fields, name))
    }
}

/// The decision form: outcome, reason, amount and tranches, reporting obligations (and
/// the override reason when no review was submitted).
pub async fn decision_form(State(state): State<AppState>, staff: Staff, Path(id): Path<Uuid>) -> Response {
    let page = decision_page(&state, &staff, id, Vec::new(), DecisionTyped::default(), Vec::new()).await;
    staff.answer(&state, page)
}

async fn decision_page(
    state: &AppState,
    staff: &Staff,
    id: Uuid,
    errors: Vec<FormError>,
    typed: DecisionTyped<'_>,
    gate: Vec<Value>,
) -> AppResult<Page> {
    staff.require(&[Role::Officer])?;
    let language = staff.language();
    let application = crate::applications::service::get(&state.db, staff.user(), id).await?;
    let call = crate::calls::service::visible_call(&state.db, Some(staff.user()), application.call_id).await?;
    let reviews = crate::reviews::service::reviews_of(&state.db, staff.user(), id).await?;
    let currency = call.terms.currency;
    let (tranches, obligations) = decision_rows(&typed, &errors);
    let kinds: Vec<Value> = ReportKind::ALL
        .iter()
        .map(|kind| json!({ "value": kind.as_str(), "label": Message::new(format!("staff-review-report-{}", kind.as_str().replace('_', "-"))).render(language) }))
        .collect();
    Ok(Page::new(
        "staff/review_decision.html",
        json!({
            "application": summary(&application, language),
            "decidable": application.status == ApplicationStatus::UnderReview,
            "review_count": reviews.len(),
            "currency": currency.code(),
            "grant_range": format!("{} – {}", money_text(call.terms.min_grant, currency, language), money_text(call.terms.max_grant, currency, language)),
            "outcome": typed.get("outcome"),
            "reason": typed.get("reason"),
            "amount": typed.get("amount"),
            "override_reason": typed.get("override_reason"),
            "tranches": tranches,
            "kinds": kinds,
            "obligations": obligations,
            "gate": gate,
            "errors": errors,
        }),
    ))
}

/// The decision form's tranche and obligation rows, with what was typed and its errors.
fn decision_rows(typed: &DecisionTyped<'_>, errors: &[FormError]) -> (Vec<Value>, Vec<Value>) {
    let cell = |name: String| {
        let error = errors
            .iter()
            .find(|error| error.field == name)
            .map(|error| error.message.clone());
        json!({ "value": typed.get(&name), "error": error, "name": name })
    };
    let tranches = (0..TRANCHE_ROWS)
        .map(|row| {
            json!({
                "number": row + 1,
                "amount": cell(format!("tranches-{row}-amount")),
                "due_on": cell(format!("tranches-{row}-due_on")),
                "condition": cell(format!("tranches-{row}-condition")),
            })
        })
        .collect();
    let obligations = (0..OBLIGATION_ROWS)
        .map(|row| {
            json!({
                "number": row + 1,
                "kind": cell(format!("obligations-{row}-kind")),
                "due_on": cell(format!("obligations-{row}-due_on")),
            })
        })
        .collect();
    (tranches, obligations)
}

/// What the decision form says, as the decisions service takes it; what does not read
/// (an amount, a date, a report kind) is a field error of the form's own name.
fn decision_request(fields: &[(String, String)]) -> AppResult<DecisionRequest> {
    let mut check = Validator::new();
    let outcome = match field_value(fields, "outcome") {
        "awarded" => Some(Outcome::Awarded),
        "rejected" => Some(Outcome::Rejected),
        _ => {
            check.push("outcome", Message::new("staff-review-error-outcome"));
            None
        }
    };
    let amount = amount_of(fields, "amount", &mut check);
    let tranche_amounts: Vec<_> = (0..TRANCHE_ROWS)
        .map(|row| amount_of(fields, &format!("tranches-{row}-amount"), &mut check))
        .collect();
    let mut tranches = Vec::new();
    for (row, amount) in tranche_amounts.into_iter().enumerate() {
        let due_on = date_of(fields, &format!("tranches-{row}-due_on"), &mut check);
        let condition = field_value(fields, &format!("tranches-{row}-condition"))
            .trim()
            .to_owned();
        match (amount, due_on) {
            (Some(amount), Some(due_on)) => tranches.push(TrancheRequest {
                percent: None,
                amount: Some(amount),
                due_on,
                condition,
                condition_report: None,
            }),
            (None, None) if condition.is_empty() => {}
            (None, _) if field_value(fields, &format!("tranches-{row}-amount")).trim().is_empty() => check.push(
                format!("tranches-{row}-amount"),
                Message::new("staff-review-error-tranche-amount"),
            ),
            (Some(_), None) => check.push(
                format!("tranches-{row}-due_on"),
                Message::new("staff-review-error-date"),
            ),
            (None, _) => {}
        }
    }
    let mut reporting_obligations = Vec::new();
    for row in 0..OBLIGATION_ROWS {
        let kind_field = format!("obligations-{row}-kind");
        let kind = ReportKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == field_value(fields, &kind_field));
        let due_on = date_of(fields, &format!("obligations-{row}-due_on"), &mut check);
        match (kind, due_on) {
            (Some(kind), Some(due_on)) => reporting_obligations.push(ObligationRequest { kind, due_on }),
            (None, None) => {}
            (None, Some(_)) => check.push(kind_field, Message::new("staff-review-error-report-kind")),
            (Some(_), None) => check.push(
                format!("obligations-{row}-due_on"),
                Message::new("staff-review-error-date"),
            ),
        }
    }
    check.finish()?;
    let override_reason = field_value(fields, "override_reason").trim();
    Ok(DecisionRequest {
        outcome: outcome.unwrap_or(Outcome::Rejected),
        reason: field_value(fields, "reason").to_owned(),
        amount,
        tranches,
        reporting_obligations,
        override_reason: (!override_reason.is_empty()).then(|| override_reason.to_owned()),
    })
}

/// The amount typed in `name`, if any; one that does not read is an error on the field.
fn amount_of(fields: &[(String, String)], name: &str, check: &mut Validator) -> Option<Amount> {
    let text = field_value(fields, name).trim();
    if text.is_empty() {
        return None;
    }
    match parse_decimal(text) {
        Ok(amount) => Some(Amount(amount)),
        Err(_) => {
            check.push(name, Message::new("staff-review-error-amount"));
            None
        }
    }
}

/// The date typed in `name` (`YYYY-MM-DD`, as a date field sends it), if any; one that does
/// not read is an error on the field.
fn date_of(fields: &[(String, String)], name: &str, check: &mut Validator) -> Option<NaiveDate> {
    let text = field_value(fields, name).trim();
    match text.parse::<NaiveDate>() {
        Ok(date) => Some(date),
        Err(_) if text.is_empty() => None,
        Err(_) => {
            check.push(name, Message::new("staff-review-error-date"));
            None
        }
    }
}

/// The form's name for a field the decisions service names (`tranches[1].amount` is
/// `tranches-1-amount`).
fn form_field(service_field: &str) -> String {
    service_field
        .replace("reporting_obligations", "obligations")
        .replace("].", "-")
        .replace('[', "-")
        .replace(']', "")
}

/// Decides through the decisions service: the ranking with the decision made, or the form
/// again with what is wrong; the award gate's refusal lists what is missing with links.
pub async fn decide(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if let Err(error) = staff.check_form(field_value(&fields, "csrf_token")) {
        return staff.answer(&state, Err(error));
    }
    let decided = async {
        staff.require(&[Role::Officer])?;
        let input = decision_request(&fields)?;
        let threshold = state.config.sanctions_threshold;
        crate::decisions::service::decide(&state.db, state.now(), staff.user(), id, input, threshold).await
    };
    let error = match decided.await {
        Ok(application) => {
            return Redirect::to(&format!(
                "/staff/calls/{}/ranking#application-{id}",
                application.call_id
            ))
            .into_response();
        }
        Err(error) => error,
    };
    refused_decision(&state, &staff, id, error, &fields).await
}

/// The decision form again with what is wrong (the award gate's gaps with their links),
/// or an error page when the refusal is not about what the form says.
async fn refused_decision(
    state: &AppState,
    staff: &Staff,
    id: Uuid,
    error: AppError,
    fields: &[(String, String)],
) -> Response {
    let gate = match error.kind() {
        ProblemKind::AwardPreconditions | ProblemKind::RescreeningRequired => {
            match gate_gaps(state, staff, id, error.kind()).await {
                Ok(gate) => gate,
                Err(error) => return staff.answer(state, Err(error)),
            }
        }
        _ => Vec::new(),
    };
    match decision_errors(&error, !gate.is_empty(), staff.language()) {
        Some(errors) => {
            let typed = DecisionTyped { fields: Some(fields) };
            again(staff, state, errors, |errors| {
                decision_page(state, staff, id, errors, typed, gate)
            })
            .await
        }
        None => staff.answer(state, Err(error)),
    }
}

/// A refused decision as the form's error summary: the fields by the form's names, the
/// award gate's refusal, or a conflict's detail on the outcome; `None` for refusals that
/// are not about what the form says.
fn decision_errors(error: &AppError, gate: bool, language: Language) -> Option<Vec<FormError>> {
    match error {
        AppError::Validation(_) => form_errors(error, &[], language).map(|errors| {
            errors
                .into_iter()
                .map(|error| FormError {
                    field: form_field(&error.field),
                    message: error.message,
                })
                .collect()
        }),
        _ if gate => Some(vec![FormError {
            field: "gate".to_owned(),
            message: Message::new("staff-review-gate-refused").render(language),
        }]),
        _ => refusal_on("outcome", error, language),
    }
}

/// What the award gate finds missing, each with the page where an officer sees to it.
async fn gate_gaps(state: &AppState, staff: &Staff, id: Uuid, kind: ProblemKind) -> AppResult<Vec<Value>> {
    let language = staff.language();
    let standing = crate::decisions::service::gate_standing(&state.db, state.now(), staff.user(), id).await?;
    let diligence = ("diligence", standing.organisation_id);
    let risk = ("risk", id);
    let mut gaps = Vec::new();
    let mut gap = |key: &str, (area, subject): (&str, Uuid), at: Option<String>| {
        let mut message = Message::new(format!("staff-review-gate-{key}"));
        if let Some(at) = at {
            message = message.with("at", at);
        }
        gaps.push(json!({ "text": message.render(language), "area": area, "subject": subject }));
    };
    match standing.diligence {
        Standing::Valid(_) => {}
        Standing::Missing => gap("diligence-missing", diligence, None),
        Standing::Failed => gap("diligence-failed", diligence, None),
        Standing::Expired(at) => gap("diligence-expired", diligence, Some(views::instant(at, language).text)),
    }
    match standing.risk {
        None => gap("risk-missing", risk, None),
        Some((RiskStatus::Approved, ResidualRating::Critical)) => gap("risk-critical", risk, None),
        Some((RiskStatus::Approved, _)) => {}
        Some(_) => gap("risk-unapproved", risk, None),
    }
    if kind == ProblemKind::RescreeningRequired {
        gap("rescreening", diligence, None);
    }
    Ok(gaps)
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
        let banner = done.banner(&["resolved"], language);
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
