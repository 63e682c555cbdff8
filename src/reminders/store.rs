//! Persistence of the outbox (which is also every user's notifications).

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Select, TransactionTrait,
};
use uuid::Uuid;

use super::rules::{DeliveryStatus, Rule};
use crate::error::{AppError, AppResult};
use crate::keyset::{self, Direction, Listed, PageRequest};

crate::stored_as_text!(DeliveryStatus);

/// Entity of `outbox`.
pub mod message {
    use sea_orm::entity::prelude::*;

    use crate::reminders::rules::DeliveryStatus;

    /// A message to one recipient, and their in-app notification.
    ///
    /// `rule` is the stored name of a [`crate::reminders::rules::Rule`]; read it with
    /// [`super::rule_of`], which fails on a name no rule has.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "outbox")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub user_id: Option<Uuid>,
        pub recipient: String,
        pub rule: String,
        pub template: String,
        pub subject_id: Option<Uuid>,
        pub subject: String,
        pub body: String,
        #[sea_orm(unique)]
        pub dedup_key: String,
        pub status: DeliveryStatus,
        pub attempts: i32,
        pub last_error: Option<String>,
        pub next_attempt_at: DateTimeUtc,
        pub lease_until: Option<DateTimeUtc>,
        pub expires_at: Option<DateTimeUtc>,
        pub sent_at: Option<DateTimeUtc>,
        pub read_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}

    /// What a new message says and to whom; [`Model::queued`] makes it an outbox row.
    #[derive(Clone, Debug)]
    pub struct NewMessage {
        /// The recipient's account, when they have one (their in-app notification).
        pub user_id: Option<Uuid>,
        /// The address it goes to.
        pub recipient: String,
        /// The stored name of its rule or notice.
        pub rule: String,
        /// The template it was written from.
        pub template: String,
        /// What it is about.
        pub subject_id: Option<Uuid>,
        /// Its subject line.
        pub subject: String,
        /// Its text.
        pub body: String,
        /// The key that makes it exactly once.
        pub dedup_key: String,
        /// When it is no longer worth delivering, if ever.
        pub expires_at: Option<DateTimeUtc>,
    }

    impl Model {
        /// A new message queued at `now` for its first delivery attempt, at once: never
        /// tried, leased, sent nor read. The one way every producer (reminders, notices,
        /// announcements, digests) fills a new outbox row.
        pub fn queued(now: DateTimeUtc, message: NewMessage) -> Self {
            Self {
                id: Uuid::new_v4(),
                user_id: message.user_id,
                recipient: message.recipient,
                rule: message.rule,
                template: message.template,
                subject_id: message.subject_id,
                subject: message.subject,
                body: message.body,
                dedup_key: message.dedup_key,
                status: DeliveryStatus::Queued,
                attempts: 0,
                last_error: None,
                next_attempt_at: now,
                lease_until: None,
                expires_at: message.expires_at,
                sent_at: None,
                read_at: None,
                created_at: now,
            }
        }
    }
}

/// The rule of a stored message; a name no rule has is a corrupt row, an internal error.
pub fn rule_of(row: &message::Model) -> AppResult<Rule> {
    Rule::parse(&row.rule)
        .ok_or_else(|| AppError::Internal(format!("outbox {} has an unknown rule {:?}", row.id, row.rule)))
}

/// Enqueues a message unless one with its dedup key exists; answers whether it was new.
/// `INSERT ... ON CONFLICT DO NOTHING` on both engines, so concurrent jobs never fail and
/// never duplicate.
pub async fn enqueue(db: &impl ConnectionTrait, row: message::Model) -> AppResult<bool> {
    let inserted = message::Entity::insert(message::ActiveModel::from(row))
        .on_conflict(OnConflict::column(message::Column::DedupKey).do_nothing().to_owned())
        .exec_without_returning(db)
        .await?;
    Ok(inserted == 1)
}

/// Enqueues messages in one statement, each unless one with its dedup key exists; answers
/// how many were new (see [`enqueue`]).
pub async fn enqueue_many(db: &impl ConnectionTrait, rows: Vec<message::Model>) -> AppResult<usize> {
    // A statement binds at most 32,766 values on SQLite: a thousand rows of 18 columns fit.
    let mut new = 0;
    for chunk in rows.chunks(1000) {
        let inserted = message::Entity::insert_many(chunk.iter().cloned().map(message::ActiveModel::from))
            .on_conflict(OnConflict::column(message::Column::DedupKey).do_nothing().to_owned())
            .exec_without_returning(db)
            .await?;
        new += usize::try_from(inserted).unwrap_or(usize::MAX);
    }
    Ok(new)
}

/// Fails the queued messages that expired, then claims up to `limit` messages due for
/// delivery at `now` (queued and due, or sending with an expired lease) for `lease`: on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so replicas
/// claim different rows; each claim is also a conditional update, so a row is never claimed
/// twice while its lease runs.
pub async fn claim(
    db: &sea_orm::DatabaseConnection,
    now: DateTime<Utc>,
    lease: chrono::Duration,
    limit: u64,
) -> AppResult<Vec<message::Model>> {
    let txn = db.begin().await?;
    // What expired unsent (its deadline passed) is not delivered any more, including a
    // claim whose worker died.
    message::Entity::update_many()
        .col_expr(message::Column::Status, Expr::value(DeliveryStatus::Failed.as_str()))
        .col_expr(
            message::Column::LastError,
            Expr::value(format!("{EXPIRED}: its deadline passed before it could be delivered")),
        )
        .col_expr(message::Column::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(
            Condition::any()
                .add(message::Column::Status.eq(DeliveryStatus::Queued.as_str()))
                .add(
                    Condition::all()
                        .add(message::Column::Status.eq(DeliveryStatus::Sending.as_str()))
                        .add(message::Column::LeaseUntil.lt(now)),
                ),
        )
        .filter(message::Column::ExpiresAt.lte(now))
        .exec(&txn)
        .await?;
    let due = Condition::any()
        .add(
            Condition::all()
                .add(message::Column::Status.eq(DeliveryStatus::Queued.as_str()))
                .add(message::Column::NextAttemptAt.lte(now)),
        )
        .add(
            Condition::all()
                .add(message::Column::Status.eq(DeliveryStatus::Sending.as_str()))
                .add(message::Column::LeaseUntil.lt(now)),
        );
    let due = Condition::all().add(due).add(unexpired(now));
    let mut query = message::Entity::find()
        .filter(due.clone())
        .order_by_asc(message::Column::NextAttemptAt)
        .limit(limit);
    if txn.get_database_backend() == DbBackend::Postgres {
        query = query.lock_with_behavior(
            sea_orm::sea_query::LockType::Update,
            sea_orm::sea_query::LockBehavior::SkipLocked,
        );
    }
    let candidates = query.all(&txn).await?;
    let mut claimed = Vec::with_capacity(candidates.len());
    for row in candidates {
        let updated = message::Entity::update_many()
            .col_expr(message::Column::Status, Expr::value(DeliveryStatus::Sending.as_str()))
            .col_expr(message::Column::LeaseUntil, Expr::value(now + lease))
            .col_expr(message::Column::Attempts, Expr::col(message::Column::Attempts).add(1))
            .filter(message::Column::Id.eq(row.id))
            .filter(due.clone())
            .exec(&txn)
            .await?;
        if updated.rows_affected == 1 {
            claimed.push(message::Model {
                status: DeliveryStatus::Sending,
                lease_until: Some(now + lease),
                attempts: row.attempts + 1,
                ..row
            });
        }
    }
    txn.commit().await?;
    Ok(claimed)
}

/// Renews the lease of a message this worker still holds (the claim is identified by its
/// attempt number), just before sending it; answers whether the claim still holds and the
/// message has not expired meanwhile. A claim
/// whose lease ran out and was taken over by another worker is left alone.
pub async fn renew_lease(
    db: &impl ConnectionTrait,
    row: &message::Model,
    now: DateTime<Utc>,
    lease: chrono::Duration,
) -> AppResult<bool> {
    let updated = message::Entity::update_many()
        .col_expr(message::Column::LeaseUntil, Expr::value(now + lease))
        .filter(message::Column::Id.eq(row.id))
        .filter(message::Column::Status.eq(DeliveryStatus::Sending.as_str()))
        .filter(message::Column::Attempts.eq(row.attempts))
        .filter(unexpired(now))
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// Messages still worth sending at `now`.
fn unexpired(now: DateTime<Utc>) -> Condition {
    Condition::any()
        .add(message::Column::ExpiresAt.is_null())
        .add(message::Column::ExpiresAt.gt(now))
}

/// Records a delivery by the worker holding the claim (`row.attempts`): sent, or the error
/// with the next attempt (`None`: failed for good). A stale claim records nothing.
pub async fn finish_delivery(
    db: &impl ConnectionTrait,
    row: &message::Model,
    outcome: Result<(), (String, Option<DateTime<Utc>>)>,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let mut update = message::Entity::update_many()
        .col_expr(message::Column::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(message::Column::Id.eq(row.id))
        .filter(message::Column::Status.eq(DeliveryStatus::Sending.as_str()))
        .filter(message::Column::Attempts.eq(row.attempts));
    update = match outcome {
        Ok(()) => update
            .col_expr(message::Column::Status, Expr::value(DeliveryStatus::Sent.as_str()))
            .col_expr(message::Column::SentAt, Expr::value(now))
            .col_expr(message::Column::LastError, Expr::value(Option::<String>::None)),
        Err((error, Some(next))) => update
            .col_expr(message::Column::Status, Expr::value(DeliveryStatus::Queued.as_str()))
            .col_expr(message::Column::NextAttemptAt, Expr::value(next))
            .col_expr(message::Column::LastError, Expr::value(error)),
        Err((error, None)) => update
            .col_expr(message::Column::Status, Expr::value(DeliveryStatus::Failed.as_str()))
            .col_expr(message::Column::LastError, Expr::value(error)),
    };
    update.exec(db).await?;
    Ok(())
}

/// The query of a list of messages, newest first (`created_at DESC, id`), after `after`
/// when given: one user's, or all (optionally in one status); served by the indexes
/// `(…, created_at DESC, id)` of migration 37.
pub fn list_query(
    user_id: Option<Uuid>,
    status: Option<DeliveryStatus>,
    after: Option<(DateTime<Utc>, Uuid)>,
) -> Select<message::Entity> {
    let mut query = message::Entity::find();
    if let Some(user_id) = user_id {
        query = query.filter(message::Column::UserId.eq(user_id));
    }
    if let Some(status) = status {
        query = query.filter(message::Column::Status.eq(status.as_str()));
    }
    if let Some((created_at, id)) = after {
        query = query.filter(keyset::after_pair(
            message::Column::CreatedAt,
            Direction::Desc,
            created_at,
            message::Column::Id,
            id,
        ));
    }
    query
        .order_by_desc(message::Column::CreatedAt)
        .order_by_asc(message::Column::Id)
}

/// A page of messages, newest first (keyset by `cursor`), counted when asked.
pub async fn list_page(
    db: &impl ConnectionTrait,
    user_id: Option<Uuid>,
    status: Option<DeliveryStatus>,
    page: &PageRequest,
) -> AppResult<Listed<message::Model>> {
    keyset::fetch(
        db,
        page,
        |after| list_query(user_id, status, after),
        |row| (row.created_at, row.id),
    )
    .await
}

/// A page of messages, newest first: one user's, or all (optionally in one status).
pub async fn list(
    db: &impl ConnectionTrait,
    user_id: Option<Uuid>,
    status: Option<DeliveryStatus>,
    (limit, offset): (u64, u64),
) -> AppResult<(Vec<message::Model>, u64)> {
    Ok(list_page(db, user_id, status, &PageRequest::counted(limit, offset))
        .await?
        .into_counted())
}

/// How far unread notifications are counted: a header says "99+" beyond it, and a person
/// with years of unread messages costs a page no more than one with a few.
pub const UNREAD_COUNTED: u64 = 100;

/// How many of a user's notifications are unread, up to [`UNREAD_COUNTED`] (read from the
/// partial index of the unread ones, migration 43).
pub async fn unread_count(db: &impl ConnectionTrait, user_id: Uuid) -> AppResult<u64> {
    keyset::count_up_to(db, unread_query(user_id), UNREAD_COUNTED).await
}

/// A user's unread notifications, in no order (what [`unread_count`] counts).
pub fn unread_query(user_id: Uuid) -> Select<message::Entity> {
    message::Entity::find()
        .filter(message::Column::UserId.eq(user_id))
        .filter(message::Column::ReadAt.is_null())
}

/// Withdraws a message that is still waiting to be sent, by its dedup key, because what it
/// announces was settled first (a revoked invitation); it counts as `withdrawn`, never as
/// failed mail. A message already being sent or sent is left as it is. Answers whether
/// one was withdrawn.
pub async fn withdraw_unsent(db: &impl ConnectionTrait, dedup_key: &str, why: &str) -> AppResult<bool> {
    let result = message::Entity::update_many()
        .col_expr(message::Column::Status, Expr::value(DeliveryStatus::Failed))
        .col_expr(message::Column::LastError, Expr::value(format!("{WITHDRAWN}: {why}")))
        .filter(message::Column::DedupKey.eq(dedup_key))
        .filter(message::Column::Status.eq(DeliveryStatus::Queued))
        .exec(db)
        .await?;
    Ok(result.rows_affected > 0)
}

/// Marks a user's notification read (once); answers whether it is theirs.
pub async fn mark_read(db: &impl ConnectionTrait, id: Uuid, user_id: Uuid, now: DateTime<Utc>) -> AppResult<bool> {
    let Some(found) = message::Entity::find_by_id(id).one(db).await? else {
        return Ok(false);
    };
    if found.user_id != Some(user_id) {
        return Ok(false);
    }
    if found.read_at.is_none() {
        let mut active: message::ActiveModel = found.into();
        active.read_at = sea_orm::ActiveValue::Set(Some(now));
        active.update(db).await?;
    }
    Ok(true)
}

/// Puts a failed message back in the queue, due at `now` (its attempts are kept, so a
/// retry that fails again is not retried on its own); answers whether it was failed.
pub async fn requeue(db: &impl ConnectionTrait, id: Uuid, now: DateTime<Utc>) -> AppResult<bool> {
    let updated = message::Entity::update_many()
        .col_expr(message::Column::Status, Expr::value(DeliveryStatus::Queued.as_str()))
        .col_expr(message::Column::NextAttemptAt, Expr::value(now))
        .col_expr(message::Column::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(message::Column::Id.eq(id))
        .filter(message::Column::Status.eq(DeliveryStatus::Failed.as_str()))
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// The message with this id.
pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<message::Model>> {
    Ok(message::Entity::find_by_id(id).one(db).await?)
}

/// The start of `last_error` on a message that expired before it could be delivered.
pub const EXPIRED: &str = "expired";

/// The start of `last_error` on a message whose reminder no longer applied when its turn came.
pub const WITHDRAWN: &str = "no longer applies";

/// The start of `last_error` on a reminder not sent because a later occurrence of the same
/// rule for the same subject and recipient was enqueued (the 7-day reminder still waiting
/// when the 1-day one came, after a mail outage): only the latest goes out.
pub const SUPERSEDED: &str = "superseded";

/// Whether a later reminder of `row`'s rule, about the same subject and to the same
/// recipient, is waiting, being sent or sent: then `row` is superseded. (Notices are never
/// superseded: each tells of its own event.)
pub async fn has_later_occurrence(db: &impl ConnectionTrait, row: &message::Model) -> AppResult<bool> {
    let Some(subject_id) = row.subject_id else {
        return Ok(false);
    };
    let later = message::Entity::find()
        .filter(message::Column::SubjectId.eq(subject_id))
        .filter(message::Column::Rule.eq(row.rule.as_str()))
        .filter(message::Column::Recipient.eq(row.recipient.as_str()))
        .filter(message::Column::Id.ne(row.id))
        .filter(message::Column::CreatedAt.gt(row.created_at))
        .filter(message::Column::Status.is_in([
            DeliveryStatus::Queued.as_str(),
            DeliveryStatus::Sending.as_str(),
            DeliveryStatus::Sent.as_str(),
        ]))
        .count(db)
        .await?;
    Ok(later > 0)
}

/// How many messages are in each state, every state included, zero or not: `queued`,
/// `sending`, `sent`, `failed` (delivery gave up), and the two ends that are not failures of
/// delivery, `expired` and `withdrawn` (stored as `failed` with their reason).
pub async fn counts_by_state(db: &impl ConnectionTrait) -> AppResult<Vec<(&'static str, i64)>> {
    let state = format!(
        "CASE WHEN status = 'failed' AND last_error LIKE '{EXPIRED}%' THEN 'expired' \
         WHEN status = 'failed' AND last_error LIKE '{WITHDRAWN}%' THEN 'withdrawn' \
         WHEN status = 'failed' AND last_error LIKE '{SUPERSEDED}%' THEN 'superseded' ELSE status END"
    );
    let rows: Vec<(String, i64)> = message::Entity::find()
        .select_only()
        .expr(Expr::cust(state.clone()))
        .expr(Expr::cust("CAST(COUNT(*) AS BIGINT)"))
        .group_by(Expr::cust(state))
        .into_tuple()
        .all(db)
        .await?;
    Ok([
        "queued",
        "sending",
        "sent",
        "failed",
        "expired",
        "withdrawn",
        "superseded",
        "in_app",
    ]
    .into_iter()
    .map(|name| {
        let count = rows
            .iter()
            .find(|(state, _)| state == name)
            .map_or(0, |(_, count)| *count);
        (name, count)
    })
    .collect())
}

/// Entity of `notification_preferences`.
pub mod preference {
    use sea_orm::entity::prelude::*;

    /// A person's choices: the kinds not emailed (a JSON list of stored names) and the
    /// daily digest.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "notification_preferences")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: Uuid,
        pub email_off: String,
        pub daily_digest: bool,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The stored preferences of a person, if they ever chose.
pub async fn preferences_of(
    db: &impl ConnectionTrait,
    user_id: Uuid,
) -> AppResult<Option<super::preferences::Preferences>> {
    let Some(row) = preference::Entity::find_by_id(user_id).one(db).await? else {
        return Ok(None);
    };
    let email_off: Vec<String> = serde_json::from_str(&row.email_off)
        .map_err(|error| AppError::Internal(format!("preferences of {user_id}: {error}")))?;
    Ok(Some(super::preferences::Preferences {
        email_off,
        daily_digest: row.daily_digest,
    }))
}

/// Writes a person's preferences (insert or replace).
pub async fn save_preferences(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    preferences: &super::preferences::Preferences,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let row = preference::Model {
        user_id,
        email_off: serde_json::Value::from(preferences.email_off.clone()).to_string(),
        daily_digest: preferences.daily_digest,
        updated_at: now,
    };
    preference::Entity::insert(preference::ActiveModel::from(row))
        .on_conflict(
            OnConflict::column(preference::Column::UserId)
                .update_columns([
                    preference::Column::EmailOff,
                    preference::Column::DailyDigest,
                    preference::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Records that the worker holding the claim kept a message in the app instead of
/// emailing it, and why (a stale claim records nothing).
pub async fn keep_in_app(db: &impl ConnectionTrait, row: &message::Model, why: &str) -> AppResult<()> {
    message::Entity::update_many()
        .col_expr(message::Column::Status, Expr::value(DeliveryStatus::InApp.as_str()))
        .col_expr(message::Column::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(message::Column::LastError, Expr::value(why))
        .filter(message::Column::Id.eq(row.id))
        .filter(message::Column::Status.eq(DeliveryStatus::Sending.as_str()))
        .filter(message::Column::Attempts.eq(row.attempts))
        .exec(db)
        .await?;
    Ok(())
}

/// The start of `last_error` on a message kept for the daily digest.
pub const HELD_FOR_DIGEST: &str = "held for the daily digest";

/// The start of `last_error` on a message whose kind its recipient turned off by email.
pub const EMAIL_OFF: &str = "email turned off for this kind";

/// The people with the daily digest on, with what waits for each: their unread messages
/// held for the digest since `since`, oldest first.
pub async fn digests(
    db: &impl ConnectionTrait,
    since: DateTime<Utc>,
) -> AppResult<Vec<(crate::auth::store::user::Model, Vec<message::Model>)>> {
    let people: Vec<Uuid> = preference::Entity::find()
        .select_only()
        .column(preference::Column::UserId)
        .filter(preference::Column::DailyDigest.eq(true))
        .into_tuple()
        .all(db)
        .await?;
    if people.is_empty() {
        return Ok(Vec::new());
    }
    let held = message::Entity::find()
        .filter(message::Column::UserId.is_in(people.clone()))
        .filter(message::Column::Status.eq(DeliveryStatus::InApp.as_str()))
        .filter(message::Column::LastError.eq(HELD_FOR_DIGEST))
        .filter(message::Column::ReadAt.is_null())
        .filter(message::Column::CreatedAt.gt(since))
        .order_by_asc(message::Column::CreatedAt)
        .order_by_asc(message::Column::Id)
        .all(db)
        .await?;
    let users = crate::auth::store::user::Entity::find()
        .filter(crate::auth::store::user::Column::Id.is_in(people))
        .filter(crate::auth::store::user::Column::DeactivatedAt.is_null())
        .all(db)
        .await?;
    Ok(users
        .into_iter()
        .map(|user| {
            let mine = held
                .iter()
                .filter(|row| row.user_id == Some(user.id))
                .cloned()
                .collect();
            (user, mine)
        })
        .collect())
}

/// Marks messages held for the digest as listed in the digest of `date`.
pub async fn mark_digested(db: &impl ConnectionTrait, ids: Vec<Uuid>, date: &str) -> AppResult<()> {
    message::Entity::update_many()
        .col_expr(
            message::Column::LastError,
            Expr::value(format!("listed in the daily digest of {date}")),
        )
        .filter(message::Column::Id.is_in(ids))
        .filter(message::Column::LastError.eq(HELD_FOR_DIGEST))
        .exec(db)
        .await?;
    Ok(())
}

/// The active accounts an audience names, in one query.
pub async fn recipients(
    db: &impl ConnectionTrait,
    audience: super::notices::Audience,
) -> AppResult<Vec<super::notices::Recipient>> {
    use super::notices::{Audience, Recipient};
    use crate::i18n::Language;
    const COLUMNS: &str = "u.id AS user_id, u.email AS email, u.full_name AS full_name, \
                           u.preferred_language AS language";
    let (sql, values): (String, Vec<sea_orm::Value>) = match audience {
        Audience::Members(organisation) => (
            format!(
                "SELECT {COLUMNS} FROM organisation_members m JOIN users u ON u.id = m.user_id \
                 WHERE m.organisation_id = $1 AND u.deactivated_at IS NULL ORDER BY u.email"
            ),
            vec![organisation.into()],
        ),
        Audience::Staff { role, except } => (
            format!(
                "SELECT {COLUMNS} FROM user_roles r JOIN users u ON u.id = r.user_id \
                 WHERE r.role = $1 AND u.id <> $2 AND u.deactivated_at IS NULL ORDER BY u.email"
            ),
            vec![role.as_str().into(), except.into()],
        ),
        Audience::Person(id) => (
            format!("SELECT {COLUMNS} FROM users u WHERE u.id = $1 AND u.deactivated_at IS NULL"),
            vec![id.into()],
        ),
    };
    let statement = sea_orm::Statement::from_sql_and_values(db.get_database_backend(), sql, values);
    let rows = db.query_all_raw(statement).await?;
    let mut found = Vec::with_capacity(rows.len());
    for row in rows {
        let language: String = row.try_get("", "language")?;
        found.push(Recipient {
            user_id: row.try_get("", "user_id")?,
            email: row.try_get("", "email")?,
            full_name: row.try_get("", "full_name")?,
            language: Language::from_code(&language).unwrap_or_default(),
        });
    }
    Ok(found)
}
