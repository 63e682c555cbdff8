//! Account operations shared by the HTTP handlers and the command line: each validates
//! with the rules, writes through the store and the audit trail in one transaction.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::rules::{self, Claims, Role};
use super::store::{self, refresh_token, user};
use super::{CurrentUser, Keys, hashing, mfa, recovery};
use crate::audit::{self, AuditEntry};
use crate::config::Config;
use crate::error::{AppError, AppResult, OnUnique, ProblemKind, Validator};
use crate::i18n::{Language, Message};

/// An account to create.
#[derive(Debug, Clone)]
pub struct NewAccount {
    /// Email (normalised before storing).
    pub email: String,
    /// Password in clear, hashed before storing; `None` for a staff member who is sent a
    /// link to choose one.
    pub password: Option<String>,
    /// Full name.
    pub full_name: String,
    /// Roles to hold.
    pub roles: Vec<Role>,
    /// Whether the email counts as verified from the start (staff created by an admin or
    /// on the command line); otherwise a verification link is sent.
    pub email_verified: bool,
}

/// A fresh access and refresh token.
#[derive(Debug, Clone)]
pub struct TokenPair {
    /// The JWT.
    pub access_token: String,
    /// The refresh token (shown once, stored as a hash).
    pub refresh_token: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
}

/// Validates and creates an account; 409 when the email is taken. An unverified account
/// is sent a verification link, and an account without a password a link to choose one,
/// in the same transaction.
pub async fn create_account(
    db: &DatabaseConnection,
    config: &Config,
    now: DateTime<Utc>,
    account: NewAccount,
    actor: Option<Uuid>,
) -> AppResult<user::Model> {
    let email = rules::normalise_email(&account.email);
    let mut check = Validator::new();
    if let Err(message) = rules::check_email(&email) {
        check.push("email", message);
    }
    if let Some(Err(message)) = account.password.as_deref().map(rules::check_password) {
        check.push("password", message);
    }
    check.required_text("full_name", &account.full_name, 200);
    check.check(
        account.roles.is_empty(),
        "roles",
        Message::new("leftovers-roles-needed"),
    );
    check.finish()?;

    let password_hash = match &account.password {
        Some(password) => recovery::hash_password(password).await?,
        // No password matches this hash: the person signs in once they chose one.
        None => NO_PASSWORD.to_owned(),
    };
    let mut roles = account.roles.clone();
    roles.sort();
    roles.dedup();
    let txn = db.begin().await?;
    let inserted = store::insert_user(
        &txn,
        user::Model {
            id: Uuid::new_v4(),
            email: email.clone(),
            password_hash,
            full_name: account.full_name.trim().to_owned(),
            created_at: now,
            preferred_language: Language::En,
            email_verified_at: account.email_verified.then_some(now),
            deactivated_at: None,
            last_sign_in_at: None,
        },
        &roles,
    )
    .await
    .on_unique(ProblemKind::EmailTaken, "an account with this email already exists")?;
    let entry = AuditEntry {
        actor_id: actor.or(Some(inserted.id)),
        action: "user.created",
        subject_type: "user",
        subject_id: inserted.id,
        summary: json!({"after": {"email": email, "roles": roles, "email_verified": account.email_verified}}),
        reason: None,
    };
    if account.password.is_none() {
        recovery::send_set_password(&txn, config, now, &inserted).await?;
    } else if !account.email_verified {
        recovery::send_verification(&txn, config, now, &inserted).await?;
    }
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(inserted)
}

/// The stored hash of an account that has no password yet: not an argon2 hash, so no
/// password matches it.
const NO_PASSWORD: &str = "!no password set";

/// Checks credentials under the login throttle and issues tokens. An unknown email and a
/// wrong password get the same answer. `client` is the caller's address (see
/// [`rules::TrustedProxies::client_address`]); the throttle counts failures per email and
/// client, per client, and per account (see [`rules::login_allowed`]), and answers 429
/// with the seconds to wait, never a lock-out of a client that has not been failing.
pub async fn login(
    db: &DatabaseConnection,
    (config, keys): (&Config, &Keys),
    now: DateTime<Utc>,
    (email, password): (&str, &str),
    client: &str,
) -> AppResult<SignIn> {
    let user = authenticate(db, now, (email, password), client).await?;
    if mfa::is_enabled(db, user.id).await? {
        let mfa_token = mfa::challenge(db, now, user.id, client).await?;
        return Ok(SignIn::SecondFactor { mfa_token });
    }
    complete_sign_in(db, (config, keys), now, &user, client)
        .await
        .map(SignIn::Tokens)
}

/// Checks credentials under the login throttle (as [`login`] describes) and answers the
/// active account they belong to, without signing it in: [`login`] then asks for the
/// second factor or issues tokens, the portal starts a session.
pub async fn authenticate(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    (email, password): (&str, &str),
    client: &str,
) -> AppResult<user::Model> {
    let email = rules::normalise_email(email);
    if email.len() > rules::MAX_EMAIL_BYTES {
        // No account has such an email; refused before anything is stored.
        return Err(AppError::field(
            "email",
            format!("must be at most {} bytes", rules::MAX_EMAIL_BYTES),
        ));
    }
    let attempt = throttled_attempt(db, &email, client, now).await?;
    let found = store::find_user_by_email(db, &email).await?;
    let stored_hash = found.as_ref().map(|user| user.password_hash.clone());
    let password = password.to_owned();
    let checked = hashing::run(move |memory| {
        let against: &str = match &stored_hash {
            Some(hash) => hash,
            None => rules::decoy_hash(),
        };
        rules::verify_password_in(&password, against, memory)
    })
    .await;
    let matches = match checked {
        Ok(matches) => matches,
        Err(error) => {
            store::forget_failure(db, attempt).await?;
            return Err(error);
        }
    };
    match found {
        Some(user) if matches => {
            store::forget_failure(db, attempt).await?;
            store::forget_failures_of(db, &email, client).await?;
            if user.deactivated_at.is_some() {
                return Err(AppError::Unauthorized(
                    "this account is deactivated; ask the office's administrator".to_owned(),
                ));
            }
            Ok(user)
        }
        _ => {
            store::settle_failure(db, attempt).await?;
            Err(AppError::Unauthorized("email or password is wrong".to_owned()))
        }
    }
}

/// What a right password leads to.
#[derive(Debug, Clone)]
pub enum SignIn {
    /// Signed in.
    Tokens(TokenPair),
    /// The account has two-factor sign-in: `POST /auth/login/mfa` with this token and a
    /// code completes it.
    SecondFactor {
        /// The single-use token of the waiting sign-in (valid 5 minutes).
        mfa_token: String,
    },
}

/// Issues the tokens of a sign-in whose credentials were checked, and tells the person
/// when it comes from a client they never signed in from before.
pub async fn complete_sign_in(
    db: &DatabaseConnection,
    (config, keys): (&Config, &Keys),
    now: DateTime<Utc>,
    user: &user::Model,
    client: &str,
) -> AppResult<TokenPair> {
    let roles = store::roles_of(db, user.id).await?;
    let txn = db.begin().await?;
    if let (false, true) = store::known_client(&txn, user.id, client).await? {
        let detail = crate::i18n::Message::new("notice-new-sign-in-detail").with("client", client);
        let what = crate::i18n::Message::new("notice-new-sign-in");
        recovery::security_notice(&txn, config, now, user, what, detail).await?;
    }
    let (pair, _) = new_pair(&txn, keys, (user.id, roles), now, (None, client)).await?;
    record_sign_in(&txn, user.id, now).await?;
    txn.commit().await?;
    Ok(pair)
}

/// Records on the account that its owner completed a sign-in at `now` (the admins' users
/// page shows it after every session has ended): one update, in the transaction of the
/// sign-in (API tokens issued here, a portal session in `sessions::service::start`).
pub async fn record_sign_in(db: &impl ConnectionTrait, user_id: Uuid, now: DateTime<Utc>) -> AppResult<()> {
    store::record_sign_in(db, user_id, now).await
}

/// Counts an attempt (a password or a second-factor code) of `email` from `client`,
/// pending, from before it is checked, so that attempts sent in parallel see each other;
/// 429 with the seconds to wait when the throttle holds it back (then it is forgotten).
/// The caller settles it: [`store::forget_failure`] when right, [`store::settle_failure`]
/// when wrong.
pub async fn throttled_attempt(
    db: &impl ConnectionTrait,
    email: &str,
    client: &str,
    now: DateTime<Utc>,
) -> AppResult<Uuid> {
    let attempt = store::record_attempt(db, email, client, now).await?;
    let failures: Vec<rules::Failure> = store::failures_since(db, email, client, now - rules::THROTTLE_WINDOW)
        .await?
        .into_iter()
        .filter(|row| row.id != attempt)
        .map(|row| rules::Failure {
            at: row.failed_at,
            same_email: row.email == email,
            same_client: row.client == client,
            pending: row.pending,
        })
        .collect();
    if let Err(held) = rules::login_allowed(&failures, now) {
        store::forget_failure(db, attempt).await?;
        return Err(AppError::TooManyRequests {
            retry_after_seconds: held.retry_after_seconds,
            detail: format!(
                "{}; try again in {} seconds",
                held.reason.describe(),
                held.retry_after_seconds
            ),
        });
    }
    Ok(attempt)
}

/// Deletes the failed sign-ins that have left the throttle window, and the requests and
/// links of account recovery that are no longer needed (run by the scheduler); answers
/// how many rows went.
pub async fn prune_login_failures(db: &impl ConnectionTrait, now: DateTime<Utc>) -> AppResult<u64> {
    let failures = store::prune_failures(db, now - rules::THROTTLE_WINDOW).await?;
    let challenges = super::mfa_store::prune_challenges(db, now - rules::THROTTLE_WINDOW).await?;
    Ok(failures + challenges + recovery::prune(db, now).await?)
}

/// The roles of a user as stored now and whether two-factor sign-in is on, or `None`
/// when the account does not exist or is deactivated: what `CurrentUser` trusts instead
/// of the roles written in a token.
pub async fn identity(db: &impl ConnectionTrait, user_id: Uuid) -> AppResult<Option<store::Identity>> {
    store::identity(db, user_id).await
}

/// Exchanges a refresh token for a new pair; the old token stops working. Presenting a
/// token that was already rotated revokes every refresh token of its user.
pub async fn refresh(
    db: &DatabaseConnection,
    keys: &Keys,
    presented: &str,
    now: DateTime<Utc>,
) -> AppResult<TokenPair> {
    let refused = || AppError::Unauthorized("the refresh token is not valid".to_owned());
    let stored = store::find_refresh_token(db, &rules::hash_refresh_token(presented))
        .await?
        .ok_or_else(refused)?;
    if stored.revoked_at.is_some() {
        if stored.replaced_by.is_some() {
            store::revoke_all_refresh_tokens(db, stored.user_id, now).await?;
            tracing::warn!(user_id = %stored.user_id, "a rotated refresh token was reused; all sessions revoked");
        }
        return Err(refused());
    }
    if stored.expires_at <= now {
        return Err(refused());
    }
    let txn = db.begin().await?;
    // A deactivated account has no identity: its sessions end.
    let roles = store::identity(&txn, stored.user_id).await?.ok_or_else(refused)?.roles;
    let session = (
        stored.session_id.or(Some(stored.id)),
        stored.client.as_deref().unwrap_or("unknown"),
    );
    let (pair, new_id) = new_pair(&txn, keys, (stored.user_id, roles), now, session).await?;
    if !store::revoke_refresh_token(&txn, stored.id, Some(new_id), now).await? {
        return Err(refused());
    }
    txn.commit().await?;
    Ok(pair)
}

/// Revokes a refresh token of the caller.
pub async fn logout(db: &DatabaseConnection, user_id: Uuid, presented: &str, now: DateTime<Utc>) -> AppResult<()> {
    let stored = store::find_refresh_token(db, &rules::hash_refresh_token(presented)).await?;
    match stored {
        Some(token) if token.user_id == user_id => {
            store::revoke_refresh_token(db, token.id, None, now).await?;
            Ok(())
        }
        _ => Err(AppError::field(
            "refresh_token",
            "is not a refresh token of the signed-in user",
        )),
    }
}

/// The signed-in user as they see themselves: their account, roles and organisations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Me {
    /// The account.
    pub user: user::Model,
    /// The roles held, sorted.
    pub roles: Vec<Role>,
    /// The organisations the user is a member of, oldest membership first.
    pub organisation_ids: Vec<Uuid>,
    /// Whether the user signs in with a second factor.
    pub mfa_enabled: bool,
}

/// The signed-in user's account, roles and organisations; 401 when the account no longer
/// exists (a token outlives a deleted account by at most its lifetime).
pub async fn me(db: &impl ConnectionTrait, user_id: Uuid) -> AppResult<Me> {
    let user = store::find_user(db, user_id)
        .await?
        .ok_or_else(|| AppError::Unauthorized("the account no longer exists".to_owned()))?;
    Ok(Me {
        user,
        roles: store::roles_of(db, user_id).await?,
        organisation_ids: crate::organisations::store::organisation_ids_of(db, user_id).await?,
        mfa_enabled: mfa::is_enabled(db, user_id).await?,
    })
}

/// A change to the signed-in user's own settings: only the fields given change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OwnSettings {
    /// The language of emails to the person and of the portal.
    pub preferred_language: Option<Language>,
}

/// Changes the signed-in user's own settings, audited, and answers the account as it now is.
pub async fn update_me(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    change: OwnSettings,
) -> AppResult<Me> {
    let txn = db.begin().await?;
    let before = me(&txn, actor.id).await?;
    let mut entries = Vec::new();
    if let Some(language) = change.preferred_language
        && language != before.user.preferred_language
    {
        store::set_preferred_language(&txn, actor.id, language).await?;
        let entry = AuditEntry {
            actor_id: Some(actor.id),
            action: "user.settings_changed",
            subject_type: "user",
            subject_id: actor.id,
            summary: json!({
                "before": {"preferred_language": before.user.preferred_language},
                "after": {"preferred_language": language},
            }),
            reason: None,
        };
        entries.push(entry);
    }
    let after = me(&txn, actor.id).await?;
    audit::commit(db, txn, entries, now).await?;
    Ok(after)
}

/// One page of accounts ordered by name, optionally only those holding `role`, each with
/// its roles and whether two-factor sign-in is on, and the total.
pub async fn list_users(
    db: &impl ConnectionTrait,
    role: Option<Role>,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<(user::Model, Vec<Role>, bool)>, u64)> {
    let (rows, total) = store::list_users(db, role, limit, offset).await?;
    let enabled = super::mfa_store::enabled_among(db, rows.iter().map(|(user, _)| user.id).collect()).await?;
    let items = rows
        .into_iter()
        .map(|(user, roles)| {
            let mfa = enabled.contains(&user.id);
            (user, roles, mfa)
        })
        .collect();
    Ok((items, total))
}

/// A new access token and refresh token for a user; the refresh token continues
/// `session` (a new session when `None`) of `client`.
async fn new_pair(
    db: &impl ConnectionTrait,
    keys: &Keys,
    (user_id, roles): (Uuid, Vec<Role>),
    now: DateTime<Utc>,
    (session, client): (Option<Uuid>, &str),
) -> AppResult<(TokenPair, Uuid)> {
    let access_token = keys.sign(&Claims::issue(user_id, roles, now))?;
    let refresh = rules::new_refresh_token();
    let id = Uuid::new_v4();
    store::insert_refresh_token(
        db,
        refresh_token::Model {
            id,
            user_id,
            token_hash: rules::hash_refresh_token(&refresh),
            created_at: now,
            expires_at: now + rules::REFRESH_TOKEN_LIFETIME,
            revoked_at: None,
            replaced_by: None,
            session_id: Some(session.unwrap_or(id)),
            client: Some(client.to_owned()),
        },
    )
    .await?;
    Ok((
        TokenPair {
            access_token,
            refresh_token: refresh,
            expires_in: rules::ACCESS_TOKEN_LIFETIME.num_seconds(),
        },
        id,
    ))
}

/// The full names of these users, by id (one query; an id without an account is missing).
pub async fn full_names(
    db: &impl ConnectionTrait,
    mut ids: Vec<Uuid>,
) -> AppResult<std::collections::HashMap<Uuid, String>> {
    ids.sort();
    ids.dedup();
    Ok(store::find_users(db, ids)
        .await?
        .into_iter()
        .map(|user| (user.id, user.full_name))
        .collect())
}
