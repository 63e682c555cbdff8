//! The portal's page handlers: read the request, call the services, render a page. As thin
//! as the JSON handlers, and like them they never open a transaction or write SQL.

use axum::Form;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use super::account::AfterPassword;
use super::home_filter::{HomeFilter, HomeQuery};
use super::public_cache::{self, PublicPage};
use super::render::Page;
use super::views::{ApplicationRow, CallCard, CallView, EventCard};
use super::visitor::{LANGUAGE_COOKIE, RETURN_COOKIE, SESSION_COOKIE, Visitor};
use crate::AppState;
use crate::auth::service::NewAccount;
use crate::auth::{ClientAddress, Role};
use crate::calls::json::CallsQuery;
use crate::calls::rules::CallStatus;
use crate::error::{AppError, AppResult};
use crate::events::rules::EventStatus;
use crate::http::kept::next_change;
use crate::i18n::{Language, Message};
use crate::sessions;

/// How many open calls and events the home page lists.
pub(super) const HOME_LIST_LIMIT: u64 = 50;

/// The public home: open calls and events open for sponsorship requests (kept in memory
/// for readers who are not signed in, see [`super::public_cache`]).
pub async fn home(
    State(state): State<AppState>,
    visitor: Visitor,
    request: HeaderMap,
    query: Result<Query<HomeQuery>, QueryRejection>,
) -> Response {
    let query = query.map(|Query(query)| query).unwrap_or_default();
    let filter = HomeFilter::read(&query, &state.reference.regions);
    let path = filter.canonical_path();
    public_cache::serve_at(
        &state,
        &visitor,
        &request,
        Some(path),
        home_page(&state, &visitor, &filter),
    )
    .await
}

async fn home_page(state: &AppState, visitor: &Visitor, filter: &HomeFilter) -> AppResult<PublicPage> {
    let user = visitor.signed_in.as_ref().map(|signed_in| &signed_in.user);
    let query = CallsQuery {
        status: Some(CallStatus::Open),
        thematic_area: filter.theme,
        region: filter.region.clone(),
        ..CallsQuery::default()
    };
    let now = state.now();
    let (calls, _) = crate::calls::service::list(&state.db, now, user, &query, HOME_LIST_LIMIT, 0).await?;
    let (events, _) =
        crate::events::service::list(&state.db, user, Some(EventStatus::Open), (HOME_LIST_LIMIT, 0)).await?;
    let boundaries = calls
        .iter()
        .flat_map(|call| [call.terms.opens_at, call.terms.closes_at])
        .chain(events.iter().map(|event| event.request_deadline));
    let valid_until = next_change(now, boundaries);
    let calls: Vec<CallCard> = calls
        .iter()
        .map(|call| call.response(now))
        .filter(|call| call.accepting_applications)
        .map(|call| CallCard::of(&call, &state.reference.regions, visitor.language))
        .collect();
    let events: Vec<EventCard> = events
        .iter()
        .filter(|event| event.request_deadline > now)
        .map(|event| EventCard::of(event, visitor.language))
        .collect();
    let filter = filter.view(&state.reference.regions, visitor.language);
    let page = Page::new(
        "home.html",
        json!({ "calls": calls, "events": events, "filter": filter }),
    );
    Ok(PublicPage { page, valid_until })
}

/// A call's public page: what it funds, who may apply, how applications are scored, the
/// money and the dates (kept in memory like the home page).
pub async fn call_page(
    State(state): State<AppState>,
    visitor: Visitor,
    request: HeaderMap,
    Path(id): Path<Uuid>,
) -> Response {
    let page = async {
        let user = visitor.signed_in.as_ref().map(|signed_in| &signed_in.user);
        let call = crate::calls::service::visible_call(&state.db, user, id).await?;
        let now = state.now();
        let valid_until = next_change(now, [call.terms.opens_at, call.terms.closes_at]);
        let questions = crate::forms::service::form_of(&state.db, call.row.id).await?.questions;
        let terms = super::apply_form::FormTerms::new(call.terms.currency, state.config.max_file_bytes);
        let form = super::apply_form::prepare(&questions, terms, visitor.language);
        let view = CallView::of(call.response(now), &state.reference.regions, visitor.language);
        let page = Page::new("call.html", json!({ "call": view, "form": form }));
        Ok(PublicPage { page, valid_until })
    };
    public_cache::serve(&state, &visitor, &request, page).await
}

/// Where the language switcher's links lead.
#[derive(Debug, Default, Deserialize)]
pub struct SwitchLanguage {
    /// The page to go back to (a path on this site).
    #[serde(default)]
    back: String,
}

/// Switches the pages' language (remembered in a cookie for a year, and in the profile of
/// a signed-in reader, which their emails follow too) and goes back to the page the reader
/// was on.
pub async fn switch_language(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(code): Path<String>,
    Query(query): Query<SwitchLanguage>,
) -> Response {
    let Ok(language) = code.parse::<Language>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if let Some(signed_in) = &visitor.signed_in {
        let change = crate::auth::service::OwnSettings {
            preferred_language: Some(language),
        };
        if let Err(error) = crate::auth::service::update_me(&state.db, state.now(), &signed_in.user, change).await {
            return problem_page(&state, &visitor, error);
        }
    }
    let cookie = visitor.cookie(LANGUAGE_COOKIE, language.code(), Some(chrono::Duration::days(365)));
    ([(header::SET_COOKIE, cookie)], Redirect::to(local_path(&query.back))).into_response()
}

/// What the sign-in form sends.
#[derive(Debug, Default, Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// Where to go after signing in.
#[derive(Debug, Default, Deserialize)]
pub struct SignInQuery {
    #[serde(default)]
    next: String,
}

/// The sign-in form.
pub async fn sign_in_form(
    State(state): State<AppState>,
    visitor: Visitor,
    Query(query): Query<SignInQuery>,
) -> Response {
    let form = SignInForm {
        next: query.next,
        ..SignInForm::default()
    };
    sign_in_page(&state, &visitor, &form, &[])
}

/// Signs in with email and password (under the same throttle as the API) and starts a
/// session; a wrong password shows the form again with the error.
pub async fn sign_in(
    State(state): State<AppState>,
    visitor: Visitor,
    ClientAddress(client): ClientAddress,
    Form(form): Form<SignInForm>,
) -> Response {
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let now = state.now();
    let signed_in = async {
        let user = crate::auth::service::authenticate(&state.db, now, (&form.email, &form.password), &client).await?;
        super::account::after_password(&state, &user, &client, now).await
    };
    let next = match signed_in.await {
        Ok(AfterPassword::Code { mfa_token }) => {
            return super::account::code_page(&state, &visitor, (&mfa_token, &form.next), &[]);
        }
        Ok(AfterPassword::Enrol { token }) => Ok((token, super::account::ENROL_PAGE)),
        Ok(AfterPassword::Session { token, home }) => Ok((token, return_path(&form.next).unwrap_or(home))),
        Err(error) => Err(error),
    };
    let again = |errors: &[FormError]| sign_in_page(&state, &visitor, &form, errors);
    match next {
        Ok((token, next)) => start_session(&visitor, &token, next),
        Err(error) => after_signing_in(&state, &visitor, Err(error), ("", SIGN_IN_FIELDS), again),
    }
}

fn sign_in_page(state: &AppState, visitor: &Visitor, form: &SignInForm, errors: &[FormError]) -> Response {
    let data = json!({ "email": form.email, "next": form.next, "register_link": register_link(&form.next) });
    form_page(state, visitor, "sign_in.html", data, errors)
}

/// What the registration form sends.
#[derive(Debug, Default, Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    full_name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// The registration form for members of civil-society organisations (`next`: the page they
/// were on, where they come back to after registering and confirming their address).
pub async fn register_form(
    State(state): State<AppState>,
    visitor: Visitor,
    Query(query): Query<SignInQuery>,
) -> Response {
    let form = RegisterForm {
        next: query.next,
        ..RegisterForm::default()
    };
    register_page(&state, &visitor, &form, &[])
}

/// Creates an applicant account (as `POST /auth/register` does) and signs it in.
pub async fn register(
    State(state): State<AppState>,
    visitor: Visitor,
    ClientAddress(client): ClientAddress,
    Form(form): Form<RegisterForm>,
) -> Response {
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let now = state.now();
    let account = NewAccount {
        email: form.email.clone(),
        password: Some(form.password.clone()),
        full_name: form.full_name.clone(),
        roles: vec![Role::Applicant],
        email_verified: false,
    };
    let registered = async {
        let user = crate::auth::service::create_account(&state.db, &state.config, now, account, None).await?;
        Ok(sessions::service::start(&state.db, user.id, &client, now).await?.0)
    };
    let again = |errors: &[FormError]| register_page(&state, &visitor, &form, errors);
    let next = return_path(&form.next).unwrap_or("/portal");
    let mut response = after_signing_in(&state, &visitor, registered.await, (next, REGISTER_FIELDS), again);
    if response.status().is_redirection() && next != "/portal" {
        let encoded: String = form_urlencoded::byte_serialize(next.as_bytes()).collect();
        let cookie = visitor.cookie(RETURN_COOKIE, &encoded, Some(chrono::Duration::days(2)));
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

fn register_page(state: &AppState, visitor: &Visitor, form: &RegisterForm, errors: &[FormError]) -> Response {
    let data = json!({ "full_name": form.full_name, "email": form.email, "next": form.next });
    form_page(state, visitor, "register.html", data, errors)
}

/// A form's page, shown first or again with its error summary (422): the page's `data`,
/// the visitor's CSRF token (setting the form cookie when the browser has none) and the
/// errors.
pub(super) fn form_page(
    state: &AppState,
    visitor: &Visitor,
    template: &'static str,
    mut data: serde_json::Value,
    errors: &[FormError],
) -> Response {
    let (csrf_token, cookie) = visitor.form_token();
    data["csrf_token"] = json!(csrf_token);
    data["errors"] = json!(errors);
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    Page::new(template, data)
        .with_status(status)
        .with_cookie(cookie)
        .render(visitor, &state.config.office_name)
}

/// What a form that signs the visitor in (sign-in, registration) leads to: a new session
/// and the page `next`; the form again with its error summary when what it says is refused
/// (`fields` orders it); an error page otherwise.
pub(super) fn after_signing_in(
    state: &AppState,
    visitor: &Visitor,
    outcome: AppResult<String>,
    (next, fields): (&str, &FormFields),
    again: impl FnOnce(&[FormError]) -> Response,
) -> Response {
    match outcome {
        Ok(token) => start_session(visitor, &token, next),
        Err(error) => match form_errors(&error, fields, visitor.language) {
            Some(errors) => again(&errors),
            None => problem_page(state, visitor, error),
        },
    }
}

/// What the sign-out button sends.
#[derive(Debug, Default, Deserialize)]
pub struct SignOutForm {
    #[serde(default)]
    csrf_token: String,
}

/// Ends the session and goes to the home page.
pub async fn sign_out(State(state): State<AppState>, visitor: Visitor, Form(form): Form<SignOutForm>) -> Response {
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    if let Some(signed_in) = visitor.session_holder()
        && let Err(error) = sessions::service::end(&state.db, &signed_in.session).await
    {
        return problem_page(&state, &visitor, error);
    }
    let cookie = visitor.expired_cookie(SESSION_COOKIE);
    ([(header::SET_COOKIE, cookie)], Redirect::to("/")).into_response()
}

/// The signed-in home: the reader's organisations and applications.
pub async fn dashboard(State(state): State<AppState>, visitor: Visitor) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    let page = async {
        let user = &signed_in.user;
        let me = crate::auth::service::me(&state.db, user.id).await?;
        let mut organisations = Vec::new();
        for id in &me.organisation_ids {
            let organisation = crate::organisations::service::visible(&state.db, user, *id).await?;
            organisations.push(
                json!({ "id": organisation.id, "name": organisation.legal_name, "country": organisation.country }),
            );
        }
        let applicant = user.has(Role::Applicant) || !user.is_staff();
        let applications = match user.has(Role::Applicant) {
            true => {
                crate::applications::service::list(&state.db, user, &Default::default(), HOME_LIST_LIMIT, 0)
                    .await?
                    .0
            }
            false => Vec::new(),
        };
        let applications: Vec<ApplicationRow> = applications
            .iter()
            .map(|application| ApplicationRow::of(application, visitor.language))
            .collect();
        let person = json!({ "name": me.user.full_name, "email": me.user.email, "verified": me.user.email_verified_at.is_some() });
        if !applicant {
            let data = json!({ "user": person, "applicant": false, "notice": null });
            return Ok(Page::new("dashboard.html", data));
        }
        let awards = super::awards::dashboard_rows(&state, user, visitor.language).await?;
        let sponsorships = super::travel::dashboard_rows(&state, user, visitor.language).await?;
        let deadlines = super::deadlines::dashboard_rows(&state, user, visitor.language).await?;
        Ok(Page::new(
            "dashboard.html",
            json!({ "user": person, "applicant": true, "organisations": organisations, "applications": applications, "awards": awards, "sponsorships": sponsorships, "deadlines": deadlines, "notice": null }),
        ))
    };
    answer(&state, &visitor, page.await)
}

/// One message of an error summary: the field it is about (the id of its input) and what
/// is wrong, in the reader's language.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FormError {
    /// The id of the field's input.
    pub field: String,
    /// What is wrong, in the reader's language.
    pub message: String,
}

/// A form's fields in the order they appear, each with the catalogue's message for a
/// wrong answer (GOV.UK style: says what to do), or `None` to show the service's own.
pub(super) type FormFields = [(&'static str, Option<&'static str>)];

/// The fields of the sign-in form.
const SIGN_IN_FIELDS: &FormFields = &[("email", Some("portal-sign-in-wrong")), ("password", None)];

/// The fields of the registration form.
const REGISTER_FIELDS: &FormFields = &[
    ("full_name", Some("portal-register-error-full-name")),
    ("email", Some("portal-register-error-email")),
    ("password", Some("portal-register-error-password")),
];

/// The error summary for a refused form, in the order of the form's fields: the field
/// errors of a validation error; a refused sign-in, a throttled one or a conflict (an
/// email already taken) as an error on the first field. `None` for errors that are not
/// about what the form says.
pub(super) fn form_errors(error: &AppError, fields: &FormFields, language: Language) -> Option<Vec<FormError>> {
    let first = fields.first().map_or("", |(field, _)| field);
    let on_first = |message: String| {
        Some(vec![FormError {
            field: first.to_owned(),
            message,
        }])
    };
    match error {
        AppError::Validation(errors) => {
            let position = |field: &str| fields.iter().position(|(name, _)| *name == field).unwrap_or(usize::MAX);
            let mut shown: Vec<FormError> = errors
                .iter()
                .map(|error| {
                    let custom = fields
                        .iter()
                        .find(|(name, _)| *name == error.field)
                        .and_then(|(_, id)| *id);
                    FormError {
                        field: error.field.clone(),
                        message: match custom {
                            Some(id) => Message::new(id).render(language),
                            None => error.message.render_on_page(language),
                        },
                    }
                })
                .collect();
            shown.sort_by_key(|error| position(&error.field));
            Some(shown)
        }
        AppError::Unauthorized(_) => on_first(Message::new("portal-sign-in-wrong").render(language)),
        AppError::TooManyRequests { .. } | AppError::Conflict { .. } => {
            on_first(error.problem_on_page(language).detail)
        }
        _ => None,
    }
}

/// Sets the session cookie and goes on to `next` (a path on this site).
pub(super) fn start_session(visitor: &Visitor, token: &str, next: &str) -> Response {
    let cookie = visitor.cookie(SESSION_COOKIE, token, None);
    let next = if next.is_empty() { "/portal" } else { next };
    ([(header::SET_COOKIE, cookie)], Redirect::to(local_path(next))).into_response()
}

/// Sends a visitor who is not signed in to the sign-in page, coming back here after (one
/// who must enrol a second factor first, to the page where they do).
pub(super) fn to_sign_in(visitor: &Visitor) -> Response {
    if visitor.enrolling.is_some() {
        return Redirect::to(super::account::ENROL_PAGE).into_response();
    }
    let next: String = form_urlencoded::byte_serialize(visitor.path.as_bytes()).collect();
    Redirect::to(&format!("/sign-in?next={next}")).into_response()
}

/// `next` when it is a page on this site to come back to (not empty, not another site).
pub(super) fn return_path(next: &str) -> Option<&str> {
    Some(next).filter(|next| !next.is_empty() && local_path(next) == *next)
}

/// The registration page's link, carrying the page to come back to (`next`) if any.
fn register_link(next: &str) -> String {
    match return_path(next) {
        Some(next) => format!(
            "/register?next={}",
            form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
        ),
        None => "/register".to_owned(),
    }
}

/// `path` when it is a path on this site, otherwise the home page: a link can never send
/// the reader to another site.
pub(super) fn local_path(path: &str) -> &str {
    let local = path.starts_with('/') && !path.starts_with("//") && !path.contains('\\');
    if local { path } else { "/" }
}

/// The page, or the error as a page.
pub(super) fn answer(state: &AppState, visitor: &Visitor, page: AppResult<Page>) -> Response {
    match page {
        Ok(page) => page.render(visitor, &state.config.office_name),
        Err(error) => problem_page(state, visitor, error),
    }
}

/// An error as a page in the reader's language, with the error's status: "not found" for
/// anything the reader may not see, as in the API.
pub(super) fn problem_page(state: &AppState, visitor: &Visitor, error: AppError) -> Response {
    if let AppError::Internal(cause) = &error {
        tracing::error!(%cause, "internal error on a portal page");
    }
    let problem = error.problem_on_page(visitor.language);
    let status = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let page = match error {
        AppError::NotFound(_) => Page::new("not_found.html", json!({})),
        _ => Page::new(
            "problem.html",
            json!({ "heading": problem.title, "detail": problem.detail }),
        ),
    };
    page.with_status(status).render(visitor, &state.config.office_name)
}

/// What a form that changes a record leads to: the page `next` (a path on this site), or
/// the form's page `again` with the errors (422) when what it says is refused (`fields`
/// orders them), or an error page when the refusal is not about what the form says.
pub(super) async fn after_form<F, Fut>(
    state: &AppState,
    visitor: &Visitor,
    next: AppResult<String>,
    fields: &FormFields,
    again: F,
) -> Response
where
    F: FnOnce(Vec<FormError>) -> Fut,
    Fut: std::future::Future<Output = AppResult<Page>>,
{
    match next {
        Ok(next) => Redirect::to(&next).into_response(),
        Err(error) => match form_errors(&error, fields, visitor.language) {
            Some(errors) => {
                let page = again(errors).await;
                answer(
                    state,
                    visitor,
                    page.map(|page| page.with_status(StatusCode::UNPROCESSABLE_ENTITY)),
                )
            }
            None => problem_page(state, visitor, error),
        },
    }
}
