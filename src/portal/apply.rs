//! Applying to a call in the portal, GOV.UK style: the project page (organisation, title,
//! summary and a budget-lines table whose "add another line" works without JavaScript)
//! starts the draft through the applications service; then the call's form one section per
//! page, with file questions uploaded on the page (multipart, streamed through the
//! documents service); "save and come back later" everywhere; an error summary on each
//! page from the services' own checks; "check your answers"; submit and a confirmation.
//! After the deadline the pages say the call closed, when, and why nothing can be
//! submitted.

use axum::Form;
use axum::Router;
use axum::extract::multipart::Field;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use futures_util::StreamExt;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::apply_form::{self, Fields, FileView, FormTerms, LineInput, Problem};
use super::pages::{answer, problem_page, to_sign_in};
use super::render::Page;
use super::views::{self, Instant};
use super::visitor::Visitor;
use crate::AppState;
use crate::applications::json::{
    ApplicationResponse, BudgetLineRequest, CreateApplicationRequest, UpdateApplicationRequest,
};
use crate::applications::rules::ApplicationStatus;
use crate::auth::{ClientAddress, CurrentUser};
use crate::calls::json::StoredCall;
use crate::documents::json::DocumentResponse;
use crate::documents::rules::{Limits, Subject};
use crate::error::{AppError, AppResult, FieldError, ProblemKind};
use crate::forms::rules::{Question, QuestionType};
use crate::i18n::{Language, Message};
use crate::money::{self, Amount};

/// The templates of these pages.
pub const TEMPLATES: [(&str, &str); 6] = [
    (
        "apply_questions.html",
        include_str!("../../templates/portal/apply_questions.html"),
    ),
    (
        "apply_project.html",
        include_str!("../../templates/portal/apply_project.html"),
    ),
    (
        "apply_page.html",
        include_str!("../../templates/portal/apply_page.html"),
    ),
    (
        "apply_check.html",
        include_str!("../../templates/portal/apply_check.html"),
    ),
    (
        "apply_submitted.html",
        include_str!("../../templates/portal/apply_submitted.html"),
    ),
    (
        "apply_closed.html",
        include_str!("../../templates/portal/apply_closed.html"),
    ),
];

/// The longest text field of a form page, in bytes (a long answer of a few thousand words).
const MAX_TEXT_FIELD: usize = 200_000;

/// The most documents a draft's pages list.
const MAX_DOCUMENTS: u64 = 500;

/// The routes of applying.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/portal/calls/{id}/apply", get(start_form).post(start))
        .route(
            "/portal/applications/{id}/project",
            get(project_form).post(save_project),
        )
        .route(
            "/portal/applications/{id}/form/{page}",
            get(form_page)
                .post(save_form_page)
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route("/portal/applications/{id}/check", get(check_answers))
        .route("/portal/applications/{id}/submit", post(submit))
        .route("/portal/applications/{id}/submitted", get(submitted))
        .route("/portal/applications/{id}/verification", post(resend_verification))
}

/// A draft with what its pages need: the application, its call, the call's questions and
/// the documents uploaded to it.
struct Draft {
    application: ApplicationResponse,
    call: StoredCall,
    questions: Vec<Question>,
    documents: Vec<DocumentResponse>,
}

/// The draft `id` of the signed-in member (404 for another organisation's, 403 for staff).
async fn draft_of(state: &AppState, user: &CurrentUser, id: Uuid) -> AppResult<Draft> {
    let row = crate::applications::service::member_application(&state.db, user, id).await?;
    let call = crate::applications::service::call_of(&state.db, &row).await?;
    let application = crate::applications::service::respond_one(&state.db, row).await?;
    let questions = crate::forms::service::form_of(&state.db, call.row.id).await?.questions;
    let subject = Subject::application(id);
    let (documents, _) = crate::documents::service::list(&state.db, user, subject, MAX_DOCUMENTS, 0).await?;
    Ok(Draft {
        application,
        call,
        questions,
        documents,
    })
}

impl Draft {
    fn answers(&self) -> Map<String, Value> {
        self.application.answers.as_object().cloned().unwrap_or_default()
    }

    fn accepting(&self, state: &AppState) -> bool {
        self.call.response(state.now()).accepting_applications
    }

    /// The files of a file question: the documents its answer names.
    fn files(&self, key: &str, answers: &Map<String, Value>) -> Vec<FileView> {
        let named: Vec<&str> = answers
            .get(key)
            .and_then(Value::as_array)
            .map(|ids| ids.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        self.documents
            .iter()
            .filter(|document| named.contains(&document.id.to_string().as_str()))
            .map(|document| FileView {
                id: document.id,
                name: document.name.clone(),
                size: crate::documents::rules::size_in_words(document.size),
            })
            .collect()
    }

    fn summary(&self) -> Value {
        json!({
            "id": self.application.id,
            "title": self.application.title,
            "call_title": self.call.row.title,
            "call_id": self.call.row.id,
        })
    }

    fn page_count(&self) -> usize {
        apply_form::pages(&self.questions).len()
    }

    /// Where "continue" leads after form page `index`: the next page, or check your answers.
    fn after(&self, index: usize) -> String {
        match index + 1 < self.page_count() {
            true => format!("/portal/applications/{}/form/{}", self.application.id, index + 1),
            false => format!("/portal/applications/{}/check", self.application.id),
        }
    }
}

/// The signed-in reader, or the way to the sign-in page (coming back here after).
pub(super) fn signed_in(visitor: &Visitor) -> Result<CurrentUser, Box<Response>> {
    visitor
        .signed_in
        .as_ref()
        .map(|signed_in| signed_in.user.clone())
        .ok_or_else(|| Box::new(to_sign_in(visitor)))
}

/// The signed-in poster of a form whose CSRF token is right; the sign-in page, or the
/// refusal, otherwise.
fn signed_in_form(
    state: &AppState,
    visitor: &Visitor,
    fields: &[(String, String)],
) -> Result<CurrentUser, Box<Response>> {
    let user = signed_in(visitor)?;
    visitor
        .check_form_token(field(fields, "csrf_token"))
        .map_err(|error| Box::new(problem_page(state, visitor, error)))?;
    Ok(user)
}

/// The page that says a call is closed: when, and why nothing can be submitted.
fn closed_page(state: &AppState, visitor: &Visitor, call: &StoredCall, status: StatusCode) -> Response {
    let data = json!({
        "call": { "id": call.row.id, "title": call.row.title },
        "closes_at": views::instant(call.terms.closes_at, visitor.language),
        "opens_at": views::instant(call.terms.opens_at, visitor.language),
        "not_yet_open": state.now() < call.terms.opens_at,
    });
    Page::new("apply_closed.html", data)
        .with_status(status)
        .render(visitor, &state.config.office_name)
}

/// The organisations the reader applies for: id and name.
async fn my_organisations(state: &AppState, user: &CurrentUser) -> AppResult<Vec<(Uuid, String)>> {
    let me = crate::auth::service::me(&state.db, user.id).await?;
    let mut organisations = Vec::new();
    for id in me.organisation_ids {
        let organisation = crate::organisations::service::visible(&state.db, user, id).await?;
        organisations.push((id, organisation.legal_name));
    }
    Ok(organisations)
}

/// What the project page shows.
struct ProjectForm {
    organisation: Option<Uuid>,
    title: String,
    summary: String,
    lines: Vec<LineInput>,
    rows: usize,
    /// The reader's language, in which the amounts are typed and shown.
    language: Language,
}

impl ProjectForm {
    fn of(application: &ApplicationResponse, language: Language) -> Self {
        let lines: Vec<LineInput> = application
            .budget_lines
            .iter()
            .map(|line| LineInput {
                description: line.description.clone(),
                amount: money::parse_decimal(&line.amount)
                    .map(|amount| money::typed::for_input(amount, language))
                    .unwrap_or_else(|_| line.amount.clone()),
            })
            .collect();
        Self {
            organisation: application.organisation_id,
            title: application.title.clone(),
            summary: application.summary.clone(),
            rows: lines.len() + 1,
            lines,
            language,
        }
    }

    fn posted(fields: &Fields, language: Language) -> Self {
        let value = |name: &str| {
            fields
                .iter()
                .find(|(field, _)| field == name)
                .map(|(_, value)| value.trim().to_owned())
                .unwrap_or_default()
        };
        let lines = apply_form::read_lines(fields);
        let rows = value("rows")
            .parse::<usize>()
            .unwrap_or(1)
            .clamp(1, apply_form::MAX_LINES);
        let adding = value("action") == "add-line";
        Self {
            organisation: value("organisation").parse().ok(),
            title: value("title"),
            summary: value("summary"),
            rows: (rows + usize::from(adding))
                .max(lines.len() + usize::from(adding))
                .min(apply_form::MAX_LINES),
            lines,
            language,
        }
    }
}

/// The project page: for a new application to `call`, or the draft `application`.
fn project_page(
    (state, visitor): (&AppState, &Visitor),
    (call, application): (&StoredCall, Option<Uuid>),
    organisations: &[(Uuid, String)],
    form: &ProjectForm,
    errors: &[Problem],
) -> Response {
    let mut lines = form.lines.clone();
    lines.resize(form.rows.max(lines.len()), LineInput::default());
    let language = visitor.language;
    let currency = call.terms.currency;
    let total = apply_form::line_amounts(&form.lines, language)
        .ok()
        .map(|(_, total)| views::amount(total, currency, language));
    let chosen = form.organisation.or(organisations.first().map(|(id, _)| *id));
    let action = match application {
        Some(id) => format!("/portal/applications/{id}/project"),
        None => format!("/portal/calls/{}/apply", call.row.id),
    };
    let data = json!({
        "call": { "id": call.row.id, "title": call.row.title },
        "application_id": application,
        "organisations": organisations.iter().map(|(id, name)| json!({"id": id, "name": name, "checked": Some(*id) == chosen})).collect::<Vec<_>>(),
        "title": form.title,
        "summary": form.summary,
        "lines": lines.iter().enumerate().map(|(index, line)| json!({"index": index, "number": index + 1, "description": line.description, "amount": line.amount})).collect::<Vec<_>>(),
        "rows": lines.len(),
        "total": total,
        "currency": call.terms.currency.code(),
        "grant_range": views::amount_range(call.terms.min_grant, call.terms.max_grant, currency, language),
        "action": action,
        "next_apply": format!("/portal/calls/{}/apply", call.row.id),
    });
    form_answer(state, visitor, "apply_project.html", data, errors)
}

/// A form page with the reader's CSRF token and its error summary (422 with errors).
pub(super) fn form_answer(
    state: &AppState,
    visitor: &Visitor,
    template: &'static str,
    mut data: Value,
    errors: &[Problem],
) -> Response {
    data["csrf_token"] = json!(visitor.form_token().0);
    data["errors"] = json!(errors);
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    Page::new(template, data)
        .with_status(status)
        .render(visitor, &state.config.office_name)
}

/// The start of an application: the project page for a new draft (a visitor signs in
/// first and comes back; a closed call says so).
pub async fn start_form(State(state): State<AppState>, visitor: Visitor, Path(id): Path<Uuid>) -> Response {
    let user = match signed_in(&visitor) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    let loaded = async {
        let call = crate::calls::service::visible_call(&state.db, Some(&user), id).await?;
        Ok((call, my_organisations(&state, &user).await?))
    };
    let (call, organisations) = match loaded.await {
        Ok(loaded) => loaded,
        Err(error) => return problem_page(&state, &visitor, error),
    };
    if !call.response(state.now()).accepting_applications {
        return closed_page(&state, &visitor, &call, StatusCode::OK);
    }
    let form = ProjectForm {
        organisation: None,
        title: String::new(),
        summary: String::new(),
        lines: Vec::new(),
        rows: 3,
        language: visitor.language,
    };
    project_page((&state, &visitor), (&call, None), &organisations, &form, &[])
}

/// Starts the draft (through the applications service), or adds a budget line, or shows
/// the page again with its error summary.
pub async fn start(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let user = match signed_in_form(&state, &visitor, &fields) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    let loaded = async {
        let call = crate::calls::service::visible_call(&state.db, Some(&user), id).await?;
        Ok((call, my_organisations(&state, &user).await?))
    };
    let (call, organisations) = match loaded.await {
        Ok(loaded) => loaded,
        Err(error) => return problem_page(&state, &visitor, error),
    };
    let form = ProjectForm::posted(&fields, visitor.language);
    let again = |errors: &[Problem]| project_page((&state, &visitor), (&call, None), &organisations, &form, errors);
    if field(&fields, "action") == "add-line" {
        return again(&[]);
    }
    match create_draft(&state, &user, id, &form, &organisations).await {
        Ok(application) => Redirect::to(&continue_to(&fields, &application, 0)).into_response(),
        Err(AppError::Conflict {
            kind: ProblemKind::CallClosed,
            ..
        }) => closed_page(&state, &visitor, &call, StatusCode::CONFLICT),
        Err(error) => match problems(&error, &[], None, visitor.language) {
            Some(errors) => again(&errors),
            None => problem_page(&state, &visitor, error),
        },
    }
}

/// Creates the draft of the project page through the applications service, for the
/// organisation chosen (or the member's only one).
async fn create_draft(
    state: &AppState,
    user: &CurrentUser,
    call_id: Uuid,
    form: &ProjectForm,
    organisations: &[(Uuid, String)],
) -> AppResult<crate::applications::json::ApplicationResponse> {
    let (lines, requested) = budget(form)?;
    let only = match organisations {
        [(only, _)] => Some(*only),
        _ => None,
    };
    let organisation_id = form
        .organisation
        .or(only)
        .ok_or_else(|| AppError::field("organisation_id", Message::new("portal-apply-error-organisation")))?;
    let request = CreateApplicationRequest {
        organisation_id,
        title: form.title.clone(),
        summary: form.summary.clone(),
        requested_amount: Amount(requested),
        currency: None,
        budget_lines: lines,
        answers: Map::new(),
    };
    crate::applications::service::create(&state.db, state.now(), user, call_id, request).await
}

/// The budget lines of the project page and their total (the amount requested), or the
/// lines whose amount is not a number.
fn budget(form: &ProjectForm) -> AppResult<(Vec<BudgetLineRequest>, rust_decimal::Decimal)> {
    match apply_form::line_amounts(&form.lines, form.language) {
        Ok((amounts, total)) => Ok((
            form.lines
                .iter()
                .zip(amounts)
                .map(|(line, amount)| BudgetLineRequest {
                    description: line.description.clone(),
                    amount: Amount(amount),
                })
                .collect(),
            total,
        )),
        Err(unreadable) => Err(AppError::Validation(
            unreadable
                .into_iter()
                .map(|index| {
                    FieldError::new(
                        format!("budget_lines[{index}].amount"),
                        Message::new("portal-apply-error-amount"),
                    )
                })
                .collect(),
        )),
    }
}

/// Where a saved page leads: the application's page after "save and come back later",
/// otherwise form page `next` (or check your answers when the form has no more pages).
fn continue_to(fields: &Fields, application: &ApplicationResponse, next: usize) -> String {
    let id = application.id;
    match field(fields, "action") {
        "later" => format!("/portal/applications/{id}"),
        _ => format!("/portal/applications/{id}/form/{next}"),
    }
}

/// The value of a posted field (empty when absent).
pub(super) fn field<'a>(fields: &'a Fields, name: &str) -> &'a str {
    fields
        .iter()
        .find(|(field, _)| field == name)
        .map_or("", |(_, value)| value.as_str())
}

/// The draft's project page.
pub async fn project_form(State(state): State<AppState>, visitor: Visitor, Path(id): Path<Uuid>) -> Response {
    let user = match signed_in(&visitor) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    let draft = match editable_draft(&state, &visitor, &user, id).await {
        Ok(draft) => draft,
        Err(response) => return *response,
    };
    let organisations = organisation_of(&draft);
    let form = ProjectForm::of(&draft.application, visitor.language);
    project_page((&state, &visitor), (&draft.call, Some(id)), &organisations, &form, &[])
}

fn organisation_of(draft: &Draft) -> Vec<(Uuid, String)> {
    draft
        .application
        .organisation_id
        .zip(draft.application.organisation_name.clone())
        .into_iter()
        .collect()
}

/// The draft for one of its pages: the problem page for another organisation's or
/// staff, the application's page once it is no longer a draft, the closed page after the
/// deadline.
async fn editable_draft(
    state: &AppState,
    visitor: &Visitor,
    user: &CurrentUser,
    id: Uuid,
) -> Result<Draft, Box<Response>> {
    let draft = draft_of(state, user, id)
        .await
        .map_err(|error| Box::new(problem_page(state, visitor, error)))?;
    if draft.application.status != ApplicationStatus::Draft {
        return Err(Box::new(
            Redirect::to(&format!("/portal/applications/{id}")).into_response(),
        ));
    }
    if !draft.accepting(state) {
        return Err(Box::new(closed_page(state, visitor, &draft.call, StatusCode::OK)));
    }
    Ok(draft)
}

/// Saves the project page of a draft through the applications service.
pub async fn save_project(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let user = match signed_in_form(&state, &visitor, &fields) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    let draft = match editable_draft(&state, &visitor, &user, id).await {
        Ok(draft) => draft,
        Err(response) => return *response,
    };
    let form = ProjectForm::posted(&fields, visitor.language);
    let organisations = organisation_of(&draft);
    let again = |errors: &[Problem]| {
        project_page(
            (&state, &visitor),
            (&draft.call, Some(id)),
            &organisations,
            &form,
            errors,
        )
    };
    if field(&fields, "action") == "add-line" {
        return again(&[]);
    }
    match update_project(&state, &user, id, &form).await {
        Ok(application) => Redirect::to(&continue_to(&fields, &application, 0)).into_response(),
        Err(error) => match problems(&error, &draft.questions, Some(id), visitor.language) {
            Some(errors) => again(&errors),
            None => problem_page(&state, &visitor, error),
        },
    }
}

/// Saves the project page's title, summary and budget lines through the applications
/// service.
async fn update_project(
    state: &AppState,
    user: &CurrentUser,
    id: Uuid,
    form: &ProjectForm,
) -> AppResult<crate::applications::json::ApplicationResponse> {
    let (lines, requested) = budget(form)?;
    let change = UpdateApplicationRequest {
        title: Some(form.title.clone()),
        summary: Some(form.summary.clone()),
        requested_amount: Some(Amount(requested)),
        budget_lines: Some(lines),
        ..UpdateApplicationRequest::default()
    };
    crate::applications::service::update(&state.db, state.now(), user, id, change).await
}

/// The error summary of a refused save or submission: each field error with its label,
/// linking to its field (on its own page when `application` is given and it is on
/// another). `None` for errors that are not about what the pages say.
fn problems(
    error: &AppError,
    questions: &[Question],
    application: Option<Uuid>,
    language: Language,
) -> Option<Vec<Problem>> {
    let AppError::Validation(errors) = error else {
        return None;
    };
    Some(
        errors
            .iter()
            .map(|error| {
                let (page, field) = apply_form::locate(&error.field, questions);
                let label = label_of(&error.field, questions, language);
                let href = match (application, page) {
                    (Some(id), Some(page)) => format!("/portal/applications/{id}/form/{page}#{field}"),
                    (Some(id), None) => format!("/portal/applications/{id}/project#{field}"),
                    (None, _) => format!("#{field}"),
                };
                Problem {
                    message: apply_form::problem_message(error, &label, language),
                    field,
                    href,
                }
            })
            .collect(),
    )
}

/// The label of the field a service's path names, in the reader's language.
fn label_of(path: &str, questions: &[Question], language: Language) -> String {
    if let Some(rest) = path.strip_prefix("answers.") {
        let key = rest.split(['.', '[']).next().unwrap_or_default();
        if let Some(question) = questions.iter().find(|question| question.key == key) {
            return question.label.clone();
        }
    }
    let line = |rest: &str| {
        rest.split(']')
            .next()
            .and_then(|index| index.parse::<i64>().ok())
            .unwrap_or(0)
            + 1
    };
    let message = match path {
        "title" => Message::new("portal-apply-field-title"),
        "summary" => Message::new("portal-apply-field-summary"),
        "organisation_id" => Message::new("portal-apply-field-organisation"),
        "budget_lines" | "requested_amount" => Message::new("portal-apply-budget"),
        other => match other.strip_prefix("budget_lines[") {
            Some(rest) if rest.ends_with("description") => {
                Message::new("portal-apply-line-description").with("number", line(rest))
            }
            Some(rest) => Message::new("portal-apply-line-amount").with("number", line(rest)),
            None => Message::new("portal-apply-form"),
        },
    };
    message.render(language)
}

/// One page of the call's form (a section), with its uploads.
pub async fn form_page(
    State(state): State<AppState>,
    visitor: Visitor,
    Path((id, index)): Path<(Uuid, usize)>,
) -> Response {
    let user = match signed_in(&visitor) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    let draft = match editable_draft(&state, &visitor, &user, id).await {
        Ok(draft) => draft,
        Err(response) => return *response,
    };
    if index >= draft.page_count() {
        return problem_page(&state, &visitor, AppError::NotFound("page"));
    }
    show_form_page(&state, &visitor, &draft, index, (&draft.answers(), &[]))
}

fn show_form_page(
    state: &AppState,
    visitor: &Visitor,
    draft: &Draft,
    index: usize,
    (answers, errors): (&Map<String, Value>, &[Problem]),
) -> Response {
    let pages = apply_form::pages(&draft.questions);
    let Some(page) = pages.get(index) else {
        return problem_page(state, visitor, AppError::NotFound("page"));
    };
    let questions: Vec<_> = page
        .questions
        .iter()
        .filter(|question| apply_form::shown(question, answers))
        .map(|question| {
            let anchor = apply_form::anchor(question);
            let error = errors
                .iter()
                .find(|error| error.field == anchor)
                .map(|error| error.message.clone());
            let terms = FormTerms::new(draft.call.terms.currency, state.config.max_file_bytes);
            let files = (draft.files(&question.key, answers), terms);
            apply_form::question_view(question, answers, files, error, visitor.language)
        })
        .collect();
    let back = match index {
        0 => format!("/portal/applications/{}/project", draft.application.id),
        _ => format!("/portal/applications/{}/form/{}", draft.application.id, index - 1),
    };
    let data = json!({
        "application": draft.summary(),
        "heading": page.heading,
        "number": index + 1,
        "count": pages.len(),
        "questions": questions,
        "action": format!("/portal/applications/{}/form/{index}", draft.application.id),
        "back": back,
    });
    form_answer(state, visitor, "apply_page.html", data, errors)
}

/// What a posted form page carried: its fields, the files it uploaded (question key and
/// document, or the problem with the file) and the document it asked to remove.
#[derive(Default)]
struct PostedPage {
    fields: Vec<(String, String)>,
    uploaded: Vec<(String, AppResult<DocumentResponse>)>,
}

/// Saves a form page: the CSRF token first (nothing else is read without it), files
/// streamed into the documents service as they arrive, a removed file deleted, then the
/// answers saved through the applications service; the page again with its error summary
/// when anything is refused.
pub async fn save_form_page(
    State(state): State<AppState>,
    visitor: Visitor,
    Path((id, index)): Path<(Uuid, usize)>,
    multipart: Multipart,
) -> Response {
    let user = match signed_in(&visitor) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    let draft = match editable_draft(&state, &visitor, &user, id).await {
        Ok(draft) => draft,
        Err(response) => return *response,
    };
    if index >= draft.page_count() {
        return problem_page(&state, &visitor, AppError::NotFound("page"));
    }
    let posted = match read_page_post(&state, &visitor, &user, id, multipart).await {
        Ok(posted) => posted,
        Err(error) => return problem_page(&state, &visitor, error),
    };
    let (answers, mut errors) = match save_answers(&state, &user, &draft, (index, visitor.language), &posted).await {
        Ok(saved) => saved,
        Err(error) => return problem_page(&state, &visitor, error),
    };
    errors.extend(upload_problems(&draft, &posted, visitor.language));
    if !errors.is_empty() {
        let draft = match draft_of(&state, &user, id).await {
            Ok(draft) => draft,
            Err(error) => return problem_page(&state, &visitor, error),
        };
        return show_form_page(&state, &visitor, &draft, index, (&answers, &errors));
    }
    Redirect::to(&after_saving(&draft, index, &posted, &answers)).into_response()
}

/// The problems of the files of a posted page that were refused.
fn upload_problems(draft: &Draft, posted: &PostedPage, language: Language) -> Vec<Problem> {
    let label_of = |key: &str| {
        draft
            .questions
            .iter()
            .find(|question| question.key == key)
            .map_or("", |question| question.label.as_str())
    };
    posted
        .uploaded
        .iter()
        .filter_map(|(key, upload)| {
            upload
                .as_ref()
                .err()
                .map(|error| upload_problem((key, label_of(key)), error, language))
        })
        .collect()
}

/// Where a saved page leads: the application's page ("later"), the same page again (a file
/// uploaded or removed, or a question revealed), or the next page.
fn after_saving(draft: &Draft, index: usize, posted: &PostedPage, answers: &Map<String, Value>) -> String {
    let id = draft.application.id;
    let action = field(&posted.fields, "action");
    let page_again =
        action == "upload" || !field(&posted.fields, "remove").is_empty() || revealed(draft, index, answers);
    match (action, page_again) {
        ("later", _) => format!("/portal/applications/{id}"),
        (_, true) => format!("/portal/applications/{id}/form/{index}"),
        (_, false) => draft.after(index),
    }
}

/// Whether saving the page showed a question on it that was hidden before (a `show_if`
/// on the same page): the page comes back so the applicant answers it.
fn revealed(draft: &Draft, index: usize, answers: &Map<String, Value>) -> bool {
    let before = draft.answers();
    apply_form::pages(&draft.questions).get(index).is_some_and(|page| {
        page.questions
            .iter()
            .any(|question| apply_form::shown(question, answers) && !apply_form::shown(question, &before))
    })
}

/// The error summary's line for a refused upload.
fn upload_problem((key, label): (&str, &str), error: &AppError, language: Language) -> Problem {
    let field = format!("file-{key}");
    let problem = match error {
        AppError::Validation(errors) => errors
            .iter()
            .map(|error| error.message.render_on_page(language))
            .collect::<Vec<_>>()
            .join(" "),
        other => other.problem_on_page(language).detail,
    };
    let message = Message::new("portal-apply-problem")
        .with("field", label.to_owned())
        .with("problem", problem)
        .render(language);
    Problem {
        href: format!("#{field}"),
        field,
        message,
    }
}

/// Reads a posted form page: the CSRF token must be its first part; files (parts named
/// `file-<question>`) are streamed into storage and attached to the application as they
/// arrive; other parts are short text.
async fn read_page_post(
    state: &AppState,
    visitor: &Visitor,
    user: &CurrentUser,
    id: Uuid,
    mut multipart: Multipart,
) -> AppResult<PostedPage> {
    let first = multipart.next_field().await.map_err(unreadable)?;
    let token = match first {
        Some(part) if part.name() == Some("csrf_token") => small_text(part).await?,
        _ => String::new(),
    };
    visitor.check_form_token(&token)?;
    let mut posted = PostedPage::default();
    while let Some(part) = multipart.next_field().await.map_err(unreadable)? {
        let name = part.name().unwrap_or_default().to_owned();
        match name.strip_prefix("file-") {
            Some(key) if !part.file_name().unwrap_or_default().is_empty() => {
                let key = key.to_owned();
                let uploaded = upload(state, user, id, &key, part).await;
                posted.uploaded.push((key, uploaded));
            }
            Some(_) => drop(small_text(part).await),
            None => {
                let value = small_text(part).await?;
                posted.fields.push((name, value));
            }
        }
    }
    Ok(posted)
}

/// Streams one uploaded file into the documents service and attaches it to the
/// application as an answer to question `key`.
async fn upload(
    state: &AppState,
    user: &CurrentUser,
    id: Uuid,
    key: &str,
    part: Field<'_>,
) -> AppResult<DocumentResponse> {
    let limits = Limits {
        file: state.config.max_file_bytes,
        application: state.config.max_application_bytes,
    };
    let target = crate::documents::service::upload_target(&state.db, limits, user, Subject::application(id)).await?;
    let name = part.file_name().unwrap_or_default().to_owned();
    let body = Box::pin(part.map(|chunk| chunk.map_err(unreadable)));
    let storage = state.storage.as_ref();
    let stored =
        crate::documents::service::store_content(&state.db, storage, state.now(), &target, &name, body).await?;
    let details = crate::documents::service::UploadDetails {
        question: Some(key.to_owned()),
        ..Default::default()
    };
    crate::documents::service::attach(&state.db, storage, state.now(), user, &target, stored, details).await
}

/// Saves a page's answers: the file answers are the documents uploaded to each file
/// question (less one removed), the rest as posted. Answers what was saved (or refused,
/// to show again) and the problems the service found.
async fn save_answers(
    state: &AppState,
    user: &CurrentUser,
    draft: &Draft,
    (index, language): (usize, Language),
    posted: &PostedPage,
) -> AppResult<(Map<String, Value>, Vec<Problem>)> {
    let removed: Option<Uuid> = field(&posted.fields, "remove").parse().ok();
    if let Some(document) = removed {
        crate::documents::service::delete(&state.db, state.storage.as_ref(), state.now(), user, document).await?;
    }
    let pages = apply_form::pages(&draft.questions);
    let page = pages.get(index).ok_or(AppError::NotFound("page"))?;
    let mut answers = draft.answers();
    merge_uploads(page, &mut answers, posted, removed);
    apply_form::read_page(page, &posted.fields, &mut answers, language);
    let change = UpdateApplicationRequest {
        answers: Some(answers.clone()),
        ..UpdateApplicationRequest::default()
    };
    match crate::applications::service::update(&state.db, state.now(), user, draft.application.id, change).await {
        Ok(_) => Ok((answers, Vec::new())),
        Err(error) => match problems(&error, &draft.questions, None, language) {
            Some(problems) => Ok((answers, problems)),
            None => Err(error),
        },
    }
}

/// The answers of a page's file questions: the documents already attached (less one
/// removed) and those uploaded with the page.
fn merge_uploads(
    page: &apply_form::FormPage<'_>,
    answers: &mut Map<String, Value>,
    posted: &PostedPage,
    removed: Option<Uuid>,
) {
    for question in page
        .questions
        .iter()
        .filter(|question| question.kind == QuestionType::File)
    {
        let mut files = file_answer(answers, &question.key, removed);
        files.extend(
            posted
                .uploaded
                .iter()
                .filter(|(key, _)| *key == question.key)
                .filter_map(|(_, upload)| upload.as_ref().ok())
                .map(|document| json!(document.id.to_string())),
        );
        answers.remove(&question.key);
        if !files.is_empty() {
            answers.insert(question.key.clone(), Value::Array(files));
        }
    }
}

/// The ids a file question's answer names, less a removed document.
fn file_answer(answers: &Map<String, Value>, key: &str, removed: Option<Uuid>) -> Vec<Value> {
    let removed = removed.map(|id| id.to_string());
    answers
        .get(key)
        .and_then(Value::as_array)
        .map(|ids| {
            ids.iter()
                .filter(|id| id.as_str() != removed.as_deref())
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

/// A short text part, refused past [`MAX_TEXT_FIELD`] bytes or when not UTF-8.
async fn small_text(mut part: Field<'_>) -> AppResult<String> {
    let name = part.name().unwrap_or_default().to_owned();
    let mut bytes = Vec::new();
    while let Some(chunk) = part.chunk().await.map_err(unreadable)? {
        bytes.extend_from_slice(&chunk);
        if bytes.len() > MAX_TEXT_FIELD {
            return Err(AppError::field(name, format!("must be at most {MAX_TEXT_FIELD} bytes")));
        }
    }
    String::from_utf8(bytes).map_err(|_| AppError::field(name, "must be UTF-8 text"))
}

fn unreadable(error: axum::extract::multipart::MultipartError) -> AppError {
    AppError::BadRequest(format!(
        "the form is not readable multipart/form-data: {}",
        error.body_text()
    ))
}

/// Check your answers: the project and every page's answers, each with a "Change" link,
/// and the submit button.
pub async fn check_answers(State(state): State<AppState>, visitor: Visitor, Path(id): Path<Uuid>) -> Response {
    let user = match signed_in(&visitor) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    match editable_draft(&state, &visitor, &user, id).await {
        Ok(draft) => {
            let sent = visitor.path.ends_with("?sent=1");
            check_page(
                &state,
                &visitor,
                &draft,
                CheckOutcome {
                    sent,
                    ..CheckOutcome::default()
                },
            )
        }
        Err(response) => *response,
    }
}

/// What a refused submission adds to check your answers.
#[derive(Default)]
struct CheckOutcome {
    errors: Vec<Problem>,
    unverified: Option<String>,
    sent: bool,
    status: Option<StatusCode>,
}

fn check_page(state: &AppState, visitor: &Visitor, draft: &Draft, outcome: CheckOutcome) -> Response {
    let language = visitor.language;
    let answers = draft.answers();
    let id = draft.application.id;
    let sections: Vec<Value> = apply_form::pages(&draft.questions)
        .iter()
        .enumerate()
        .map(|(index, page)| {
            let rows: Vec<Value> = page
                .questions
                .iter()
                .filter(|question| apply_form::shown(question, &answers))
                .map(|question| {
                    let files = draft.files(&question.key, &answers);
                    json!({
                        "label": question.label,
                        "value": apply_form::answer_text(question, &answers, &files, language),
                        "href": format!("/portal/applications/{id}/form/{index}#{}", apply_form::anchor(question)),
                    })
                })
                .collect();
            json!({ "heading": page.heading, "rows": rows })
        })
        .collect();
    let application = &draft.application;
    let data = json!({
        "application": draft.summary(),
        "organisation": application.organisation_name,
        "summary": application.summary,
        "lines": application.budget_lines.iter().map(|line| json!({ "description": line.description, "amount": views::written(&line.amount, application.currency, language) })).collect::<Vec<_>>(),
        "total": views::written(&application.requested_amount, application.currency, language),
        "sections": sections,
        "closes_at": views::instant(draft.call.terms.closes_at, language),
        "unverified": outcome.unverified,
        "sent": outcome.sent,
        "back": match draft.page_count() { 0 => format!("/portal/applications/{id}/project"), count => format!("/portal/applications/{id}/form/{}", count - 1) },
    });
    let response = form_answer(state, visitor, "apply_check.html", data, &outcome.errors);
    match outcome.status {
        Some(status) => (status, response).into_response(),
        None => response,
    }
}

/// Submits the draft through the applications service: the confirmation page, or check
/// your answers with every failing answer linking to its page, the unverified email with
/// a way to resend the link, or the closed call.
pub async fn submit(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let user = match signed_in_form(&state, &visitor, &fields) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    let draft = match editable_draft(&state, &visitor, &user, id).await {
        Ok(draft) => draft,
        Err(response) => return *response,
    };
    let error = match crate::applications::service::submit(&state.db, state.now(), &user, id).await {
        Ok(_) => return Redirect::to(&format!("/portal/applications/{id}/submitted")).into_response(),
        Err(error) => error,
    };
    let outcome = match &error {
        AppError::Conflict {
            kind: ProblemKind::EmailUnverified,
            ..
        } => CheckOutcome {
            unverified: Some(error.problem_on_page(visitor.language).detail),
            status: Some(StatusCode::CONFLICT),
            ..CheckOutcome::default()
        },
        AppError::Conflict {
            kind: ProblemKind::CallClosed,
            ..
        } => {
            return closed_page(&state, &visitor, &draft.call, StatusCode::CONFLICT);
        }
        _ => match problems(&error, &draft.questions, Some(id), visitor.language) {
            Some(errors) => CheckOutcome {
                errors,
                ..CheckOutcome::default()
            },
            None => return problem_page(&state, &visitor, error),
        },
    };
    check_page(&state, &visitor, &draft, outcome)
}

/// The confirmation of a submitted application: its reference and what happens next.
pub async fn submitted(State(state): State<AppState>, visitor: Visitor, Path(id): Path<Uuid>) -> Response {
    let user = match signed_in(&visitor) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    let page = async {
        let application = crate::applications::service::get(&state.db, &user, id).await?;
        if application.status == ApplicationStatus::Draft {
            return Ok(None);
        }
        let submitted_at: Option<Instant> = application.submitted_at.map(|at| views::instant(at, visitor.language));
        let data = json!({
            "application": { "id": application.id, "title": application.title, "call_title": application.call_title },
            "submitted_at": submitted_at,
        });
        Ok(Some(Page::new("apply_submitted.html", data)))
    };
    match page.await {
        Ok(Some(page)) => answer(&state, &visitor, Ok(page)),
        Ok(None) => Redirect::to(&format!("/portal/applications/{id}/check")).into_response(),
        Err(error) => problem_page(&state, &visitor, error),
    }
}

/// Sends the signed-in reader a new link to verify their email, then back to check
/// your answers.
pub async fn resend_verification(
    State(state): State<AppState>,
    visitor: Visitor,
    ClientAddress(client): ClientAddress,
    Path(id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let user = match signed_in_form(&state, &visitor, &fields) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    let sent = async {
        crate::applications::service::member_application(&state.db, &user, id).await?;
        crate::auth::recovery::resend_verification(&state.db, &state.config, state.now(), &user, &client).await
    };
    match sent.await {
        Ok(()) => Redirect::to(&format!("/portal/applications/{id}/check?sent=1")).into_response(),
        Err(error) => problem_page(&state, &visitor, error),
    }
}
