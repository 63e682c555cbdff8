//! The review cycle in the staff workspace. Reviewers (`/staff/reviews`): their
//! assignments with due dates (never the organisation on a blind-review call), scoring an
//! application against the call's rubric beside the applicant's answers and files, and
//! declaring a conflict. Officers: the screening queue, assigning reviewers, the ranking
//! and the decision (form, check page, record), and the appeals queue ([`officer`]). Every page calls the same
//! services as the JSON API (`reviews`, `applications`, `decisions`).

#[path = "staff_review_officer.rs"]
mod officer;

use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::response::Response;
use axum::routing::get;
use serde::Deserialize;
use serde_json::{Value, json};
use uuid::Uuid;

use super::pages::{FormError, FormFields, after_form};
use super::render::Page;
use super::staff::Staff;
use super::views::{self, status_key};
use crate::AppState;
use crate::applications::json::ApplicationResponse;
use crate::auth::Role;
use crate::error::{AppResult, Validator};
use crate::i18n::Message;
use crate::portal::done::Done;
use crate::reviews::json::ReviewRequest;
use crate::reviews::service as reviews;

/// The templates of these pages.
pub const TEMPLATES: [(&str, &str); 13] = [
    (
        "staff/review_macros.html",
        include_str!("../../templates/portal/staff/review_macros.html"),
    ),
    (
        "staff/review_assignments.html",
        include_str!("../../templates/portal/staff/review_assignments.html"),
    ),
    (
        "staff/review_score.html",
        include_str!("../../templates/portal/staff/review_score.html"),
    ),
    (
        "staff/review_conflict.html",
        include_str!("../../templates/portal/staff/review_conflict.html"),
    ),
    (
        "staff/review_application.html",
        include_str!("../../templates/portal/staff/review_application.html"),
    ),
    (
        "staff/review_screening.html",
        include_str!("../../templates/portal/staff/review_screening.html"),
    ),
    (
        "staff/review_screen.html",
        include_str!("../../templates/portal/staff/review_screen.html"),
    ),
    (
        "staff/review_assign.html",
        include_str!("../../templates/portal/staff/review_assign.html"),
    ),
    (
        "staff/review_ranking.html",
        include_str!("../../templates/portal/staff/review_ranking.html"),
    ),
    (
        "staff/review_decision.html",
        include_str!("../../templates/portal/staff/review_decision.html"),
    ),
    (
        "staff/review_decision_check.html",
        include_str!("../../templates/portal/staff/review_decision_check.html"),
    ),
    (
        "staff/review_appeals.html",
        include_str!("../../templates/portal/staff/review_appeals.html"),
    ),
    (
        "staff/review_appeal.html",
        include_str!("../../templates/portal/staff/review_appeal.html"),
    ),
];

/// The routes of the review cycle's pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/reviews", get(assignments_page))
        .route("/staff/reviews/{id}", get(score_form).post(save_scores))
        .route(
            "/staff/reviews/{id}/conflict",
            get(conflict_form).post(declare_conflict),
        )
        .merge(officer::routes())
}

/// A reviewer's assignments: the application, its call, the organisation (hidden on a
/// blind-review call), when it is due, and where the review stands.
pub async fn assignments_page(State(state): State<AppState>, staff: Staff, Query(done): Query<Done>) -> Response {
    let page = async {
        staff.require(&[Role::Reviewer])?;
        let language = staff.language();
        let now = state.now();
        let rows: Vec<Value> = reviews::assignments_for(&state.db, staff.user())
            .await?
            .into_iter()
            .map(|row| {
                let progress = match (row.submitted, row.open, row.saved_at.is_some()) {
                    (true, _, _) => "submitted",
                    (false, false, _) => "closed",
                    (false, true, true) => "saved",
                    (false, true, false) => "to-do",
                };
                json!({
                    "id": row.application.id,
                    "title": row.application.title,
                    "call": row.application.call_title,
                    "organisation": organisation_shown(&row.application),
                    "assigned": views::instant(row.assigned_at, language),
                    "due": views::instant(row.due_at, language),
                    "overdue": row.open && row.saved_at.is_none() && row.due_at < now,
                    "progress": progress,
                    "saved": row.saved_at.map(|at| views::instant(at, language)),
                    "open": row.open,
                })
            })
            .collect();
        let banner = done.notice("staff-review-done", &["saved", "submitted", "conflict"], language);
        Ok(Page::new(
            "staff/review_assignments.html",
            json!({ "rows": rows, "banner": banner }),
        ))
    };
    staff.answer(&state, page.await)
}

/// The organisation's name as a reviewer may read it: `None` on a blind-review call.
fn organisation_shown(application: &ApplicationResponse) -> Option<String> {
    match application.identity_hidden {
        true => None,
        false => application.organisation_name.clone(),
    }
}

/// The scoring page: the application on one side, the rubric with the reviewer's scores
/// and comment on the other; read-only once the application is decided.
pub async fn score_form(State(state): State<AppState>, staff: Staff, Path(id): Path<Uuid>) -> Response {
    let page = score_page(&state, &staff, id, &[], None).await;
    staff.answer(&state, page)
}

/// The scoring page, with what was typed and its errors when a form was refused.
async fn score_page(
    state: &AppState,
    staff: &Staff,
    id: Uuid,
    errors: &[FormError],
    typed: Option<&[(String, String)]>,
) -> AppResult<Page> {
    let sheet = reviews::review_sheet(&state.db, staff.user(), id).await?;
    let language = staff.language();
    let criteria = criteria_rows(&sheet, errors, typed);
    let comment = match typed {
        Some(fields) => field_value(fields, "comment").to_owned(),
        None => sheet
            .review
            .as_ref()
            .map(|review| review.comment.clone())
            .unwrap_or_default(),
    };
    let application = application_view(state, staff, &sheet.application).await?;
    let review = sheet.review.as_ref().map(|review| {
        json!({
            "weighted": review.weighted_score.normalize().to_string(),
            "saved": views::instant(review.updated_at, language),
            "submitted": review.status == "submitted",
        })
    });
    let page = Page::new(
        "staff/review_score.html",
        json!({
            "id": id,
            "application": application,
            "criteria": criteria,
            "comment": comment,
            "review": review,
            "open": sheet.open,
            "due": views::instant(sheet.due_at, language),
            "errors": errors,
        }),
    );
    Ok(page)
}

/// The rubric's rows of the scoring form: each criterion with its weight, scale, the score
/// typed (or saved) and its error.
fn criteria_rows(sheet: &reviews::ReviewSheet, errors: &[FormError], typed: Option<&[(String, String)]>) -> Vec<Value> {
    sheet
        .rubric
        .iter()
        .map(|criterion| {
            let field = format!("scores.{}", criterion.key);
            let saved = sheet
                .review
                .as_ref()
                .and_then(|review| review.scores.get(&criterion.key))
                .map(ToString::to_string);
            let value = match typed {
                Some(fields) => Some(field_value(fields, &field).to_owned()),
                None => saved,
            };
            json!({
                "field": field,
                "description": criterion.description,
                "weight": criterion.weight.normalize().to_string(),
                "min": criterion.min_score,
                "max": criterion.max_score,
                "value": value.unwrap_or_default(),
                "error": errors.iter().find(|error| error.field == field).map(|error| error.message.clone()),
            })
        })
        .collect()
}

/// The application as a reviewer reads it beside the rubric: summary, money, answers to
/// the call's questions and the files sent with it.
async fn application_view(state: &AppState, staff: &Staff, application: &ApplicationResponse) -> AppResult<Value> {
    let language = staff.language();
    let questions = crate::forms::service::form_of(&state.db, application.call_id)
        .await?
        .questions;
    let answers = application.answers.as_object().cloned().unwrap_or_default();
    let subject = crate::documents::rules::Subject::application(application.id);
    let (files, _) = crate::documents::service::list(&state.db, staff.user(), subject, 100, 0).await?;
    let answered: Vec<Value> = questions
        .iter()
        .filter(|question| super::apply_form::shown(question, &answers))
        .filter(|question| question.kind != crate::forms::rules::QuestionType::File)
        .map(|question| {
            json!({
                "label": question.label,
                "value": super::apply_form::answer_text(question, &answers, &[], language),
            })
        })
        .collect();
    let files: Vec<Value> = files
        .iter()
        .map(|file| json!({ "id": file.id, "name": file.name }))
        .collect();
    let lines: Vec<Value> = application
        .budget_lines
        .iter()
        .map(|line| json!({ "description": line.description, "amount": crate::portal::views::written(&line.amount.to_string(), application.currency, language) }))
        .collect();
    Ok(json!({
        "id": application.id,
        "title": application.title,
        "call": application.call_title,
        "organisation": organisation_shown(application),
        "summary": application.summary,
        "requested": crate::portal::views::written(&application.requested_amount.to_string(), application.currency, language),
        "status": Message::new(format!("portal-status-{}", status_key(application.status))).render(language),
        "lines": lines,
        "answers": answered,
        "files": files,
    }))
}

/// The value a form sent for `name` (empty when absent).
fn field_value<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(key, _)| key == name)
        .map_or("", |(_, value)| value.as_str())
}

/// The scoring form's fields, in page order, for the error summary (the rubric's scores
/// come first, by their own names).
const SCORE_FIELDS: &FormFields = &[("comment", Some("staff-review-error-comment"))];

/// Saves the reviewer's scores and comment (`action=save`: back to the page to come back
/// later; `action=submit`: back to the assignments). A score that is not a whole number of
/// the criterion's scale shows the form again with the error, saving nothing.
pub async fn save_scores(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if let Err(error) = staff.check_form(field_value(&fields, "csrf_token")) {
        return staff.answer(&state, Err(error));
    }
    let submit = field_value(&fields, "action") == "submit";
    let saved = async {
        let sheet = reviews::review_sheet(&state.db, staff.user(), id).await?;
        let input = ReviewRequest {
            scores: read_scores(&fields, &sheet.rubric)?,
            comment: field_value(&fields, "comment").to_owned(),
            draft: !submit,
        };
        reviews::submit_review(&state.db, state.now(), staff.user(), id, input).await?;
        Ok(match submit {
            true => "/staff/reviews?done=submitted".to_owned(),
            false => "/staff/reviews?done=saved".to_owned(),
        })
    };
    let next = saved.await;
    let (state_ref, staff_ref, typed) = (&state, &staff, fields.as_slice());
    let again =
        move |errors: Vec<FormError>| async move { score_page(state_ref, staff_ref, id, &errors, Some(typed)).await };
    after_form(&state, &staff.visitor, next, SCORE_FIELDS, again).await
}

/// The scores a form sent, one whole number per criterion of the rubric; one that is not a
/// whole number on the criterion's scale is an error on its field, in the reader's words
/// (the service checks the scale again).
fn read_scores(
    fields: &[(String, String)],
    rubric: &[crate::calls::rules::RubricCriterion],
) -> AppResult<std::collections::BTreeMap<String, i64>> {
    let mut check = Validator::new();
    let mut scores = std::collections::BTreeMap::new();
    for criterion in rubric {
        let field = format!("scores.{}", criterion.key);
        let scale = i64::from(criterion.min_score)..=i64::from(criterion.max_score);
        match field_value(fields, &field).trim().parse::<i64>() {
            Ok(score) if scale.contains(&score) => {
                scores.insert(criterion.key.clone(), score);
            }
            _ => check.push(
                field,
                Message::new("staff-review-error-score")
                    .with("min", i64::from(criterion.min_score))
                    .with("max", i64::from(criterion.max_score)),
            ),
        }
    }
    check.finish()?;
    Ok(scores)
}

/// What the conflict form sends.
#[derive(Debug, Default, Deserialize)]
pub struct ConflictForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    reason: String,
}

/// The conflict form's fields.
const CONFLICT_FIELDS: &FormFields = &[("reason", Some("staff-review-error-conflict-reason"))];

/// Declaring a conflict of interest with an assigned application: the reason, and what
/// follows (the assignment ends; the officers read the reason).
pub async fn conflict_form(State(state): State<AppState>, staff: Staff, Path(id): Path<Uuid>) -> Response {
    let page = conflict_page(&state, &staff, id, &[], "").await;
    staff.answer(&state, page)
}

async fn conflict_page(
    state: &AppState,
    staff: &Staff,
    id: Uuid,
    errors: &[FormError],
    reason: &str,
) -> AppResult<Page> {
    let sheet = reviews::review_sheet(&state.db, staff.user(), id).await?;
    Ok(Page::new(
        "staff/review_conflict.html",
        json!({ "id": id, "title": sheet.application.title, "reason": reason, "errors": errors }),
    ))
}

/// Declares the conflict through the reviews service: back to the assignments without
/// this one, or the form again with the error.
pub async fn declare_conflict(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(form): Form<ConflictForm>,
) -> Response {
    if let Err(error) = staff.check_form(&form.csrf_token) {
        return staff.answer(&state, Err(error));
    }
    let declared = reviews::declare_conflict(&state.db, state.now(), staff.user(), id, &form.reason)
        .await
        .map(|_| "/staff/reviews?done=conflict".to_owned());
    let (state_ref, staff_ref, reason) = (&state, &staff, form.reason.as_str());
    let again =
        move |errors: Vec<FormError>| async move { conflict_page(state_ref, staff_ref, id, &errors, reason).await };
    after_form(&state, &staff.visitor, declared, CONFLICT_FIELDS, again).await
}
