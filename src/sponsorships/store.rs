//! Persistence of sponsorship requests.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use super::rules::SponsorshipStatus;
use crate::error::AppResult;
use crate::keyset::{self, Direction, Listed, PageRequest};

crate::stored_as_text!(SponsorshipStatus);
crate::stored_as_text!(super::rules::Gender);
crate::stored_as_text!(super::rules::AgeBand);

/// Entity of `sponsorship_requests`.
pub mod request {
    use sea_orm::entity::prelude::*;

    use crate::money::Currency;
    use crate::sponsorships::rules::{AgeBand, Gender, SponsorshipStatus};

    /// A request to sponsor one traveller to one event; amounts as ten-thousandths. (The
    /// table's old `risk_assessment` and `risk_status` columns are no longer read: the trip's
    /// assessment lives in `risk_assessments`.)
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
        pub gender: Gender,
        pub age_band: AgeBand,
        pub role: String,
        pub nationality: String,
        pub origin_city: String,
        pub origin_country: String,
        pub airfare_estimate: i64,
        pub airfare_currency: Currency,
        pub arrival_on: Date,
        pub departure_on: Date,
        pub nights: i32,
        pub entitlement: i64,
        #[sea_orm(column_type = "JsonBinary")]
        pub breakdown: Json,
        pub extra_nights_reason: Option<String>,
        pub extra_nights_authorised_by: Option<Uuid>,
        pub status: SponsorshipStatus,
        pub decision_reason: Option<String>,
        pub decided_by: Option<Uuid>,
        pub decided_at: Option<DateTimeUtc>,
        pub waitlisted_at: Option<DateTimeUtc>,
        pub requested_by: Uuid,
        pub requested_at: DateTimeUtc,
        pub travelled_by: Option<Uuid>,
        pub travelled_at: Option<DateTimeUtc>,
        pub trip_confirmed_by: Option<Uuid>,
        pub trip_confirmed_at: Option<DateTimeUtc>,
        pub attendance_note: Option<String>,
        #[sea_orm(column_type = "JsonBinary", nullable)]
        pub actual_costs: Option<Json>,
        pub adjustment: Option<i64>,
        pub adjustment_reason: Option<String>,
        pub reconciled_by: Option<Uuid>,
        pub reconciled_at: Option<DateTimeUtc>,
        pub reclaim_due: Option<i64>,
        pub refund_received_on: Option<Date>,
        pub refund_reference: Option<String>,
        pub refund_recorded_by: Option<Uuid>,
        /// The id of the data key that sealed the passport details.
        pub passport_key_id: Option<String>,
        /// The nonce of the sealed passport details.
        pub passport_nonce: Option<Vec<u8>>,
        /// The passport details (`passport::Passport` as JSON), sealed with AES-256-GCM.
        pub passport_sealed: Option<Vec<u8>>,
        /// When the passport details were purged after the retention period.
        pub passport_purged_at: Option<DateTimeUtc>,
        /// The random code the sponsorship's letters carry, set on approval.
        pub letter_code: Option<String>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Locks, for the transaction, the event's row and then the request's: the one order every
/// handler that touches both the budget and a request takes, so none can deadlock another.
pub async fn lock_with_event(txn: &impl ConnectionTrait, event_id: Uuid, id: Uuid) -> AppResult<()> {
    crate::db::lock_row(txn, "events", event_id).await?;
    Ok(crate::db::lock_row(txn, "sponsorship_requests", id).await?)
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
    Ok(of_event_query(event_id, only_organisations, None).all(db).await?)
}

/// A page of the requests of an event (all, or of these organisations), oldest first, with
/// how many there are in all.
pub async fn page_of_event(
    db: &impl ConnectionTrait,
    event_id: Uuid,
    only_organisations: Option<Vec<Uuid>>,
    (limit, offset): (u64, u64),
) -> AppResult<(Vec<request::Model>, u64)> {
    let page = PageRequest::counted(limit, offset);
    Ok(list_page_of_event(db, event_id, only_organisations, &page)
        .await?
        .into_counted())
}

/// A page of the requests of an event, oldest first (keyset by `cursor`), counted on the
/// first page.
pub async fn list_page_of_event(
    db: &impl ConnectionTrait,
    event_id: Uuid,
    only_organisations: Option<Vec<Uuid>>,
    page: &PageRequest,
) -> AppResult<Listed<request::Model>> {
    keyset::fetch(
        db,
        page,
        |after| of_event_query(event_id, only_organisations.clone(), after),
        |row| (row.requested_at, row.id),
    )
    .await
}

/// The requests of an event (all, or of these organisations), oldest first
/// (`requested_at, id`), after `after` when given; served by the index
/// `(event_id, requested_at, id)` of migration 37.
pub fn of_event_query(
    event_id: Uuid,
    only_organisations: Option<Vec<Uuid>>,
    after: Option<(DateTime<Utc>, Uuid)>,
) -> sea_orm::Select<request::Entity> {
    let mut query = request::Entity::find().filter(request::Column::EventId.eq(event_id));
    if let Some(ids) = only_organisations {
        query = query.filter(request::Column::OrganisationId.is_in(ids));
    }
    if let Some((requested_at, id)) = after {
        query = query.filter(keyset::after_pair(
            request::Column::RequestedAt,
            Direction::Asc,
            requested_at,
            request::Column::Id,
            id,
        ));
    }
    query
        .order_by_asc(request::Column::RequestedAt)
        .order_by_asc(request::Column::Id)
}

/// The requests of these organisations, newest first, at most `limit`.
pub async fn of_organisations(
    db: &impl ConnectionTrait,
    organisation_ids: Vec<Uuid>,
    limit: u64,
) -> AppResult<Vec<request::Model>> {
    Ok(request::Entity::find()
        .filter(request::Column::OrganisationId.is_in(organisation_ids))
        .order_by_desc(request::Column::RequestedAt)
        .order_by_asc(request::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

/// What holds the event's budget (ten-thousandths), in SQL: the entitlements of approved,
/// travelled and reconciled requests with their reconciliation adjustments, and money paid
/// out that is still to be refunded (a cancelled trip's advance, an overpayment), whatever
/// the request's status, until the refund is received.
pub async fn committed_on_event(db: &impl ConnectionTrait, event_id: Uuid) -> AppResult<i64> {
    let total: Option<Option<i64>> = request::Entity::find()
        .select_only()
        .expr(Expr::cust(committed_sum()))
        .filter(request::Column::EventId.eq(event_id))
        .into_tuple()
        .one(db)
        .await?;
    Ok(total.flatten().unwrap_or(0))
}

/// The SQL sum of what holds an event's budget (see [`committed_on_event`]).
fn committed_sum() -> String {
    let holding: Vec<String> = SponsorshipStatus::ALL
        .into_iter()
        .filter(|status| status.holds_budget())
        .map(|status| format!("'{}'", status.as_str()))
        .collect();
    format!(
        "CAST(COALESCE(SUM( \
           CASE WHEN status IN ({}) THEN entitlement + COALESCE(adjustment, 0) ELSE 0 END \
           + CASE WHEN refund_received_on IS NULL THEN COALESCE(reclaim_due, 0) ELSE 0 END), 0) AS BIGINT)",
        holding.join(", ")
    )
}

/// What holds the budget of each of these events (as [`committed_on_event`]), by event; an
/// event without requests is left out (one query).
pub async fn committed_on_events(db: &impl ConnectionTrait, event_ids: Vec<Uuid>) -> AppResult<HashMap<Uuid, i64>> {
    let rows: Vec<(Uuid, i64)> = request::Entity::find()
        .select_only()
        .column(request::Column::EventId)
        .expr(Expr::cust(committed_sum()))
        .filter(request::Column::EventId.is_in(event_ids))
        .group_by(request::Column::EventId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// How many requests each of these events has in each state (one query).
pub async fn status_counts(
    db: &impl ConnectionTrait,
    event_ids: Vec<Uuid>,
) -> AppResult<Vec<(Uuid, SponsorshipStatus, u64)>> {
    let rows: Vec<(Uuid, SponsorshipStatus, i64)> = request::Entity::find()
        .select_only()
        .column(request::Column::EventId)
        .column(request::Column::Status)
        .expr(Expr::cust("CAST(COUNT(*) AS BIGINT)"))
        .filter(request::Column::EventId.is_in(event_ids))
        .group_by(request::Column::EventId)
        .group_by(request::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(event, status, count)| (event, status, u64::try_from(count).unwrap_or(0)))
        .collect())
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

/// Records an officer's authorisation of the nights outside the authorised travel period,
/// with the entitlement (ten-thousandths) and breakdown it gives; the caller holds the
/// request's row lock.
pub async fn authorise_extra_nights(
    db: &impl ConnectionTrait,
    id: Uuid,
    (entitlement, breakdown): (i64, serde_json::Value),
    (by, reason): (Uuid, &str),
) -> AppResult<()> {
    request::Entity::update_many()
        .col_expr(request::Column::Entitlement, Expr::value(entitlement))
        .col_expr(request::Column::Breakdown, Expr::value(breakdown))
        .col_expr(request::Column::ExtraNightsReason, Expr::value(reason))
        .col_expr(request::Column::ExtraNightsAuthorisedBy, Expr::value(by))
        .filter(request::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// What a step after approval records.
#[derive(Debug)]
pub enum Step {
    /// Attendance confirmed: by whom, with the officer's note.
    Travelled { by: Uuid, note: Option<String> },
    /// Actual costs recorded: by whom, the lines (JSON), the adjustment against the
    /// entitlement, its reason and what is to be reclaimed (ten-thousandths).
    Reconciled {
        by: Uuid,
        lines: serde_json::Value,
        adjustment: i64,
        reason: Option<String>,
        reclaim_due: Option<i64>,
    },
}

/// Moves a request from `from` to `to` with the step's stamps, if it is still in `from`;
/// answers whether it was.
pub async fn record_step(
    db: &impl ConnectionTrait,
    id: Uuid,
    (from, to): (SponsorshipStatus, SponsorshipStatus),
    step: Step,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let mut update = request::Entity::update_many().col_expr(request::Column::Status, Expr::value(to.as_str()));
    update = match step {
        Step::Travelled { by, note } => update
            .col_expr(request::Column::TravelledBy, Expr::value(by))
            .col_expr(request::Column::TravelledAt, Expr::value(now))
            .col_expr(request::Column::AttendanceNote, Expr::value(note)),
        Step::Reconciled {
            by,
            lines,
            adjustment,
            reason,
            reclaim_due,
        } => update
            .col_expr(request::Column::ReconciledBy, Expr::value(by))
            .col_expr(request::Column::ReconciledAt, Expr::value(now))
            .col_expr(request::Column::ActualCosts, Expr::value(lines))
            .col_expr(request::Column::Adjustment, Expr::value(adjustment))
            .col_expr(request::Column::AdjustmentReason, Expr::value(reason))
            .col_expr(request::Column::ReclaimDue, Expr::value(reclaim_due)),
    };
    let result = update
        .filter(request::Column::Id.eq(id))
        .filter(request::Column::Status.eq(from.as_str()))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Records that a member confirmed the trip, if it is not confirmed yet and the request is
/// still in `status`; answers whether it was.
pub async fn confirm_trip(
    db: &impl ConnectionTrait,
    id: Uuid,
    status: SponsorshipStatus,
    by: Uuid,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let result = request::Entity::update_many()
        .col_expr(request::Column::TripConfirmedBy, Expr::value(by))
        .col_expr(request::Column::TripConfirmedAt, Expr::value(now))
        .filter(request::Column::Id.eq(id))
        .filter(request::Column::Status.eq(status.as_str()))
        .filter(request::Column::TripConfirmedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Records what the organisation owes back (paid money of a cancelled sponsorship).
pub async fn set_reclaim_due(db: &impl ConnectionTrait, id: Uuid, amount: i64) -> AppResult<()> {
    request::Entity::update_many()
        .col_expr(request::Column::ReclaimDue, Expr::value(amount))
        .filter(request::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Records the refund of the reclaimed amount, once; answers whether it was recorded.
pub async fn record_refund(
    db: &impl ConnectionTrait,
    id: Uuid,
    by: Uuid,
    (received_on, reference): (chrono::NaiveDate, &str),
) -> AppResult<bool> {
    let result = request::Entity::update_many()
        .col_expr(request::Column::RefundReceivedOn, Expr::value(received_on))
        .col_expr(request::Column::RefundReference, Expr::value(reference))
        .col_expr(request::Column::RefundRecordedBy, Expr::value(by))
        .filter(request::Column::Id.eq(id))
        .filter(request::Column::ReclaimDue.gt(0))
        .filter(request::Column::RefundReceivedOn.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Submits a draft, if it still is one; a traveller already requested for the event is a
/// unique violation.
pub async fn submit(db: &impl ConnectionTrait, id: Uuid, now: DateTime<Utc>) -> Result<bool, sea_orm::DbErr> {
    let result = request::Entity::update_many()
        .col_expr(
            request::Column::Status,
            Expr::value(SponsorshipStatus::Submitted.as_str()),
        )
        .col_expr(request::Column::RequestedAt, Expr::value(now))
        .filter(request::Column::Id.eq(id))
        .filter(request::Column::Status.eq(SponsorshipStatus::Draft.as_str()))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// The request whose letters carry this code.
pub async fn find_by_letter_code(db: &impl ConnectionTrait, code: &str) -> AppResult<Option<request::Model>> {
    Ok(request::Entity::find()
        .filter(request::Column::LetterCode.eq(code))
        .one(db)
        .await?)
}

/// Gives the request its letters' code, unless it has one; answers whether it was set.
pub async fn set_letter_code(db: &impl ConnectionTrait, id: Uuid, code: &str) -> AppResult<bool> {
    let result = request::Entity::update_many()
        .col_expr(request::Column::LetterCode, Expr::value(code))
        .filter(request::Column::Id.eq(id))
        .filter(request::Column::LetterCode.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Keeps the sealed passport details of a request (or none).
pub async fn set_passport(
    db: &impl ConnectionTrait,
    id: Uuid,
    sealed: Option<crate::documents::keys::Sealed>,
) -> AppResult<()> {
    let (key_id, nonce, ciphertext) = match sealed {
        Some(sealed) => (Some(sealed.key_id), Some(sealed.nonce), Some(sealed.ciphertext)),
        None => (None, None, None),
    };
    request::Entity::update_many()
        .col_expr(request::Column::PassportKeyId, Expr::value(key_id))
        .col_expr(request::Column::PassportNonce, Expr::value(nonce))
        .col_expr(request::Column::PassportSealed, Expr::value(ciphertext))
        .filter(request::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// The requests whose passport details are due for purging: settled (reconciled before
/// `cutoff`, or cancelled or rejected before it) and still holding them; at most `limit`.
pub async fn passports_due(
    db: &impl ConnectionTrait,
    cutoff: DateTime<Utc>,
    limit: u64,
) -> AppResult<Vec<request::Model>> {
    use sea_orm::Condition;
    let ended = [SponsorshipStatus::Cancelled, SponsorshipStatus::Rejected].map(|status| status.as_str());
    Ok(request::Entity::find()
        .filter(request::Column::PassportSealed.is_not_null())
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(request::Column::Status.eq(SponsorshipStatus::Reconciled.as_str()))
                        .add(request::Column::ReconciledAt.lte(cutoff)),
                )
                .add(
                    Condition::all()
                        .add(request::Column::Status.is_in(ended))
                        .add(request::Column::DecidedAt.lte(cutoff)),
                ),
        )
        .order_by_asc(request::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

/// Forgets the passport details of a request and records when; answers whether it held any.
pub async fn purge_passport(db: &impl ConnectionTrait, id: Uuid, now: DateTime<Utc>) -> AppResult<bool> {
    let result = request::Entity::update_many()
        .col_expr(request::Column::PassportKeyId, Expr::value(Option::<String>::None))
        .col_expr(request::Column::PassportNonce, Expr::value(Option::<Vec<u8>>::None))
        .col_expr(request::Column::PassportSealed, Expr::value(Option::<Vec<u8>>::None))
        .col_expr(request::Column::PassportPurgedAt, Expr::value(now))
        .filter(request::Column::Id.eq(id))
        .filter(request::Column::PassportSealed.is_not_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}
