//! Account administration and a user's own sessions, shared by every entry point: an
//! admin lists the staff accounts (roles, two-factor sign-in, last sign-in),
//! changes a user's roles, deactivates or reactivates the account (deactivation revokes
//! every refresh token and ends every portal session, and `CurrentUser` refuses its access
//! tokens at the next read of the identity), or vouches for the address; a user lists the sessions signed in
//! to their account and ends one. Every change is audited.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::rules::Role;
use super::store::{self, user};
use super::{CurrentUser, recovery};
use crate::audit::{self, AuditEntry};
use crate::error::{AppError, AppResult, Validator};
use crate::i18n::Message;

/// What an admin changes of an account; absent fields stay as they are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountChange {
    /// The roles the account holds from now on.
    pub roles: Option<Vec<Role>>,
    /// `false` deactivates, `true` reactivates.
    pub active: Option<bool>,
    /// `true` vouches for the account's address (support verifying by hand).
    pub email_verified: Option<bool>,
}

/// Changes an account (admins; the handler's extractor checks the role): 404 for no such
/// account, 422 for an admin removing their own admin role or deactivating themselves
/// (someone else must, so the office is never left without an admin by mistake).
pub async fn change_account(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    user_id: Uuid,
    change: AccountChange,
) -> AppResult<(user::Model, Vec<Role>, bool)> {
    let account = store::find_user(db, user_id).await?.ok_or(AppError::NotFound("user"))?;
    let before_roles = store::roles_of(db, user_id).await?;
    let roles = change.roles.clone().map(|mut roles| {
        roles.sort();
        roles.dedup();
        roles
    });
    let mut check = Validator::new();
    if let Some(roles) = &roles {
        check.check(roles.is_empty(), "roles", Message::new("leftovers-roles-needed"));
        check.check(
            user_id == actor.id && !roles.contains(&Role::Admin),
            "roles",
            Message::new("leftovers-admin-keeps-own-role"),
        );
    }
    check.check(
        user_id == actor.id && change.active == Some(false),
        "active",
        Message::new("leftovers-admin-keeps-own-account"),
    );
    check.check(
        change.email_verified == Some(false),
        "email_verified",
        Message::new("leftovers-email-stays-verified"),
    );
    check.finish()?;

    let txn = db.begin().await?;
    let mut entries = Vec::new();
    if let Some(roles) = roles.as_ref().filter(|roles| **roles != before_roles) {
        store::replace_roles(&txn, user_id, roles).await?;
        entries.push(entry(
            actor,
            user_id,
            "user.roles_changed",
            json!({"before": {"roles": before_roles}, "after": {"roles": roles}}),
        ));
    }
    match (change.active, account.deactivated_at) {
        (Some(false), None) => {
            store::set_deactivated(&txn, user_id, Some(now)).await?;
            // Every session ends now, not only until a reactivation brings them back.
            let revoked = store::revoke_all_refresh_tokens(&txn, user_id, now).await?
                + crate::sessions::service::end_all_of_user(&txn, user_id).await?;
            entries.push(entry(
                actor,
                user_id,
                "user.deactivated",
                json!({"sessions_revoked": revoked}),
            ));
        }
        (Some(true), Some(_)) => {
            store::set_deactivated(&txn, user_id, None).await?;
            entries.push(entry(actor, user_id, "user.reactivated", json!({})));
        }
        _ => {}
    }
    if change.email_verified == Some(true) {
        entries.extend(recovery::verify_by_hand(&txn, now, Some(actor.id), &account).await?);
    }
    audit::commit(db, txn, entries, now).await?;
    let updated = store::find_user(db, user_id).await?.ok_or(AppError::NotFound("user"))?;
    let roles = store::roles_of(db, user_id).await?;
    Ok((updated, roles, super::mfa::is_enabled(db, user_id).await?))
}

/// An account as the admins' pages show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffAccount {
    /// The account.
    pub user: user::Model,
    /// The roles it holds, sorted.
    pub roles: Vec<Role>,
    /// Whether it signs in with a second factor (enrolled and confirmed).
    pub mfa_enabled: bool,
    /// When it last completed a sign-in (kept on the account, so it outlives the
    /// sessions); `None` when it never did.
    pub last_sign_in: Option<DateTime<Utc>>,
}

/// One page of the staff accounts (holding any role but applicant), by name, with the total.
pub async fn staff_accounts(db: &impl ConnectionTrait, limit: u64, offset: u64) -> AppResult<(Vec<StaffAccount>, u64)> {
    let (rows, total) = store::list_staff(db, limit, offset).await?;
    Ok((described(db, rows).await?, total))
}

/// One account as the admins' pages show it; 404 for no such account.
pub async fn account(db: &impl ConnectionTrait, user_id: Uuid) -> AppResult<StaffAccount> {
    let user = store::find_user(db, user_id).await?.ok_or(AppError::NotFound("user"))?;
    let roles = store::roles_of(db, user_id).await?;
    let mut described = described(db, vec![(user, roles)]).await?;
    described.pop().ok_or(AppError::NotFound("user"))
}

/// Accounts with their two-factor state (one query for all of them) and last sign-in.
async fn described(db: &impl ConnectionTrait, rows: Vec<(user::Model, Vec<Role>)>) -> AppResult<Vec<StaffAccount>> {
    let ids: Vec<Uuid> = rows.iter().map(|(user, _)| user.id).collect();
    let enabled = super::mfa_store::enabled_among(db, ids).await?;
    Ok(rows
        .into_iter()
        .map(|(user, roles)| StaffAccount {
            mfa_enabled: enabled.contains(&user.id),
            last_sign_in: user.last_sign_in_at,
            user,
            roles,
        })
        .collect())
}

fn entry(actor: &CurrentUser, user_id: Uuid, action: &'static str, summary: serde_json::Value) -> AuditEntry {
    AuditEntry {
        summary,
        ..AuditEntry::created(actor.id, action, "user", user_id, json!({}))
    }
}

/// A signed-in session of a user: one chain of refresh tokens from one sign-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The session's id (stable across refreshes).
    pub id: Uuid,
    /// When the person signed in.
    pub created_at: DateTime<Utc>,
    /// When the session last refreshed its tokens (or signed in).
    pub last_used_at: DateTime<Utc>,
    /// The client address that signed in.
    pub client: String,
    /// When the session ends unless it is used again.
    pub expires_at: DateTime<Utc>,
}

/// The caller's live sessions, most recently used first.
pub async fn sessions(db: &impl ConnectionTrait, now: DateTime<Utc>, actor: &CurrentUser) -> AppResult<Vec<Session>> {
    let live = store::live_sessions(db, actor.id, now).await?;
    let starts = store::session_starts(db, live.iter().filter_map(|token| token.session_id).collect()).await?;
    Ok(live
        .into_iter()
        .map(|token| {
            let id = token.session_id.unwrap_or(token.id);
            let created_at = starts
                .iter()
                .find(|start| start.id == id)
                .map_or(token.created_at, |start| start.created_at);
            Session {
                id,
                created_at,
                last_used_at: token.created_at,
                client: token.client.unwrap_or_else(|| "unknown".to_owned()),
                expires_at: token.expires_at,
            }
        })
        .collect())
}

/// Ends one of the caller's sessions (its refresh token stops working; its access token
/// lapses within minutes); another user's session, or one already ended, is 404.
pub async fn end_session(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    session_id: Uuid,
) -> AppResult<()> {
    if store::revoke_session(db, actor.id, session_id, now).await? == 0 {
        return Err(AppError::NotFound("session"));
    }
    Ok(())
}
