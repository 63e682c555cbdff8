//! Request and response bodies of the audit trail.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

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
    /// Whether the whole chain verifies.
    pub ok: bool,
    /// Events checked before the first broken link (or all).
    pub events_checked: u64,
    /// The first broken link, when there is one.
    pub first_broken: Option<BrokenLinkResponse>,
    /// The chain checked against its latest signed checkpoint (none before the first).
    pub checkpoint: Option<CheckpointCheckResponse>,
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
