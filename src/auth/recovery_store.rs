//! Persistence of the single-use links sent by email (`account_tokens`, only hashes) and
//! of the requests that sent them (`account_requests`, for the throttle).

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use uuid::Uuid;

use super::recovery_rules::TokenPurpose;
use crate::error::AppResult;

crate::stored_as_text!(TokenPurpose);

/// Entity of `account_tokens`.
pub mod account_token {
    use sea_orm::entity::prelude::*;

    use crate::auth::recovery_rules::TokenPurpose;

    /// A link sent to `email` for `purpose`, known only by its token's hash.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "account_tokens")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub user_id: Uuid,
        pub purpose: TokenPurpose,
        pub email: String,
        #[sea_orm(unique)]
        pub token_hash: String,
        pub created_at: DateTimeUtc,
        pub expires_at: DateTimeUtc,
        pub used_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Entity of `account_requests`.
pub mod account_request {
    use sea_orm::entity::prelude::*;

    /// One request that sends a link (whether or not an account has the email).
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "account_requests")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub email: String,
        pub client: String,
        pub requested_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Stores a new link.
pub async fn insert(db: &impl ConnectionTrait, row: account_token::Model) -> AppResult<account_token::Model> {
    Ok(account_token::ActiveModel::from(row).insert(db).await?)
}

/// The link whose token has this hash.
pub async fn find_by_hash(db: &impl ConnectionTrait, token_hash: &str) -> AppResult<Option<account_token::Model>> {
    Ok(account_token::Entity::find()
        .filter(account_token::Column::TokenHash.eq(token_hash))
        .one(db)
        .await?)
}

/// Uses a link unless it was used or expired meanwhile; answers whether this call used it
/// (two concurrent uses of one link cannot both succeed).
pub async fn use_token(db: &impl ConnectionTrait, id: Uuid, now: DateTime<Utc>) -> AppResult<bool> {
    let result = account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Expr::value(now))
        .filter(account_token::Column::Id.eq(id))
        .filter(account_token::Column::UsedAt.is_null())
        .filter(account_token::Column::ExpiresAt.gt(now))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Marks every unused link of a user for these purposes as used, so that only the newest
/// works (a new password makes older reset links useless).
pub async fn retire_links(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    purposes: &[TokenPurpose],
    now: DateTime<Utc>,
) -> AppResult<()> {
    let names: Vec<&str> = purposes.iter().map(|purpose| purpose.as_str()).collect();
    account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Expr::value(now))
        .filter(account_token::Column::UserId.eq(user_id))
        .filter(account_token::Column::Purpose.is_in(names))
        .filter(account_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Records a request that sends a link.
pub async fn record_request(db: &impl ConnectionTrait, email: &str, client: &str, now: DateTime<Utc>) -> AppResult<()> {
    account_request::ActiveModel {
        id: Set(Uuid::new_v4()),
        email: Set(email.to_owned()),
        client: Set(client.to_owned()),
        requested_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// At most this many requests are read per email and per client: the limits are lower.
const RECENT_REQUESTS_READ: u64 = 64;

/// The instants of the requests since `since` for `email` and from `client`.
pub async fn requests_since(
    db: &impl ConnectionTrait,
    email: &str,
    client: &str,
    since: DateTime<Utc>,
) -> AppResult<(Vec<DateTime<Utc>>, Vec<DateTime<Utc>>)> {
    let mut found = Vec::new();
    for filter in [
        account_request::Column::Email.eq(email),
        account_request::Column::Client.eq(client),
    ] {
        let instants: Vec<DateTime<Utc>> = account_request::Entity::find()
            .select_only()
            .column(account_request::Column::RequestedAt)
            .filter(
                Condition::all()
                    .add(filter)
                    .add(account_request::Column::RequestedAt.gt(since)),
            )
            .limit(RECENT_REQUESTS_READ)
            .into_tuple()
            .all(db)
            .await?;
        found.push(instants);
    }
    let client_requests = found.pop().unwrap_or_default();
    let email_requests = found.pop().unwrap_or_default();
    Ok((email_requests, client_requests))
}

/// Deletes the requests made at or before `requests_before` (out of the throttle's
/// window) and the links that expired at or before `links_before`; answers how many rows
/// went.
pub async fn prune(
    db: &impl ConnectionTrait,
    requests_before: DateTime<Utc>,
    links_before: DateTime<Utc>,
) -> AppResult<u64> {
    let requests = account_request::Entity::delete_many()
        .filter(account_request::Column::RequestedAt.lte(requests_before))
        .exec(db)
        .await?;
    let links = account_token::Entity::delete_many()
        .filter(account_token::Column::ExpiresAt.lte(links_before))
        .exec(db)
        .await?;
    Ok(requests.rows_affected + links.rows_affected)
}
