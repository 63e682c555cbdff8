//! Persistence of funding calls.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Select,
};
use uuid::Uuid;

use super::rules::CallStatus;
use crate::error::AppResult;
use crate::keyset::{self, Direction, Listed, PageRequest};
use crate::reference::ThematicArea;

crate::stored_as_text!(CallStatus);

/// Entity of `calls`.
pub mod call {
    use sea_orm::entity::prelude::*;

    use crate::calls::rules::CallStatus;
    use crate::money::Currency;

    /// A funding call. Amounts are stored as ten-thousandths (see `money`).
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "calls")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub title: String,
        pub description: String,
        #[sea_orm(column_type = "JsonBinary")]
        pub thematic_areas: Json,
        #[sea_orm(column_type = "JsonBinary")]
        pub eligibility_criteria: Json,
        #[sea_orm(column_type = "JsonBinary")]
        pub rubric: Json,
        /// The office regions the call is open to (names; empty: every region).
        #[sea_orm(column_type = "JsonBinary")]
        pub regions: Json,
        pub currency: Currency,
        pub budget_ceiling: i64,
        pub min_grant: i64,
        pub max_grant: i64,
        pub opens_at: DateTimeUtc,
        pub closes_at: DateTimeUtc,
        pub appeal_window_days: i32,
        pub blind_review: bool,
        pub status: CallStatus,
        pub cancel_reason: Option<String>,
        pub created_by: Uuid,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        /// The call's list item as JSON text up to its `status` (see
        /// [`crate::calls::json::KeptItem`], migration 46; `None` for a call whose terms
        /// have not changed since).
        pub list_head: Option<String>,
        /// The call's list item as JSON text after `accepting_applications`, written with
        /// the terms and with every change of status.
        pub list_tail: Option<String>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The columns of a call the list reads: what its status and `accepting_applications` are
/// judged from, and its kept item.
#[derive(Debug, Clone, sea_orm::DerivePartialModel)]
#[sea_orm(entity = "call::Entity")]
pub struct ListedRow {
    /// Id.
    pub id: Uuid,
    /// Stored status.
    pub status: CallStatus,
    /// Submissions open.
    pub opens_at: DateTime<Utc>,
    /// Submissions close.
    pub closes_at: DateTime<Utc>,
    /// The kept item before its status (see [`call::Model::list_head`]).
    pub list_head: Option<String>,
    /// The kept item after `accepting_applications` (see [`call::Model::list_tail`]).
    pub list_tail: Option<String>,
}

/// The call with this id.
pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<call::Model>> {
    Ok(call::Entity::find_by_id(id).one(db).await?)
}

/// Inserts a call.
pub async fn insert(db: &impl ConnectionTrait, row: call::Model) -> AppResult<call::Model> {
    crate::db::bump_public_changes(db).await?;
    Ok(call::ActiveModel::from(row).insert(db).await?)
}

/// Saves a draft's terms, only while it is still a draft; answers whether it was saved.
pub async fn save_draft(db: &impl ConnectionTrait, row: call::Model) -> AppResult<bool> {
    let result = call::Entity::update_many()
        .set(call::ActiveModel::from(row.clone()).reset_all())
        .filter(call::Column::Id.eq(row.id))
        .filter(call::Column::Status.eq(CallStatus::Draft))
        .exec(db)
        .await?;
    crate::db::bump_public_changes(db).await?;
    Ok(result.rows_affected == 1)
}

/// Moves a call from one status to another, only if it is still in `from` (so two
/// officers acting at once cannot both succeed), with the tail of its kept list item as it
/// reads after the change; answers whether it moved.
pub async fn change_status(
    db: &impl ConnectionTrait,
    id: Uuid,
    (from, to): (CallStatus, CallStatus),
    cancel_reason: Option<String>,
    list_tail: String,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let mut update = call::Entity::update_many()
        .col_expr(call::Column::Status, Expr::value(to))
        .col_expr(call::Column::UpdatedAt, Expr::value(now))
        .col_expr(call::Column::ListTail, Expr::value(list_tail));
    if cancel_reason.is_some() {
        update = update.col_expr(call::Column::CancelReason, Expr::value(cancel_reason));
    }
    let result = update
        .filter(call::Column::Id.eq(id))
        .filter(call::Column::Status.eq(from))
        .exec(db)
        .await?;
    crate::db::bump_public_changes(db).await?;
    Ok(result.rows_affected == 1)
}

/// Filters of the call list.
#[derive(Debug, Clone, Default)]
pub struct CallFilter {
    /// Only these statuses.
    pub statuses: Vec<CallStatus>,
    /// Only calls on this thematic area.
    pub thematic_area: Option<ThematicArea>,
    /// Only calls open to organisations of this office region: those naming it and those
    /// naming none (open to every region).
    pub region: Option<String>,
    /// The instant the statuses are judged at (an open call past its `closes_at` is closed).
    pub now: DateTime<Utc>,
}

/// A condition "the call's effective status at `now` is `status`" (see
/// [`CallStatus::effective`]), so filtering happens in SQL, before paging.
fn effective_status_is(status: CallStatus, now: DateTime<Utc>) -> Condition {
    let stored = call::Column::Status.eq(status);
    let open_past = Condition::all()
        .add(call::Column::Status.eq(CallStatus::Open))
        .add(call::Column::ClosesAt.lte(now));
    match status {
        CallStatus::Open => Condition::all().add(stored).add(call::Column::ClosesAt.gt(now)),
        CallStatus::Closed => Condition::any().add(stored).add(open_past),
        _ => Condition::all().add(stored),
    }
}

/// One page of the call list reading only what the list sends (see [`ListedRow`]).
pub async fn listed_page(
    db: &impl ConnectionTrait,
    filter: &CallFilter,
    page: &PageRequest,
) -> AppResult<Listed<ListedRow>> {
    keyset::fetch_partial(
        db,
        page,
        |after| list_query(db, filter, after),
        |row: &ListedRow| (row.closes_at, row.id),
    )
    .await
}

/// Up to `limit` calls written before their list item was kept (migration 46): without
/// one part of it or both.
pub async fn without_kept_item(db: &impl ConnectionTrait, limit: u64) -> AppResult<Vec<call::Model>> {
    Ok(call::Entity::find()
        .filter(
            Condition::any()
                .add(call::Column::ListHead.is_null())
                .add(call::Column::ListTail.is_null()),
        )
        .order_by_asc(call::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

/// Keeps a call's list item, only if the call has not changed since `updated_at` (a
/// change meanwhile keeps its own); answers whether it was kept.
pub async fn keep_list_item(
    db: &impl ConnectionTrait,
    id: Uuid,
    (head, tail): (String, String),
    updated_at: DateTime<Utc>,
) -> AppResult<bool> {
    let result = call::Entity::update_many()
        .col_expr(call::Column::ListHead, Expr::value(head))
        .col_expr(call::Column::ListTail, Expr::value(tail))
        .filter(call::Column::Id.eq(id))
        .filter(call::Column::UpdatedAt.eq(updated_at))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// The next instant after `now` at which a call stored as open opens or closes: until
/// then every list of calls reads the same by the clock (only an open call's effective
/// status and whether it accepts applications change with time). Two `MIN`s (the first row of each,
/// in order) over the table's open calls.
pub async fn next_clock_change(db: &impl ConnectionTrait, now: DateTime<Utc>) -> AppResult<Option<DateTime<Utc>>> {
    let mut next = None;
    for column in [call::Column::OpensAt, call::Column::ClosesAt] {
        let earliest: Option<DateTime<Utc>> = call::Entity::find()
            .select_only()
            .column(column)
            .filter(call::Column::Status.eq(CallStatus::Open))
            .filter(column.gt(now))
            .order_by_asc(column)
            .into_tuple()
            .one(db)
            .await?;
        next = match (next, earliest) {
            (Some(next), Some(earliest)) => Some(std::cmp::min(next, earliest)),
            (next, earliest) => next.or(earliest),
        };
    }
    Ok(next)
}

/// The calls still stored as open whose `closes_at` has passed at `now`.
pub async fn open_past_closing(db: &impl ConnectionTrait, now: DateTime<Utc>) -> AppResult<Vec<call::Model>> {
    Ok(call::Entity::find()
        .filter(call::Column::Status.eq(CallStatus::Open))
        .filter(call::Column::ClosesAt.lte(now))
        .all(db)
        .await?)
}

/// The call list's query, closing soonest first (`closes_at, id`), after `after` when
/// given; served by the index `(closes_at, id)` of migration 37.
pub fn list_query(
    db: &impl ConnectionTrait,
    filter: &CallFilter,
    after: Option<(DateTime<Utc>, Uuid)>,
) -> Select<call::Entity> {
    let statuses = filter.statuses.iter().fold(Condition::any(), |any, status| {
        any.add(effective_status_is(*status, filter.now))
    });
    // One stored status is a seek on `(status, closes_at, id)`; several (an OR) would be
    // merged from several seeks and sorted, so they are read in `(closes_at, id)` order
    // and filtered instead (a call list is short; a sort of it is not).
    let single = matches!(filter.statuses.as_slice(), [status] if *status != CallStatus::Closed);
    let mut query = match single {
        true => call::Entity::find().filter(statuses),
        false => call::Entity::find().filter(Expr::expr(Expr::case(statuses, 1).finally(0)).eq(1)),
    };
    if let Some(area) = filter.thematic_area {
        query = query.filter(json_array_contains(db, "calls", "thematic_areas", area));
    }
    if let Some(region) = &filter.region {
        query = query.filter(open_to_region(db, region));
    }
    if let Some((closes_at, id)) = after {
        query = query.filter(keyset::after_pair(
            call::Column::ClosesAt,
            Direction::Asc,
            closes_at,
            call::Column::Id,
            id,
        ));
    }
    query
        .order_by_asc(call::Column::ClosesAt)
        .order_by_asc(call::Column::Id)
}

/// One page of calls, closing soonest first (keyset by `cursor`), counted when asked.
pub async fn list_page(
    db: &impl ConnectionTrait,
    filter: &CallFilter,
    page: &PageRequest,
) -> AppResult<Listed<call::Model>> {
    keyset::fetch(
        db,
        page,
        |after| list_query(db, filter, after),
        |row| (row.closes_at, row.id),
    )
    .await
}

/// One page of calls, those closing soonest first, with the total.
pub async fn list(
    db: &impl ConnectionTrait,
    filter: &CallFilter,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<call::Model>, u64)> {
    Ok(list_page(db, filter, &PageRequest::counted(limit, offset))
        .await?
        .into_counted())
}

/// A condition "the JSON array column contains this thematic area", per engine. The
/// value is an enum's own name (snake_case letters), never user text, so it is inlined.
pub fn json_array_contains(db: &impl ConnectionTrait, table: &str, column: &str, area: ThematicArea) -> Expr {
    let name = serde_json::to_value(area)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default();
    if crate::db::is_postgres(db) {
        Expr::cust(format!("\"{table}\".\"{column}\" @> '[\"{name}\"]'::jsonb"))
    } else {
        Expr::cust(format!(
            "EXISTS (SELECT 1 FROM json_each(\"{table}\".\"{column}\") WHERE value = '{name}')"
        ))
    }
}

/// A condition "the call names no region, or names `region`", per engine. The region is
/// one of the office's region names (the handlers refuse any other), and is quoted here as
/// an SQL string all the same.
fn open_to_region(db: &impl ConnectionTrait, region: &str) -> Expr {
    let quoted = |text: &str| format!("'{}'", text.replace('\'', "''"));
    if crate::db::is_postgres(db) {
        let wanted = quoted(&serde_json::json!([region]).to_string());
        Expr::cust(format!(
            "(jsonb_array_length(\"calls\".\"regions\") = 0 OR \"calls\".\"regions\" @> {wanted}::jsonb)"
        ))
    } else {
        Expr::cust(format!(
            "(json_array_length(\"calls\".\"regions\") = 0 OR EXISTS (SELECT 1 FROM json_each(\"calls\".\"regions\") WHERE value = {}))",
            quoted(region)
        ))
    }
}

/// The calls with these ids (one query, for lists).
pub async fn find_many(db: &impl ConnectionTrait, ids: Vec<Uuid>) -> AppResult<Vec<call::Model>> {
    Ok(call::Entity::find().filter(call::Column::Id.is_in(ids)).all(db).await?)
}
