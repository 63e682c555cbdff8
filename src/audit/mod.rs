//! The audit trail: every state change and every create/update writes an event, in the
//! same transaction as the change, stored unlinked (`audit_pending`) without a lock; right
//! after the commit the writer links every pending event into the chain under the chain's
//! lock, in a short second transaction (`store::link`), so the commits of concurrent
//! writes are flushed together instead of one after another. Events left pending by a
//! writer that stopped between the two are linked by the next write, the scheduler (every
//! minute) or the next start, and `GET /audit/verify` reports any that wait too long.
//! Events form a SHA-256 hash chain (each hash covers the
//! previous event's hash and this event's content), so a changed or deleted row is
//! detected by `GET /audit/verify`. The table is append-only: no code path updates or
//! deletes it. Verification requires the chain to run contiguously from 1 and to cover
//! every row. Because whoever can write the table could rewrite the whole chain, the
//! scheduler signs a checkpoint of the chain's head every hour (and `grantdesk audit
//! checkpoint` on demand) with an Ed25519 key held outside the database (`keys.rs`);
//! checkpoints are stored and appended to a file outside the database, and the chain is
//! verified against them. The public key is published at `GET /audit/key`.

mod handlers;
mod json;
pub mod keys;
pub mod linker;
pub mod rules;
pub mod service;
mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;

pub use store::{AuditEntry, AuditFilter, SubjectEvent, audit_event, commit, link, list_query, record};

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[];

/// Routes of the audit trail.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::list_audit_events))
        .routes(routes!(handlers::verify_audit_chain))
        .routes(routes!(handlers::show_audit_key))
}
