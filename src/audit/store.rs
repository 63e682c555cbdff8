//! Persistence of audit events.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Select, Set,
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

/// Appends an event to the chain, inside the caller's transaction. On PostgreSQL an
/// advisory transaction lock serialises appends across replicas (SQLite has one writer)
/// and is held until the commit: call this as the transaction's last step, or better
/// [`commit`], which appends and commits.
pub async fn record(txn: &impl ConnectionTrait, entry: AuditEntry, now: DateTime<Utc>) -> AppResult<()> {
    append(txn, vec![entry], now).await
}

/// Appends `entries` to the chain, in order, and commits the transaction: the chain's
/// lock is the transaction's last step, so it is held only for the append and the commit.
/// Every write that records events ends with this.
pub async fn commit(txn: DatabaseTransaction, entries: Vec<AuditEntry>, now: DateTime<Utc>) -> AppResult<()> {
    append(&txn, entries, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Takes the chain's lock, reads its head and inserts `entries` after it in one statement.
async fn append(txn: &impl ConnectionTrait, entries: Vec<AuditEntry>, now: DateTime<Utc>) -> AppResult<()> {
    if entries.is_empty() {
        return Ok(());
    }
    if crate::db::is_postgres(txn) {
        // A prepared statement, so the connection's statement log sees it.
        let lock = sea_orm::Statement::from_string(txn.get_database_backend(), "SELECT pg_advisory_xact_lock(7262026)");
        txn.execute_raw(lock).await?;
    }
    let last = audit_event::Entity::find()
        .order_by_desc(audit_event::Column::Seq)
        .one(txn)
        .await?;
    let (mut seq, mut prev_hash) = match last {
        Some(event) => (event.seq, event.hash),
        None => (0, GENESIS_HASH.to_owned()),
    };
    let occurred_at = rules::to_stored_precision(now);
    let mut rows = Vec::with_capacity(entries.len());
    for entry in entries {
        seq += 1;
        let row = chained(seq, prev_hash, entry, occurred_at);
        prev_hash = row.hash.clone();
        rows.push(audit_event::ActiveModel::from(row));
    }
    audit_event::Entity::insert_many(rows)
        .exec_without_returning(txn)
        .await?;
    Ok(())
}

/// The row of `entry` as event `seq` of the chain, after the event hashed `prev_hash`.
fn chained(seq: i64, prev_hash: String, entry: AuditEntry, occurred_at: DateTime<Utc>) -> audit_event::Model {
    let content = EventContent {
        seq,
        id: Uuid::new_v4(),
        actor_id: entry.actor_id,
        action: entry.action.to_owned(),
        subject_type: entry.subject_type.to_owned(),
        subject_id: entry.subject_id.to_string(),
        summary: entry.summary,
        reason: entry.reason,
        occurred_at,
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
