//! Persistence of audit events.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, NotSet,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select, Set, Statement, TransactionTrait,
};
use serde_json::Value;
use uuid::Uuid;

use super::rules::{self, ChainedEvent, EventContent, GENESIS_HASH};
use crate::error::AppResult;
use crate::keyset::{self, Listed, PageRequest};

/// The sea-orm entity of `audit_events`.
pub mod audit_event {
    use sea_orm::entity::prelude::*;

    /// One row of the audit trail.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "audit_events")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub seq: i64,
        pub id: Uuid,
        pub actor_id: Option<Uuid>,
        pub action: String,
        pub subject_type: String,
        pub subject_id: String,
        #[sea_orm(column_type = "JsonBinary")]
        pub summary: Json,
        pub reason: Option<String>,
        pub occurred_at: DateTimeUtc,
        pub prev_hash: String,
        pub hash: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// What a caller records.
#[derive(Debug, Clone)]
pub struct AuditEntry {
    /// The acting user; `None` for the system.
    pub actor_id: Option<Uuid>,
    /// What was done (`application.submitted`).
    pub action: &'static str,
    /// The kind of subject.
    pub subject_type: &'static str,
    /// The subject's id.
    pub subject_id: Uuid,
    /// Before/after summary.
    pub summary: Value,
    /// The reason given, if any.
    pub reason: Option<String>,
}

impl AuditEntry {
    /// A record came into being; `after` is what it holds.
    pub fn created(
        actor_id: Uuid,
        action: &'static str,
        subject_type: &'static str,
        subject_id: Uuid,
        after: Value,
    ) -> Self {
        Self {
            actor_id: Some(actor_id),
            action,
            subject_type,
            subject_id,
            summary: serde_json::json!({ "after": after }),
            reason: None,
        }
    }

    /// A record changed; the summary keeps only the fields that differ.
    pub fn updated(
        actor_id: Uuid,
        action: &'static str,
        subject_type: &'static str,
        subject_id: Uuid,
        before: &Value,
        after: &Value,
    ) -> Self {
        Self {
            actor_id: Some(actor_id),
            action,
            subject_type,
            subject_id,
            summary: rules::changes(before, after),
            reason: None,
        }
    }

    /// A record moved from one status to another, with the reason given.
    pub fn status_changed(
        actor_id: Uuid,
        action: &'static str,
        subject_type: &'static str,
        subject_id: Uuid,
        (from, to): (impl serde::Serialize, impl serde::Serialize),
        reason: Option<String>,
    ) -> Self {
        Self {
            actor_id: Some(actor_id),
            action,
            subject_type,
            subject_id,
            summary: serde_json::json!({ "before": { "status": from }, "after": { "status": to } }),
            reason,
        }
    }

    /// Adds a detail (such as the money moved) to the summary.
    pub fn with(mut self, key: &str, value: Value) -> Self {
        if let Value::Object(map) = &mut self.summary {
            map.insert(key.to_owned(), value);
        }
        self
    }
}

/// The sea-orm entity of `audit_pending` (migration 45): events committed with their
/// change and not yet linked into the chain.
pub mod pending_event {
    use sea_orm::entity::prelude::*;

    /// An event waiting to be linked; `ord` is the order it was stored in.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "audit_pending")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub ord: i64,
        pub id: Uuid,
        pub actor_id: Option<Uuid>,
        pub action: String,
        pub subject_type: String,
        pub subject_id: String,
        #[sea_orm(column_type = "JsonBinary")]
        pub summary: Json,
        pub reason: Option<String>,
        pub occurred_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Records an event inside the caller's transaction, anywhere in it: the event is stored
/// unlinked (no lock is taken) and joins the chain when the transaction has committed and
/// [`link`] runs. A transaction that records ends with [`commit`], which links.
pub async fn record(txn: &impl ConnectionTrait, entry: AuditEntry, now: DateTime<Utc>) -> AppResult<()> {
    stage(txn, vec![entry], now).await
}

/// Records `entries` (in order) and commits the transaction, then links every pending
/// event into the chain, in a second, short transaction under the chain's lock (see
/// [`link`]; concurrent requests to one replica share it, see [`super::linker`]), so that
/// when this answers the events are in the chain. Every write that
/// records events ends with this. The write's own transaction takes no lock, so
/// PostgreSQL flushes the commits of concurrent writes together. When linking fails the
/// change stands and its events stay pending, safely stored: the next write, the
/// scheduler (every minute) or the next start links them; the failure is logged.
pub async fn commit(
    db: &DatabaseConnection,
    txn: DatabaseTransaction,
    entries: Vec<AuditEntry>,
    now: DateTime<Utc>,
) -> AppResult<()> {
    stage(&txn, entries, now).await?;
    txn.commit().await?;
    if let Err(error) = super::linker::link_committed(db).await {
        tracing::warn!(
            error = %error.problem().detail,
            "linking audit events failed: they stay pending until the next write, the scheduler or a restart links them"
        );
    }
    Ok(())
}

/// Stores `entries` unlinked, in order, in one statement.
async fn stage(txn: &impl ConnectionTrait, entries: Vec<AuditEntry>, now: DateTime<Utc>) -> AppResult<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let occurred_at = rules::to_stored_precision(now);
    let rows = entries.into_iter().map(|entry| pending_event::ActiveModel {
        ord: NotSet,
        id: Set(Uuid::new_v4()),
        actor_id: Set(entry.actor_id),
        action: Set(entry.action.to_owned()),
        subject_type: Set(entry.subject_type.to_owned()),
        subject_id: Set(entry.subject_id.to_string()),
        summary: Set(entry.summary),
        reason: Set(entry.reason),
        occurred_at: Set(occurred_at),
    });
    pending_event::Entity::insert_many(rows)
        .exec_without_returning(txn)
        .await?;
    Ok(())
}

/// The most events one linking transaction takes (one insert of that many rows stays
/// within both engines' limits on bound values).
const LINK_BATCH: usize = 500;

/// Links every committed pending event into the chain, oldest stored first; answers how
/// many. Each run of up to [`LINK_BATCH`] events is one transaction: on PostgreSQL it takes
/// the chain's advisory lock (`pg_advisory_xact_lock`, which serialises linking across
/// replicas; SQLite has one writer), takes the pending events out (one `DELETE ...
/// RETURNING`), reads the chain's head and inserts the events after it (one statement),
/// and commits. Under load one run links the events of many writes: the requests of one
/// replica share their runs (see [`super::linker`]), and a run that finds everything taken
/// by another replica's ends an empty transaction. Chain order is link order, so
/// `occurred_at` (the write's instant) may step back slightly along the chain.
pub async fn link(db: &DatabaseConnection) -> AppResult<u64> {
    let mut linked = 0;
    loop {
        let run = link_run(db).await?;
        linked += run as u64;
        if run < LINK_BATCH {
            return Ok(linked);
        }
    }
}

/// One linking transaction; answers how many events it linked.
async fn link_run(db: &DatabaseConnection) -> AppResult<usize> {
    let txn = db.begin().await?;
    let backend = txn.get_database_backend();
    if crate::db::is_postgres(&txn) {
        // A prepared statement, so the connection's statement log sees it.
        let lock = Statement::from_string(backend, "SELECT pg_advisory_xact_lock(7262026)");
        txn.execute_raw(lock).await?;
    }
    let taken = Statement::from_string(
        backend,
        format!(
            "DELETE FROM audit_pending WHERE ord IN (SELECT ord FROM audit_pending ORDER BY ord LIMIT {LINK_BATCH}) \
             RETURNING ord, id, actor_id, action, subject_type, subject_id, summary, reason, occurred_at"
        ),
    );
    let mut pending = pending_event::Entity::find().from_raw_sql(taken).all(&txn).await?;
    if pending.is_empty() {
        txn.commit().await?;
        return Ok(0);
    }
    pending.sort_by_key(|event| event.ord);
    let count = pending.len();
    let (mut seq, mut prev_hash) = head(&txn).await?.unwrap_or((0, GENESIS_HASH.to_owned()));
    let mut rows = Vec::with_capacity(count);
    for event in pending {
        seq += 1;
        let row = chained(seq, prev_hash, event);
        prev_hash = row.hash.clone();
        rows.push(audit_event::ActiveModel::from(row));
    }
    audit_event::Entity::insert_many(rows)
        .exec_without_returning(&txn)
        .await?;
    txn.commit().await?;
    Ok(count)
}

/// How many events wait to be linked, and when the oldest of them happened.
pub async fn pending_summary(db: &impl ConnectionTrait) -> AppResult<(u64, Option<DateTime<Utc>>)> {
    let count = pending_event::Entity::find().count(db).await?;
    let oldest = pending_event::Entity::find()
        .order_by_asc(pending_event::Column::Ord)
        .one(db)
        .await?
        .map(|event| event.occurred_at);
    Ok((count, oldest))
}

/// What happened to one subject, as its history reads it: an event of the chain or one
/// committed and still waiting to be linked.
#[derive(Debug, Clone, PartialEq)]
pub struct SubjectEvent {
    /// The event's id.
    pub id: Uuid,
    /// The acting user; `None` for the system.
    pub actor_id: Option<Uuid>,
    /// What was done.
    pub action: String,
    /// Before/after summary.
    pub summary: Value,
    /// The reason given, if any.
    pub reason: Option<String>,
    /// When.
    pub occurred_at: DateTime<Utc>,
}

/// Up to `limit` events about one subject, newest first: those still pending (they join
/// the chain after every linked one) and then the chain's. The pending ones are read first
/// and any linked meanwhile are read again from the chain, so none is lost or doubled.
pub async fn subject_events(
    db: &impl ConnectionTrait,
    subject_type: &str,
    subject_id: &str,
    limit: u64,
) -> AppResult<Vec<SubjectEvent>> {
    let pending = pending_event::Entity::find()
        .filter(pending_event::Column::SubjectType.eq(subject_type))
        .filter(pending_event::Column::SubjectId.eq(subject_id))
        .order_by_desc(pending_event::Column::Ord)
        .limit(limit)
        .all(db)
        .await?;
    let filter = AuditFilter {
        subject_type: Some(subject_type.to_owned()),
        subject_id: Some(subject_id.to_owned()),
    };
    let linked = list_query(&filter, None).limit(limit).all(db).await?;
    let linked_ids: std::collections::HashSet<Uuid> = linked.iter().map(|event| event.id).collect();
    Ok(pending
        .into_iter()
        .filter(|event| !linked_ids.contains(&event.id))
        .map(|event| SubjectEvent {
            id: event.id,
            actor_id: event.actor_id,
            action: event.action,
            summary: event.summary,
            reason: event.reason,
            occurred_at: event.occurred_at,
        })
        .chain(linked.into_iter().map(|event| SubjectEvent {
            id: event.id,
            actor_id: event.actor_id,
            action: event.action,
            summary: event.summary,
            reason: event.reason,
            occurred_at: event.occurred_at,
        }))
        .take(limit as usize)
        .collect())
}

/// The pending `event` as event `seq` of the chain, after the event hashed `prev_hash`.
fn chained(seq: i64, prev_hash: String, event: pending_event::Model) -> audit_event::Model {
    let content = EventContent {
        seq,
        id: event.id,
        actor_id: event.actor_id,
        action: event.action,
        subject_type: event.subject_type,
        subject_id: event.subject_id,
        summary: event.summary,
        reason: event.reason,
        occurred_at: event.occurred_at,
    };
    let hash = rules::hash_event(&prev_hash, &content);
    audit_event::Model {
        seq: content.seq,
        id: content.id,
        actor_id: content.actor_id,
        action: content.action,
        subject_type: content.subject_type,
        subject_id: content.subject_id,
        summary: content.summary,
        reason: content.reason,
        occurred_at: content.occurred_at,
        prev_hash,
        hash,
    }
}

/// Filters of the audit list.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// Only events about this kind of subject.
    pub subject_type: Option<String>,
    /// Only events about this subject.
    pub subject_id: Option<String>,
}

/// The audit list's query, newest first (`seq DESC`), after the event `after` when given;
/// served by the primary key or `(subject_type, subject_id, seq DESC)`.
pub fn list_query(filter: &AuditFilter, after: Option<i64>) -> Select<audit_event::Entity> {
    let mut query = audit_event::Entity::find();
    if let Some(subject_type) = &filter.subject_type {
        query = query.filter(audit_event::Column::SubjectType.eq(subject_type.clone()));
    }
    if let Some(subject_id) = &filter.subject_id {
        query = query.filter(audit_event::Column::SubjectId.eq(subject_id.clone()));
    }
    if let Some(seq) = after {
        query = query.filter(audit_event::Column::Seq.lt(seq));
    }
    query.order_by_desc(audit_event::Column::Seq)
}

/// One page of events, newest first (keyset by `cursor`), counted when asked.
pub async fn list_page(
    db: &impl ConnectionTrait,
    filter: &AuditFilter,
    page: &PageRequest,
) -> AppResult<Listed<audit_event::Model>> {
    keyset::fetch(db, page, |after| list_query(filter, after), |row| row.seq).await
}

/// One page of events, newest first, and the total.
pub async fn list(
    db: &impl ConnectionTrait,
    filter: &AuditFilter,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<audit_event::Model>, u64)> {
    Ok(list_page(db, filter, &PageRequest::counted(limit, offset))
        .await?
        .into_counted())
}

/// The outcome of verifying the whole chain.
#[derive(Debug, Clone)]
pub struct ChainReport {
    /// How many events were checked before stopping.
    pub events_checked: u64,
    /// The first broken link, if any.
    pub broken: Option<rules::BrokenLink>,
}

/// Recomputes the chain in runs of 1,000 events, in sequence order, from the lowest
/// sequence stored: the chain must run contiguously from 1, so a row numbered 0 or below is
/// a broken link, not a row verify skips. Every row of the table must be covered: the
/// count of rows is compared with the events checked.
pub async fn verify(db: &impl ConnectionTrait) -> AppResult<ChainReport> {
    const RUN: u64 = 1000;
    let mut prev_hash = GENESIS_HASH.to_owned();
    let mut next_seq = 1;
    let mut checked = 0;
    let mut from = i64::MIN;
    loop {
        let rows = audit_event::Entity::find()
            .filter(audit_event::Column::Seq.gte(from))
            .order_by_asc(audit_event::Column::Seq)
            .limit(RUN)
            .all(db)
            .await?;
        let events: Vec<ChainedEvent> = rows.into_iter().map(to_chained).collect();
        match rules::verify_run(prev_hash, next_seq, &events) {
            Ok(hash) => {
                checked += events.len() as u64;
                if (events.len() as u64) < RUN {
                    let rows = audit_event::Entity::find().count(db).await?;
                    let broken = (rows != checked).then(|| rules::BrokenLink {
                        seq: next_seq + events.len() as i64,
                        problem: format!("the table holds {rows} events but the chain covers {checked}"),
                    });
                    return Ok(ChainReport {
                        events_checked: checked,
                        broken,
                    });
                }
                prev_hash = hash;
                next_seq += events.len() as i64;
                from = next_seq;
            }
            Err(broken) => {
                checked += (broken.seq - next_seq).max(0) as u64;
                return Ok(ChainReport {
                    events_checked: checked,
                    broken: Some(broken),
                });
            }
        }
    }
}

/// The chain's last event: (sequence, hash), or `None` when the chain is empty.
pub async fn head(db: &impl ConnectionTrait) -> AppResult<Option<(i64, String)>> {
    Ok(audit_event::Entity::find()
        .order_by_desc(audit_event::Column::Seq)
        .one(db)
        .await?
        .map(|event| (event.seq, event.hash)))
}

/// The hash of the event with this sequence number.
pub async fn hash_at(db: &impl ConnectionTrait, seq: i64) -> AppResult<Option<String>> {
    Ok(audit_event::Entity::find_by_id(seq)
        .one(db)
        .await?
        .map(|event| event.hash))
}

/// The sea-orm entity of `audit_checkpoints`.
pub mod checkpoint {
    use sea_orm::entity::prelude::*;

    /// A signed checkpoint of the chain's head.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "audit_checkpoints")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub seq: i64,
        pub hash: String,
        pub signed_at: DateTimeUtc,
        pub public_key: String,
        pub signature: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Stores a checkpoint.
pub async fn insert_checkpoint(db: &impl ConnectionTrait, signed: &rules::Checkpoint) -> AppResult<()> {
    checkpoint::ActiveModel {
        id: Set(Uuid::new_v4()),
        seq: Set(signed.seq),
        hash: Set(signed.hash.clone()),
        signed_at: Set(signed.signed_at),
        public_key: Set(signed.public_key.clone()),
        signature: Set(signed.signature.clone()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The latest stored checkpoint (by sequence, then time).
pub async fn latest_checkpoint(db: &impl ConnectionTrait) -> AppResult<Option<rules::Checkpoint>> {
    Ok(checkpoint::Entity::find()
        .order_by_desc(checkpoint::Column::Seq)
        .order_by_desc(checkpoint::Column::SignedAt)
        .one(db)
        .await?
        .map(|row| rules::Checkpoint {
            seq: row.seq,
            hash: row.hash,
            signed_at: row.signed_at,
            public_key: row.public_key,
            signature: row.signature,
        }))
}

fn to_chained(row: audit_event::Model) -> ChainedEvent {
    ChainedEvent {
        content: EventContent {
            seq: row.seq,
            id: row.id,
            actor_id: row.actor_id,
            action: row.action,
            subject_type: row.subject_type,
            subject_id: row.subject_id,
            summary: row.summary,
            reason: row.reason,
            occurred_at: row.occurred_at,
        },
        prev_hash: row.prev_hash,
        hash: row.hash,
    }
}
