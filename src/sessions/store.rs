//! Persistence of portal sessions.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

use super::rules::Session;
use crate::error::AppResult;

/// Entity of `web_sessions`.
pub mod web_session {
    use sea_orm::entity::prelude::*;

    /// A browser's signed-in session.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "web_sessions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        #[sea_orm(unique)]
        pub token_hash: String,
        pub user_id: Uuid,
        pub csrf_token: String,
        pub client: String,
        pub created_at: DateTimeUtc,
        pub last_seen_at: DateTimeUtc,
        pub expires_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

impl From<web_session::Model> for Session {
    fn from(row: web_session::Model) -> Self {
        Self {
            id: row.id,
            user_id: row.user_id,
            csrf_token: row.csrf_token,
            created_at: row.created_at,
            last_seen_at: row.last_seen_at,
        }
    }
}

/// Stores a new session under the hash of its cookie token.
pub async fn insert(db: &impl ConnectionTrait, session: &Session, token_hash: String, client: &str) -> AppResult<()> {
    web_session::ActiveModel {
        id: Set(session.id),
        token_hash: Set(token_hash),
        user_id: Set(session.user_id),
        csrf_token: Set(session.csrf_token.clone()),
        client: Set(client.to_owned()),
        created_at: Set(session.created_at),
        last_seen_at: Set(session.last_seen_at),
        expires_at: Set(session.expires_at()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The session whose cookie token hashes to `token_hash`, live or not.
pub async fn by_token_hash(db: &impl ConnectionTrait, token_hash: &str) -> AppResult<Option<Session>> {
    Ok(web_session::Entity::find()
        .filter(web_session::Column::TokenHash.eq(token_hash))
        .one(db)
        .await?
        .map(Session::from))
}

/// Records a use of the session at `now`, which moves its idle deadline.
pub async fn touch(db: &impl ConnectionTrait, session: &Session, now: DateTime<Utc>) -> AppResult<()> {
    web_session::ActiveModel {
        id: Set(session.id),
        last_seen_at: Set(now),
        expires_at: Set(super::rules::expiry(session.created_at, now)),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// Deletes one session.
pub async fn delete(db: &impl ConnectionTrait, id: Uuid) -> AppResult<()> {
    web_session::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// Deletes every session of a user (sign-out everywhere, a deactivated account).
pub async fn delete_of_user(db: &impl ConnectionTrait, user_id: Uuid) -> AppResult<u64> {
    Ok(web_session::Entity::delete_many()
        .filter(web_session::Column::UserId.eq(user_id))
        .exec(db)
        .await?
        .rows_affected)
}

/// The user's sessions that have not ended at `now`, most recently used first.
pub async fn live_of_user(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> AppResult<Vec<web_session::Model>> {
    Ok(web_session::Entity::find()
        .filter(web_session::Column::UserId.eq(user_id))
        .filter(web_session::Column::ExpiresAt.gt(now))
        .order_by_desc(web_session::Column::LastSeenAt)
        .all(db)
        .await?)
}

/// Deletes one session if it is the user's; answers how many rows went (0 or 1).
pub async fn delete_of_user_by_id(db: &impl ConnectionTrait, user_id: Uuid, id: Uuid) -> AppResult<u64> {
    Ok(web_session::Entity::delete_many()
        .filter(web_session::Column::Id.eq(id))
        .filter(web_session::Column::UserId.eq(user_id))
        .exec(db)
        .await?
        .rows_affected)
}

/// Deletes the sessions that ended before `now`; answers how many.
pub async fn delete_expired(db: &impl ConnectionTrait, now: DateTime<Utc>) -> AppResult<u64> {
    Ok(web_session::Entity::delete_many()
        .filter(web_session::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?
        .rows_affected)
}
