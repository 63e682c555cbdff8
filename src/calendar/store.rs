//! Persistence of calendar feeds: one token per user, stored as its SHA-256.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Statement};
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

/// A tranche of one of the user's organisations' awards still to be paid (in whole or in
/// part) on or after a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedTranche {
    /// The tranche.
    pub id: Uuid,
    /// Its number within the award.
    pub number: i32,
    /// The award's reference.
    pub award: String,
    /// Its amount, in ten-thousandths of the award's currency.
    pub amount: i64,
    /// The award's currency code.
    pub currency: String,
    /// When it is due.
    pub due_on: chrono::NaiveDate,
}

/// The tranches of active (or accepted-pending) awards of the user's organisations due on
/// or after `from` and not paid in full yet, as one query.
pub async fn expected_tranches(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    from: chrono::NaiveDate,
) -> AppResult<Vec<ExpectedTranche>> {
    let sql = "SELECT t.id AS id, t.number AS number, w.reference AS award, t.amount AS amount, \
               w.currency AS currency, t.due_on AS due_on \
               FROM award_tranches t \
               JOIN awards w ON w.id = t.award_id \
               JOIN organisation_members m ON m.organisation_id = w.organisation_id \
               WHERE m.user_id = $1 AND t.due_on >= $2 AND w.status IN ('pending_acceptance', 'active') \
               AND COALESCE((SELECT SUM(d.counted_amount) FROM disbursements d \
                   WHERE d.tranche_id = t.id AND d.status = 'paid'), 0) < t.amount";
    let statement = Statement::from_sql_and_values(db.get_database_backend(), sql, [user_id.into(), from.into()]);
    let rows = db.query_all_raw(statement).await?;
    rows.iter()
        .map(|row| {
            Ok(ExpectedTranche {
                id: row.try_get("", "id")?,
                number: row.try_get("", "number")?,
                award: row.try_get("", "award")?,
                amount: row.try_get("", "amount")?,
                currency: row.try_get("", "currency")?,
                due_on: row.try_get("", "due_on")?,
            })
        })
        .collect()
}

/// An approved trip of one of the user's organisations' travellers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovedTrip {
    /// The sponsorship request.
    pub id: Uuid,
    /// The traveller's name.
    pub traveller: String,
    /// The event's name.
    pub event: String,
    /// The day of arrival.
    pub arrival_on: chrono::NaiveDate,
    /// The day of departure.
    pub departure_on: chrono::NaiveDate,
}

/// The approved sponsorships of the user's organisations whose departure day is on or
/// after `from`, as one query.
pub async fn approved_trips(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    from: chrono::NaiveDate,
) -> AppResult<Vec<ApprovedTrip>> {
    let sql = "SELECT s.id AS id, s.traveller_name AS traveller, e.name AS event, \
               s.arrival_on AS arrival_on, s.departure_on AS departure_on \
               FROM sponsorship_requests s \
               JOIN events e ON e.id = s.event_id \
               JOIN organisation_members m ON m.organisation_id = s.organisation_id \
               WHERE m.user_id = $1 AND s.status = 'approved' AND s.departure_on >= $2";
    let statement = Statement::from_sql_and_values(db.get_database_backend(), sql, [user_id.into(), from.into()]);
    let rows = db.query_all_raw(statement).await?;
    rows.iter()
        .map(|row| {
            Ok(ApprovedTrip {
                id: row.try_get("", "id")?,
                traveller: row.try_get("", "traveller")?,
                event: row.try_get("", "event")?,
                arrival_on: row.try_get("", "arrival_on")?,
                departure_on: row.try_get("", "departure_on")?,
            })
        })
        .collect()
}
