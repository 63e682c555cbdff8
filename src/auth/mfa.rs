//! Two-factor sign-in, shared by every entry point. A user enrols (a new secret, its
//! `otpauth://` URI and QR code), then confirms a code from their app, which turns it on
//! and gives ten single-use recovery codes (stored hashed). From then on a right password
//! only opens a waiting sign-in (`mfa_token`, 5 minutes), completed with a code or a
//! recovery code. Turning it off needs a current code. Every code is counted by the
//! sign-in throttle (per email and client, per client, per account), and a code's time
//! step is accepted once. Changes are audited and the person told.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, DatabaseTransaction, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::mfa_rules as rules;
use super::mfa_store::{self as store, challenge, user_totp};
use super::service::{self, SignIn};
use super::store::{self as accounts, user};
use super::{CurrentUser, Keys, recovery};
use crate::audit::{self, AuditEntry};
use crate::config::Config;
use crate::error::{AppError, AppResult, ProblemKind};
use crate::i18n::Message;

/// What enrolling shows once: the secret and how to put it in an authenticator app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolment {
    /// The base32 secret, to type in.
    pub secret: String,
    /// The `otpauth://totp/...` URI.
    pub otpauth_uri: String,
    /// The URI's QR code as an SVG image.
    pub qr_svg: String,
}

/// A second factor presented to complete a sign-in or turn two-factor sign-in off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecondFactor {
    /// The 6 digits an authenticator app shows.
    Code(String),
    /// One of the recovery codes given at enrolment (sign-in only).
    RecoveryCode(String),
}

/// Whether a user signs in with a second factor.
pub async fn is_enabled(db: &impl ConnectionTrait, user_id: Uuid) -> AppResult<bool> {
    Ok(store::find(db, user_id)
        .await?
        .is_some_and(|row| row.enabled_at.is_some()))
}

/// Starts enrolling the caller (again, with a new secret, while not confirmed); 409
/// `mfa-enabled` when two-factor sign-in is already on.
pub async fn enrol(db: &impl ConnectionTrait, now: DateTime<Utc>, actor: &CurrentUser) -> AppResult<Enrolment> {
    let account = own_account(db, actor).await?;
    let enrolment = enrolment_of(rules::new_secret(), &account.email)?;
    if !store::start(db, actor.id, &enrolment.secret, now).await? {
        return Err(AppError::conflict(
            ProblemKind::MfaEnabled,
            "two-factor sign-in is already on; turn it off with a current code before enrolling again",
        ));
    }
    Ok(enrolment)
}

/// Turns two-factor sign-in on with a code from the enrolled app, and answers the ten
/// recovery codes (shown once). Audited; the person is told.
pub async fn confirm(
    db: &DatabaseConnection,
    config: &Config,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    (code, client): (&str, &str),
) -> AppResult<Vec<String>> {
    let account = own_account(db, actor).await?;
    let row = store::find(db, actor.id).await?.ok_or_else(not_enrolled)?;
    if row.enabled_at.is_some() {
        return Err(AppError::conflict(
            ProblemKind::MfaEnabled,
            "two-factor sign-in is already on",
        ));
    }
    let codes = rules::new_recovery_codes();
    let txn = checked(
        db,
        now,
        (&account, &row),
        &SecondFactor::Code(code.to_owned()),
        client,
        Some(now),
    )
    .await?;
    let hashes: Vec<String> = codes.iter().map(|code| rules::hash_recovery_code(code)).collect();
    store::replace_recovery_codes(&txn, actor.id, &hashes).await?;
    let entry = AuditEntry::created(
        actor.id,
        "user.mfa_enabled",
        "user",
        actor.id,
        json!({"method": "totp"}),
    );
    let (what, detail) = (Message::new("notice-mfa-on"), Message::new("notice-mfa-on-detail"));
    recovery::security_notice(&txn, config, now, &account, what, detail).await?;
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(codes)
}

/// Turns two-factor sign-in off with a current code (409 `mfa-not-enabled` when it is not
/// on). Audited; the person is told. A role that requires it is back to enrolling only.
pub async fn disable(
    db: &DatabaseConnection,
    config: &Config,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    (code, client): (&str, &str),
) -> AppResult<()> {
    let account = own_account(db, actor).await?;
    let row = store::find(db, actor.id)
        .await?
        .filter(|row| row.enabled_at.is_some())
        .ok_or_else(not_enrolled)?;
    let txn = checked(
        db,
        now,
        (&account, &row),
        &SecondFactor::Code(code.to_owned()),
        client,
        None,
    )
    .await?;
    store::remove(&txn, actor.id).await?;
    let entry = AuditEntry::created(
        actor.id,
        "user.mfa_disabled",
        "user",
        actor.id,
        json!({"method": "totp"}),
    );
    let (what, detail) = (Message::new("notice-mfa-off"), Message::new("notice-mfa-off-detail"));
    recovery::security_notice(&txn, config, now, &account, what, detail).await?;
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(())
}

/// Turns two-factor sign-in on with a secret already known (the demo office's, published
/// like its passwords); nothing over HTTP reaches this.
pub async fn enable_with_known_secret(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    user_id: Uuid,
    secret: &str,
) -> AppResult<()> {
    store::start(db, user_id, secret, now).await?;
    store::take_step(db, user_id, 0, Some(now)).await?;
    Ok(())
}

/// Opens a sign-in waiting for its second factor; answers its token (shown once).
pub async fn challenge(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    user_id: Uuid,
    client: &str,
) -> AppResult<String> {
    let token = super::rules::new_refresh_token();
    store::insert_challenge(
        db,
        challenge::Model {
            id: Uuid::new_v4(),
            user_id,
            token_hash: super::rules::hash_refresh_token(&token),
            client: client.to_owned(),
            expires_at: now + rules::MFA_TOKEN_LIFETIME,
            used_at: None,
        },
    )
    .await?;
    Ok(token)
}

/// Completes a waiting sign-in with a code or a recovery code; 401 when the token is
/// unknown, used or expired, or the code is wrong (counted by the throttle: 429 after too
/// many).
pub async fn complete(
    db: &DatabaseConnection,
    (config, keys): (&Config, &Keys),
    now: DateTime<Utc>,
    (mfa_token, factor): (&str, SecondFactor),
    client: &str,
) -> AppResult<SignIn> {
    let account = prove_waiting_sign_in(db, now, (mfa_token, factor), client).await?;
    service::complete_sign_in(db, (config, keys), now, &account, client)
        .await
        .map(SignIn::Tokens)
}

/// Uses up a waiting sign-in with its second factor and answers the account it signs in,
/// without issuing tokens: the API then issues them ([`complete`]), the portal starts a
/// session. Refused as [`complete`] says.
pub async fn prove_waiting_sign_in(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    (mfa_token, factor): (&str, SecondFactor),
    client: &str,
) -> AppResult<user::Model> {
    let expired = || AppError::Unauthorized("this sign-in expired or was completed; sign in again".to_owned());
    let waiting = store::find_challenge(db, &super::rules::hash_refresh_token(mfa_token.trim()))
        .await?
        .filter(|waiting| waiting.used_at.is_none() && waiting.expires_at > now)
        .ok_or_else(expired)?;
    let account = accounts::find_user(db, waiting.user_id)
        .await?
        .filter(|account| account.deactivated_at.is_none())
        .ok_or_else(expired)?;
    let row = store::find(db, account.id)
        .await?
        .filter(|row| row.enabled_at.is_some())
        .ok_or_else(expired)?;
    let txn = checked(db, now, (&account, &row), &factor, client, None).await?;
    if !store::use_challenge(&txn, waiting.id, now).await? {
        return Err(expired());
    }
    txn.commit().await?;
    Ok(account)
}

/// The caller's enrolment that waits for its first code (the secret stored when they
/// enrolled, shown again until they confirm it); `None` when they have not enrolled or
/// two-factor sign-in is already on.
pub async fn pending_enrolment(db: &impl ConnectionTrait, actor: &CurrentUser) -> AppResult<Option<Enrolment>> {
    let Some(row) = store::find(db, actor.id).await?.filter(|row| row.enabled_at.is_none()) else {
        return Ok(None);
    };
    let account = own_account(db, actor).await?;
    enrolment_of(row.secret, &account.email).map(Some)
}

/// What enrolling shows of `secret`: itself, its `otpauth://` URI and the URI's QR code.
fn enrolment_of(secret: String, email: &str) -> AppResult<Enrolment> {
    let otpauth_uri = rules::totp(&secret, email)
        .and_then(|totp| totp.to_url().map_err(|error| format!("{error:?}")))
        .map_err(AppError::Internal)?;
    let qr_svg = rules::qr_svg(&otpauth_uri).map_err(AppError::Internal)?;
    Ok(Enrolment {
        secret,
        otpauth_uri,
        qr_svg,
    })
}

/// Checks a second factor under the sign-in throttle and takes its time step (or uses
/// the recovery code) in a new transaction, answered for the caller to finish; `enable_at`
/// also turns two-factor sign-in on. A wrong factor rolls that back and is recorded as a
/// failure the throttle counts.
async fn checked(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    (account, row): (&user::Model, &user_totp::Model),
    factor: &SecondFactor,
    client: &str,
    enable_at: Option<DateTime<Utc>>,
) -> AppResult<DatabaseTransaction> {
    let attempt = service::throttled_attempt(db, &account.email, client, now).await?;
    let txn = db.begin().await?;
    let right = match factor {
        SecondFactor::Code(code) => {
            let totp = rules::totp(&row.secret, &account.email).map_err(AppError::Internal)?;
            match rules::accepted_step(&totp, code, now, row.last_step) {
                Some(step) => store::take_step(&txn, account.id, step, enable_at).await?,
                None => false,
            }
        }
        SecondFactor::RecoveryCode(code) => {
            store::use_recovery_code(&txn, account.id, &rules::hash_recovery_code(code), now).await?
        }
    };
    if right {
        accounts::forget_failure(&txn, attempt).await?;
        return Ok(txn);
    }
    txn.rollback().await?;
    accounts::settle_failure(db, attempt).await?;
    Err(AppError::Unauthorized(
        "the code is wrong, or was already used; use the next one your app shows".to_owned(),
    ))
}

fn not_enrolled() -> AppError {
    AppError::conflict(
        ProblemKind::MfaNotEnabled,
        "two-factor sign-in is not on: enrol with POST /api/v1/me/mfa/totp first",
    )
}

async fn own_account(db: &impl ConnectionTrait, actor: &CurrentUser) -> AppResult<user::Model> {
    accounts::find_user(db, actor.id)
        .await?
        .ok_or_else(|| AppError::Unauthorized("the account no longer exists".to_owned()))
}
