//! Reminders and email. Scheduled jobs find what is due under each rule (`rules.rs`:
//! offsets relative to a deadline, or a repetition after a wait) among the domains' records
//! (`candidates.rs`) and enqueue one message per recipient in the outbox, whose unique
//! dedup key (rule, subject, occurrence, recipient) makes each reminder happen once across
//! runs and replicas. A delivery worker sends the outbox over SMTP with a lease and retries
//! (`delivery.rs`): at least once, never lost. Every message is also its recipient's in-app
//! notification. Wording lives in `templates/email/`, checked at start-up (`templates.rs`).

pub mod candidates;
mod delivery;
pub mod dev_mail;
pub mod digest;
mod handlers;
pub mod jobs;
pub mod json;
pub mod notices;
pub mod preferences;
pub mod rules;
pub mod service;
pub mod store;
pub mod templates;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;

pub use delivery::{Delivered, LEASE, Mailer, deliver_due, mailer_of};
pub use digest::enqueue_digests;
pub use jobs::{enqueue_due, run_once, start_scheduler};

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems =
    &[("retry_outbox_message", &[crate::error::ProblemKind::InvalidTransition])];

/// Routes of notifications and the outbox.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::list_notifications))
        .routes(routes!(handlers::mark_notification_read))
        .routes(routes!(handlers::list_outbox))
        .routes(routes!(handlers::retry_outbox_message))
        .routes(routes!(handlers::get_preferences, handlers::put_preferences))
}
