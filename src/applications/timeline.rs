//! What happened to an application and when, as its organisation may read it: the events
//! of the audit trail about the application that change what the applicant sees (created,
//! submitted, screened, reviewed, decided, appealed, withdrawn), oldest first. Saves of a
//! draft and who on the staff acted are left out.

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::AppResult;

use super::json::FindingRecord;

/// The audit actions an applicant sees on their application's timeline.
pub const VISIBLE_ACTIONS: [&str; 11] = [
    "application.created",
    "application.submitted",
    "application.found_eligible",
    "application.found_ineligible",
    "application.review_started",
    "application.awarded",
    "application.rejected",
    "application.appealed",
    "application.appeal_upheld",
    "application.appeal_overturned",
    "application.withdrawn",
];

/// The audit actions that are findings or decisions: what an application's `history` lists.
pub const FINDING_ACTIONS: [&str; 7] = [
    "application.found_eligible",
    "application.found_ineligible",
    "application.awarded",
    "application.rejected",
    "application.appealed",
    "application.appeal_upheld",
    "application.appeal_overturned",
];

/// The most events a timeline reads (an application has a few dozen at most).
const MAX_EVENTS: u64 = 500;

/// One step of the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEntry {
    /// The audit action (`application.submitted`).
    pub action: String,
    /// When it happened.
    pub at: DateTime<Utc>,
}

/// Every finding and decision on an application, oldest first, read from the audit trail
/// (which nothing rewrites), so an overturned finding stays on record. `with_actor` says
/// whether the reader may learn who on the staff acted.
pub async fn history(db: &impl ConnectionTrait, id: Uuid, with_actor: bool) -> AppResult<Vec<FindingRecord>> {
    let mut records: Vec<FindingRecord> = events_of(db, id)
        .await?
        .into_iter()
        .filter_map(|event| {
            let action = event.action.strip_prefix("application.")?;
            FINDING_ACTIONS.contains(&event.action.as_str()).then(|| FindingRecord {
                action: action.to_owned(),
                at: event.occurred_at,
                by: event.actor_id.filter(|_| with_actor),
                reason: event.reason.clone(),
                failed_criteria: event
                    .summary
                    .get("failed_criteria")
                    .and_then(|value| serde_json::from_value(value.clone()).ok())
                    .unwrap_or_default(),
            })
        })
        .collect();
    records.reverse();
    Ok(records)
}

/// The audit events about an application, newest first, those committed and not yet
/// linked into the chain included: a status the application shows always has its step.
async fn events_of(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Vec<crate::audit::SubjectEvent>> {
    crate::audit::service::subject_events(db, "application", &id.to_string(), MAX_EVENTS).await
}

/// The timeline of an application the caller may see (404 for anyone else), oldest first.
pub async fn timeline(db: &impl ConnectionTrait, user: &CurrentUser, id: Uuid) -> AppResult<Vec<TimelineEntry>> {
    super::service::visible_application(db, user, id).await?;
    let mut entries: Vec<TimelineEntry> = events_of(db, id)
        .await?
        .into_iter()
        .filter(|event| VISIBLE_ACTIONS.contains(&event.action.as_str()))
        .map(|event| TimelineEntry {
            action: event.action,
            at: event.occurred_at,
        })
        .collect();
    entries.reverse();
    Ok(entries)
}
