//! Request and response bodies of accounts and sign-in.

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::rules::Role;
use super::service::TokenPair;
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

/// `POST /users`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateUserRequest {
    /// Email.
    pub email: String,
    /// Initial password, at least 10 characters.
    pub password: String,
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
}

/// `PATCH /me`: only the fields sent change.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateMeRequest {
    /// The language of emails to the user and of the portal: `en`, `fr`, `es`, `ar`, `ru`
    /// or `zh`.
    pub preferred_language: Option<Language>,
}
