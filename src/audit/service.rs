//! Reading the audit trail, shared by every entry point: a page of events and the
//! verification of the hash chain. Appending is [`crate::audit::record`], called inside the
//! transaction of each change.

use sea_orm::ConnectionTrait;

use super::store::{self, AuditFilter, ChainReport, audit_event};
use crate::error::AppResult;

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

/// Recomputes the whole hash chain and reports the first broken link, if any.
pub async fn verify_chain(db: &impl ConnectionTrait) -> AppResult<ChainReport> {
    store::verify(db).await
}
