//! Persistence of awards and their tranches.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::rules::AwardStatus;
use crate::error::AppResult;

/// Entity of `awards`.
pub mod award {
    use sea_orm::entity::prelude::*;

    /// An award; the amount is stored as ten-thousandths (see `money`).
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "awards")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        #[sea_orm(unique)]
        pub reference: String,
        #[sea_orm(unique)]
        pub application_id: Uuid,
        pub decision_id: Uuid,
        pub call_id: Uuid,
        pub organisation_id: Uuid,
        pub amount: i64,
        pub currency: String,
        pub status: String,
        pub awarded_by: Uuid,
        pub awarded_at: DateTimeUtc,
        pub accepted_by: Option<Uuid>,
        pub accepted_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Entity of `award_tranches`.
pub mod tranche {
    use sea_orm::entity::prelude::*;

    /// A tranche of an award.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "award_tranches")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub award_id: Uuid,
        pub number: i32,
        pub amount: i64,
        pub percent: Option<String>,
        pub due_on: Date,
        pub condition: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Inserts an award with its tranches.
pub async fn insert(
    db: &impl ConnectionTrait,
    row: award::Model,
    tranches: Vec<tranche::Model>,
) -> AppResult<award::Model> {
    let created = award::ActiveModel::from(row).insert(db).await?;
    for tranche in tranches {
        tranche::ActiveModel::from(tranche).insert(db).await?;
    }
    Ok(created)
}

/// The award with this id.
pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<award::Model>> {
    Ok(award::Entity::find_by_id(id).one(db).await?)
}

/// The awards made by these decisions (one query).
pub async fn of_decisions(db: &impl ConnectionTrait, decision_ids: Vec<Uuid>) -> AppResult<Vec<award::Model>> {
    Ok(award::Entity::find()
        .filter(award::Column::DecisionId.is_in(decision_ids))
        .all(db)
        .await?)
}

/// The tranches of an award, in order.
pub async fn tranches_of(db: &impl ConnectionTrait, award_id: Uuid) -> AppResult<Vec<tranche::Model>> {
    Ok(tranche::Entity::find()
        .filter(tranche::Column::AwardId.eq(award_id))
        .order_by_asc(tranche::Column::Number)
        .all(db)
        .await?)
}

/// Records the acceptance of an award still pending; answers whether it was pending.
pub async fn accept(db: &impl ConnectionTrait, id: Uuid, by: Uuid, now: DateTime<Utc>) -> AppResult<bool> {
    let result = award::Entity::update_many()
        .col_expr(award::Column::Status, Expr::value(AwardStatus::Active.as_str()))
        .col_expr(award::Column::AcceptedBy, Expr::value(by))
        .col_expr(award::Column::AcceptedAt, Expr::value(now))
        .filter(award::Column::Id.eq(id))
        .filter(award::Column::Status.eq(AwardStatus::PendingAcceptance.as_str()))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}
