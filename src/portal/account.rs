//! The portal's account pages before and around signing in: the second step of signing in
//! (a code from an authenticator app or a recovery code), confirming an email address with
//! the emailed link, asking for a new verification link, and choosing a new password after
//! forgetting it. They call the accounts services (`crate::auth::recovery`,
//! `crate::auth::mfa`) exactly as the JSON API does.
//!
//! A link from an email only opens a page: the token is used by the page's POST button,
//! never by the GET, because mail scanners fetch the links of the mail they read.

use axum::Form;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::json;

use super::pages::{
    FormError, FormFields, answer, form_errors, form_page, problem_page, return_path, start_session, to_sign_in,
};
use super::render::Page;
use super::visitor::{RETURN_COOKIE, Visitor};
use crate::AppState;
use crate::auth::ClientAddress;
use crate::auth::mfa::SecondFactor;
use crate::auth::store::user;
use crate::error::{AppError, AppResult, ProblemKind};
use crate::i18n::Message;
use crate::sessions;

/// Where a person whose role needs a second factor is led until they enrol one.
pub const ENROL_PAGE: &str = "/portal/settings/two-factor";

/// The templates of the account, settings, notification and members pages.
pub const TEMPLATES: [(&str, &str); 12] = [
    (
        "account_done.html",
        include_str!("../../templates/portal/account_done.html"),
    ),
    (
        "sign_in_code.html",
        include_str!("../../templates/portal/sign_in_code.html"),
    ),
    (
        "verify_email.html",
        include_str!("../../templates/portal/verify_email.html"),
    ),
    (
        "forgot_password.html",
        include_str!("../../templates/portal/forgot_password.html"),
    ),
    (
        "reset_password.html",
        include_str!("../../templates/portal/reset_password.html"),
    ),
    ("settings.html", include_str!("../../templates/portal/settings.html")),
    (
        "settings_language.html",
        include_str!("../../templates/portal/settings_language.html"),
    ),
    (
        "settings_password.html",
        include_str!("../../templates/portal/settings_password.html"),
    ),
    (
        "settings_two_factor.html",
        include_str!("../../templates/portal/settings_two_factor.html"),
    ),
    (
        "recovery_codes.html",
        include_str!("../../templates/portal/recovery_codes.html"),
    ),
    (
        "notifications.html",
        include_str!("../../templates/portal/notifications.html"),
    ),
    ("members.html", include_str!("../../templates/portal/members.html")),
];

/// The routes of the account pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/sign-in/code", post(sign_in_with_code))
        .route("/verify-email", get(verify_email_form).post(verify_email))
        .route("/portal/verify-email/resend", post(resend_verification))
        .route("/forgot-password", get(forgot_password_form).post(forgot_password))
        .route("/reset-password", get(reset_password_form).post(reset_password))
}

/// What a right password leads to in the portal.
#[derive(Debug, Clone)]
pub enum AfterPassword {
    /// A session (its cookie token).
    Session {
        /// The session's cookie token.
        token: String,
        /// Where the reader goes when no page asked for the sign-in ([`home_of`]).
        home: &'static str,
    },
    /// A session that only reaches the two-factor settings: the role needs a second factor
    /// the account has not enrolled.
    Enrol {
        /// The session's cookie token.
        token: String,
    },
    /// A sign-in waiting for its second factor.
    Code {
        /// The waiting sign-in's single-use token.
        mfa_token: String,
    },
}

/// What follows a right password: the second step when the account has two-factor sign-in,
/// otherwise a session (which, for a role that needs a second factor not yet enrolled,
/// reaches only the enrolment).
pub async fn after_password(
    state: &AppState,
    user: &user::Model,
    client: &str,
    now: DateTime<Utc>,
) -> AppResult<AfterPassword> {
    let identity = crate::auth::identity_of(state, user.id, now)
        .await?
        .ok_or_else(|| AppError::Unauthorized("the account is deactivated".to_owned()))?;
    if identity.mfa_enabled {
        let mfa_token = crate::auth::mfa::challenge(&state.db, now, user.id, client).await?;
        return Ok(AfterPassword::Code { mfa_token });
    }
    let (token, _) = sessions::service::start(&state.db, user.id, client, now).await?;
    Ok(match identity.second_factor_missing(&state.config.mfa_required_roles) {
        true => AfterPassword::Enrol { token },
        false => AfterPassword::Session {
            token,
            home: home_of(&identity.roles),
        },
    })
}

/// Where someone holding `roles` starts after signing in: staff in their workspace,
/// applicants on their account's page.
pub fn home_of(roles: &[crate::auth::Role]) -> &'static str {
    if roles.iter().any(|role| role.is_staff()) {
        "/staff"
    } else {
        "/portal"
    }
}

/// The second step of signing in: the code field, with the waiting sign-in's token and the
/// page to go on to.
pub fn code_page(
    state: &AppState,
    visitor: &Visitor,
    (mfa_token, next): (&str, &str),
    errors: &[FormError],
) -> Response {
    let data = json!({ "mfa_token": mfa_token, "next": next });
    form_page(state, visitor, "sign_in_code.html", data, errors)
}

/// What the second step of signing in sends.
#[derive(Debug, Default, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    mfa_token: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

/// The fields of a form asking for a code.
const CODE_FIELDS: &FormFields = &[("code", Some("portal-code-wrong"))];

/// Completes a sign-in with a code from the authenticator app or a recovery code (under the
/// sign-in throttle, as the API) and starts the session.
pub async fn sign_in_with_code(
    State(state): State<AppState>,
    visitor: Visitor,
    ClientAddress(client): ClientAddress,
    Form(form): Form<CodeForm>,
) -> Response {
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let now = state.now();
    let signed_in = async {
        let factor = second_factor(&form.code)?;
        let user = crate::auth::mfa::prove_waiting_sign_in(&state.db, now, (&form.mfa_token, factor), &client).await?;
        let token = sessions::service::start(&state.db, user.id, &client, now).await?.0;
        let roles = crate::auth::identity_of(&state, user.id, now)
            .await?
            .map(|identity| identity.roles);
        Ok((token, home_of(&roles.unwrap_or_default())))
    };
    match signed_in.await {
        Ok((token, home)) => start_session(&visitor, &token, return_path(&form.next).unwrap_or(home)),
        Err(error) => match code_errors(&error, &visitor) {
            Some(errors) => code_page(&state, &visitor, (&form.mfa_token, &form.next), &errors),
            None => problem_page(&state, &visitor, error),
        },
    }
}

/// What was typed in a code field, as a second factor: six digits are a code from the app,
/// anything else a recovery code; an empty field is 422.
pub fn second_factor(typed: &str) -> AppResult<SecondFactor> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(AppError::field("code", Message::new("portal-code-missing")));
    }
    let digits: String = typed.chars().filter(|character| !character.is_whitespace()).collect();
    Ok(
        match digits.len() == 6 && digits.bytes().all(|byte| byte.is_ascii_digit()) {
            true => SecondFactor::Code(digits),
            false => SecondFactor::RecoveryCode(typed.to_owned()),
        },
    )
}

/// The error summary of a refused code: a wrong or used code (or an expired sign-in) and
/// an empty field say what to do; the throttle says how long to wait.
pub fn code_errors(error: &AppError, visitor: &Visitor) -> Option<Vec<FormError>> {
    let message = match error {
        AppError::Validation(_) => Message::new("portal-code-missing").render(visitor.language),
        AppError::Unauthorized(_) => Message::new("portal-code-wrong").render(visitor.language),
        _ => return form_errors(error, CODE_FIELDS, visitor.language),
    };
    Some(vec![FormError {
        field: "code".to_owned(),
        message,
    }])
}

/// The token a link from an email carries.
#[derive(Debug, Default, Deserialize)]
pub struct LinkQuery {
    #[serde(default)]
    token: String,
}

/// The page a verification link opens: a button that confirms the address (the GET uses
/// nothing up).
pub async fn verify_email_form(
    State(state): State<AppState>,
    visitor: Visitor,
    Query(query): Query<LinkQuery>,
) -> Response {
    form_page(
        &state,
        &visitor,
        "verify_email.html",
        json!({ "token": query.token }),
        &[],
    )
}

/// What the confirm button of a verification link's page sends.
#[derive(Debug, Default, Deserialize)]
pub struct LinkForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    token: String,
}

/// Confirms the address with the link's token and says so; a used, replaced or expired
/// link says what to do instead.
pub async fn verify_email(State(state): State<AppState>, visitor: Visitor, Form(form): Form<LinkForm>) -> Response {
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let confirmed = crate::auth::recovery::confirm_email(&state.db, &state.config, state.now(), &form.token).await;
    let (href, link) = after_verifying(&visitor);
    let page = confirmed.map(|()| {
        done("portal-verified-title", &["portal-verified-text"], (&href, link))
            .with_cookie(Some(visitor.expired_cookie(RETURN_COOKIE)))
    });
    let onwards = ("portal-link-invalid-verify", ("/portal", "portal-go-to-account"));
    answer_link(&state, &visitor, page, onwards)
}

/// Where a confirmed address leads on: back to the page the newcomer was on when they chose
/// to register (through signing in when this browser is not signed in), otherwise to the
/// account page or the sign-in page.
fn after_verifying(visitor: &Visitor) -> (String, &'static str) {
    match (&visitor.signed_in, &visitor.return_to) {
        (Some(_), Some(back)) => (back.clone(), "portal-finish-continue"),
        (Some(_), None) => ("/portal".to_owned(), "portal-go-to-account"),
        (None, Some(back)) => {
            let encoded: String = form_urlencoded::byte_serialize(back.as_bytes()).collect();
            (format!("/sign-in?next={encoded}"), "portal-nav-sign-in")
        }
        (None, None) => ("/sign-in".to_owned(), "portal-nav-sign-in"),
    }
}

/// Sends the signed-in reader a new verification link (from the dashboard's banner).
pub async fn resend_verification(
    State(state): State<AppState>,
    visitor: Visitor,
    ClientAddress(client): ClientAddress,
    Form(form): Form<LinkForm>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let sent =
        crate::auth::recovery::resend_verification(&state.db, &state.config, state.now(), &signed_in.user, &client)
            .await
            .map(|()| {
                done(
                    "portal-verify-sent-title",
                    &["portal-verify-sent-text"],
                    ("/portal", "portal-go-to-account"),
                )
            });
    answer(&state, &visitor, sent)
}

/// What the forgotten-password form sends.
#[derive(Debug, Default, Deserialize)]
pub struct ForgotPasswordForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    email: String,
}

const FORGOT_FIELDS: &FormFields = &[("email", Some("portal-register-error-email"))];

/// The form asking for a link to choose a new password.
pub async fn forgot_password_form(State(state): State<AppState>, visitor: Visitor) -> Response {
    form_page(&state, &visitor, "forgot_password.html", json!({ "email": "" }), &[])
}

/// Sends the link if an account has the address, and answers the same either way.
pub async fn forgot_password(
    State(state): State<AppState>,
    visitor: Visitor,
    ClientAddress(client): ClientAddress,
    Form(form): Form<ForgotPasswordForm>,
) -> Response {
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let asked =
        crate::auth::recovery::request_password_reset(&state.db, &state.config, state.now(), &form.email, &client)
            .await;
    match asked {
        Ok(()) => done(
            "portal-forgot-sent-title",
            &["portal-forgot-sent-text", "portal-forgot-sent-later"],
            ("/sign-in", "portal-nav-sign-in"),
        )
        .render(&visitor, &state.config.office_name),
        Err(error) => match form_errors(&error, FORGOT_FIELDS, visitor.language) {
            Some(errors) => form_page(
                &state,
                &visitor,
                "forgot_password.html",
                json!({ "email": form.email }),
                &errors,
            ),
            None => problem_page(&state, &visitor, error),
        },
    }
}

/// The page a reset link opens: the new password's field (the GET uses nothing up).
pub async fn reset_password_form(
    State(state): State<AppState>,
    visitor: Visitor,
    Query(query): Query<LinkQuery>,
) -> Response {
    form_page(
        &state,
        &visitor,
        "reset_password.html",
        json!({ "token": query.token }),
        &[],
    )
}

/// What the new-password form of a reset link sends.
#[derive(Debug, Default, Deserialize)]
pub struct ResetPasswordForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    token: String,
    #[serde(default)]
    new_password: String,
}

const RESET_FIELDS: &FormFields = &[("new_password", Some("portal-register-error-password"))];

/// Sets the new password with the link's token (every session of the account ends), then
/// leads to signing in; a used, replaced or expired link says what to do instead.
pub async fn reset_password(
    State(state): State<AppState>,
    visitor: Visitor,
    Form(form): Form<ResetPasswordForm>,
) -> Response {
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let reset = crate::auth::recovery::confirm_password_reset(
        &state.db,
        &state.config,
        state.now(),
        &form.token,
        &form.new_password,
    )
    .await;
    if let Err(error) = &reset
        && let Some(errors) = form_errors(error, RESET_FIELDS, visitor.language).filter(|_| is_validation(error))
    {
        return form_page(
            &state,
            &visitor,
            "reset_password.html",
            json!({ "token": form.token }),
            &errors,
        );
    }
    let page = reset.map(|()| {
        done(
            "portal-reset-done-title",
            &["portal-reset-done-text"],
            ("/sign-in", "portal-nav-sign-in"),
        )
    });
    let onwards = ("portal-link-invalid-reset", ("/forgot-password", "portal-forgot-link"));
    answer_link(&state, &visitor, page, onwards)
}

fn is_validation(error: &AppError) -> bool {
    matches!(error, AppError::Validation(_))
}

/// A page that says something was done (or sent), in the reader's language: a heading,
/// paragraphs, and one link onwards (its href and its text's message id).
pub fn done(heading: &str, paragraphs: &[&str], (href, link): (&str, &str)) -> Page {
    Page::new(
        "account_done.html",
        json!({ "heading": heading, "paragraphs": paragraphs, "href": href, "link": link }),
    )
}

/// The page, or, for a link that does not work (used, replaced, expired), a page that
/// says what to do instead (`way_forward`), answered 409; other errors as error pages.
fn answer_link(
    state: &AppState,
    visitor: &Visitor,
    page: AppResult<Page>,
    (way_forward, onwards): (&str, (&str, &str)),
) -> Response {
    match page {
        Err(error) if error.kind() == ProblemKind::LinkInvalid => done(
            "portal-link-invalid-title",
            &["portal-link-invalid-text", way_forward],
            onwards,
        )
        .with_status(StatusCode::CONFLICT)
        .render(visitor, &state.config.office_name),
        page => answer(state, visitor, page),
    }
}
