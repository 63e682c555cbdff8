//! Handlers of accounts and sign-in.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use super::json::{
    CreateUserRequest, LoginRequest, MeResponse, RefreshRequest, RegisterRequest, TokenResponse, UpdateMeRequest,
    UserResponse, UsersQuery,
};
use super::service::{self, Me, NewAccount, OwnSettings};
use super::{Admin, ClientAddress, CurrentUser, Overseer, Role, store};
use crate::AppState;
use crate::error::{AppResult, Problem};
use crate::http::{JsonBody, Page, PageQuery, Query};

/// Creates an applicant account.
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
        password: body.password,
        full_name: body.full_name,
        roles: vec![Role::Applicant],
    };
    let user = service::create_account(&state.db, account, None, state.now()).await?;
    Ok((
        StatusCode::CREATED,
        Json(UserResponse {
            id: user.id,
            email: user.email,
            full_name: user.full_name,
            roles: vec![Role::Applicant],
        }),
    ))
}

/// Signs in with email and password.
#[utoipa::path(
    post, path = "/auth/login", tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, body = TokenResponse),
        (status = 401, description = "wrong email or password", body = Problem),
        (status = 422, description = "an email longer than any address", body = Problem),
        (status = 429, description = "too many failed sign-ins from this client (growing delays; `Retry-After` says how long), or too many passwords being checked at once", body = Problem),
    )
)]
pub async fn login(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    JsonBody(body): JsonBody<LoginRequest>,
) -> AppResult<Json<TokenResponse>> {
    let pair = service::login(
        &state.db,
        &state.keys,
        &body.email,
        &body.password,
        &client,
        state.now(),
    )
    .await?;
    Ok(Json(pair.into()))
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
        roles: me.roles,
        organisation_ids: me.organisation_ids,
        preferred_language: me.user.preferred_language,
    }
}

/// Creates a staff account (admins only).
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
    let roles = body.roles.clone();
    let account = NewAccount {
        email: body.email,
        password: body.password,
        full_name: body.full_name,
        roles,
    };
    let created = service::create_account(&state.db, account, Some(user.id), state.now()).await?;
    let roles = store::roles_of(&state.db, created.id).await?;
    Ok((
        StatusCode::CREATED,
        Json(UserResponse {
            id: created.id,
            email: created.email,
            full_name: created.full_name,
            roles,
        }),
    ))
}

/// Lists accounts, optionally by role (admins and officers, e.g. to find reviewers).
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
        .map(|(user, roles)| UserResponse {
            id: user.id,
            email: user.email,
            full_name: user.full_name,
            roles,
        })
        .collect();
    Ok(Json(Page { items, total }))
}
