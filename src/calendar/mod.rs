//! Deadlines as iCalendar feeds, so that CSOs see them in any calendar app: a call's
//! opening and closing, and the caller's own upcoming deadlines (call closings where their
//! organisation has a draft, report due dates, appeal windows; for officers, due-diligence
//! expiries), read with the same queries as the reminders. Calendar apps subscribe with a
//! feed token of `POST /me/calendar` (random, stored hashed, revocable), since they cannot
//! send a bearer token.

mod handlers;
pub mod json;
pub mod rules;
pub mod service;
pub mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[];

/// Routes of the calendar feeds.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::call_deadlines))
        .routes(routes!(handlers::my_deadlines))
        .routes(routes!(handlers::issue_calendar_feed, handlers::revoke_calendar_feed))
}
