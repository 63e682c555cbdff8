//! What happened to an application and when, as its organisation may read it: the events
//! of the audit trail about the application that change what the applicant sees (created,
//! submitted, screened, reviewed, decided, appealed, withdrawn), oldest first. Saves of a
//! draft and who on the staff acted are left out.

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use crate::audit::AuditFilter;
use crate::auth::CurrentUser;
use crate::error::AppResult;

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

/// The timeline of an application the caller may see (404 for anyone else), oldest first.
pub async fn timeline(db: &impl ConnectionTrait, user: &CurrentUser, id: Uuid) -> AppResult<Vec<TimelineEntry>> {
    super::service::visible_application(db, user, id).await?;
    let filter = AuditFilter {
        subject_type: Some("application".to_owned()),
        subject_id: Some(id.to_string()),
    };
    let (events, _) = crate::audit::service::list_events(db, &filter, MAX_EVENTS, 0).await?;
    let mut entries: Vec<TimelineEntry> = events
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
