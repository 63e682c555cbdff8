//! Persistence of sponsorship requests.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use super::rules::SponsorshipStatus;
use crate::error::AppResult;

/// Entity of `sponsorship_requests`.
pub mod request {
    use sea_orm::entity::prelude::*;

    /// A request to sponsor one traveller to one event; amounts as ten-thousandths.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sponsorship_requests")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub event_id: Uuid,
        pub organisation_id: Uuid,
        pub traveller_name: String,
        pub traveller_key: String,
        pub gender: String,
        pub age_band: String,
        pub role: String,
        pub nationality: String,
        pub origin_city: String,
        pub origin_country: String,
        pub airfare_estimate: i64,
        pub airfare_currency: String,
        pub arrival_on: Date,
        pub departure_on: Date,
        pub nights: i32,
        pub entitlement: i64,
        #[sea_orm(column_type = "JsonBinary")]
        pub breakdown: Json,
        pub status: String,
        pub decision_reason: Option<String>,
        pub decided_by: Option<Uuid>,
        pub decided_at: Option<DateTimeUtc>,
        pub waitlisted_at: Option<DateTimeUtc>,
        pub requested_by: Uuid,
        pub requested_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Inserts a request; a traveller already requested for the event is a unique violation.
pub async fn insert(db: &impl ConnectionTrait, row: request::Model) -> Result<request::Model, sea_orm::DbErr> {
    request::ActiveModel::from(row).insert(db).await
}

/// The request with this id.
pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<request::Model>> {
    Ok(request::Entity::find_by_id(id).one(db).await?)
}

/// The requests of an event (all, or of these organisations), oldest first.
pub async fn of_event(
    db: &impl ConnectionTrait,
    event_id: Uuid,
    only_organisations: Option<Vec<Uuid>>,
) -> AppResult<Vec<request::Model>> {
    let mut query = request::Entity::find().filter(request::Column::EventId.eq(event_id));
    if let Some(ids) = only_organisations {
        query = query.filter(request::Column::OrganisationId.is_in(ids));
    }
    Ok(query
        .order_by_asc(request::Column::RequestedAt)
        .order_by_asc(request::Column::Id)
        .all(db)
        .await?)
}

/// Sum (ten-thousandths) of the entitlements holding the event's budget, in SQL.
pub async fn committed_on_event(db: &impl ConnectionTrait, event_id: Uuid) -> AppResult<i64> {
    let holding: Vec<&str> = SponsorshipStatus::ALL
        .into_iter()
        .filter(|status| status.holds_budget())
        .map(|status| status.as_str())
        .collect();
    let total: Option<Option<i64>> = request::Entity::find()
        .select_only()
        .expr(Expr::cust("CAST(COALESCE(SUM(entitlement), 0) AS BIGINT)"))
        .filter(request::Column::EventId.eq(event_id))
        .filter(request::Column::Status.is_in(holding))
        .into_tuple()
        .one(db)
        .await?;
    Ok(total.flatten().unwrap_or(0))
}

/// The waitlist of an event, in the order requests were waitlisted.
pub async fn waitlist(db: &impl ConnectionTrait, event_id: Uuid) -> AppResult<Vec<request::Model>> {
    Ok(request::Entity::find()
        .filter(request::Column::EventId.eq(event_id))
        .filter(request::Column::Status.eq(SponsorshipStatus::Waitlisted.as_str()))
        .order_by_asc(request::Column::WaitlistedAt)
        .order_by_asc(request::Column::Id)
        .all(db)
        .await?)
}

/// Records a decision or cancellation if the request is still in `from`; answers whether it was.
pub async fn change_status(
    db: &impl ConnectionTrait,
    id: Uuid,
    (from, to): (SponsorshipStatus, SponsorshipStatus),
    (by, reason): (Uuid, &str),
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let mut update = request::Entity::update_many()
        .col_expr(request::Column::Status, Expr::value(to.as_str()))
        .col_expr(request::Column::DecisionReason, Expr::value(reason))
        .col_expr(request::Column::DecidedBy, Expr::value(by))
        .col_expr(request::Column::DecidedAt, Expr::value(now));
    if to == SponsorshipStatus::Waitlisted {
        update = update.col_expr(request::Column::WaitlistedAt, Expr::value(now));
    }
    let result = update
        .filter(request::Column::Id.eq(id))
        .filter(request::Column::Status.eq(from.as_str()))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}
