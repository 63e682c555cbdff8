//! Request and response bodies of accounts and sign-in.

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use chrono::{DateTime, Utc};

use super::administration::Session;
use super::rules::Role;
use super::service::{SignIn, TokenPair};
use super::store::user;
use crate::i18n::Language;

/// `POST /auth/register`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    /// Email used to sign in.
    pub email: String,
    /// At least 10 characters.
    pub password: String,
    /// Full name.
    pub full_name: String,
}

/// `POST /auth/login`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    /// Email.
    pub email: String,
    /// Password.
    pub password: String,
}

/// `POST /auth/refresh` and `POST /auth/logout`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    /// The refresh token received at login or at the last refresh.
    pub refresh_token: String,
}

/// A token pair.
#[derive(Debug, Serialize, ToSchema)]
pub struct TokenResponse {
    /// JWT to send as `Authorization: Bearer ...`.
    pub access_token: String,
    /// Single-use token for `POST /auth/refresh`.
    pub refresh_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: i64,
}

impl From<TokenPair> for TokenResponse {
    fn from(pair: TokenPair) -> Self {
        Self {
            access_token: pair.access_token,
            refresh_token: pair.refresh_token,
            token_type: "Bearer",
            expires_in: pair.expires_in,
        }
    }
}

/// What `POST /auth/login` answers: the tokens, or, for an account with two-factor
/// sign-in, `mfa_required` and the token to complete the sign-in with a code.
#[derive(Debug, Serialize, ToSchema)]
pub struct LoginResponse {
    /// JWT to send as `Authorization: Bearer ...` (absent while a second factor is due).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    /// Single-use token for `POST /auth/refresh`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// `Bearer`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_type: Option<&'static str>,
    /// Seconds until the access token expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<i64>,
    /// Whether a second factor is due: send `mfa_token` and a code to `POST /auth/login/mfa`.
    pub mfa_required: bool,
    /// The single-use token of the waiting sign-in (valid 5 minutes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mfa_token: Option<String>,
}

impl From<SignIn> for LoginResponse {
    fn from(sign_in: SignIn) -> Self {
        match sign_in {
            SignIn::Tokens(pair) => Self {
                access_token: Some(pair.access_token),
                refresh_token: Some(pair.refresh_token),
                token_type: Some("Bearer"),
                expires_in: Some(pair.expires_in),
                mfa_required: false,
                mfa_token: None,
            },
            SignIn::SecondFactor { mfa_token } => Self {
                access_token: None,
                refresh_token: None,
                token_type: None,
                expires_in: None,
                mfa_required: true,
                mfa_token: Some(mfa_token),
            },
        }
    }
}

/// `POST /auth/login/mfa`: the waiting sign-in's token and one second factor.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MfaLoginRequest {
    /// The `mfa_token` `POST /auth/login` answered.
    pub mfa_token: String,
    /// The 6 digits the authenticator app shows now.
    pub code: Option<String>,
    /// Or one of the recovery codes given at enrolment (each works once).
    pub recovery_code: Option<String>,
}

/// `POST /me/mfa/totp/confirm` and `/disable`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TotpCodeRequest {
    /// The 6 digits the authenticator app shows now.
    pub code: String,
}

/// `POST /me/mfa/totp`: the new secret, shown once.
#[derive(Debug, Serialize, ToSchema)]
pub struct TotpEnrolmentResponse {
    /// The base32 secret, to type into an authenticator app.
    pub secret: String,
    /// The `otpauth://totp/...` URI (SHA-1, 6 digits, 30 seconds).
    pub otpauth_uri: String,
    /// The URI as a QR code, an SVG image.
    pub qr_svg: String,
}

/// `POST /me/mfa/totp/confirm`: two-factor sign-in is on.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecoveryCodesResponse {
    /// Ten single-use codes for when the app is lost, shown only now.
    pub recovery_codes: Vec<String>,
}

/// `POST /users`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateUserRequest {
    /// Email.
    pub email: String,
    /// Initial password, at least 10 characters; without it the new staff member is sent
    /// a link to choose one (valid 7 days).
    pub password: Option<String>,
    /// Full name.
    pub full_name: String,
    /// Roles the user holds.
    pub roles: Vec<Role>,
}

/// Filters of `GET /users`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct UsersQuery {
    /// Only users holding this role.
    pub role: Option<Role>,
    /// Page size (default 50, at most 500).
    pub limit: Option<u64>,
    /// Number of users to skip.
    pub offset: Option<u64>,
}

/// A user as staff see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct UserResponse {
    /// Id.
    pub id: Uuid,
    /// Email.
    pub email: String,
    /// Full name.
    pub full_name: String,
    /// Roles.
    pub roles: Vec<Role>,
    /// Whether the account may sign in (an admin deactivates and reactivates it).
    pub active: bool,
    /// Whether the email address is verified.
    pub email_verified: bool,
    /// Whether the account signs in with a second factor.
    pub mfa_enabled: bool,
    /// When the person last completed a sign-in (portal or API, every factor proved);
    /// `null` when they never did.
    pub last_sign_in_at: Option<DateTime<Utc>>,
}

impl UserResponse {
    /// The response for an account, its roles and whether two-factor sign-in is on.
    pub fn of(user: user::Model, roles: Vec<Role>, mfa_enabled: bool) -> Self {
        Self {
            id: user.id,
            email: user.email,
            full_name: user.full_name,
            roles,
            active: user.deactivated_at.is_none(),
            email_verified: user.email_verified_at.is_some(),
            mfa_enabled,
            last_sign_in_at: user.last_sign_in_at,
        }
    }
}

/// `GET /me`.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeResponse {
    /// Id.
    pub id: Uuid,
    /// Email.
    pub email: String,
    /// Full name.
    pub full_name: String,
    /// Roles.
    pub roles: Vec<Role>,
    /// Organisations the user is a member of.
    pub organisation_ids: Vec<Uuid>,
    /// The language of emails to the user and of the portal.
    pub preferred_language: Language,
    /// Whether the email address is verified (an applicant submits only once it is).
    pub email_verified: bool,
    /// Whether the account signs in with a second factor.
    pub mfa_enabled: bool,
}

/// `PATCH /me`: only the fields sent change.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateMeRequest {
    /// The language of emails to the user and of the portal: `en`, `fr`, `es`, `ar`, `ru`
    /// or `zh`.
    pub preferred_language: Option<Language>,
}

/// `PATCH /users/{id}`: what changes (admins).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateUserRequest {
    /// The roles the account holds from now on.
    pub roles: Option<Vec<Role>>,
    /// `false` deactivates the account (its sessions end at once), `true` reactivates it.
    pub active: Option<bool>,
    /// `true` verifies the account's address by hand (support, where email does not reach
    /// the person).
    pub email_verified: Option<bool>,
}

/// `POST /auth/password-reset` and `POST /me/email` name an address.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordResetRequest {
    /// The account's email.
    pub email: String,
}

/// `POST /auth/password-reset/confirm`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordResetConfirmation {
    /// The `token` query parameter of the link sent by email.
    pub token: String,
    /// At least 10 characters.
    pub new_password: String,
}

/// `POST /auth/verify-email`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerifyEmailRequest {
    /// The `token` query parameter of the link sent by email.
    pub token: String,
}

/// `POST /me/password`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangePasswordRequest {
    /// The password in use now.
    pub current_password: String,
    /// At least 10 characters.
    pub new_password: String,
}

/// `POST /me/email`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeEmailRequest {
    /// The address to use from now on, once verified.
    pub new_email: String,
    /// The password in use now.
    pub current_password: String,
}

/// A signed-in session (`GET /me/sessions`).
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionResponse {
    /// Id, for `DELETE /me/sessions/{id}` (stable across refreshes).
    pub id: Uuid,
    /// When the session signed in.
    pub created_at: DateTime<Utc>,
    /// When it last refreshed its tokens.
    pub last_used_at: DateTime<Utc>,
    /// The client address it signed in from.
    pub client: String,
    /// When it ends unless used again.
    pub expires_at: DateTime<Utc>,
}

impl From<Session> for SessionResponse {
    fn from(session: Session) -> Self {
        Self {
            id: session.id,
            created_at: session.created_at,
            last_used_at: session.last_used_at,
            client: session.client,
            expires_at: session.expires_at,
        }
    }
}

/// The caller's sessions.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionsResponse {
    /// Live sessions, most recently used first.
    pub items: Vec<SessionResponse>,
}
