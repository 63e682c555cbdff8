//! The staff accounts in the workspace (admins): the list at `/staff/users` with each
//! account's roles, state, two-factor sign-in and last sign-in, and the form inviting a new
//! member of staff (the account is created without a password and its owner is emailed the
//! link to choose one, through the outbox, as `POST /api/v1/users` does); a user's page at
//! `/staff/users/{id}` changes their roles and deactivates (after a confirmation page) or
//! reactivates the account. Every change goes through `crate::auth::administration`, which
//! refuses an admin deactivating themself or removing their own admin role, so the office
//! always keeps an admin.

use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::pages::{FormError, FormFields, after_form};
use super::render::Page;
use super::staff::Staff;
use super::staff_calls_terms::all_values;
use super::views::instant;
use crate::AppState;
use crate::auth::administration::{self, AccountChange, StaffAccount};
use crate::auth::service::NewAccount;
use crate::auth::{Role, service};
use crate::error::AppResult;
use crate::i18n::{Language, Message};

/// The templates of the users' pages.
pub const TEMPLATES: [(&str, &str); 4] = [
    (
        "staff/users_roles.html",
        include_str!("../../templates/portal/staff/users_roles.html"),
    ),
    (
        "staff/users_list.html",
        include_str!("../../templates/portal/staff/users_list.html"),
    ),
    (
        "staff/users_user.html",
        include_str!("../../templates/portal/staff/users_user.html"),
    ),
    (
        "staff/users_confirm.html",
        include_str!("../../templates/portal/staff/users_confirm.html"),
    ),
];

/// The routes of the users' pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/users", get(list).post(invite))
        .route("/staff/users/{id}", get(user_page))
        .route("/staff/users/{id}/roles", post(change_roles))
        .route(
            "/staff/users/{id}/deactivate",
            get(confirm_deactivation).post(deactivate),
        )
        .route("/staff/users/{id}/reactivate", post(reactivate))
}

/// The most accounts the list shows at once.
const PAGE_SIZE: u64 = 50;

/// The roles an admin gives staff, in the order the forms offer them.
const STAFF_ROLES: [Role; 4] = [Role::Officer, Role::Reviewer, Role::Finance, Role::Admin];

/// What was just done, named in the address the form leads to (`?done=invited`).
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    done: String,
    #[serde(default)]
    page: Option<u64>,
}

/// The sentence saying what was just done, for the actions these pages know.
fn done_notice(done: &str, language: Language) -> Option<String> {
    ["invited", "roles", "deactivated", "reactivated"]
        .contains(&done)
        .then(|| Message::new(format!("staff-users-done-{done}")).render(language))
}

/// The staff accounts and the invitation form.
pub async fn list(State(state): State<AppState>, staff: Staff, Query(query): Query<ListQuery>) -> Response {
    let notice = done_notice(&query.done, staff.language());
    let page = list_page(&state, &staff, query.page, (InviteInput::default(), Vec::new()), notice).await;
    staff.answer(&state, page)
}

/// The invitation form as typed.
#[derive(Debug, Clone, Default, Serialize)]
struct InviteInput {
    email: String,
    full_name: String,
    roles: Vec<String>,
}

impl InviteInput {
    fn of(fields: &[(String, String)]) -> Self {
        let one = |name: &str| all_values(fields, name).into_iter().next().unwrap_or_default();
        Self {
            email: one("email"),
            full_name: one("full_name"),
            roles: all_values(fields, "roles"),
        }
    }
}

async fn list_page(
    state: &AppState,
    staff: &Staff,
    number: Option<u64>,
    (typed, errors): (InviteInput, Vec<FormError>),
    notice: Option<String>,
) -> AppResult<Page> {
    staff.require(&[Role::Admin])?;
    let language = staff.language();
    let number = number.unwrap_or(1).clamp(1, 100_000);
    let (accounts, total) = administration::staff_accounts(&state.db, PAGE_SIZE, (number - 1) * PAGE_SIZE).await?;
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let users: Vec<UserRow> = accounts.iter().map(|account| user_row(account, language)).collect();
    Ok(Page::new(
        "staff/users_list.html",
        json!({
            "users": users,
            "total": total,
            "form": typed,
            "roles": role_choices(&typed.roles, language),
            "errors": errors,
            "notice": notice,
            "previous": (number > 1).then(|| format!("/staff/users?page={}", number - 1)),
            "next": (number < pages).then(|| format!("/staff/users?page={}", number + 1)),
        }),
    ))
}

/// An account as the pages show it.
#[derive(Debug, Serialize)]
struct UserRow {
    id: Uuid,
    name: String,
    email: String,
    roles: String,
    active: bool,
    mfa_enabled: bool,
    last_sign_in: Option<super::views::Instant>,
    created: super::views::Instant,
}

fn user_row(account: &StaffAccount, language: Language) -> UserRow {
    let roles: Vec<String> = account.roles.iter().map(|role| role_name(*role, language)).collect();
    UserRow {
        id: account.user.id,
        name: account.user.full_name.clone(),
        email: account.user.email.clone(),
        roles: roles.join(", "),
        active: account.user.deactivated_at.is_none(),
        mfa_enabled: account.mfa_enabled,
        last_sign_in: account.last_sign_in.map(|at| instant(at, language)),
        created: instant(account.user.created_at, language),
    }
}

fn role_name(role: Role, language: Language) -> String {
    Message::new(format!("staff-admin-role-{}", role.as_str())).render(language)
}

/// The roles to choose from, those in `checked` ticked.
fn role_choices(checked: &[String], language: Language) -> Vec<serde_json::Value> {
    STAFF_ROLES
        .iter()
        .map(|role| {
            json!({
                "value": role.as_str(),
                "text": role_name(*role, language),
                "checked": checked.iter().any(|name| name == role.as_str()),
            })
        })
        .collect()
}

/// The roles ticked in a form (a name no role has is left out).
fn chosen_roles(fields: &[(String, String)]) -> Vec<Role> {
    all_values(fields, "roles")
        .iter()
        .filter_map(|name| Role::parse(name))
        .collect()
}

/// The invitation form's fields, in the order the page shows them.
const INVITE_FIELDS: &FormFields = &[
    ("email", Some("staff-users-error-email")),
    ("full_name", Some("staff-users-error-name")),
    ("roles", Some("staff-users-error-roles")),
];

/// Invites a member of staff: their account, and the email with the link to choose a
/// password, in the outbox.
pub async fn invite(
    State(state): State<AppState>,
    staff: Staff,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let typed = InviteInput::of(&fields);
    if let Err(error) = checked(&staff, &fields) {
        return staff.answer(&state, Err(error));
    }
    let account = NewAccount {
        email: typed.email.clone(),
        password: None,
        full_name: typed.full_name.clone(),
        roles: chosen_roles(&fields),
        email_verified: true,
    };
    let created = service::create_account(&state.db, &state.config, state.now(), account, Some(staff.user().id)).await;
    let next = created.map(|_| "/staff/users?done=invited".to_owned());
    after_form(&state, &staff.visitor, next, INVITE_FIELDS, |errors| {
        list_page(&state, &staff, None, (typed, errors), None)
    })
    .await
}

/// Refuses a form unless the reader is an admin and it carries their session's token.
fn checked(staff: &Staff, fields: &[(String, String)]) -> AppResult<()> {
    let token = all_values(fields, "csrf_token").into_iter().next().unwrap_or_default();
    staff.require(&[Role::Admin])?;
    staff.check_form(&token)
}

/// A user's page: their account, the roles form and deactivation or reactivation.
pub async fn user_page(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Query(query): Query<ListQuery>,
) -> Response {
    let notice = done_notice(&query.done, staff.language());
    let page = account_page(&state, &staff, id, Vec::new(), notice).await;
    staff.answer(&state, page)
}

async fn account_page(
    state: &AppState,
    staff: &Staff,
    id: Uuid,
    errors: Vec<FormError>,
    notice: Option<String>,
) -> AppResult<Page> {
    staff.require(&[Role::Admin])?;
    let language = staff.language();
    let account = administration::account(&state.db, id).await?;
    let held: Vec<String> = account.roles.iter().map(|role| role.as_str().to_owned()).collect();
    Ok(Page::new(
        "staff/users_user.html",
        json!({
            "user": user_row(&account, language),
            "roles": role_choices(&held, language),
            "is_me": id == staff.user().id,
            "errors": errors,
            "notice": notice,
        }),
    ))
}

/// Where a refused change of an account points on the user's page.
const ACCOUNT_FIELDS: &FormFields = &[("roles", None), ("active", Some("staff-user-error-self-deactivate"))];

/// Changes an account through the administration service and forgets what this replica
/// read of it, then shows the user's page with what was done, or again with the refusal.
async fn change_account(state: &AppState, staff: &Staff, id: Uuid, change: AccountChange, done: &str) -> Response {
    let changed = administration::change_account(&state.db, state.now(), staff.user(), id, change).await;
    state.identities.forget(id);
    let next = changed.map(|_| format!("/staff/users/{id}?done={done}"));
    after_form(state, &staff.visitor, next, ACCOUNT_FIELDS, |errors| {
        account_page(state, staff, id, errors, None)
    })
    .await
}

/// Replaces a user's roles with those ticked.
pub async fn change_roles(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if let Err(error) = checked(&staff, &fields) {
        return staff.answer(&state, Err(error));
    }
    let change = AccountChange {
        roles: Some(chosen_roles(&fields)),
        ..AccountChange::default()
    };
    change_account(&state, &staff, id, change, "roles").await
}

/// The page asking to confirm a deactivation.
pub async fn confirm_deactivation(State(state): State<AppState>, staff: Staff, Path(id): Path<Uuid>) -> Response {
    let page = async {
        staff.require(&[Role::Admin])?;
        let account = administration::account(&state.db, id).await?;
        Ok(Page::new(
            "staff/users_confirm.html",
            json!({ "user": user_row(&account, staff.language()) }),
        ))
    };
    let page = page.await;
    staff.answer(&state, page)
}

/// Deactivates an account (confirmed): it cannot sign in, and its sessions end.
pub async fn deactivate(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    set_active(&state, &staff, id, &fields, false).await
}

/// Reactivates an account.
pub async fn reactivate(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<Uuid>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    set_active(&state, &staff, id, &fields, true).await
}

async fn set_active(state: &AppState, staff: &Staff, id: Uuid, fields: &[(String, String)], active: bool) -> Response {
    if let Err(error) = checked(staff, fields) {
        return staff.answer(state, Err(error));
    }
    let change = AccountChange {
        active: Some(active),
        ..AccountChange::default()
    };
    let done = if active { "reactivated" } else { "deactivated" };
    change_account(state, staff, id, change, done).await
}
