//! Handlers of accounts and sign-in.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use uuid::Uuid;

use super::administration::{self, AccountChange};
use super::json::{
    ChangeEmailRequest, ChangePasswordRequest, CreateUserRequest, LoginRequest, LoginResponse, MeResponse,
    MfaLoginRequest, PasswordResetConfirmation, PasswordResetRequest, RecoveryCodesResponse, RefreshRequest,
    RegisterRequest, SessionsResponse, TokenResponse, TotpCodeRequest, TotpEnrolmentResponse, UpdateMeRequest,
    UpdateUserRequest, UserResponse, UsersQuery, VerifyEmailRequest,
};
use super::mfa::{self, SecondFactor};
use super::service::SignIn;
use super::service::{self, Me, NewAccount, OwnSettings};
use super::{Admin, ClientAddress, CurrentUser, Overseer, Role, recovery, store};
use crate::AppState;
use crate::error::AppError;
use crate::error::{AppResult, Problem};
use crate::http::{JsonBody, Page, PageQuery, Query};

/// Creates an applicant account and emails a link to verify its address (valid 7 days):
/// an unverified applicant signs in and prepares drafts, but submits only once verified.
#[utoipa::path(
    post, path = "/auth/register", tag = "auth",
    request_body = RegisterRequest,
    responses(
        (status = 201, body = UserResponse),
        (status = 409, description = "email taken", body = Problem),
        (status = 422, body = Problem),
        (status = 429, description = "too many passwords being hashed at once", body = Problem),
    )
)]
pub async fn register_user(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<RegisterRequest>,
) -> AppResult<(StatusCode, Json<UserResponse>)> {
    let account = NewAccount {
        email: body.email,
        password: Some(body.password),
        full_name: body.full_name,
        roles: vec![Role::Applicant],
        email_verified: false,
    };
    let user = service::create_account(&state.db, &state.config, state.now(), account, None).await?;
    Ok((
        StatusCode::CREATED,
        Json(UserResponse::of(user, vec![Role::Applicant], false)),
    ))
}

/// Signs in with email and password. An account with two-factor sign-in gets
/// `mfa_required` and a token to complete the sign-in with `POST /auth/login/mfa`.
#[utoipa::path(
    post, path = "/auth/login", tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "the tokens, or `mfa_required` with the `mfa_token` to complete the sign-in", body = LoginResponse),
        (status = 401, description = "wrong email or password", body = Problem),
        (status = 422, description = "an email longer than any address", body = Problem),
        (status = 429, description = "too many failed sign-ins from this client (growing delays; `Retry-After` says how long), or too many passwords being checked at once", body = Problem),
    )
)]
pub async fn login(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    JsonBody(body): JsonBody<LoginRequest>,
) -> AppResult<Json<LoginResponse>> {
    let credentials = (body.email.as_str(), body.password.as_str());
    let sign_in = service::login(
        &state.db,
        (&state.config, &state.keys),
        state.now(),
        credentials,
        &client,
    )
    .await?;
    Ok(Json(sign_in.into()))
}

/// Exchanges a refresh token for a new pair (rotation).
#[utoipa::path(
    post, path = "/auth/refresh", tag = "auth",
    request_body = RefreshRequest,
    responses((status = 200, body = TokenResponse), (status = 401, body = Problem))
)]
pub async fn refresh_tokens(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<RefreshRequest>,
) -> AppResult<Json<TokenResponse>> {
    let pair = service::refresh(&state.db, &state.keys, &body.refresh_token, state.now()).await?;
    Ok(Json(pair.into()))
}

/// Revokes a refresh token of the caller.
#[utoipa::path(
    post, path = "/auth/logout", tag = "auth",
    request_body = RefreshRequest,
    security(("bearer" = [])),
    responses((status = 204), (status = 401, body = Problem), (status = 422, body = Problem))
)]
pub async fn logout(
    State(state): State<AppState>,
    user: CurrentUser,
    JsonBody(body): JsonBody<RefreshRequest>,
) -> AppResult<StatusCode> {
    service::logout(&state.db, user.id, &body.refresh_token, state.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The signed-in user, their roles and organisations.
#[utoipa::path(
    get, path = "/me", tag = "auth",
    security(("bearer" = [])),
    responses((status = 200, body = MeResponse), (status = 401, body = Problem))
)]
pub async fn get_me(State(state): State<AppState>, user: CurrentUser) -> AppResult<Json<MeResponse>> {
    let me = service::me(&state.db, user.id).await?;
    Ok(Json(me_response(me)))
}

/// Changes the signed-in user's own settings: `preferred_language`, the language of their
/// emails and of the portal.
#[utoipa::path(
    patch, path = "/me", tag = "auth",
    request_body = UpdateMeRequest,
    security(("bearer" = [])),
    responses((status = 200, body = MeResponse), (status = 401, body = Problem), (status = 422, body = Problem))
)]
pub async fn update_me(
    State(state): State<AppState>,
    user: CurrentUser,
    JsonBody(body): JsonBody<UpdateMeRequest>,
) -> AppResult<Json<MeResponse>> {
    let change = OwnSettings {
        preferred_language: body.preferred_language,
    };
    let me = service::update_me(&state.db, state.now(), &user, change).await?;
    Ok(Json(me_response(me)))
}

fn me_response(me: Me) -> MeResponse {
    MeResponse {
        id: me.user.id,
        email: me.user.email,
        full_name: me.user.full_name,
        email_verified: me.user.email_verified_at.is_some(),
        mfa_enabled: me.mfa_enabled,
        roles: me.roles,
        organisation_ids: me.organisation_ids,
        preferred_language: me.user.preferred_language,
    }
}

/// Creates a staff account (admins only); its address counts as verified. Without a
/// `password`, the new staff member is emailed a link to choose one.
#[utoipa::path(
    post, path = "/users", tag = "auth",
    request_body = CreateUserRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = UserResponse),
        (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem),
        (status = 429, description = "too many passwords being hashed at once", body = Problem),
    )
)]
pub async fn create_user(
    State(state): State<AppState>,
    user: Admin,
    JsonBody(body): JsonBody<CreateUserRequest>,
) -> AppResult<(StatusCode, Json<UserResponse>)> {
    let account = NewAccount {
        email: body.email,
        password: body.password,
        full_name: body.full_name,
        roles: body.roles,
        email_verified: true,
    };
    let created = service::create_account(&state.db, &state.config, state.now(), account, Some(user.id)).await?;
    let roles = store::roles_of(&state.db, created.id).await?;
    Ok((StatusCode::CREATED, Json(UserResponse::of(created, roles, false))))
}

/// Lists accounts with their roles, whether active and whether their address is verified,
/// optionally by role (admins and officers, e.g. to find reviewers).
#[utoipa::path(
    get, path = "/users", tag = "auth",
    params(UsersQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<UserResponse>), (status = 403, body = Problem))
)]
pub async fn list_users(
    State(state): State<AppState>,
    _user: Overseer,
    Query(query): Query<UsersQuery>,
) -> AppResult<Json<Page<UserResponse>>> {
    let page = PageQuery {
        limit: query.limit,
        offset: query.offset,
    };
    let (rows, total) = service::list_users(&state.db, query.role, page.limit(), page.offset()).await?;
    let items = rows
        .into_iter()
        .map(|(user, roles, mfa_enabled)| UserResponse::of(user, roles, mfa_enabled))
        .collect();
    Ok(Json(Page::counted(items, total)))
}

/// Changes an account's roles, deactivates or reactivates it, or verifies its address by
/// hand (admins). Deactivation ends every session at once. Audited.
#[utoipa::path(
    patch, path = "/users/{id}", tag = "auth",
    params(("id" = Uuid, Path, description = "user id")),
    request_body = UpdateUserRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = UserResponse),
        (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn update_user(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<UpdateUserRequest>,
) -> AppResult<Json<UserResponse>> {
    let change = AccountChange {
        roles: body.roles,
        active: body.active,
        email_verified: body.email_verified,
    };
    let (user, roles, mfa_enabled) = administration::change_account(&state.db, state.now(), &admin, id, change).await?;
    state.identities.forget(id);
    Ok(Json(UserResponse::of(user, roles, mfa_enabled)))
}

/// Asks for a link to reset a forgotten password. Answers 202 whether or not an account
/// has the email; the link (valid 1 hour, single use) goes to the address if one does.
#[utoipa::path(
    post, path = "/auth/password-reset", tag = "auth",
    request_body = PasswordResetRequest,
    responses(
        (status = 202, description = "a link is on its way if an account has the email"),
        (status = 422, body = Problem),
        (status = 429, description = "too many links asked for this address or from this client", body = Problem),
    )
)]
pub async fn request_password_reset(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    JsonBody(body): JsonBody<PasswordResetRequest>,
) -> AppResult<StatusCode> {
    recovery::request_password_reset(&state.db, &state.config, state.now(), &body.email, &client).await?;
    Ok(StatusCode::ACCEPTED)
}

/// Sets a new password with the token of a reset (or set-password) link; every session of
/// the account is signed out. Audited; the person is told by email.
#[utoipa::path(
    post, path = "/auth/password-reset/confirm", tag = "auth",
    request_body = PasswordResetConfirmation,
    responses(
        (status = 204),
        (status = 409, description = "the link is unknown, used or expired", body = Problem),
        (status = 422, body = Problem),
        (status = 429, description = "too many passwords being hashed at once", body = Problem),
    )
)]
pub async fn confirm_password_reset(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<PasswordResetConfirmation>,
) -> AppResult<StatusCode> {
    recovery::confirm_password_reset(&state.db, &state.config, state.now(), &body.token, &body.new_password).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Confirms an email address with the token of a verification link (after registering,
/// or to complete an email change).
#[utoipa::path(
    post, path = "/auth/verify-email", tag = "auth",
    request_body = VerifyEmailRequest,
    responses(
        (status = 204),
        (status = 409, description = "the link is unknown, used or expired, or the new address was taken meanwhile", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn verify_email(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<VerifyEmailRequest>,
) -> AppResult<StatusCode> {
    recovery::confirm_email(&state.db, &state.config, state.now(), &body.token).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Sends the caller a new link to verify their address (the older one stops working).
#[utoipa::path(
    post, path = "/auth/verify-email/resend", tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 202, description = "a new link is on its way"),
        (status = 401, body = Problem),
        (status = 409, description = "the address is already verified", body = Problem),
        (status = 429, description = "too many links asked for this address or from this client", body = Problem),
    )
)]
pub async fn resend_verification(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientAddress(client): ClientAddress,
) -> AppResult<StatusCode> {
    recovery::resend_verification(&state.db, &state.config, state.now(), &user, &client).await?;
    Ok(StatusCode::ACCEPTED)
}

/// Changes the caller's password, given the current one; every session is signed out.
#[utoipa::path(
    post, path = "/me/password", tag = "auth",
    request_body = ChangePasswordRequest,
    security(("bearer" = [])),
    responses(
        (status = 204), (status = 401, body = Problem), (status = 422, body = Problem),
        (status = 429, description = "too many passwords being hashed at once", body = Problem),
    )
)]
pub async fn change_password(
    State(state): State<AppState>,
    user: CurrentUser,
    JsonBody(body): JsonBody<ChangePasswordRequest>,
) -> AppResult<StatusCode> {
    let passwords = (body.current_password.as_str(), body.new_password.as_str());
    recovery::change_password(&state.db, &state.config, state.now(), &user, passwords).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Starts changing the caller's email, given their password: a link goes to the new
/// address, which replaces the old one once followed; the old address is told.
#[utoipa::path(
    post, path = "/me/email", tag = "auth",
    request_body = ChangeEmailRequest,
    security(("bearer" = [])),
    responses(
        (status = 202, description = "a link is on its way to the new address"),
        (status = 401, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem),
        (status = 429, description = "too many links asked for this address or from this client", body = Problem),
    )
)]
pub async fn change_email(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientAddress(client): ClientAddress,
    JsonBody(body): JsonBody<ChangeEmailRequest>,
) -> AppResult<StatusCode> {
    let change = (body.new_email.as_str(), body.current_password.as_str());
    recovery::change_email(&state.db, &state.config, state.now(), &user, change, &client).await?;
    Ok(StatusCode::ACCEPTED)
}

/// The caller's signed-in sessions (one per sign-in, kept across refreshes).
#[utoipa::path(
    get, path = "/me/sessions", tag = "auth",
    security(("bearer" = [])),
    responses((status = 200, body = SessionsResponse), (status = 401, body = Problem))
)]
pub async fn list_sessions(State(state): State<AppState>, user: CurrentUser) -> AppResult<Json<SessionsResponse>> {
    let sessions = administration::sessions(&state.db, state.now(), &user).await?;
    Ok(Json(SessionsResponse {
        items: sessions.into_iter().map(Into::into).collect(),
    }))
}

/// Ends one of the caller's sessions: its refresh token stops working.
#[utoipa::path(
    delete, path = "/me/sessions/{id}", tag = "auth",
    params(("id" = Uuid, Path, description = "session id")),
    security(("bearer" = [])),
    responses((status = 204), (status = 401, body = Problem), (status = 404, body = Problem))
)]
pub async fn delete_session(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<StatusCode> {
    administration::end_session(&state.db, state.now(), &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Completes a sign-in that needs a second factor: the `mfa_token` of `POST /auth/login`
/// with the code the authenticator app shows, or a recovery code. Wrong codes count
/// towards the sign-in throttle.
#[utoipa::path(
    post, path = "/auth/login/mfa", tag = "auth",
    request_body = MfaLoginRequest,
    responses(
        (status = 200, body = TokenResponse),
        (status = 401, description = "the code is wrong, or the sign-in expired", body = Problem),
        (status = 422, description = "neither or both of `code` and `recovery_code`", body = Problem),
        (status = 429, description = "too many wrong codes (growing delays)", body = Problem),
    )
)]
pub async fn complete_login(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    JsonBody(body): JsonBody<MfaLoginRequest>,
) -> AppResult<Json<TokenResponse>> {
    let factor = match (body.code, body.recovery_code) {
        (Some(code), None) => SecondFactor::Code(code),
        (None, Some(code)) => SecondFactor::RecoveryCode(code),
        _ => return Err(AppError::field("code", "send either `code` or `recovery_code`")),
    };
    let keys = (&state.config, &state.keys);
    match mfa::complete(&state.db, keys, state.now(), (&body.mfa_token, factor), &client).await? {
        SignIn::Tokens(pair) => Ok(Json(pair.into())),
        SignIn::SecondFactor { .. } => Err(AppError::Internal("a second factor led to another".to_owned())),
    }
}

/// Starts enrolling the caller in two-factor sign-in (TOTP): a new secret, its
/// `otpauth://` URI and QR code (SVG), shown once. Confirm with a code to turn it on.
#[utoipa::path(
    post, path = "/me/mfa/totp", tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 201, body = TotpEnrolmentResponse),
        (status = 401, body = Problem),
        (status = 409, description = "two-factor sign-in is already on", body = Problem),
    )
)]
pub async fn enrol_totp(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<(StatusCode, Json<TotpEnrolmentResponse>)> {
    let enrolment = mfa::enrol(&state.db, state.now(), &user).await?;
    Ok((
        StatusCode::CREATED,
        Json(TotpEnrolmentResponse {
            secret: enrolment.secret,
            otpauth_uri: enrolment.otpauth_uri,
            qr_svg: enrolment.qr_svg,
        }),
    ))
}

/// Turns two-factor sign-in on with a code from the enrolled app; answers ten single-use
/// recovery codes, shown only now.
#[utoipa::path(
    post, path = "/me/mfa/totp/confirm", tag = "auth",
    request_body = TotpCodeRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = RecoveryCodesResponse),
        (status = 401, description = "the code is wrong", body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem),
        (status = 429, description = "too many wrong codes (growing delays)", body = Problem),
    )
)]
pub async fn confirm_totp(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientAddress(client): ClientAddress,
    JsonBody(body): JsonBody<TotpCodeRequest>,
) -> AppResult<Json<RecoveryCodesResponse>> {
    let recovery_codes = mfa::confirm(&state.db, &state.config, state.now(), &user, (&body.code, &client)).await?;
    state.identities.forget(user.id);
    Ok(Json(RecoveryCodesResponse { recovery_codes }))
}

/// Turns the caller's two-factor sign-in off, with a current code.
#[utoipa::path(
    post, path = "/me/mfa/totp/disable", tag = "auth",
    request_body = TotpCodeRequest,
    security(("bearer" = [])),
    responses(
        (status = 204),
        (status = 401, description = "the code is wrong", body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem),
        (status = 429, description = "too many wrong codes (growing delays)", body = Problem),
    )
)]
pub async fn disable_totp(
    State(state): State<AppState>,
    user: CurrentUser,
    ClientAddress(client): ClientAddress,
    JsonBody(body): JsonBody<TotpCodeRequest>,
) -> AppResult<StatusCode> {
    mfa::disable(&state.db, &state.config, state.now(), &user, (&body.code, &client)).await?;
    state.identities.forget(user.id);
    Ok(StatusCode::NO_CONTENT)
}
