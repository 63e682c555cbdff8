//! Persistence of awards and their tranches.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select,
};
use uuid::Uuid;

use super::rules::{AwardStatus, ObligationStatus, ReportKind};
use crate::error::AppResult;
use crate::keyset::{self, Direction, Listed, PageRequest};

crate::stored_as_text!(AwardStatus);
crate::stored_as_text!(ObligationStatus);
crate::stored_as_text!(ReportKind);

/// Entity of `awards`.
pub mod award {
    use sea_orm::entity::prelude::*;

    use crate::awards::rules::AwardStatus;
    use crate::money::Currency;

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
        pub currency: Currency,
        pub status: AwardStatus,
        pub awarded_by: Uuid,
        pub awarded_at: DateTimeUtc,
        pub accepted_by: Option<Uuid>,
        pub accepted_at: Option<DateTimeUtc>,
        pub closed_by: Option<Uuid>,
        pub closed_at: Option<DateTimeUtc>,
        pub closure_reason: Option<String>,
        /// What a termination returned to the call's budget (the unpaid balance), in
        /// ten-thousandths; `None` unless terminated.
        pub released_amount: Option<i64>,
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
        pub obligation_id: Option<Uuid>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Entity of `reporting_obligations`.
pub mod obligation {
    use sea_orm::entity::prelude::*;

    use crate::awards::rules::{ObligationStatus, ReportKind};

    /// A report the organisation owes under its award.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "reporting_obligations")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub award_id: Uuid,
        pub number: i32,
        pub kind: ReportKind,
        pub due_on: Date,
        pub status: ObligationStatus,
        pub summary: Option<String>,
        pub submitted_by: Option<Uuid>,
        pub submitted_at: Option<DateTimeUtc>,
        pub note: Option<String>,
        pub received_by: Option<Uuid>,
        pub received_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Inserts an award with its reporting obligations and tranches.
pub async fn insert(
    db: &impl ConnectionTrait,
    row: award::Model,
    obligations: Vec<obligation::Model>,
    tranches: Vec<tranche::Model>,
) -> AppResult<award::Model> {
    let created = award::ActiveModel::from(row).insert(db).await?;
    for obligation in obligations {
        obligation::ActiveModel::from(obligation).insert(db).await?;
    }
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

/// The tranches of these awards (one query).
pub async fn tranches_of_many(db: &impl ConnectionTrait, award_ids: Vec<Uuid>) -> AppResult<Vec<tranche::Model>> {
    Ok(tranche::Entity::find()
        .filter(tranche::Column::AwardId.is_in(award_ids))
        .order_by_asc(tranche::Column::Number)
        .all(db)
        .await?)
}

/// The reporting obligations of these awards (one query).
pub async fn obligations_of_many(db: &impl ConnectionTrait, award_ids: Vec<Uuid>) -> AppResult<Vec<obligation::Model>> {
    Ok(obligation::Entity::find()
        .filter(obligation::Column::AwardId.is_in(award_ids))
        .order_by_asc(obligation::Column::Number)
        .all(db)
        .await?)
}

/// Records the acceptance of an award still pending; answers whether it was pending.
pub async fn accept(db: &impl ConnectionTrait, id: Uuid, by: Uuid, now: DateTime<Utc>) -> AppResult<bool> {
    let result = award::Entity::update_many()
        .col_expr(award::Column::Status, Expr::value(AwardStatus::Active))
        .col_expr(award::Column::AcceptedBy, Expr::value(by))
        .col_expr(award::Column::AcceptedAt, Expr::value(now))
        .filter(award::Column::Id.eq(id))
        .filter(award::Column::Status.eq(AwardStatus::PendingAcceptance))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// The reporting obligations of an award, in order.
pub async fn obligations_of(db: &impl ConnectionTrait, award_id: Uuid) -> AppResult<Vec<obligation::Model>> {
    Ok(obligation::Entity::find()
        .filter(obligation::Column::AwardId.eq(award_id))
        .order_by_asc(obligation::Column::Number)
        .all(db)
        .await?)
}

/// The reporting obligation with this id.
pub async fn find_obligation(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<obligation::Model>> {
    Ok(obligation::Entity::find_by_id(id).one(db).await?)
}

/// The tranche with this id.
pub async fn find_tranche(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<tranche::Model>> {
    Ok(tranche::Entity::find_by_id(id).one(db).await?)
}

/// Saves a changed reporting obligation.
pub async fn update_obligation(db: &impl ConnectionTrait, row: obligation::Model) -> AppResult<obligation::Model> {
    Ok(obligation::ActiveModel::from(row).reset_all().update(db).await?)
}

/// Closes an award (completed or terminated) if it is still in `from`; answers whether it was.
pub async fn close(
    db: &impl ConnectionTrait,
    id: Uuid,
    (from, to): (AwardStatus, AwardStatus),
    by: Uuid,
    reason: Option<String>,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let result = award::Entity::update_many()
        .col_expr(award::Column::Status, Expr::value(to))
        .col_expr(award::Column::ClosedBy, Expr::value(by))
        .col_expr(award::Column::ClosedAt, Expr::value(now))
        .col_expr(award::Column::ClosureReason, Expr::value(reason))
        .filter(award::Column::Id.eq(id))
        .filter(award::Column::Status.eq(from))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Records what a termination returned to the call's budget.
pub async fn record_release(db: &impl ConnectionTrait, id: Uuid, released: i64) -> AppResult<()> {
    award::Entity::update_many()
        .col_expr(award::Column::ReleasedAmount, Expr::value(released))
        .filter(award::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// What the call's terminated awards returned to its budget, in ten-thousandths.
pub async fn released_in_call(db: &impl ConnectionTrait, call_id: Uuid) -> AppResult<i64> {
    let total: Option<Option<i64>> = award::Entity::find()
        .select_only()
        .expr(Expr::cust("CAST(COALESCE(SUM(released_amount), 0) AS BIGINT)"))
        .filter(award::Column::CallId.eq(call_id))
        .into_tuple()
        .one(db)
        .await?;
    Ok(total.flatten().unwrap_or(0))
}

/// Which awards a list shows.
#[derive(Debug, Default)]
pub struct AwardFilter {
    /// Only in this state.
    pub status: Option<AwardStatus>,
    /// Only of this call.
    pub call_id: Option<Uuid>,
    /// Only of this organisation.
    pub organisation_id: Option<Uuid>,
    /// Only of these organisations (the caller's, when the caller is not staff).
    pub only_organisations: Option<Vec<Uuid>>,
}

/// The award list's query, newest first (`awarded_at DESC, id`), after `after` when given;
/// served by the indexes `(…, awarded_at DESC, id)` of migration 37.
pub fn list_query(filter: &AwardFilter, after: Option<(DateTime<Utc>, Uuid)>) -> Select<award::Entity> {
    let mut query = award::Entity::find();
    if let Some(status) = filter.status {
        query = query.filter(award::Column::Status.eq(status));
    }
    if let Some(call_id) = filter.call_id {
        query = query.filter(award::Column::CallId.eq(call_id));
    }
    if let Some(organisation_id) = filter.organisation_id {
        query = query.filter(award::Column::OrganisationId.eq(organisation_id));
    }
    if let Some(ids) = &filter.only_organisations {
        query = query.filter(award::Column::OrganisationId.is_in(ids.clone()));
    }
    if let Some((awarded_at, id)) = after {
        query = query.filter(keyset::after_pair(
            award::Column::AwardedAt,
            Direction::Desc,
            awarded_at,
            award::Column::Id,
            id,
        ));
    }
    query
        .order_by_desc(award::Column::AwardedAt)
        .order_by_asc(award::Column::Id)
}

/// A page of awards, newest first (keyset by `cursor`), counted when asked.
pub async fn list_page(
    db: &impl ConnectionTrait,
    filter: &AwardFilter,
    page: &PageRequest,
) -> AppResult<Listed<award::Model>> {
    keyset::fetch(
        db,
        page,
        |after| list_query(filter, after),
        |row| (row.awarded_at, row.id),
    )
    .await
}

/// A page of awards, newest first, with the total matching.
pub async fn list(
    db: &impl ConnectionTrait,
    filter: AwardFilter,
    (limit, offset): (u64, u64),
) -> AppResult<(Vec<award::Model>, u64)> {
    Ok(list_page(db, &filter, &PageRequest::counted(limit, offset))
        .await?
        .into_counted())
}
