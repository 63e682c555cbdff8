//! Conferences whose travel the office sponsors: `draft -> open -> closed -> held`. An event
//! carries its sponsorship budget, its currency, the daily subsistence allowance (DSA) of
//! its city (from `fixtures/dsa-rates.csv` on its first day, converted with the event's
//! exchange rates, or set by the officer with a reason) and the terminal expenses per
//! journey end (`fixtures/travel.toml`).

mod handlers;
pub mod json;
pub mod rules;
pub mod service;
pub mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::ProblemKind;

pub use service::{currency_of, rates_of, visible_event};

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[
    (
        "publish_event",
        &[ProblemKind::InvalidTransition, ProblemKind::ConcurrentChange],
    ),
    (
        "close_event",
        &[ProblemKind::InvalidTransition, ProblemKind::ConcurrentChange],
    ),
    (
        "hold_event",
        &[ProblemKind::InvalidTransition, ProblemKind::ConcurrentChange],
    ),
];

/// Routes of events.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::create_event, handlers::list_events))
        .routes(routes!(handlers::get_event))
        .routes(routes!(handlers::publish_event))
        .routes(routes!(handlers::close_event))
        .routes(routes!(handlers::hold_event))
}
