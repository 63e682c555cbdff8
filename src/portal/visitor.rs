//! Who is reading a page: their language, and their session if they are signed in. Also
//! the cookies the portal sets and the CSRF check every form goes through.

use axum::extract::{FromRequestParts, OriginalUri};
use axum::http::header::{self, HeaderValue};
use axum::http::request::Parts;
use chrono::Duration;

use crate::AppState;
use crate::auth::CurrentUser;
use crate::config::Environment;
use crate::error::{AppError, AppResult};
use crate::i18n::Language;
use crate::sessions::{self, Session};

/// The cookie holding a signed-in browser's session token.
pub const SESSION_COOKIE: &str = "gd_session";

/// The cookie holding the language chosen before signing in.
pub const LANGUAGE_COOKIE: &str = "gd_lang";

/// The cookie holding the CSRF token of forms shown before signing in (double submit).
pub const FORM_COOKIE: &str = "gd_form";

/// The cookie holding the page a newcomer was on when they chose to register (a path on
/// this site, percent-encoded), so that confirming their email brings them back to it.
pub const RETURN_COOKIE: &str = "gd_next";

/// A signed-in visitor.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// Their session.
    pub session: Session,
    /// Who they are, as the services expect.
    pub user: CurrentUser,
}

/// The reader of a page.
#[derive(Debug, Clone)]
pub struct Visitor {
    /// The language pages are written in for them.
    pub language: Language,
    /// Their session, when signed in.
    pub signed_in: Option<SignedIn>,
    /// Their session, when they signed in with a password but their role needs a second
    /// factor they have not enrolled yet: only the two-factor settings page serves them.
    pub enrolling: Option<SignedIn>,
    /// How many of the signed-in reader's notifications are unread (0 when not signed in).
    pub unread_notifications: u64,
    /// The path and query of the page asked for (where to come back to).
    pub path: String,
    /// The page they were on when they chose to register, if it is a path on this site.
    pub return_to: Option<String>,
    form_cookie: Option<String>,
    secure_cookies: bool,
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let now = state.now();
        let (signed_in, enrolling) = match cookie(parts, SESSION_COOKIE) {
            Some(token) => signed_in(state, token, now).await?,
            None => (None, None),
        };
        let unread_notifications = match &signed_in {
            Some(signed_in) => crate::reminders::service::unread_count(&state.db, signed_in.user.id).await?,
            None => 0,
        };
        let preferred = match &signed_in {
            Some(signed_in) => Some(
                crate::auth::service::me(&state.db, signed_in.user.id)
                    .await?
                    .user
                    .preferred_language,
            ),
            None => None,
        };
        let language = cookie(parts, LANGUAGE_COOKIE)
            .and_then(|code| code.parse::<Language>().ok())
            .or(preferred)
            .or_else(|| {
                parts
                    .headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|value| value.to_str().ok())
                    .map(Language::negotiate)
            })
            .unwrap_or_default();
        let uri = parts
            .extensions
            .get::<OriginalUri>()
            .map_or(&parts.uri, |OriginalUri(uri)| uri);
        Ok(Self {
            language,
            signed_in,
            enrolling,
            unread_notifications,
            path: uri.path_and_query().map_or("/", |path| path.as_str()).to_owned(),
            return_to: cookie(parts, RETURN_COOKIE).and_then(return_path_of),
            form_cookie: cookie(parts, FORM_COOKIE).map(str::to_owned),
            secure_cookies: state.config.environment == Environment::Production,
        })
    }
}

/// The session a cookie token names: signed in, or (second) signed in only to enrol the
/// second factor their role needs. A deactivated account is neither.
async fn signed_in(
    state: &AppState,
    token: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<(Option<SignedIn>, Option<SignedIn>)> {
    let Some(session) = sessions::service::resume(&state.db, token, now).await? else {
        return Ok((None, None));
    };
    let Some(identity) = crate::auth::identity_of(state, session.user_id, now).await? else {
        return Ok((None, None));
    };
    let must_enrol = identity.second_factor_missing(&state.config.mfa_required_roles);
    let signed_in = SignedIn {
        user: CurrentUser {
            id: session.user_id,
            roles: identity.roles,
        },
        session,
    };
    Ok(match must_enrol {
        true => (None, Some(signed_in)),
        false => (Some(signed_in), None),
    })
}

impl Visitor {
    /// The session of the reader, signed in fully or only to enrol their second factor.
    pub fn session_holder(&self) -> Option<&SignedIn> {
        self.signed_in.as_ref().or(self.enrolling.as_ref())
    }

    /// The CSRF token a form on this page must carry: the session's when signed in,
    /// otherwise the form cookie's, with the cookie to set when the browser has none yet.
    pub fn form_token(&self) -> (String, Option<HeaderValue>) {
        match (self.session_holder(), &self.form_cookie) {
            (Some(signed_in), _) => (signed_in.session.csrf_token.clone(), None),
            (None, Some(token)) if is_token(token) => (token.clone(), None),
            (None, _) => {
                let token = sessions::rules::new_secret();
                let cookie = self.cookie(FORM_COOKIE, &token, Some(Duration::hours(12)));
                (token, Some(cookie))
            }
        }
    }

    /// Refuses a form whose CSRF token is not this visitor's (403).
    pub fn check_form_token(&self, presented: &str) -> AppResult<()> {
        let accepted = match (self.session_holder(), &self.form_cookie) {
            (Some(signed_in), _) => signed_in.session.accepts_csrf(presented),
            (None, Some(token)) => is_token(token) && sessions::rules::same_secret(token, presented),
            (None, None) => false,
        };
        match accepted {
            true => Ok(()),
            false => Err(AppError::Forbidden(
                "the form has expired or did not come from this site; go back, reload the page and try again"
                    .to_owned(),
            )),
        }
    }

    /// A `Set-Cookie` value for this site: `HttpOnly`, `SameSite=Lax`, the whole site, and
    /// `Secure` in production; a session cookie without `max_age`.
    pub fn cookie(&self, name: &str, value: &str, max_age: Option<Duration>) -> HeaderValue {
        let mut text = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
        if let Some(max_age) = max_age {
            text.push_str(&format!("; Max-Age={}", max_age.num_seconds()));
        }
        if self.secure_cookies {
            text.push_str("; Secure");
        }
        HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static("gd_invalid=; Path=/; Max-Age=0"))
    }

    /// A `Set-Cookie` value that removes the cookie `name`.
    pub fn expired_cookie(&self, name: &str) -> HeaderValue {
        self.cookie(name, "", Some(Duration::zero()))
    }
}

/// The path a return cookie holds, when it is one on this site.
fn return_path_of(encoded: &str) -> Option<String> {
    let decoded: String = form_urlencoded::parse(format!("next={encoded}").as_bytes())
        .next()
        .map(|(_, value)| value.into_owned())?;
    super::pages::return_path(&decoded).map(str::to_owned)
}

/// Whether a cookie's value looks like a token this site issued (64 hex digits).
fn is_token(value: &str) -> bool {
    value.len() == 64 && value.bytes().all(|byte| byte.is_ascii_hexdigit())
}

/// The value of the cookie `name`, if the request carries it.
fn cookie<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}
