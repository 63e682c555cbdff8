//! Request and response bodies of the audit trail.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::service::Verification;
use super::store::audit_event;

/// Filters of `GET /audit`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    /// Only events about this kind of subject (`call`, `application`, `organisation`, `user`).
    pub subject_type: Option<String>,
    /// Only events about this subject.
    pub subject_id: Option<String>,
    /// Page size (default 50, at most 500).
    pub limit: Option<u64>,
    /// Number of events to skip.
    pub offset: Option<u64>,
    /// The `next_cursor` of the page before.
    pub cursor: Option<String>,
    /// Count the matching items on a later page too (`total`).
    pub count: Option<bool>,
}

/// One audit event.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEventResponse {
    /// Position in the chain.
    pub seq: i64,
    /// Event id.
    pub id: Uuid,
    /// Acting user, absent for the system.
    pub actor_id: Option<Uuid>,
    /// What was done.
    pub action: String,
    /// Kind of subject.
    pub subject_type: String,
    /// Subject id.
    pub subject_id: String,
    /// Before/after summary.
    pub summary: serde_json::Value,
    /// Reason given.
    pub reason: Option<String>,
    /// When.
    pub occurred_at: DateTime<Utc>,
    /// Hash of the previous event.
    pub prev_hash: String,
    /// This event's hash.
    pub hash: String,
}

impl From<audit_event::Model> for AuditEventResponse {
    fn from(row: audit_event::Model) -> Self {
        Self {
            seq: row.seq,
            id: row.id,
            actor_id: row.actor_id,
            action: row.action,
            subject_type: row.subject_type,
            subject_id: row.subject_id,
            summary: row.summary,
            reason: row.reason,
            occurred_at: row.occurred_at,
            prev_hash: row.prev_hash,
            hash: row.hash,
        }
    }
}

/// Result of `GET /audit/verify`.
#[derive(Debug, Serialize, ToSchema)]
pub struct VerificationResponse {
    /// Whether the whole chain verifies, agrees with its latest checkpoint, and no event
    /// has waited more than a minute to be linked into it.
    pub ok: bool,
    /// Events checked before the first broken link (or all).
    pub events_checked: u64,
    /// The first broken link, when there is one.
    pub first_broken: Option<BrokenLinkResponse>,
    /// The chain checked against its latest signed checkpoint (none before the first).
    pub checkpoint: Option<CheckpointCheckResponse>,
    /// Events committed with their change and not yet linked into the chain (not yet in
    /// `GET /audit`). Normally 0: each write links its events before it answers; events
    /// whose writer stopped between its commit and the link are linked by the next write,
    /// within a minute by the scheduler, or when the server starts.
    pub pending_events: u64,
    /// When the oldest pending event happened.
    pub oldest_pending_at: Option<DateTime<Utc>>,
    /// Why the pending events are a problem: the oldest has waited more than a minute, so
    /// linking is failing (the server's log says why).
    pub pending_problem: Option<String>,
}

impl From<Verification> for VerificationResponse {
    fn from(verification: Verification) -> Self {
        let ok = verification.ok();
        let Verification {
            chain,
            checkpoints,
            pending,
        } = verification;
        let checkpoint = checkpoints.into_iter().next().map(|finding| CheckpointCheckResponse {
            seq: finding.checkpoint.seq,
            hash: finding.checkpoint.hash,
            signed_at: finding.checkpoint.signed_at,
            ok: finding.problem.is_none(),
            problem: finding.problem,
        });
        Self {
            ok,
            events_checked: chain.events_checked,
            first_broken: chain.broken.map(|broken| BrokenLinkResponse {
                seq: broken.seq,
                problem: broken.problem,
            }),
            checkpoint,
            pending_events: pending.count,
            oldest_pending_at: pending.oldest,
            pending_problem: pending.problem,
        }
    }
}

/// The chain against a signed checkpoint.
#[derive(Debug, Serialize, ToSchema)]
pub struct CheckpointCheckResponse {
    /// The checkpoint's sequence number.
    pub seq: i64,
    /// The hash it signed.
    pub hash: String,
    /// When it was signed.
    pub signed_at: DateTime<Utc>,
    /// Whether its signature is the office's and the chain agrees with it.
    pub ok: bool,
    /// Why not.
    pub problem: Option<String>,
}

/// `GET /audit/key`: what an outside auditor needs to check checkpoints.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditKeyResponse {
    /// Always `Ed25519`.
    pub algorithm: String,
    /// The public key, 64 hex digits.
    pub public_key: String,
    /// What a checkpoint's signature covers.
    pub signed_message: String,
}

/// The first event that does not verify.
#[derive(Debug, Serialize, ToSchema)]
pub struct BrokenLinkResponse {
    /// Its sequence number.
    pub seq: i64,
    /// Why.
    pub problem: String,
}
