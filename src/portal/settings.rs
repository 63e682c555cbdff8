//! The reader's settings at `/portal/settings`: language (kept in the profile), password,
//! two-factor sign-in (enrol with the secret and its QR code, confirm with a code, the
//! recovery codes shown once, turn off with a current code) and the active sessions, the
//! portal's and the API's, each of which can be signed out. Notification preferences have
//! their own page (`preferences.rs`).
//!
//! The two-factor pages also serve a person whose role needs a second factor they have not
//! enrolled ([`Visitor::enrolling`]): until they enrol, nothing else does.

use axum::Form;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::account::{code_errors, second_factor};
use super::pages::{FormError, FormFields, answer, form_errors, form_page, problem_page, to_sign_in};
use super::render::Page;
use super::views::{Instant, instant};
use super::visitor::{LANGUAGE_COOKIE, SESSION_COOKIE, SignedIn, Visitor};
use crate::AppState;
use crate::auth::ClientAddress;
use crate::auth::mfa::SecondFactor;
use crate::error::AppResult;
use crate::i18n::{Language, Message};
use crate::portal::done::Done;

/// The routes of the settings pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/portal/settings", get(settings_page))
        .route("/portal/settings/language", get(language_form).post(change_language))
        .route("/portal/settings/password", get(password_form).post(change_password))
        .route("/portal/settings/two-factor", get(two_factor_page))
        .route("/portal/settings/two-factor/enrol", post(enrol_two_factor))
        .route("/portal/settings/two-factor/confirm", post(confirm_two_factor))
        .route("/portal/settings/two-factor/disable", post(disable_two_factor))
        .route("/portal/settings/sessions/{kind}/{id}/end", post(end_session))
}

/// A live session as the settings page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct SessionRow {
    /// `browser` (a portal session) or `api` (a chain of refresh tokens).
    pub kind: &'static str,
    /// Its id.
    pub id: Uuid,
    /// The client address that signed in.
    pub client: String,
    /// When the person signed in.
    pub created_at: Instant,
    /// When it was last used.
    pub last_used_at: Instant,
    /// Whether it is the session reading the page.
    pub current: bool,
}

/// The settings: the account, language, password, two-factor sign-in and the sessions.
pub async fn settings_page(State(state): State<AppState>, visitor: Visitor, Query(done): Query<Done>) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    let page = async {
        let me = crate::auth::service::me(&state.db, signed_in.user.id).await?;
        let sessions = session_rows(&state, signed_in, visitor.language).await?;
        let account = json!({
            "name": me.user.full_name,
            "email": me.user.email,
            "verified": me.user.email_verified_at.is_some(),
            "language": Message::new(format!("portal-language-{}", me.user.preferred_language.code())).render(me.user.preferred_language),
            "mfa_enabled": me.mfa_enabled,
        });
        let notice = notice_of(&done.done);
        Ok(Page::new(
            "settings.html",
            json!({ "account": account, "sessions": sessions, "notice": notice }),
        ))
    };
    answer(&state, &visitor, page.await)
}

/// The catalogue's message for a `?done=` value, if it names a change.
fn notice_of(done: &str) -> Option<&'static str> {
    match done {
        "language" => Some("portal-settings-done-language"),
        "password" => Some("portal-settings-done-password"),
        "two-factor-on" => Some("portal-settings-done-two-factor-on"),
        "two-factor-off" => Some("portal-settings-done-two-factor-off"),
        "session-ended" => Some("portal-settings-done-session-ended"),
        _ => None,
    }
}

/// The reader's live sessions: the portal's (this browser first) and the API's.
async fn session_rows(state: &AppState, signed_in: &SignedIn, language: Language) -> AppResult<Vec<SessionRow>> {
    let now = state.now();
    let browsers = crate::sessions::service::live_of_user(&state.db, signed_in.user.id, now).await?;
    let programs = crate::auth::administration::sessions(&state.db, now, &signed_in.user).await?;
    let mut rows: Vec<SessionRow> = browsers
        .into_iter()
        .map(|session| SessionRow {
            kind: "browser",
            id: session.id,
            client: session.client,
            created_at: instant(session.created_at, language),
            last_used_at: instant(session.last_seen_at, language),
            current: session.id == signed_in.session.id,
        })
        .chain(programs.into_iter().map(|session| SessionRow {
            kind: "api",
            id: session.id,
            client: session.client,
            created_at: instant(session.created_at, language),
            last_used_at: instant(session.last_used_at, language),
            current: false,
        }))
        .collect();
    rows.sort_by_key(|row| !row.current);
    Ok(rows)
}

/// Signs one of the reader's sessions out (a browser's or a program's); another person's
/// session is 404.
pub async fn end_session(
    State(state): State<AppState>,
    visitor: Visitor,
    Path((kind, id)): Path<(String, Uuid)>,
    Form(form): Form<CsrfForm>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let ended = match kind.as_str() {
        "browser" => crate::sessions::service::end_of_user(&state.db, signed_in.user.id, id).await,
        "api" => crate::auth::administration::end_session(&state.db, state.now(), &signed_in.user, id).await,
        _ => Err(crate::error::AppError::NotFound("session")),
    };
    match ended {
        Ok(()) => Redirect::to("/portal/settings?done=session-ended").into_response(),
        Err(error) => problem_page(&state, &visitor, error),
    }
}

/// A form that carries only its CSRF token (a button).
#[derive(Debug, Default, Deserialize)]
pub struct CsrfForm {
    /// The form's CSRF token.
    #[serde(default)]
    pub csrf_token: String,
}

/// The language form: the six languages, the profile's chosen.
pub async fn language_form(State(state): State<AppState>, visitor: Visitor) -> Response {
    if visitor.signed_in.is_none() {
        return to_sign_in(&visitor);
    }
    language_page(&state, &visitor, &[])
}

fn language_page(state: &AppState, visitor: &Visitor, errors: &[FormError]) -> Response {
    let choices: Vec<_> = Language::ALL
        .into_iter()
        .map(|language| {
            json!({
                "code": language.code(),
                "name": Message::new(format!("portal-language-{}", language.code())).render(language),
                "checked": language == visitor.language,
            })
        })
        .collect();
    form_page(
        state,
        visitor,
        "settings_language.html",
        json!({ "choices": choices }),
        errors,
    )
}

/// What the language form sends.
#[derive(Debug, Default, Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    language: String,
}

/// Keeps the chosen language in the profile (the reader's emails follow it) and in the
/// browser's cookie, and goes back to the settings.
pub async fn change_language(
    State(state): State<AppState>,
    visitor: Visitor,
    Form(form): Form<LanguageForm>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let Ok(language) = form.language.parse::<Language>() else {
        let message = Message::new("portal-settings-language-missing").render(visitor.language);
        let errors = [FormError {
            field: "language-en".to_owned(),
            message,
        }];
        return language_page(&state, &visitor, &errors);
    };
    let change = crate::auth::service::OwnSettings {
        preferred_language: Some(language),
    };
    if let Err(error) = crate::auth::service::update_me(&state.db, state.now(), &signed_in.user, change).await {
        return problem_page(&state, &visitor, error);
    }
    let cookie = visitor.cookie(LANGUAGE_COOKIE, language.code(), Some(chrono::Duration::days(365)));
    (
        [(header::SET_COOKIE, cookie)],
        Redirect::to("/portal/settings?done=language"),
    )
        .into_response()
}

/// The change-password form.
pub async fn password_form(State(state): State<AppState>, visitor: Visitor) -> Response {
    if visitor.signed_in.is_none() {
        return to_sign_in(&visitor);
    }
    form_page(&state, &visitor, "settings_password.html", json!({}), &[])
}

/// What the change-password form sends.
#[derive(Debug, Default, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

const PASSWORD_FIELDS: &FormFields = &[
    ("current_password", Some("portal-settings-password-wrong")),
    ("new_password", Some("portal-register-error-password")),
];

/// Changes the password given the current one. Every session of the account ends (the
/// person is told by email); this browser gets a new one and goes back to the settings.
pub async fn change_password(
    State(state): State<AppState>,
    visitor: Visitor,
    ClientAddress(client): ClientAddress,
    Form(form): Form<PasswordForm>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let now = state.now();
    let changed = async {
        let passwords = (form.current_password.as_str(), form.new_password.as_str());
        crate::auth::recovery::change_password(&state.db, &state.config, now, &signed_in.user, passwords).await?;
        Ok(
            crate::sessions::service::start(&state.db, signed_in.user.id, &client, now)
                .await?
                .0,
        )
    };
    match changed.await {
        Ok(token) => {
            let cookie = visitor.cookie(SESSION_COOKIE, &token, None);
            (
                [(header::SET_COOKIE, cookie)],
                Redirect::to("/portal/settings?done=password"),
            )
                .into_response()
        }
        Err(error) => match form_errors(&error, PASSWORD_FIELDS, visitor.language) {
            Some(errors) => form_page(&state, &visitor, "settings_password.html", json!({}), &errors),
            None => problem_page(&state, &visitor, error),
        },
    }
}

/// Two-factor sign-in: on (with the form to turn it off), waiting for its first code (the
/// secret and its QR code, with the code field), or off (with the button to set it up).
pub async fn two_factor_page(State(state): State<AppState>, visitor: Visitor) -> Response {
    two_factor(&state, &visitor, &[]).await
}

async fn two_factor(state: &AppState, visitor: &Visitor, errors: &[FormError]) -> Response {
    let Some(holder) = visitor.session_holder() else {
        return to_sign_in(visitor);
    };
    let page = async {
        let enabled = crate::auth::mfa::is_enabled(&state.db, holder.user.id).await?;
        let pending = crate::auth::mfa::pending_enrolment(&state.db, &holder.user).await?;
        let enrolment = pending.map(|enrolment| {
            json!({ "secret": grouped(&enrolment.secret), "qr_svg": enrolment.qr_svg, "uri": enrolment.otpauth_uri })
        });
        Ok(json!({
            "enabled": enabled,
            "enrolment": enrolment,
            "must_enrol": visitor.enrolling.is_some(),
        }))
    };
    match page.await {
        Ok(data) => form_page(state, visitor, "settings_two_factor.html", data, errors),
        Err(error) => problem_page(state, visitor, error),
    }
}

/// A secret in groups of four characters, easier to type.
fn grouped(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Starts enrolling (a new secret) and shows it.
pub async fn enrol_two_factor(State(state): State<AppState>, visitor: Visitor, Form(form): Form<CsrfForm>) -> Response {
    let Some(holder) = visitor.session_holder() else {
        return to_sign_in(&visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    match crate::auth::mfa::enrol(&state.db, state.now(), &holder.user).await {
        Ok(_) => Redirect::to(super::account::ENROL_PAGE).into_response(),
        Err(error) => problem_page(&state, &visitor, error),
    }
}

/// What the two-factor forms send: a code from the app.
#[derive(Debug, Default, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    code: String,
}

/// Turns two-factor sign-in on with a code from the app and shows the recovery codes,
/// once; a wrong code shows the enrolment again with the error.
pub async fn confirm_two_factor(
    State(state): State<AppState>,
    visitor: Visitor,
    ClientAddress(client): ClientAddress,
    Form(form): Form<CodeForm>,
) -> Response {
    let Some(holder) = visitor.session_holder() else {
        return to_sign_in(&visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let confirmed = async {
        let code = app_code(&form.code)?;
        crate::auth::mfa::confirm(&state.db, &state.config, state.now(), &holder.user, (&code, &client)).await
    };
    match confirmed.await {
        Ok(codes) => {
            state.identities.forget(holder.user.id);
            answer(
                &state,
                &visitor,
                Ok(Page::new("recovery_codes.html", json!({ "codes": codes }))),
            )
        }
        Err(error) => match code_errors(&error, &visitor) {
            Some(errors) => two_factor(&state, &visitor, &errors).await,
            None => problem_page(&state, &visitor, error),
        },
    }
}

/// Turns two-factor sign-in off with a current code from the app.
pub async fn disable_two_factor(
    State(state): State<AppState>,
    visitor: Visitor,
    ClientAddress(client): ClientAddress,
    Form(form): Form<CodeForm>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let disabled = async {
        let code = app_code(&form.code)?;
        crate::auth::mfa::disable(&state.db, &state.config, state.now(), &signed_in.user, (&code, &client)).await
    };
    match disabled.await {
        Ok(()) => {
            state.identities.forget(signed_in.user.id);
            Redirect::to("/portal/settings?done=two-factor-off").into_response()
        }
        Err(error) => match code_errors(&error, &visitor) {
            Some(errors) => two_factor(&state, &visitor, &errors).await,
            None => problem_page(&state, &visitor, error),
        },
    }
}

/// The six digits of a code from the app typed in a code field: an empty field is 422, a
/// recovery code (which neither turns two-factor sign-in on nor off) a wrong code.
fn app_code(typed: &str) -> AppResult<String> {
    match second_factor(typed)? {
        SecondFactor::Code(code) => Ok(code),
        SecondFactor::RecoveryCode(_) => Err(crate::error::AppError::Unauthorized(
            "a recovery code does not change two-factor sign-in".to_owned(),
        )),
    }
}
