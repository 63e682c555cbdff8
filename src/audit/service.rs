//! Reading the audit trail, shared by every entry point: a page of events, the
//! verification of the hash chain against its latest signed checkpoint (or a list of
//! checkpoints kept elsewhere), and the writing of checkpoints (the hourly job, the CLI).
//! Recording is [`crate::audit::record`] and [`crate::audit::commit`], called inside the
//! transaction of each change; linking what was recorded into the chain is
//! [`crate::audit::link`], run by `commit` after the change's commit and by
//! [`link_pending`].

use std::io::Write;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection};

use super::keys::AuditKey;
use super::rules::{self, Checkpoint};
use super::store::{self, AuditFilter, ChainReport, SubjectEvent, audit_event};
use crate::error::{AppError, AppResult};

/// One page of events, newest first, optionally about one kind of subject or one subject,
/// and the total.
pub async fn list_events(
    db: &impl ConnectionTrait,
    filter: &AuditFilter,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<audit_event::Model>, u64)> {
    store::list(db, filter, limit, offset).await
}

/// The full names of the people who acted in these events, by user id (one query).
pub async fn actor_names(
    db: &impl ConnectionTrait,
    events: &[audit_event::Model],
) -> AppResult<std::collections::HashMap<uuid::Uuid, String>> {
    let ids = events.iter().filter_map(|event| event.actor_id).collect();
    crate::auth::service::full_names(db, ids).await
}

/// One page of events (see `list_events`), by keyset `cursor`, counted when
/// asked.
pub async fn list_events_page(
    db: &impl ConnectionTrait,
    filter: &AuditFilter,
    page: &crate::keyset::PageRequest,
) -> AppResult<crate::keyset::Listed<audit_event::Model>> {
    store::list_page(db, filter, page).await
}

/// Recomputes the whole hash chain and reports the first broken link, if any.
pub async fn verify_chain(db: &impl ConnectionTrait) -> AppResult<ChainReport> {
    store::verify(db).await
}

/// What a checkpoint says of the chain.
#[derive(Debug, Clone)]
pub struct CheckpointFinding {
    /// The checkpoint.
    pub checkpoint: Checkpoint,
    /// Why the chain disagrees with it (or its signature is not the office's); `None` when
    /// they agree.
    pub problem: Option<String>,
}

/// The events committed and not yet linked into the chain.
#[derive(Debug, Clone)]
pub struct PendingReport {
    /// How many.
    pub count: u64,
    /// When the oldest of them happened.
    pub oldest: Option<DateTime<Utc>>,
    /// Why their waiting is a problem (the oldest waited past the grace), if it is.
    pub problem: Option<String>,
}

/// What verification found: the chain, each checkpoint, and the events still pending.
#[derive(Debug, Clone)]
pub struct Verification {
    /// The chain recomputed.
    pub chain: ChainReport,
    /// The chain against each checkpoint.
    pub checkpoints: Vec<CheckpointFinding>,
    /// The events waiting to be linked.
    pub pending: PendingReport,
}

impl Verification {
    /// Whether everything holds: the chain, every checkpoint, and no event left unlinked
    /// past the grace.
    pub fn ok(&self) -> bool {
        self.problems().is_empty()
    }

    /// Every problem found, in words.
    pub fn problems(&self) -> Vec<String> {
        let chain = self
            .chain
            .broken
            .as_ref()
            .map(|broken| format!("event {}: {}", broken.seq, broken.problem));
        let checkpoints = self.checkpoints.iter().filter_map(|finding| finding.problem.clone());
        chain
            .into_iter()
            .chain(checkpoints)
            .chain(self.pending.problem.clone())
            .collect()
    }
}

/// Verifies the chain, then checks it against each of `checkpoints` (the latest stored one
/// when `None`): its signature under the office's key, and the chain's length and hash at
/// its sequence. A rewrite of the whole chain, or events deleted from its end, show here.
/// Reports the events still waiting to be linked at `now` too; it links none itself (it
/// only reads, so it runs against a read-only copy as well).
pub async fn verify_with_checkpoints(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    key: &AuditKey,
    checkpoints: Option<Vec<Checkpoint>>,
) -> AppResult<Verification> {
    let report = store::verify(db).await?;
    let checkpoints = match checkpoints {
        Some(list) => list,
        None => store::latest_checkpoint(db).await?.into_iter().collect(),
    };
    let length = store::head(db).await?.map_or(0, |(seq, _)| seq);
    let mut findings = Vec::new();
    for checkpoint in checkpoints {
        let hash = store::hash_at(db, checkpoint.seq).await?;
        let problem = rules::check_signature(&key.verifying(), &checkpoint)
            .and_then(|()| rules::check_against_checkpoint(&checkpoint, length, hash.as_deref()))
            .err();
        findings.push(CheckpointFinding { checkpoint, problem });
    }
    let (count, oldest) = store::pending_summary(db).await?;
    Ok(Verification {
        chain: report,
        checkpoints: findings,
        pending: PendingReport {
            count,
            oldest,
            problem: rules::check_pending(count, oldest, now).err(),
        },
    })
}

/// Links every committed pending event into the chain (see [`crate::audit::link`]): what
/// the scheduler runs every minute and `grantdesk serve` at start, for events whose writer
/// stopped between its commit and its link. Answers how many it linked.
pub async fn link_pending(db: &DatabaseConnection) -> AppResult<u64> {
    let linked = store::link(db).await?;
    if linked > 0 {
        tracing::info!(linked, "linked pending audit events into the chain");
    }
    Ok(linked)
}

/// Up to `limit` events about one subject, newest first, those committed and not yet linked
/// included (see [`store::subject_events`]): what a subject's history is read from.
pub async fn subject_events(
    db: &impl ConnectionTrait,
    subject_type: &str,
    subject_id: &str,
    limit: u64,
) -> AppResult<Vec<SubjectEvent>> {
    store::subject_events(db, subject_type, subject_id, limit).await
}

/// Signs a checkpoint of the chain's head, stores it, and appends it as one JSON line to
/// the file of `GRANTDESK_AUDIT_CHECKPOINT_TO` when set, so a copy lives outside the
/// database. Nothing is written while the chain is empty.
pub async fn checkpoint(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    key: &AuditKey,
    copy_to: Option<&str>,
) -> AppResult<Option<Checkpoint>> {
    let Some((seq, hash)) = store::head(db).await? else {
        return Ok(None);
    };
    let signed = rules::sign_checkpoint(key.signing(), (seq, &hash), now);
    store::insert_checkpoint(db, &signed).await?;
    if let Some(path) = copy_to {
        append_line(path, &signed).map_err(|error| {
            AppError::Internal(format!("the checkpoint was stored but not appended to {path}: {error}"))
        })?;
    }
    Ok(Some(signed))
}

/// Reads a file of checkpoints, one JSON object a line (as `checkpoint` appends them);
/// blank lines are skipped, a line that does not read is named.
pub fn read_checkpoints(text: &str) -> Result<Vec<Checkpoint>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            serde_json::from_str(line).map_err(|error| format!("line {}: not a checkpoint: {error}", index + 1))
        })
        .collect()
}

fn append_line(path: &str, signed: &Checkpoint) -> std::io::Result<()> {
    let line = serde_json::to_string(signed).map_err(std::io::Error::other)?;
    let mut file = std::fs::OpenOptions::new().create(true).append(true).open(path)?;
    writeln!(file, "{line}")?;
    file.sync_data()
}
