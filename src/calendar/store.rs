//! Persistence of calendar feeds: one token per user, stored as its SHA-256.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::error::AppResult;

/// Entity of `calendar_feeds`.
pub mod feed {
    use sea_orm::entity::prelude::*;

    /// A user's calendar subscription.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "calendar_feeds")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: Uuid,
        #[sea_orm(unique)]
        pub token_hash: String,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Replaces the user's feed token (the old one stops working); one upsert, so two
/// concurrent requests leave one token rather than failing.
pub async fn replace(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    token_hash: String,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let row = feed::ActiveModel::from(feed::Model {
        user_id,
        token_hash,
        created_at: now,
    });
    feed::Entity::insert(row)
        .on_conflict(
            OnConflict::column(feed::Column::UserId)
                .update_columns([feed::Column::TokenHash, feed::Column::CreatedAt])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Revokes the user's feed token; answers whether there was one.
pub async fn remove(db: &impl ConnectionTrait, user_id: Uuid) -> AppResult<bool> {
    let deleted = feed::Entity::delete_many()
        .filter(feed::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(deleted.rows_affected > 0)
}

/// The user whose feed token hashes to `token_hash`.
pub async fn user_of(db: &impl ConnectionTrait, token_hash: &str) -> AppResult<Option<Uuid>> {
    Ok(feed::Entity::find()
        .filter(feed::Column::TokenHash.eq(token_hash))
        .one(db)
        .await?
        .map(|found| found.user_id))
}
