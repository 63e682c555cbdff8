//! Persistence of disbursements. Amounts are stored as ten-thousandths (see `money`);
//! sums run in SQL.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select,
};
use uuid::Uuid;

use super::rules::{DisbursementStatus, SourceKind, Totals};
use crate::error::AppResult;
use crate::keyset::{self, Direction, Listed, PageRequest};
use crate::money;
use crate::sponsorships::payments::Purpose;

crate::stored_as_text!(DisbursementStatus);
crate::stored_as_text!(SourceKind);
crate::stored_as_text!(Purpose);

/// Entity of `disbursements`.
pub mod disbursement {
    use sea_orm::entity::prelude::*;

    use crate::disbursements::rules::{DisbursementStatus, SourceKind};
    use crate::money::Currency;
    use crate::sponsorships::payments::Purpose;

    /// A disbursement against an award (tranche) or a sponsorship.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "disbursements")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub source_kind: SourceKind,
        pub award_id: Option<Uuid>,
        pub tranche_id: Option<Uuid>,
        pub sponsorship_id: Option<Uuid>,
        pub organisation_id: Uuid,
        pub call_id: Option<Uuid>,
        pub amount: i64,
        pub currency: Currency,
        pub fx_rate: Option<String>,
        pub counted_amount: i64,
        pub counted_currency: Currency,
        pub payee_reference: String,
        pub status: DisbursementStatus,
        pub requested_by: Uuid,
        pub requested_at: DateTimeUtc,
        pub requested_on: Date,
        pub requested_month: String,
        pub approved_by: Option<Uuid>,
        pub approved_at: Option<DateTimeUtc>,
        pub override_reason: Option<String>,
        pub paid_by: Option<Uuid>,
        pub paid_at: Option<DateTimeUtc>,
        pub paid_on: Option<Date>,
        pub payment_reference: Option<String>,
        pub cancelled_by: Option<Uuid>,
        pub cancelled_at: Option<DateTimeUtc>,
        pub cancel_reason: Option<String>,
        pub idempotency_key: Option<String>,
        pub request_fingerprint: Option<String>,
        pub purpose: Option<Purpose>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Inserts a disbursement; a repeated idempotency key of one requester is a unique violation.
pub async fn insert(
    db: &impl ConnectionTrait,
    row: disbursement::Model,
) -> Result<disbursement::Model, sea_orm::DbErr> {
    disbursement::ActiveModel::from(row).insert(db).await
}

/// The disbursement with this id.
pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<disbursement::Model>> {
    Ok(disbursement::Entity::find_by_id(id).one(db).await?)
}

/// The disbursement a requester made with this idempotency key.
pub async fn find_by_key(
    db: &impl ConnectionTrait,
    requested_by: Uuid,
    key: &str,
) -> AppResult<Option<disbursement::Model>> {
    Ok(disbursement::Entity::find()
        .filter(disbursement::Column::RequestedBy.eq(requested_by))
        .filter(disbursement::Column::IdempotencyKey.eq(key))
        .one(db)
        .await?)
}

/// Who requested each of these disbursements (one query), for the approval queue that shows
/// its reader which requests are their own.
pub async fn requesters(db: &impl ConnectionTrait, ids: Vec<Uuid>) -> AppResult<std::collections::HashMap<Uuid, Uuid>> {
    if ids.is_empty() {
        return Ok(std::collections::HashMap::new());
    }
    let rows: Vec<(Uuid, Uuid)> = disbursement::Entity::find()
        .select_only()
        .column(disbursement::Column::Id)
        .column(disbursement::Column::RequestedBy)
        .filter(disbursement::Column::Id.is_in(ids))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// What a disbursement pays: an award or a sponsorship.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// An award (and perhaps one of its tranches).
    Award(Uuid),
    /// A travel sponsorship.
    Sponsorship(Uuid),
}

impl Source {
    /// `award` or `sponsorship`, as stored in `source_kind`.
    pub fn kind(self) -> SourceKind {
        match self {
            Self::Award(_) => SourceKind::Award,
            Self::Sponsorship(_) => SourceKind::Sponsorship,
        }
    }

    /// The award's or sponsorship's id.
    pub fn id(self) -> Uuid {
        match self {
            Self::Award(id) | Self::Sponsorship(id) => id,
        }
    }

    /// The condition selecting the source's disbursements.
    fn condition(self) -> sea_orm::Condition {
        let expression = match self {
            Self::Award(id) => disbursement::Column::AwardId.eq(id),
            Self::Sponsorship(id) => disbursement::Column::SponsorshipId.eq(id),
        };
        sea_orm::Condition::all().add(expression)
    }
}

/// Totals of a source's disbursements by status in the source's currency, overall and per
/// tranche (one query).
pub async fn totals_of(
    db: &impl ConnectionTrait,
    source: Source,
) -> AppResult<(Totals, std::collections::HashMap<Uuid, Totals>)> {
    let rows: Vec<(Option<Uuid>, DisbursementStatus, i64, i64)> = disbursement::Entity::find()
        .select_only()
        .column(disbursement::Column::TrancheId)
        .column(disbursement::Column::Status)
        .expr(Expr::cust("CAST(COALESCE(SUM(counted_amount), 0) AS BIGINT)"))
        .expr(Expr::cust("CAST(COUNT(*) AS BIGINT)"))
        .filter(source.condition())
        .group_by(disbursement::Column::TrancheId)
        .group_by(disbursement::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let mut overall = Totals::default();
    let mut per_tranche: std::collections::HashMap<Uuid, Totals> = std::collections::HashMap::new();
    for (tranche, status, sum, count) in rows {
        let amount = money::from_stored(sum);
        let count = u64::try_from(count).unwrap_or(0);
        overall.add(status, amount, count);
        if let Some(tranche) = tranche {
            per_tranche.entry(tranche).or_default().add(status, amount, count);
        }
    }
    Ok((overall, per_tranche))
}

/// Totals of an award's disbursements, overall and per tranche.
pub async fn totals_of_award(
    db: &impl ConnectionTrait,
    award_id: Uuid,
) -> AppResult<(Totals, std::collections::HashMap<Uuid, Totals>)> {
    totals_of(db, Source::Award(award_id)).await
}

/// What changes with a disbursement's status.
#[derive(Debug, Default)]
pub struct Change {
    /// Approver, with the override reason of an unmet tranche condition.
    pub approved: Option<(Uuid, Option<String>)>,
    /// Payer, payment date and reference.
    pub paid: Option<(Uuid, NaiveDate, String)>,
    /// Who cancelled and why.
    pub cancelled: Option<(Uuid, String)>,
}

/// Moves a disbursement from `from` to `to` with its stamps, if it is still in `from`;
/// answers whether it was (so a concurrent change is never overwritten).
pub async fn change_status(
    db: &impl ConnectionTrait,
    id: Uuid,
    (from, to): (DisbursementStatus, DisbursementStatus),
    change: Change,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let mut update = disbursement::Entity::update_many()
        .col_expr(disbursement::Column::Status, Expr::value(to))
        .filter(disbursement::Column::Id.eq(id))
        .filter(disbursement::Column::Status.eq(from));
    if let Some((by, reason)) = change.approved {
        update = update
            .col_expr(disbursement::Column::ApprovedBy, Expr::value(by))
            .col_expr(disbursement::Column::ApprovedAt, Expr::value(now))
            .col_expr(disbursement::Column::OverrideReason, Expr::value(reason));
    }
    if let Some((by, paid_on, reference)) = change.paid {
        update = update
            .col_expr(disbursement::Column::PaidBy, Expr::value(by))
            .col_expr(disbursement::Column::PaidAt, Expr::value(now))
            .col_expr(disbursement::Column::PaidOn, Expr::value(paid_on))
            .col_expr(disbursement::Column::PaymentReference, Expr::value(reference));
    }
    if let Some((by, reason)) = change.cancelled {
        update = update
            .col_expr(disbursement::Column::CancelledBy, Expr::value(by))
            .col_expr(disbursement::Column::CancelledAt, Expr::value(now))
            .col_expr(disbursement::Column::CancelReason, Expr::value(reason));
    }
    Ok(update.exec(db).await?.rows_affected == 1)
}

/// Which disbursements a list shows.
#[derive(Debug, Default, Clone, Copy)]
pub struct Filter {
    /// Only these of one award or sponsorship.
    pub source: Option<Source>,
    /// Only in this status.
    pub status: Option<DisbursementStatus>,
}

/// The disbursement list's query, oldest request first (`requested_at, id`), after
/// `after` when given; served by the indexes `(…, requested_at, id)` of migration 37.
pub fn list_query(filter: Filter, after: Option<(DateTime<Utc>, Uuid)>) -> Select<disbursement::Entity> {
    let mut query = disbursement::Entity::find();
    if let Some(source) = filter.source {
        query = query.filter(source.condition());
    }
    if let Some(status) = filter.status {
        query = query.filter(disbursement::Column::Status.eq(status));
    }
    if let Some((requested_at, id)) = after {
        query = query.filter(keyset::after_pair(
            disbursement::Column::RequestedAt,
            Direction::Asc,
            requested_at,
            disbursement::Column::Id,
            id,
        ));
    }
    query
        .order_by_asc(disbursement::Column::RequestedAt)
        .order_by_asc(disbursement::Column::Id)
}

/// A page of disbursements, oldest request first (keyset by `cursor`), counted on the
/// first page.
pub async fn list_page(
    db: &impl ConnectionTrait,
    filter: Filter,
    page: &PageRequest,
) -> AppResult<Listed<disbursement::Model>> {
    keyset::fetch(
        db,
        page,
        |after| list_query(filter, after),
        |row| (row.requested_at, row.id),
    )
    .await
}

/// A page of disbursements, oldest request first, with the total matching.
pub async fn list(
    db: &impl ConnectionTrait,
    filter: Filter,
    (limit, offset): (u64, u64),
) -> AppResult<(Vec<disbursement::Model>, u64)> {
    Ok(list_page(db, filter, &PageRequest::counted(limit, offset))
        .await?
        .into_counted())
}

/// Sum (ten-thousandths, in the awards' currency) of what has been paid against the awards
/// of a call, computed in SQL.
pub async fn paid_in_call(db: &impl ConnectionTrait, call_id: Uuid) -> AppResult<i64> {
    let total: Option<Option<i64>> = disbursement::Entity::find()
        .select_only()
        .expr(Expr::cust("CAST(COALESCE(SUM(counted_amount), 0) AS BIGINT)"))
        .filter(disbursement::Column::CallId.eq(call_id))
        .filter(disbursement::Column::Status.eq(DisbursementStatus::Paid))
        .into_tuple()
        .one(db)
        .await?;
    Ok(total.flatten().unwrap_or(0))
}

/// Sums (ten-thousandths, in each event's currency) of what has been paid against the
/// sponsorships of these events, by event, computed in SQL (one query).
pub async fn paid_on_events(
    db: &impl ConnectionTrait,
    event_ids: Vec<Uuid>,
) -> AppResult<std::collections::HashMap<Uuid, i64>> {
    use crate::sponsorships::store::request;
    use sea_orm::JoinType;
    let sponsorship = sea_orm::RelationDef::from(
        disbursement::Entity::belongs_to(request::Entity)
            .from(disbursement::Column::SponsorshipId)
            .to(request::Column::Id),
    );
    let rows: Vec<(Uuid, i64)> = disbursement::Entity::find()
        .select_only()
        .join(JoinType::InnerJoin, sponsorship)
        .column(request::Column::EventId)
        .expr(Expr::cust(
            "CAST(COALESCE(SUM(disbursements.counted_amount), 0) AS BIGINT)",
        ))
        .filter(request::Column::EventId.is_in(event_ids))
        .filter(disbursement::Column::Status.eq(DisbursementStatus::Paid))
        .group_by(request::Column::EventId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}
