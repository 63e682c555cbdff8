//! An application's page in the portal: its state and what happens next, a timeline of
//! what happened and when (from the audit trail, as the applicant may see it), the
//! eligibility finding with its criteria, the decision with its reasons, an appeal form
//! while the window is open, the appeal's outcome and its annexes (sent through
//! `appeals.rs`), and withdrawing with a confirm step.

use axum::Form;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};
use uuid::Uuid;

use super::apply::{field, form_answer, signed_in};
use super::apply_form::Problem;
use super::pages::problem_page;
use super::render::Page;
use super::views::{self, status_key};
use super::visitor::Visitor;
use crate::AppState;
use crate::applications::json::ApplicationResponse;
use crate::applications::rules::{self, ApplicationAction, ApplicationStatus};
use crate::auth::CurrentUser;
use crate::calls::json::StoredCall;
use crate::decisions::json::AppealRequest;
use crate::documents::json::DocumentResponse;
use crate::documents::rules::Subject;
use crate::error::{AppError, AppResult};
use crate::i18n::{Language, Message};

/// The templates of these pages.
pub const TEMPLATES: [(&str, &str); 2] = [
    (
        "application.html",
        include_str!("../../templates/portal/application.html"),
    ),
    ("withdraw.html", include_str!("../../templates/portal/withdraw.html")),
];

/// The routes of an application's page.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/portal/applications/{id}", get(application_page))
        .route("/portal/applications/{id}/appeal", post(appeal))
        .route("/portal/applications/{id}/withdraw", get(withdraw_form).post(withdraw))
}

/// An application with its call and timeline, as its page shows them.
struct Followed {
    application: ApplicationResponse,
    call: StoredCall,
    timeline: Vec<crate::applications::timeline::TimelineEntry>,
    annexes: Vec<DocumentResponse>,
}

async fn followed(state: &AppState, user: &CurrentUser, id: Uuid) -> AppResult<Followed> {
    let application = crate::applications::service::get(&state.db, user, id).await?;
    let call = crate::calls::service::visible_call(&state.db, Some(user), application.call_id).await?;
    let timeline = crate::applications::timeline::timeline(&state.db, user, id).await?;
    let annexes = match &application.appeal {
        Some(appeal) => {
            let subject = Subject::appeal(appeal.id);
            crate::documents::service::list(&state.db, user, subject, super::appeals::MAX_ANNEXES, 0)
                .await?
                .0
        }
        None => Vec::new(),
    };
    Ok(Followed {
        application,
        call,
        timeline,
        annexes,
    })
}

impl Followed {
    /// Until when the finding may be appealed, while it may: a rejection or an
    /// ineligibility not yet appealed, inside the call's window.
    fn appeal_until(&self, now: chrono::DateTime<chrono::Utc>) -> Option<chrono::DateTime<chrono::Utc>> {
        let application = &self.application;
        let made_at = match application.status {
            ApplicationStatus::Rejected => application.decision.as_ref().map(|decision| decision.decided_at),
            ApplicationStatus::Ineligible => application.eligibility.as_ref().and_then(|found| found.screened_at),
            _ => None,
        }?;
        let deadline = crate::decisions::rules::appeal_deadline(made_at, self.call.terms.appeal_window_days);
        let already = application
            .appeal
            .as_ref()
            .is_some_and(|appeal| appeal.filed_at >= made_at);
        (now <= deadline && !already).then_some(deadline)
    }
}

/// The reasons recorded with a finding or decision of the timeline (kept after an appeal
/// overturns it), from the application's history.
fn reason_of<'a>(
    application: &'a ApplicationResponse,
    entry: &crate::applications::timeline::TimelineEntry,
) -> Option<&'a str> {
    application
        .history
        .iter()
        .flatten()
        .find(|record| {
            record.at == entry.at && entry.action.strip_prefix("application.") == Some(record.action.as_str())
        })
        .and_then(|record| record.reason.as_deref())
}

/// What the application's page shows.
fn page_data(followed: &Followed, now: chrono::DateTime<chrono::Utc>, language: Language) -> Value {
    let application = &followed.application;
    let status = status_key(application.status);
    let when = |at: chrono::DateTime<chrono::Utc>| views::instant(at, language);
    let timeline: Vec<Value> = followed
        .timeline
        .iter()
        .map(|entry| {
            let id = format!(
                "portal-timeline-{}",
                entry.action.trim_start_matches("application.").replace('_', "-")
            );
            json!({ "text": Message::new(id).render(language), "at": when(entry.at), "reason": reason_of(application, entry) })
        })
        .collect();
    let eligibility = application.eligibility.as_ref().map(|found| {
        let criteria: Vec<&str> = match found.eligible {
            true => followed.call.terms.eligibility_criteria.iter().map(|criterion| criterion.description.as_str()).collect(),
            false => found.failed_criteria.iter().map(|criterion| criterion.description.as_str()).collect(),
        };
        json!({ "eligible": found.eligible, "criteria": criteria, "reason": found.reason, "at": found.screened_at.map(when) })
    });
    let decision = application.decision.as_ref().map(|decision| {
        json!({
            "awarded": decision.outcome == crate::decisions::rules::Outcome::Awarded,
            "reason": decision.reason,
            "amount": decision.amount.as_ref().map(|amount| super::views::written(amount, decision.currency, language)),
            "at": when(decision.decided_at),
        })
    });
    let annexes: Vec<Value> = followed
        .annexes
        .iter()
        .map(|annex| json!({ "id": annex.id, "name": annex.name }))
        .collect();
    let appeal = application.appeal.as_ref().map(|appeal| {
        json!({
            "id": appeal.id,
            "annexes": annexes,
            "status": Message::new(format!("portal-appeal-status-{}", appeal.status)).render(language),
            "open": appeal.status == "open",
            "grounds": appeal.grounds,
            "filed_at": when(appeal.filed_at),
            "reason": appeal.resolution_reason,
            "resolved_at": appeal.resolved_at.map(when),
        })
    });
    json!({
        "application": {
            "id": application.id,
            "title": application.title,
            "call_title": application.call_title,
            "organisation": application.organisation_name,
            "status": Message::new(format!("portal-status-{status}")).render(language),
            "next": Message::new(format!("portal-next-{status}")).render(language),
            "draft": application.status == ApplicationStatus::Draft,
            "requested": super::views::written(&application.requested_amount, application.currency, language),
        },
        "timeline": timeline,
        "eligibility": eligibility,
        "decision": decision,
        "appeal": appeal,
        "appeal_until": followed.appeal_until(now).map(when),
        "can_withdraw": rules::transition(application.status, ApplicationAction::Withdraw).is_ok(),
        "award_id": application.award_id,
    })
}

/// The application's page.
pub async fn application_page(State(state): State<AppState>, visitor: Visitor, Path(id): Path<Uuid>) -> Response {
    let user = match signed_in(&visitor) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    match followed(&state, &user, id).await {
        Ok(followed) => show(&state, &visitor, &followed, ("", &[])),
        Err(error) => problem_page(&state, &visitor, error),
    }
}

/// The application's page again, with problems of a form on it (an annex refused).
pub(super) async fn page_with_problems(
    state: &AppState,
    visitor: &Visitor,
    user: &CurrentUser,
    id: Uuid,
    problems: &[Problem],
) -> Response {
    match followed(state, user, id).await {
        Ok(followed) => show(state, visitor, &followed, ("", problems)),
        Err(error) => problem_page(state, visitor, error),
    }
}

fn show(state: &AppState, visitor: &Visitor, followed: &Followed, (grounds, errors): (&str, &[Problem])) -> Response {
    let mut data = page_data(followed, state.now(), visitor.language);
    data["grounds"] = json!(grounds);
    form_answer(state, visitor, "application.html", data, errors)
}

/// Files an appeal through the decisions service; the page again with the error summary
/// when the grounds are refused or the window has closed.
pub async fn appeal(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let user = match signed_in(&visitor) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    if let Err(error) = visitor.check_form_token(field(&fields, "csrf_token")) {
        return problem_page(&state, &visitor, error);
    }
    let grounds = field(&fields, "grounds");
    let request = AppealRequest {
        grounds: grounds.to_owned(),
    };
    let error = match crate::decisions::service::file_appeal(&state.db, state.now(), &user, id, request).await {
        Ok(_) => return Redirect::to(&format!("/portal/applications/{id}")).into_response(),
        Err(error) => error,
    };
    let message = match &error {
        AppError::Validation(_) => Message::new("portal-appeal-error-grounds").render(visitor.language),
        AppError::Conflict { .. } => error.problem_on_page(visitor.language).detail,
        _ => return problem_page(&state, &visitor, error),
    };
    let problem = Problem {
        field: "grounds".to_owned(),
        href: "#grounds".to_owned(),
        message,
    };
    match followed(&state, &user, id).await {
        Ok(followed) => show(&state, &visitor, &followed, (grounds, &[problem])),
        Err(error) => problem_page(&state, &visitor, error),
    }
}

/// Asks to confirm withdrawing.
pub async fn withdraw_form(State(state): State<AppState>, visitor: Visitor, Path(id): Path<Uuid>) -> Response {
    let user = match signed_in(&visitor) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    let application = match crate::applications::service::member_application(&state.db, &user, id).await {
        Ok(application) => application,
        Err(error) => return problem_page(&state, &visitor, error),
    };
    let data = json!({
        "application": { "id": application.id, "title": application.title },
        "csrf_token": visitor.form_token().0,
        "allowed": rules::transition(application.status, ApplicationAction::Withdraw).is_ok(),
    });
    Page::new("withdraw.html", data).render(&visitor, &state.config.office_name)
}

/// Withdraws the application through the applications service.
pub async fn withdraw(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let user = match signed_in(&visitor) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    if let Err(error) = visitor.check_form_token(field(&fields, "csrf_token")) {
        return problem_page(&state, &visitor, error);
    }
    match crate::applications::service::withdraw(&state.db, state.now(), &user, id).await {
        Ok(_) => Redirect::to(&format!("/portal/applications/{id}")).into_response(),
        Err(error) => problem_page(&state, &visitor, error),
    }
}
