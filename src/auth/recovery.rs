//! Accounts people can recover and trust, shared by every entry point: a forgotten
//! password is reset through a single-use link sent by email; an address is proved by a
//! link too (after registering, or to change the account's email); a signed-in user
//! changes their password; support verifies an address by hand where mail does not reach
//! a person. Links are random tokens stored only as hashes ([`recovery_rules`]); asking
//! for one is throttled per email and per client address, and answers the same whether
//! or not an account has the email. Every change is audited, and the person is told of
//! it by a security notice that no preference turns off.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::recovery_rules::{self as rules, TokenPurpose};
use super::recovery_store::{self as store, account_token};
use super::store::{self as accounts, user};
use super::{CurrentUser, hashing};
use crate::audit::{self, AuditEntry};
use crate::config::Config;
use crate::error::{AppError, AppResult, OnUnique, ProblemKind};
use crate::i18n::Message;
use crate::reminders::service::{self as notices, Addressee, Notification};
use crate::reminders::templates::Notice;

/// Sends a link to choose a new password to `email`, if an active account has it. Answers
/// the same either way (nothing tells a caller whether the address is registered); 429
/// after too many requests for the address or from the client.
pub async fn request_password_reset(
    db: &DatabaseConnection,
    config: &Config,
    now: DateTime<Utc>,
    email: &str,
    client: &str,
) -> AppResult<()> {
    let email = checked_email("email", email)?;
    throttle(db, &email, client, now).await?;
    let Some(account) = accounts::find_user_by_email(db, &email).await? else {
        return Ok(());
    };
    if account.deactivated_at.is_some() {
        return Ok(());
    }
    let txn = db.begin().await?;
    send_link(&txn, config, now, &account, TokenPurpose::PasswordReset, &account.email).await?;
    txn.commit().await?;
    Ok(())
}

/// Sets a new password with a reset (or set-password) link: the link is used up, every
/// refresh token and portal session of the user is revoked (every session signs in again), the change is
/// audited and the person told. The link also proves the address it was sent to.
pub async fn confirm_password_reset(
    db: &DatabaseConnection,
    config: &Config,
    now: DateTime<Utc>,
    token: &str,
    new_password: &str,
) -> AppResult<()> {
    super::rules::check_password(new_password).map_err(|message| AppError::field("new_password", message))?;
    let (link, account) = usable_link(
        db,
        now,
        token,
        &[TokenPurpose::PasswordReset, TokenPurpose::SetPassword],
    )
    .await?;
    let password_hash = hash_password(new_password).await?;
    let txn = db.begin().await?;
    if !store::use_token(&txn, link.id, now).await? {
        return Err(link_invalid("this link was used meanwhile; ask for a new one"));
    }
    accounts::set_password_hash(&txn, account.id, &password_hash).await?;
    store::retire_links(
        &txn,
        account.id,
        &[TokenPurpose::PasswordReset, TokenPurpose::SetPassword],
        now,
    )
    .await?;
    let revoked = accounts::revoke_all_refresh_tokens(&txn, account.id, now).await?
        + crate::sessions::service::end_all_of_user(&txn, account.id).await?;
    if link.email == account.email {
        accounts::mark_email_verified(&txn, account.id, now).await?;
    }
    let action = match link.purpose {
        TokenPurpose::SetPassword => "user.password_set",
        _ => "user.password_reset",
    };
    let summary = json!({"sessions_revoked": revoked});
    tell_password_changed(&txn, config, now, &account, "notice-password-changed-by-link").await?;
    let entry = AuditEntry::created(account.id, action, "user", account.id, summary);
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(())
}

/// Confirms an email address with the link sent to it: after registering it marks the
/// account verified; after an email change it switches the account to the new address
/// (409 `email-taken` if another account took it meanwhile) and tells the old one.
pub async fn confirm_email(db: &DatabaseConnection, config: &Config, now: DateTime<Utc>, token: &str) -> AppResult<()> {
    let (link, account) = usable_link(db, now, token, &[TokenPurpose::VerifyEmail]).await?;
    let txn = db.begin().await?;
    if !store::use_token(&txn, link.id, now).await? {
        return Err(link_invalid("this link was used meanwhile; ask for a new one"));
    }
    let entry = if link.email == account.email {
        accounts::mark_email_verified(&txn, account.id, now).await?;
        AuditEntry::created(
            account.id,
            "user.email_verified",
            "user",
            account.id,
            json!({"email": link.email}),
        )
    } else {
        accounts::change_email(&txn, account.id, &link.email, now)
            .await
            .on_unique(
                ProblemKind::EmailTaken,
                "another account took this email address meanwhile",
            )?;
        // Links sent to the old address no longer reach the account's owner.
        store::retire_links(
            &txn,
            account.id,
            &[TokenPurpose::PasswordReset, TokenPurpose::SetPassword],
            now,
        )
        .await?;
        let summary = json!({"before": {"email": account.email}, "after": {"email": link.email}});
        let entry = AuditEntry {
            summary,
            ..AuditEntry::created(account.id, "user.email_changed", "user", account.id, json!({}))
        };
        let detail = Message::new("notice-email-changed-detail")
            .with("before", account.email.as_str())
            .with("after", link.email.as_str());
        security_notice(
            &txn,
            config,
            now,
            &account,
            Message::new("notice-email-changed"),
            detail,
        )
        .await?;
        entry
    };
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(())
}

/// Sends the signed-in user a new link to verify their address (409 `email-verified` when
/// it already is); throttled like a reset.
pub async fn resend_verification(
    db: &DatabaseConnection,
    config: &Config,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    client: &str,
) -> AppResult<()> {
    let account = signed_in_account(db, actor).await?;
    if account.email_verified_at.is_some() {
        return Err(AppError::conflict(
            ProblemKind::EmailVerified,
            format!("{} is already verified", account.email),
        ));
    }
    throttle(db, &account.email, client, now).await?;
    let txn = db.begin().await?;
    send_link(&txn, config, now, &account, TokenPurpose::VerifyEmail, &account.email).await?;
    txn.commit().await?;
    Ok(())
}

/// Sends a registered applicant their first verification link, in the transaction that
/// creates the account.
pub async fn send_verification(
    txn: &impl ConnectionTrait,
    config: &Config,
    now: DateTime<Utc>,
    account: &user::Model,
) -> AppResult<()> {
    send_link(txn, config, now, account, TokenPurpose::VerifyEmail, &account.email).await
}

/// Sends a staff member created without a password the link to choose one, in the
/// transaction that creates the account.
pub async fn send_set_password(
    txn: &impl ConnectionTrait,
    config: &Config,
    now: DateTime<Utc>,
    account: &user::Model,
) -> AppResult<()> {
    send_link(txn, config, now, account, TokenPurpose::SetPassword, &account.email).await
}

/// Starts changing the signed-in user's email (with their current password): a link goes
/// to the new address, which replaces the old one only once the link is followed; the old
/// address is told. 409 `email-taken` when an account has the new address.
pub async fn change_email(
    db: &DatabaseConnection,
    config: &Config,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    (new_email, current_password): (&str, &str),
    client: &str,
) -> AppResult<()> {
    let new_email = checked_email("new_email", new_email)?;
    let account = signed_in_account(db, actor).await?;
    check_current_password(&account, current_password).await?;
    if accounts::find_user_by_email(db, &new_email).await?.is_some() {
        return Err(AppError::conflict(
            ProblemKind::EmailTaken,
            "an account with this email already exists",
        ));
    }
    throttle(db, &new_email, client, now).await?;
    let txn = db.begin().await?;
    send_link(&txn, config, now, &account, TokenPurpose::VerifyEmail, &new_email).await?;
    let entry = AuditEntry::created(
        account.id,
        "user.email_change_requested",
        "user",
        account.id,
        json!({"email": new_email}),
    );
    let detail = Message::new("notice-email-change-requested-detail").with("email", new_email.as_str());
    let what = Message::new("notice-email-change-requested");
    security_notice(&txn, config, now, &account, what, detail).await?;
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(())
}

/// Changes the signed-in user's password, given the current one: every refresh token and
/// portal session is revoked (every session signs in again; the portal starts a new one for
/// the browser that made the change), the change is audited and the person told.
pub async fn change_password(
    db: &DatabaseConnection,
    config: &Config,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    (current_password, new_password): (&str, &str),
) -> AppResult<()> {
    super::rules::check_password(new_password).map_err(|message| AppError::field("new_password", message))?;
    let account = signed_in_account(db, actor).await?;
    check_current_password(&account, current_password).await?;
    let password_hash = hash_password(new_password).await?;
    let txn = db.begin().await?;
    accounts::set_password_hash(&txn, account.id, &password_hash).await?;
    store::retire_links(
        &txn,
        account.id,
        &[TokenPurpose::PasswordReset, TokenPurpose::SetPassword],
        now,
    )
    .await?;
    let revoked = accounts::revoke_all_refresh_tokens(&txn, account.id, now).await?
        + crate::sessions::service::end_all_of_user(&txn, account.id).await?;
    let summary = json!({"sessions_revoked": revoked});
    let entry = AuditEntry::created(account.id, "user.password_changed", "user", account.id, summary);
    tell_password_changed(&txn, config, now, &account, "notice-password-changed-signed-in").await?;
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(())
}

/// Refuses (409 `email-unverified`) a user whose address is not verified: an applicant
/// submits applications and sponsorship requests only once the office can reach them.
pub async fn require_verified_email(db: &impl ConnectionTrait, actor: &CurrentUser) -> AppResult<()> {
    let account = signed_in_account(db, actor).await?;
    if account.email_verified_at.is_some() {
        return Ok(());
    }
    Err(AppError::conflict(
        ProblemKind::EmailUnverified,
        format!(
            "verify your email address {} first: follow the link sent to it, or ask for a new one with \
             POST /api/v1/auth/verify-email/resend",
            account.email
        ),
    ))
}

/// Support vouches for an address by hand (where mail does not reach the person): marks
/// the account verified and audits who did it (`actor`; `None` for the command line).
/// Answers the audit event to record when anything changed (the caller records it last,
/// see [`audit::commit`]).
pub async fn verify_by_hand(
    txn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    actor: Option<Uuid>,
    account: &user::Model,
) -> AppResult<Option<AuditEntry>> {
    if account.email_verified_at.is_some() {
        return Ok(None);
    }
    accounts::mark_email_verified(txn, account.id, now).await?;
    let entry = AuditEntry {
        actor_id: actor,
        ..AuditEntry::created(
            account.id,
            "user.email_verified_by_hand",
            "user",
            account.id,
            json!({"email": account.email, "by": if actor.is_some() { "admin" } else { "command line" }}),
        )
    };
    Ok(Some(entry))
}

/// The command line's `user verify --email E`: verifies the address of the account that
/// has it; 404 when none does.
pub async fn verify_email_of(db: &DatabaseConnection, now: DateTime<Utc>, email: &str) -> AppResult<bool> {
    let account = accounts::find_user_by_email(db, &super::rules::normalise_email(email))
        .await?
        .ok_or(AppError::NotFound("account"))?;
    let txn = db.begin().await?;
    let entry = verify_by_hand(&txn, now, None, &account).await?;
    let changed = entry.is_some();
    audit::commit(db, txn, entry.into_iter().collect(), now).await?;
    Ok(changed)
}

/// Tells a person of a change to their account's security, by email whatever their
/// preferences, and in the app; `what` and `detail` are catalogue messages, written in the
/// person's language.
pub async fn security_notice(
    txn: &impl ConnectionTrait,
    config: &Config,
    now: DateTime<Utc>,
    account: &user::Model,
    what: impl Into<crate::i18n::Text>,
    detail: impl Into<crate::i18n::Text>,
) -> AppResult<()> {
    let notification = Notification {
        notice: Notice::SecurityNotice,
        subject_id: Some(account.id),
        title: what.into(),
        due: now,
        detail: detail.into(),
        expires_at: None,
    };
    let event = Uuid::new_v4().to_string();
    let to = Addressee {
        user_id: Some(account.id),
        email: account.email.clone(),
        name: account.full_name.clone(),
        language: account.preferred_language,
    };
    notices::notify(txn, now, &config.office_name, &notification, &event, &[to]).await
}

/// Tells a person their password was changed, and how (`how` names the catalogue's
/// sentence: with an emailed link, or by someone signed in).
async fn tell_password_changed(
    txn: &impl ConnectionTrait,
    config: &Config,
    now: DateTime<Utc>,
    account: &user::Model,
    how: &'static str,
) -> AppResult<()> {
    let what = Message::new("notice-password-changed");
    security_notice(txn, config, now, account, what, Message::new(how)).await
}

/// Deletes the link requests out of the throttle's window and the links expired for a
/// week (run by the scheduler with the sign-in failures); answers how many rows went.
pub async fn prune(db: &impl ConnectionTrait, now: DateTime<Utc>) -> AppResult<u64> {
    store::prune(db, now - rules::REQUEST_WINDOW, now - chrono::Duration::days(7)).await
}

/// Stores a new link for `purpose` sent to `email` (older unused links of that purpose
/// stop working) and puts its email in the outbox; the token appears only there.
async fn send_link(
    txn: &impl ConnectionTrait,
    config: &Config,
    now: DateTime<Utc>,
    account: &user::Model,
    purpose: TokenPurpose,
    email: &str,
) -> AppResult<()> {
    store::retire_links(txn, account.id, &[purpose], now).await?;
    let token = rules::new_token();
    let row = store::insert(
        txn,
        account_token::Model {
            id: Uuid::new_v4(),
            user_id: account.id,
            purpose,
            email: email.to_owned(),
            token_hash: rules::hash_token(&token),
            created_at: now,
            expires_at: now + purpose.lifetime(),
            used_at: None,
        },
    )
    .await?;
    let (notice, endpoint) = match purpose {
        TokenPurpose::PasswordReset => (Notice::PasswordReset, "auth/password-reset/confirm"),
        TokenPurpose::SetPassword => (Notice::SetPassword, "auth/password-reset/confirm"),
        TokenPurpose::VerifyEmail => (Notice::VerifyEmail, "auth/verify-email"),
    };
    let notification = Notification {
        notice,
        subject_id: Some(account.id),
        title: purpose.as_str().into(),
        due: row.expires_at,
        detail: Message::new("notice-link-detail")
            .with("link", format!("{}{}?token={token}", config.public_url, purpose.page()))
            .with("endpoint", format!("{}/api/v1/{endpoint}", config.public_url))
            .into(),
        expires_at: Some(row.expires_at),
    };
    // By email only, never in the app: whoever is signed in must not read a link that
    // proves a mailbox (or resets a password) without holding that mailbox.
    let to = Addressee {
        user_id: None,
        email: email.to_owned(),
        name: account.full_name.clone(),
        language: account.preferred_language,
    };
    notices::notify(txn, now, &config.office_name, &notification, &row.id.to_string(), &[to]).await
}

/// The link a token names, if it may be used now for one of `purposes`, with its account
/// (active); 409 `link-invalid` otherwise.
async fn usable_link(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    token: &str,
    purposes: &[TokenPurpose],
) -> AppResult<(account_token::Model, user::Model)> {
    let link = store::find_by_hash(db, &rules::hash_token(token.trim()))
        .await?
        .ok_or_else(|| link_invalid(crate::i18n::Message::new(rules::UNKNOWN_TOKEN)))?;
    rules::check_usable(purposes, link.purpose, link.used_at, link.expires_at, now).map_err(link_invalid)?;
    let account = accounts::find_user(db, link.user_id)
        .await?
        .filter(|account| account.deactivated_at.is_none())
        .ok_or_else(|| link_invalid("the account of this link is deactivated; ask the office"))?;
    Ok((link, account))
}

fn link_invalid(detail: impl Into<crate::i18n::Text>) -> AppError {
    AppError::conflict(ProblemKind::LinkInvalid, detail)
}

/// A normalised, valid email, or 422 naming `field`.
fn checked_email(field: &str, email: &str) -> AppResult<String> {
    let email = super::rules::normalise_email(email);
    super::rules::check_email(&email).map_err(|message| AppError::field(field, message))?;
    Ok(email)
}

/// Counts a request that sends a link, unless too many were made for the address or from
/// the client within the window (429 with the seconds to wait).
async fn throttle(db: &impl ConnectionTrait, email: &str, client: &str, now: DateTime<Utc>) -> AppResult<()> {
    let (same_email, same_client) = store::requests_since(db, email, client, now - rules::REQUEST_WINDOW).await?;
    rules::request_allowed(&same_email, &same_client, now).map_err(|seconds| AppError::TooManyRequests {
        retry_after_seconds: seconds,
        detail: format!(
            "too many links were asked for this address or from this client; try again in {seconds} seconds"
        ),
    })?;
    store::record_request(db, email, client, now).await
}

async fn signed_in_account(db: &impl ConnectionTrait, actor: &CurrentUser) -> AppResult<user::Model> {
    accounts::find_user(db, actor.id)
        .await?
        .ok_or_else(|| AppError::Unauthorized("the account no longer exists".to_owned()))
}

/// 422 on `current_password` unless it is the account's password.
async fn check_current_password(account: &user::Model, password: &str) -> AppResult<()> {
    let stored = account.password_hash.clone();
    let password = password.to_owned();
    let matches = hashing::run(move |memory| super::rules::verify_password_in(&password, &stored, memory)).await?;
    if matches {
        Ok(())
    } else {
        Err(AppError::field(
            "current_password",
            "is not the account's current password",
        ))
    }
}

/// The argon2 hash of a new password, on the hashing threads.
pub async fn hash_password(password: &str) -> AppResult<String> {
    let password = password.to_owned();
    hashing::run(move |memory| super::rules::hash_password_in(&password, memory))
        .await?
        .map_err(AppError::Internal)
}
