//! Persistence of users, roles, refresh tokens and failed logins.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    Set,
};
use uuid::Uuid;

use super::rules::Role;
use crate::error::AppResult;

/// Entity of `users`.
pub mod user {
    use sea_orm::entity::prelude::*;

    /// A person who can sign in.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "users")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        #[sea_orm(unique)]
        pub email: String,
        pub password_hash: String,
        pub full_name: String,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Entity of `user_roles`.
pub mod user_role {
    use sea_orm::entity::prelude::*;

    /// One role held by one user.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "user_roles")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: Uuid,
        #[sea_orm(primary_key, auto_increment = false)]
        pub role: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Entity of `refresh_tokens`.
pub mod refresh_token {
    use sea_orm::entity::prelude::*;

    /// A refresh token, known only by its hash.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "refresh_tokens")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub user_id: Uuid,
        #[sea_orm(unique)]
        pub token_hash: String,
        pub created_at: DateTimeUtc,
        pub expires_at: DateTimeUtc,
        pub revoked_at: Option<DateTimeUtc>,
        pub replaced_by: Option<Uuid>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Entity of `login_failures`.
pub mod login_failure {
    use sea_orm::entity::prelude::*;

    /// One failed login for an email.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "login_failures")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub email: String,
        pub failed_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The user with this (normalised) email.
pub async fn find_user_by_email(db: &impl ConnectionTrait, email: &str) -> AppResult<Option<user::Model>> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await?)
}

/// The user with this id.
pub async fn find_user(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<user::Model>> {
    Ok(user::Entity::find_by_id(id).one(db).await?)
}

/// The roles of a user, sorted.
pub async fn roles_of(db: &impl ConnectionTrait, user_id: Uuid) -> AppResult<Vec<Role>> {
    let rows = user_role::Entity::find()
        .filter(user_role::Column::UserId.eq(user_id))
        .all(db)
        .await?;
    let mut roles: Vec<Role> = rows.iter().filter_map(|row| Role::parse(&row.role)).collect();
    roles.sort();
    Ok(roles)
}

/// Inserts a user with its roles.
pub async fn insert_user(
    db: &impl ConnectionTrait,
    user: user::Model,
    roles: &[Role],
) -> Result<user::Model, sea_orm::DbErr> {
    let user_id = user.id;
    let inserted = user::ActiveModel::from(user).insert(db).await?;
    for role in roles {
        user_role::ActiveModel {
            user_id: Set(user_id),
            role: Set(role.as_str().to_owned()),
        }
        .insert(db)
        .await?;
    }
    Ok(inserted)
}

/// One page of users, optionally holding a role, ordered by name.
pub async fn list_users(
    db: &impl ConnectionTrait,
    role: Option<Role>,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<(user::Model, Vec<Role>)>, u64)> {
    let mut query = user::Entity::find();
    if let Some(role) = role {
        query = query.filter(
            user::Column::Id.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(user_role::Column::UserId)
                    .from(user_role::Entity)
                    .and_where(user_role::Column::Role.eq(role.as_str()))
                    .to_owned(),
            ),
        );
    }
    let total = query.clone().count(db).await?;
    let users = query
        .order_by_asc(user::Column::FullName)
        .order_by_asc(user::Column::Id)
        .limit(limit)
        .offset(offset)
        .all(db)
        .await?;
    let ids: Vec<Uuid> = users.iter().map(|user| user.id).collect();
    let role_rows = user_role::Entity::find()
        .filter(user_role::Column::UserId.is_in(ids))
        .all(db)
        .await?;
    let items = users
        .into_iter()
        .map(|user| {
            let mut roles: Vec<Role> = role_rows
                .iter()
                .filter(|row| row.user_id == user.id)
                .filter_map(|row| Role::parse(&row.role))
                .collect();
            roles.sort();
            (user, roles)
        })
        .collect();
    Ok((items, total))
}

/// Ids and instants of the failed logins for an email since `since`.
pub async fn failures_since(
    db: &impl ConnectionTrait,
    email: &str,
    since: DateTime<Utc>,
) -> AppResult<Vec<(Uuid, DateTime<Utc>)>> {
    let rows = login_failure::Entity::find()
        .filter(login_failure::Column::Email.eq(email))
        .filter(login_failure::Column::FailedAt.gt(since))
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|row| (row.id, row.failed_at)).collect())
}

/// Records a login attempt as failed; answers its id.
pub async fn record_failure(db: &impl ConnectionTrait, email: &str, now: DateTime<Utc>) -> AppResult<Uuid> {
    let id = Uuid::new_v4();
    login_failure::ActiveModel {
        id: Set(id),
        email: Set(email.to_owned()),
        failed_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(id)
}

/// Forgets an attempt that turned out not to be a failure.
pub async fn forget_failure(db: &impl ConnectionTrait, id: Uuid) -> AppResult<()> {
    login_failure::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// Stores a new refresh token's hash.
pub async fn insert_refresh_token(db: &impl ConnectionTrait, token: refresh_token::Model) -> AppResult<()> {
    refresh_token::ActiveModel::from(token).insert(db).await?;
    Ok(())
}

/// The refresh token with this hash.
pub async fn find_refresh_token(
    db: &impl ConnectionTrait,
    token_hash: &str,
) -> AppResult<Option<refresh_token::Model>> {
    Ok(refresh_token::Entity::find()
        .filter(refresh_token::Column::TokenHash.eq(token_hash))
        .one(db)
        .await?)
}

/// Revokes a token unless it is already revoked; answers whether this call revoked it
/// (so two concurrent refreshes with one token cannot both succeed).
pub async fn revoke_refresh_token(
    db: &impl ConnectionTrait,
    id: Uuid,
    replaced_by: Option<Uuid>,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let result = refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::RevokedAt, Expr::value(now))
        .col_expr(refresh_token::Column::ReplacedBy, Expr::value(replaced_by))
        .filter(refresh_token::Column::Id.eq(id))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Revokes every live refresh token of a user.
pub async fn revoke_all_refresh_tokens(db: &impl ConnectionTrait, user_id: Uuid, now: DateTime<Utc>) -> AppResult<u64> {
    let result = refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::RevokedAt, Expr::value(now))
        .filter(refresh_token::Column::UserId.eq(user_id))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

/// The users with these ids (one query, for names in lists).
pub async fn find_users(db: &impl ConnectionTrait, ids: Vec<Uuid>) -> AppResult<Vec<user::Model>> {
    Ok(user::Entity::find().filter(user::Column::Id.is_in(ids)).all(db).await?)
}
