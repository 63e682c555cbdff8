//! Persistence of two-factor sign-in: TOTP secrets (`user_totp`), recovery codes (hashes)
//! and sign-ins waiting for their second factor (`mfa_challenges`, hashes).

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::error::AppResult;

/// Entity of `user_totp`.
pub mod user_totp {
    use sea_orm::entity::prelude::*;

    /// A user's TOTP secret; on once `enabled_at` is set.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "user_totp")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: Uuid,
        pub secret: String,
        pub created_at: DateTimeUtc,
        pub enabled_at: Option<DateTimeUtc>,
        /// The last time step accepted: no code of it or before works again.
        pub last_step: Option<i64>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Entity of `mfa_recovery_codes`.
pub mod recovery_code {
    use sea_orm::entity::prelude::*;

    /// A single-use recovery code, known by its hash.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "mfa_recovery_codes")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub user_id: Uuid,
        #[sea_orm(unique)]
        pub code_hash: String,
        pub used_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Entity of `mfa_challenges`.
pub mod challenge {
    use sea_orm::entity::prelude::*;

    /// A sign-in whose password was right, waiting for its second factor.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "mfa_challenges")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub user_id: Uuid,
        #[sea_orm(unique)]
        pub token_hash: String,
        pub client: String,
        pub expires_at: DateTimeUtc,
        pub used_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The TOTP row of a user, enabled or pending.
pub async fn find(db: &impl ConnectionTrait, user_id: Uuid) -> AppResult<Option<user_totp::Model>> {
    Ok(user_totp::Entity::find_by_id(user_id).one(db).await?)
}

/// The users among `ids` who have two-factor sign-in on.
pub async fn enabled_among(db: &impl ConnectionTrait, ids: Vec<Uuid>) -> AppResult<Vec<Uuid>> {
    let rows = user_totp::Entity::find()
        .filter(user_totp::Column::UserId.is_in(ids))
        .filter(user_totp::Column::EnabledAt.is_not_null())
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|row| row.user_id).collect())
}

/// Starts (or restarts) an enrolment with a new secret, not yet on; refused by the
/// condition when two-factor sign-in is already on (answers whether it was stored).
pub async fn start(db: &impl ConnectionTrait, user_id: Uuid, secret: &str, now: DateTime<Utc>) -> AppResult<bool> {
    let row = user_totp::ActiveModel {
        user_id: Set(user_id),
        secret: Set(secret.to_owned()),
        created_at: Set(now),
        enabled_at: Set(None),
        last_step: Set(None),
    };
    user_totp::Entity::insert(row)
        .on_conflict(OnConflict::column(user_totp::Column::UserId).do_nothing().to_owned())
        .exec_without_returning(db)
        .await?;
    let result = user_totp::Entity::update_many()
        .col_expr(user_totp::Column::Secret, Expr::value(secret))
        .col_expr(user_totp::Column::CreatedAt, Expr::value(now))
        .filter(user_totp::Column::UserId.eq(user_id))
        .filter(user_totp::Column::EnabledAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Accepts a code's step unless a later or equal one was accepted meanwhile; `enable`
/// also turns two-factor sign-in on. Answers whether the step was taken.
pub async fn take_step(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    step: i64,
    enable_at: Option<DateTime<Utc>>,
) -> AppResult<bool> {
    let mut update = user_totp::Entity::update_many()
        .col_expr(user_totp::Column::LastStep, Expr::value(step))
        .filter(user_totp::Column::UserId.eq(user_id))
        .filter(
            Condition::any()
                .add(user_totp::Column::LastStep.is_null())
                .add(user_totp::Column::LastStep.lt(step)),
        );
    if let Some(now) = enable_at {
        update = update.col_expr(user_totp::Column::EnabledAt, Expr::value(now));
    }
    Ok(update.exec(db).await?.rows_affected == 1)
}

/// Turns two-factor sign-in off: the secret and the recovery codes go.
pub async fn remove(db: &impl ConnectionTrait, user_id: Uuid) -> AppResult<()> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    user_totp::Entity::delete_by_id(user_id).exec(db).await?;
    Ok(())
}

/// Replaces a user's recovery codes with these hashes.
pub async fn replace_recovery_codes(db: &impl ConnectionTrait, user_id: Uuid, hashes: &[String]) -> AppResult<()> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    for hash in hashes {
        recovery_code::ActiveModel {
            id: Set(Uuid::new_v4()),
            user_id: Set(user_id),
            code_hash: Set(hash.clone()),
            used_at: Set(None),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Uses a recovery code of the user; answers whether it was theirs and unused.
pub async fn use_recovery_code(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    code_hash: &str,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let result = recovery_code::Entity::update_many()
        .col_expr(recovery_code::Column::UsedAt, Expr::value(now))
        .filter(recovery_code::Column::UserId.eq(user_id))
        .filter(recovery_code::Column::CodeHash.eq(code_hash))
        .filter(recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Stores a sign-in waiting for its second factor.
pub async fn insert_challenge(db: &impl ConnectionTrait, row: challenge::Model) -> AppResult<()> {
    challenge::ActiveModel::from(row).insert(db).await?;
    Ok(())
}

/// The waiting sign-in with this token hash.
pub async fn find_challenge(db: &impl ConnectionTrait, token_hash: &str) -> AppResult<Option<challenge::Model>> {
    Ok(challenge::Entity::find()
        .filter(challenge::Column::TokenHash.eq(token_hash))
        .one(db)
        .await?)
}

/// Completes a waiting sign-in unless it was completed or expired meanwhile.
pub async fn use_challenge(db: &impl ConnectionTrait, id: Uuid, now: DateTime<Utc>) -> AppResult<bool> {
    let result = challenge::Entity::update_many()
        .col_expr(challenge::Column::UsedAt, Expr::value(now))
        .filter(challenge::Column::Id.eq(id))
        .filter(challenge::Column::UsedAt.is_null())
        .filter(challenge::Column::ExpiresAt.gt(now))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Deletes the waiting sign-ins that expired at or before `before`.
pub async fn prune_challenges(db: &impl ConnectionTrait, before: DateTime<Utc>) -> AppResult<u64> {
    let result = challenge::Entity::delete_many()
        .filter(challenge::Column::ExpiresAt.lte(before))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}
