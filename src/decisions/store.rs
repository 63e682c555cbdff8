//! Persistence of decisions and appeals.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use super::rules::{AppealStatus, Outcome};
use crate::error::AppResult;

crate::stored_as_text!(Outcome);
crate::stored_as_text!(AppealStatus);

/// Entity of `decisions`.
pub mod decision {
    use sea_orm::entity::prelude::*;

    use crate::decisions::rules::Outcome;
    use crate::money::Currency;

    /// An award or rejection of an application.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "decisions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub application_id: Uuid,
        pub call_id: Uuid,
        pub outcome: Outcome,
        pub reason: String,
        pub amount: Option<i64>,
        pub currency: Currency,
        #[sea_orm(column_type = "JsonBinary")]
        pub tranches: Json,
        pub override_reason: Option<String>,
        pub decided_by: Uuid,
        pub decided_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Entity of `appeals`.
pub mod appeal {
    use sea_orm::entity::prelude::*;

    use crate::applications::rules::ApplicationStatus;
    use crate::decisions::rules::AppealStatus;

    /// An appeal of a rejection or an ineligibility.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "appeals")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub application_id: Uuid,
        pub appealed_from: ApplicationStatus,
        pub finding_made_at: DateTimeUtc,
        pub finding_made_by: Uuid,
        pub grounds: String,
        pub filed_by: Uuid,
        pub filed_at: DateTimeUtc,
        pub status: AppealStatus,
        pub resolution_reason: Option<String>,
        pub resolved_by: Option<Uuid>,
        pub resolved_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Inserts a decision.
pub async fn insert_decision(db: &impl ConnectionTrait, row: decision::Model) -> AppResult<decision::Model> {
    Ok(decision::ActiveModel::from(row).insert(db).await?)
}

/// The newest decision of each of these applications (one query).
pub async fn latest_decisions(
    db: &impl ConnectionTrait,
    application_ids: Vec<Uuid>,
) -> AppResult<Vec<decision::Model>> {
    let rows = decision::Entity::find()
        .filter(decision::Column::ApplicationId.is_in(application_ids))
        .order_by_desc(decision::Column::DecidedAt)
        .all(db)
        .await?;
    Ok(newest_per_application(rows, |row| row.application_id))
}

/// Locks the call's row until the transaction ends, so that two officers awarding at
/// once see each other's awards.
pub async fn lock_call(db: &impl ConnectionTrait, call_id: Uuid) -> AppResult<()> {
    Ok(crate::db::lock_row(db, "calls", call_id).await?)
}

/// Sum (ten-thousandths) of the amounts awarded in a call, computed in SQL.
pub async fn awarded_in_call(db: &impl ConnectionTrait, call_id: Uuid) -> AppResult<i64> {
    let total: Option<Option<i64>> = decision::Entity::find()
        .select_only()
        .expr(Expr::cust("CAST(COALESCE(SUM(amount), 0) AS BIGINT)"))
        .filter(decision::Column::CallId.eq(call_id))
        .filter(decision::Column::Outcome.eq(Outcome::Awarded))
        .into_tuple()
        .one(db)
        .await?;
    Ok(total.flatten().unwrap_or(0))
}

/// Inserts an appeal; a second appeal of one finding is a unique violation.
pub async fn insert_appeal(db: &impl ConnectionTrait, row: appeal::Model) -> Result<appeal::Model, sea_orm::DbErr> {
    appeal::ActiveModel::from(row).insert(db).await
}

/// The appeal with this id.
pub async fn find_appeal(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<appeal::Model>> {
    Ok(appeal::Entity::find_by_id(id).one(db).await?)
}

/// Appeals of an application, newest first.
pub async fn appeals_of(db: &impl ConnectionTrait, application_id: Uuid) -> AppResult<Vec<appeal::Model>> {
    Ok(appeal::Entity::find()
        .filter(appeal::Column::ApplicationId.eq(application_id))
        .order_by_desc(appeal::Column::FiledAt)
        .all(db)
        .await?)
}

/// The newest appeal of each of these applications (one query).
pub async fn latest_appeals(db: &impl ConnectionTrait, application_ids: Vec<Uuid>) -> AppResult<Vec<appeal::Model>> {
    let rows = appeal::Entity::find()
        .filter(appeal::Column::ApplicationId.is_in(application_ids))
        .order_by_desc(appeal::Column::FiledAt)
        .all(db)
        .await?;
    Ok(newest_per_application(rows, |row| row.application_id))
}

/// Records an appeal's resolution if it is still open; answers whether it was.
pub async fn resolve_appeal(
    db: &impl ConnectionTrait,
    id: Uuid,
    status: AppealStatus,
    reason: &str,
    resolved_by: Uuid,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let result = appeal::Entity::update_many()
        .col_expr(appeal::Column::Status, Expr::value(status))
        .col_expr(appeal::Column::ResolutionReason, Expr::value(reason))
        .col_expr(appeal::Column::ResolvedBy, Expr::value(resolved_by))
        .col_expr(appeal::Column::ResolvedAt, Expr::value(now))
        .filter(appeal::Column::Id.eq(id))
        .filter(appeal::Column::Status.eq(AppealStatus::Open))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Keeps the first row per application of rows sorted newest first.
fn newest_per_application<T>(rows: Vec<T>, application_of: impl Fn(&T) -> Uuid) -> Vec<T> {
    let mut seen = std::collections::HashSet::new();
    rows.into_iter()
        .filter(|row| seen.insert(application_of(row)))
        .collect()
}

/// Open appeals, oldest first (at most `limit`): the officers' queue.
pub async fn open_appeals(db: &impl ConnectionTrait, limit: u64) -> AppResult<Vec<appeal::Model>> {
    Ok(appeal::Entity::find()
        .filter(appeal::Column::Status.eq(AppealStatus::Open))
        .order_by_asc(appeal::Column::FiledAt)
        .limit(limit)
        .all(db)
        .await?)
}
