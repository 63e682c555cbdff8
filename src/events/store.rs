//! Persistence of events.

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::rules::EventStatus;
use crate::error::AppResult;

crate::stored_as_text!(EventStatus);
crate::stored_as_text!(super::rules::DsaSource);

/// Entity of `events`.
pub mod event {
    use sea_orm::entity::prelude::*;

    use crate::events::rules::{DsaSource, EventStatus};
    use crate::money::Currency;

    /// A conference whose travel the office sponsors; amounts as ten-thousandths.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "events")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub name: String,
        pub description: String,
        pub city: String,
        pub country: String,
        pub venue: String,
        pub starts_on: Date,
        pub ends_on: Date,
        pub request_deadline: DateTimeUtc,
        pub currency: Currency,
        pub sponsorship_budget: i64,
        pub dsa_rate: i64,
        pub dsa_source: DsaSource,
        pub dsa_override_reason: Option<String>,
        pub terminal_expense: i64,
        #[sea_orm(column_type = "JsonBinary")]
        pub exchange_rates: Json,
        pub advance_percent: i32,
        pub travel_days_before: i32,
        pub travel_days_after: i32,
        /// A JSON array of city names (text, so the column has a default on both engines).
        pub local_area: String,
        pub status: EventStatus,
        pub created_by: Uuid,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Inserts an event.
pub async fn insert(db: &impl ConnectionTrait, row: event::Model) -> AppResult<event::Model> {
    crate::db::bump_public_changes(db).await?;
    Ok(event::ActiveModel::from(row).insert(db).await?)
}

/// The event with this id.
pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<event::Model>> {
    Ok(event::Entity::find_by_id(id).one(db).await?)
}

/// The events with these ids (one query).
pub async fn find_many(db: &impl ConnectionTrait, ids: Vec<Uuid>) -> AppResult<Vec<event::Model>> {
    Ok(event::Entity::find()
        .filter(event::Column::Id.is_in(ids))
        .all(db)
        .await?)
}

/// Moves an event from `from` to `to` if it is still in `from`; answers whether it was.
pub async fn change_status(db: &impl ConnectionTrait, id: Uuid, from: EventStatus, to: EventStatus) -> AppResult<bool> {
    let result = event::Entity::update_many()
        .col_expr(event::Column::Status, Expr::value(to.as_str()))
        .filter(event::Column::Id.eq(id))
        .filter(event::Column::Status.eq(from.as_str()))
        .exec(db)
        .await?;
    crate::db::bump_public_changes(db).await?;
    Ok(result.rows_affected == 1)
}

/// A page of events in these statuses, soonest first, with the total.
pub async fn list(
    db: &impl ConnectionTrait,
    statuses: &[EventStatus],
    (limit, offset): (u64, u64),
) -> AppResult<(Vec<event::Model>, u64)> {
    let query =
        event::Entity::find().filter(event::Column::Status.is_in(statuses.iter().map(|status| status.as_str())));
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_asc(event::Column::StartsOn)
        .order_by_asc(event::Column::Id)
        .limit(limit)
        .offset(offset)
        .all(db)
        .await?;
    Ok((rows, total))
}
