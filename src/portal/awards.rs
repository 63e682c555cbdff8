//! The award pages of the portal: an award with its letter, the acceptance of its terms
//! (an explicit checkbox and button; who and when are shown afterwards), its tranches and
//! the reports owed; a report's page, where its files are uploaded and it is submitted.
//! Each page calls the awards and documents services, as the API does; members of the
//! award's organisation act, staff who may see it only read, anyone else gets 404.

use axum::Router;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::Response;
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use super::award_views::{AwardRow, AwardView, ReportRow, acceptance};
use super::pages::{FormError, FormFields, after_form, answer, problem_page, to_sign_in};
use super::render::Page;
use super::visitor::{SignedIn, Visitor};
use crate::AppState;
use crate::awards::json::ObligationResponse;
use crate::documents::rules::Subject;
use crate::error::{AppError, AppResult};
use crate::i18n::Message;
use crate::portal::done::Done;

/// The templates of these pages.
pub const TEMPLATES: [(&str, &str); 2] = [
    ("award.html", include_str!("../../templates/portal/award.html")),
    ("report.html", include_str!("../../templates/portal/report.html")),
];

/// The routes of the award pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/portal/awards/{id}", get(award_page))
        .route("/portal/awards/{id}/letter.pdf", get(award_letter))
        .route("/portal/awards/{id}/accept", post(accept_award))
        .route("/portal/reports/{id}", get(report_page))
        .route(
            "/portal/reports/{id}/files",
            post(upload_report_file).layer(DefaultBodyLimit::disable()),
        )
        .route("/portal/reports/{id}/submit", post(submit_report))
        .route("/portal/documents/{id}/download", get(download_document))
}

/// An award: amount, letter, acceptance, tranches and reports.
pub async fn award_page(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    Query(done): Query<Done>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    let page = award_view(&state, &visitor, signed_in, id, &[], &done.done).await;
    answer(&state, &visitor, page)
}

/// The award letter as PDF, through the awards service (the same bytes as the API's).
pub async fn award_letter(State(state): State<AppState>, visitor: Visitor, Path(id): Path<Uuid>) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    let letter = async {
        let found = crate::awards::service::visible_award(&state.db, &signed_in.user, id).await?;
        let filename = format!("award-letter-{}.pdf", found.reference);
        let pdf = crate::awards::letter::letter_pdf(&state, signed_in.user.id, found, None).await?;
        let mut response = crate::http::file_response(pdf, "application/pdf", "attachment", &filename);
        let headers = response.headers_mut();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
        Ok(response)
    };
    letter
        .await
        .unwrap_or_else(|error| problem_page(&state, &visitor, error))
}

/// What the acceptance form sends.
#[derive(Debug, Default, Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    csrf_token: String,
    /// `yes` when the box "I accept the terms" is ticked.
    #[serde(default)]
    confirm: String,
}

/// The fields of the acceptance form.
const ACCEPT_FIELDS: &FormFields = &[("confirm", None)];

/// Accepts the award's terms for the organisation (its members), once the box is ticked;
/// without it, the page again with the error and nothing changed.
pub async fn accept_award(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    axum::Form(form): axum::Form<AcceptForm>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let accepted = match form.confirm == "yes" {
        true => crate::awards::letter::accept(&state, &signed_in.user, id)
            .await
            .map(|_| ()),
        false => Err(AppError::field("confirm", Message::new("portal-award-accept-unticked"))),
    };
    let next = accepted.map(|()| format!("/portal/awards/{id}?done=accepted"));
    let (state, visitor) = (&state, &visitor);
    let again = |errors: Vec<FormError>| async move { award_view(state, visitor, signed_in, id, &errors, "").await };
    after_form(state, visitor, next, ACCEPT_FIELDS, again).await
}

/// A report owed under an award: its files, the upload form and the submission form.
pub async fn report_page(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    Query(done): Query<Done>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    let page = report_view(&state, &visitor, signed_in, id, &[], &done.done).await;
    answer(&state, &visitor, page)
}

/// The fields of the report forms, in the order the page shows them.
const REPORT_FIELDS: &FormFields = &[("file", None), ("summary", Some("portal-report-error-summary"))];

/// Uploads one file of a report (the organisation's members), streamed into the documents
/// service; a refused file shows the page again with the error.
pub async fn upload_report_file(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    multipart: Multipart,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    let subject = Subject::reporting_obligation(id);
    let uploaded = super::uploads::upload(&state, &visitor, &signed_in.user, subject, multipart).await;
    after_report_step(&state, &visitor, signed_in, id, uploaded.map(|_| "uploaded")).await
}

/// What the submission form sends.
#[derive(Debug, Default, Deserialize)]
pub struct SubmitForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    summary: String,
}

/// Submits the report (the organisation's members): its files and a note; with neither,
/// the page again with the error and nothing changed.
pub async fn submit_report(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    axum::Form(form): axum::Form<SubmitForm>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let submitted = crate::awards::service::submit_report_as_member(
        &state.db,
        state.now(),
        &signed_in.user,
        id,
        Some(form.summary.clone()),
    )
    .await;
    after_report_step(&state, &visitor, signed_in, id, submitted.map(|_| "submitted")).await
}

/// Downloads a document for whoever may see its subject; anyone else gets the "not found"
/// page.
pub async fn download_document(State(state): State<AppState>, visitor: Visitor, Path(id): Path<Uuid>) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    super::uploads::download(&state, &signed_in.user, id)
        .await
        .unwrap_or_else(|error| problem_page(&state, &visitor, error))
}

/// After a report form: the report's page with what was done, or again with the errors.
async fn after_report_step(
    state: &AppState,
    visitor: &Visitor,
    signed_in: &SignedIn,
    id: Uuid,
    outcome: AppResult<&'static str>,
) -> Response {
    let next = outcome.map(|done| format!("/portal/reports/{id}?done={done}"));
    let again = |errors: Vec<FormError>| async move { report_view(state, visitor, signed_in, id, &errors, "").await };
    after_form(state, visitor, next, REPORT_FIELDS, again).await
}

/// The award page's data: the award as the service answers it, who accepted it and when,
/// whether the reader may accept it, and the form's errors.
async fn award_view(
    state: &AppState,
    visitor: &Visitor,
    signed_in: &SignedIn,
    id: Uuid,
    errors: &[FormError],
    done: &str,
) -> AppResult<Page> {
    let user = &signed_in.user;
    let found = crate::awards::service::visible_award(&state.db, user, id).await?;
    let member = crate::organisations::store::is_member(&state.db, found.organisation_id, user.id).await?;
    let accepted = match (found.accepted_by, found.accepted_at) {
        (Some(by), Some(at)) => {
            let name = crate::auth::service::me(&state.db, by).await?.user.full_name;
            Some(acceptance(&name, at, visitor.language))
        }
        _ => None,
    };
    let award = crate::awards::service::response(&state.db, found).await?;
    let view = AwardView::of(&award, visitor.language);
    Ok(Page::new(
        "award.html",
        json!({
            "award": view,
            "accepted": accepted,
            "can_accept": member && view.pending,
            "csrf_token": signed_in.session.csrf_token,
            "errors": errors,
            "notice": notice(done, visitor),
        }),
    ))
}

/// The report page's data: the report, its award, its files and whether the reader may
/// still add files and submit it.
async fn report_view(
    state: &AppState,
    visitor: &Visitor,
    signed_in: &SignedIn,
    id: Uuid,
    errors: &[FormError],
    done: &str,
) -> AppResult<Page> {
    let user = &signed_in.user;
    let (report, award) = crate::awards::service::visible_obligation(&state.db, user, id).await?;
    let member = crate::organisations::store::is_member(&state.db, award.organisation_id, user.id).await?;
    let subject = Subject::reporting_obligation(id);
    let (files, _) = crate::documents::service::list(&state.db, user, subject, 100, 0).await?;
    let row = ReportRow::of(&ObligationResponse::from_model(&report), visitor.language);
    let files: Vec<_> = files
        .iter()
        .map(|file| json!({ "id": file.id, "name": file.name, "size": file.size }))
        .collect();
    Ok(Page::new(
        "report.html",
        json!({
            "report": row,
            "award": { "id": award.id, "reference": award.reference },
            "files": files,
            "can_change": member && row.open,
            "csrf_token": signed_in.session.csrf_token,
            "errors": errors,
            "notice": notice(done, visitor),
        }),
    ))
}

/// The dashboard's rows of the reader's awards, each with its next payment and report.
pub(super) async fn dashboard_rows(
    state: &AppState,
    user: &crate::auth::CurrentUser,
    language: crate::i18n::Language,
) -> AppResult<Vec<AwardRow>> {
    if !user.has(crate::auth::Role::Applicant) {
        return Ok(Vec::new());
    }
    let awards = crate::awards::service::of_member(&state.db, user, DASHBOARD_LIMIT).await?;
    let next = crate::awards::service::next_steps(&state.db, &awards, state.now().date_naive()).await?;
    Ok(awards
        .iter()
        .map(|award| AwardRow::of(award, next.get(&award.id), language))
        .collect())
}

/// How many awards the dashboard lists.
const DASHBOARD_LIMIT: u64 = 50;

/// The message confirming what a form just did (`?done=accepted`), if any.
fn notice(done: &str, visitor: &Visitor) -> Option<String> {
    let id = match done {
        "accepted" => "portal-award-accepted-notice",
        "uploaded" => "portal-report-uploaded-notice",
        "submitted" => "portal-report-submitted-notice",
        _ => return None,
    };
    Some(Message::new(id).render(visitor.language))
}
