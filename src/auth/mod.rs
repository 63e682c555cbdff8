//! Accounts, sign-in and the identity of the caller.
//!
//! Access tokens are HS256 JWTs that live 15 minutes; their expiry is checked against
//! the server's clock. Refresh tokens are random, stored only as SHA-256 hashes, live 30
//! days and rotate on every use; presenting a rotated token again revokes every refresh
//! token of that user (a stolen token cannot outlive its theft).
//!
//! A token says who the caller is, not what they may do: on each request `CurrentUser`
//! reads whether the account still exists and its roles (one indexed read, remembered for
//! a few seconds in [`IdentityCache`]), so a deleted account is refused and a changed
//! role applies within seconds.
//!
//! Two-factor sign-in (TOTP) is open to everyone and required of the roles configured in
//! `GRANTDESK_MFA_REQUIRED_ROLES` (admin and finance by default): until such a user has
//! enrolled, every request but enrolment answers 403 `mfa-required`, so a stolen password
//! alone never reaches money ([`mfa`]).
//!
//! Sign-in is throttled per (email, client address), per client address and per account
//! with growing delays, never locking out a client that has not been failing (see
//! [`rules`]); the client address is the socket's peer, or what a trusted proxy forwards
//! ([`ClientAddress`]). Password hashing runs a few at a time (one per core), so a flood
//! of sign-ins queues instead of taking a gigabyte of memory.

pub mod administration;
mod handlers;
pub mod hashing;
mod identities;
mod json;
pub mod mfa;
pub mod mfa_rules;
pub mod mfa_store;
pub mod recovery;
pub mod recovery_rules;
pub mod recovery_store;
pub mod rules;
pub mod service;
pub mod store;

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts, OptionalFromRequestParts};
use axum::http::header;
use axum::http::request::Parts;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use secrecy::{ExposeSecret, SecretString};
use utoipa_axum::{router::OpenApiRouter, routes};
use uuid::Uuid;

use crate::AppState;
use crate::error::{AppError, AppResult, ProblemKind};

pub use identities::IdentityCache;
pub use rules::{Claims, Role};

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[
    ("register_user", &[crate::error::ProblemKind::EmailTaken]),
    ("create_user", &[crate::error::ProblemKind::EmailTaken]),
    ("confirm_password_reset", &[crate::error::ProblemKind::LinkInvalid]),
    (
        "verify_email",
        &[
            crate::error::ProblemKind::LinkInvalid,
            crate::error::ProblemKind::EmailTaken,
        ],
    ),
    ("resend_verification", &[crate::error::ProblemKind::EmailVerified]),
    ("change_email", &[crate::error::ProblemKind::EmailTaken]),
    ("enrol_totp", &[crate::error::ProblemKind::MfaEnabled]),
    ("confirm_totp", &[crate::error::ProblemKind::MfaEnabled]),
    ("disable_totp", &[crate::error::ProblemKind::MfaNotEnabled]),
];

/// Routes of accounts and sign-in.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::register_user))
        .routes(routes!(handlers::login))
        .routes(routes!(handlers::refresh_tokens))
        .routes(routes!(handlers::logout))
        .routes(routes!(handlers::get_me, handlers::update_me))
        .routes(routes!(handlers::create_user, handlers::list_users))
        .routes(routes!(handlers::update_user))
        .routes(routes!(handlers::request_password_reset))
        .routes(routes!(handlers::confirm_password_reset))
        .routes(routes!(handlers::verify_email))
        .routes(routes!(handlers::resend_verification))
        .routes(routes!(handlers::change_password))
        .routes(routes!(handlers::change_email))
        .routes(routes!(handlers::list_sessions))
        .routes(routes!(handlers::delete_session))
        .routes(routes!(handlers::complete_login))
        .routes(routes!(handlers::enrol_totp))
        .routes(routes!(handlers::confirm_totp))
        .routes(routes!(handlers::disable_totp))
}

/// The keys that sign and verify access tokens.
pub struct Keys {
    encoding: EncodingKey,
    decoding: DecodingKey,
}

impl Keys {
    /// Keys derived from the configured secret.
    pub fn new(secret: &SecretString) -> Self {
        let bytes = secret.expose_secret().as_bytes();
        Self {
            encoding: EncodingKey::from_secret(bytes),
            decoding: DecodingKey::from_secret(bytes),
        }
    }

    /// Signs claims into a JWT.
    pub fn sign(&self, claims: &Claims) -> AppResult<String> {
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), claims, &self.encoding)
            .map_err(|error| AppError::Internal(format!("signing a token failed: {error}")))
    }

    /// Verifies a JWT's signature and reads its claims; expiry is checked by the caller
    /// against the server's clock.
    pub fn verify(&self, token: &str) -> Option<Claims> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.validate_exp = false;
        validation.required_spec_claims.clear();
        jsonwebtoken::decode::<Claims>(token, &self.decoding, &validation)
            .ok()
            .map(|data| data.claims)
    }
}

/// The signed-in caller, from a valid, unexpired bearer token.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    /// The user's id.
    pub id: Uuid,
    /// The user's roles.
    pub roles: Vec<Role>,
}

impl CurrentUser {
    /// Whether the caller holds `role`.
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Whether the caller holds any staff role.
    pub fn is_staff(&self) -> bool {
        self.roles.iter().any(|role| role.is_staff())
    }

    /// Whether the caller may see every organisation and application (officers, finance, admins).
    pub fn sees_all_applicants(&self) -> bool {
        self.has(Role::Officer) || self.has(Role::Finance) || self.has(Role::Admin)
    }

    /// Refuses with 403 unless the caller holds one of `roles`.
    pub fn require_any(&self, roles: &[Role]) -> AppResult<()> {
        if roles.iter().any(|role| self.has(*role)) {
            Ok(())
        } else {
            let names: Vec<&str> = roles.iter().map(|role| role.as_str()).collect();
            Err(AppError::Forbidden(format!(
                "this needs the role {}",
                names.join(" or ")
            )))
        }
    }
}

/// What a user whose role needs two-factor sign-in may do before enrolling: read their
/// account, enrol, and sign out.
const ENROLMENT_PATHS: [&str; 4] = ["/me", "/me/mfa/totp", "/me/mfa/totp/confirm", "/auth/logout"];

fn bearer_token(parts: &Parts) -> Option<&str> {
    parts
        .headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = bearer_token(parts)
            .ok_or_else(|| AppError::Unauthorized("send `Authorization: Bearer <access token>`".to_owned()))?;
        let claims = state
            .keys
            .verify(token)
            .ok_or_else(|| AppError::Unauthorized("the access token is not valid".to_owned()))?;
        let now = state.now();
        if claims.is_expired(now) {
            return Err(AppError::Unauthorized(
                "the access token has expired; refresh it".to_owned(),
            ));
        }
        let identity = identity_of(state, claims.sub, now)
            .await?
            .ok_or_else(|| AppError::Unauthorized("the account no longer exists or has been deactivated".to_owned()))?;
        if identity.second_factor_missing(&state.config.mfa_required_roles)
            && !ENROLMENT_PATHS.iter().any(|path| parts.uri.path().ends_with(path))
        {
            return Err(AppError::conflict(
                ProblemKind::MfaRequired,
                "your role needs two-factor sign-in: enrol with POST /api/v1/me/mfa/totp, then confirm a code \
                 with POST /api/v1/me/mfa/totp/confirm",
            ));
        }
        Ok(Self {
            id: claims.sub,
            roles: identity.roles,
        })
    }
}

/// The user `user_id` as requests see them (their roles and second factor as stored,
/// remembered for a few seconds in [`IdentityCache`]), or `None` when the account no longer
/// exists or is deactivated. Every entry point that has proved who a caller is (a bearer
/// token, a portal session) asks here.
pub async fn identity_of(
    state: &AppState,
    user_id: Uuid,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<Option<store::Identity>> {
    Ok(match state.identities.fresh(user_id, now) {
        Some(identity) => identity,
        None => {
            let read = service::identity(&state.db, user_id).await?;
            state.identities.remember(user_id, now, read.clone());
            read
        }
    })
}

/// The address of the caller, the login throttle's key: the socket's peer, or, when the
/// peer is a trusted proxy (`GRANTDESK_TRUSTED_PROXIES`), the client named by
/// `X-Forwarded-For`. A request without a socket address (the in-process driver) is
/// `unknown`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientAddress(pub String);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(address)| address.ip());
        let forwarded: Vec<&str> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .collect();
        Ok(Self(state.config.trusted_proxies.client_address(peer, &forwarded)))
    }
}

impl OptionalFromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Option<Self>, Self::Rejection> {
        if parts.headers.get(header::AUTHORIZATION).is_none() {
            return Ok(None);
        }
        <Self as FromRequestParts<AppState>>::from_request_parts(parts, state)
            .await
            .map(Some)
    }
}

/// A set of roles an endpoint requires, named by a marker type.
pub trait RoleRequirement: Send + Sync + 'static {
    /// The caller must hold one of these.
    const ROLES: &'static [Role];
}

/// The signed-in caller holding one of `R::ROLES`. As an extractor it answers 401 or 403
/// before the request body is read, so a wrong caller learns nothing about validation.
#[derive(Debug, Clone)]
pub struct Authorised<R: RoleRequirement> {
    /// The caller.
    pub user: CurrentUser,
    _roles: std::marker::PhantomData<R>,
}

impl<R: RoleRequirement> std::ops::Deref for Authorised<R> {
    type Target = CurrentUser;

    fn deref(&self) -> &CurrentUser {
        &self.user
    }
}

impl<R: RoleRequirement> FromRequestParts<AppState> for Authorised<R> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let user = <CurrentUser as FromRequestParts<AppState>>::from_request_parts(parts, state).await?;
        user.require_any(R::ROLES)?;
        Ok(Self {
            user,
            _roles: std::marker::PhantomData,
        })
    }
}

macro_rules! role_requirement {
    ($(#[$doc:meta])* $name:ident, $alias:ident => [$($role:ident),+]) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy)]
        pub struct $name;

        impl RoleRequirement for $name {
            const ROLES: &'static [Role] = &[$(Role::$role),+];
        }

        $(#[$doc])*
        pub type $alias = Authorised<$name>;
    };
}

role_requirement!(
    /// A grant officer.
    OfficerRole, Officer => [Officer]
);
role_requirement!(
    /// A member of a civil-society organisation.
    ApplicantRole, Applicant => [Applicant]
);
role_requirement!(
    /// A system administrator.
    AdminRole, Admin => [Admin]
);
role_requirement!(
    /// Finance staff (disbursements).
    FinanceRole, Finance => [Finance]
);
role_requirement!(
    /// Finance staff or an administrator (finance reports).
    FinanceReaderRole, FinanceReader => [Finance, Admin]
);
role_requirement!(
    /// An officer or an administrator (the audit trail, the user list).
    OverseerRole, Overseer => [Officer, Admin]
);
