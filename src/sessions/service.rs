//! Starting, resuming and ending portal sessions: what every page shares.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use uuid::Uuid;

use super::rules::{self, Session};
use super::store;
use crate::error::AppResult;

/// Starts a session for a user who has just proved who they are (every factor their
/// account has) and records the sign-in on the account, in one transaction; answers the
/// cookie token (shown once, never stored) and the session.
pub async fn start(
    db: &DatabaseConnection,
    user_id: Uuid,
    client: &str,
    now: DateTime<Utc>,
) -> AppResult<(String, Session)> {
    let token = rules::new_secret();
    let session = Session {
        id: Uuid::new_v4(),
        user_id,
        csrf_token: rules::new_secret(),
        created_at: now,
        last_seen_at: now,
    };
    let txn = db.begin().await?;
    store::insert(&txn, &session, rules::hash_secret(&token), client).await?;
    crate::auth::service::record_sign_in(&txn, user_id, now).await?;
    txn.commit().await?;
    Ok((token, session))
}

/// The live session a cookie token names, recording its use; `None` when the token is
/// unknown or the session has ended (an ended session is deleted).
pub async fn resume(db: &DatabaseConnection, token: &str, now: DateTime<Utc>) -> AppResult<Option<Session>> {
    let Some(session) = store::by_token_hash(db, &rules::hash_secret(token)).await? else {
        return Ok(None);
    };
    if !session.is_live(now) {
        store::delete(db, session.id).await?;
        return Ok(None);
    }
    if session.needs_touch(now) {
        store::touch(db, &session, now).await?;
    }
    Ok(Some(session))
}

/// Ends a session (signing out).
pub async fn end(db: &DatabaseConnection, session: &Session) -> AppResult<()> {
    store::delete(db, session.id).await
}

/// Ends every session of a user, in the caller's transaction when it has one (a password
/// reset signs every browser out); answers how many.
pub async fn end_all_of_user(db: &impl ConnectionTrait, user_id: Uuid) -> AppResult<u64> {
    store::delete_of_user(db, user_id).await
}

/// A live portal session as its owner sees it in their settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// The session's id (not its token).
    pub id: Uuid,
    /// The client address that signed in.
    pub client: String,
    /// When the person signed in.
    pub created_at: DateTime<Utc>,
    /// When the session was last used (to the minute).
    pub last_seen_at: DateTime<Utc>,
    /// When it ends unless it is used again.
    pub expires_at: DateTime<Utc>,
}

/// The user's live portal sessions, most recently used first.
pub async fn live_of_user(db: &DatabaseConnection, user_id: Uuid, now: DateTime<Utc>) -> AppResult<Vec<Listed>> {
    Ok(store::live_of_user(db, user_id, now)
        .await?
        .into_iter()
        .map(|row| Listed {
            id: row.id,
            client: row.client,
            created_at: row.created_at,
            last_seen_at: row.last_seen_at,
            expires_at: row.expires_at,
        })
        .collect())
}

/// Ends one of the user's portal sessions (signing a browser out from another); another
/// user's session, or one already ended, is 404.
pub async fn end_of_user(db: &DatabaseConnection, user_id: Uuid, session_id: Uuid) -> AppResult<()> {
    match store::delete_of_user_by_id(db, user_id, session_id).await? {
        0 => Err(crate::error::AppError::NotFound("session")),
        _ => Ok(()),
    }
}

/// Deletes sessions that have ended (run by the scheduler); answers how many.
pub async fn prune(db: &DatabaseConnection, now: DateTime<Utc>) -> AppResult<u64> {
    store::delete_expired(db, now).await
}
