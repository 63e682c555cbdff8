//! Awards: created by an `awarded` decision with its amount, currency and tranches;
//! `pending_acceptance -> active -> completed | terminated`. The organisation's members
//! accept the terms explicitly (who and when are recorded). An award carries reporting
//! obligations (interim / final, narrative / financial) that members submit and officers
//! receive; a tranche's condition may name one. `GET /awards/{id}` shows what has been
//! disbursed and what is outstanding; it is completed once paid in full with every report
//! received, or terminated with a reason.
//!
//! `service` holds the commands every entry point shares (each state change through one
//! `service::transition`) and what other domains use: `create_award` inside a decision's
//! transaction, `find`, the award `response` and the letter.

mod handlers;
pub mod json;
pub mod letter;
pub mod rules;
pub mod service;
pub mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::ProblemKind;

pub use json::AwardResponse;
pub use service::{NewAward, create_award};

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[
    (
        "accept_award",
        &[ProblemKind::InvalidTransition, ProblemKind::ConcurrentChange],
    ),
    (
        "complete_award",
        &[
            ProblemKind::InvalidTransition,
            ProblemKind::AwardNotFinished,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "terminate_award",
        &[
            ProblemKind::InvalidTransition,
            ProblemKind::PaymentsInFlight,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "submit_report",
        &[ProblemKind::InvalidTransition, ProblemKind::ConcurrentChange],
    ),
    (
        "receive_report",
        &[ProblemKind::InvalidTransition, ProblemKind::ConcurrentChange],
    ),
];

/// Routes of awards.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::list_awards))
        .routes(routes!(handlers::get_award))
        .routes(routes!(handlers::accept_award))
        .routes(routes!(handlers::award_letter))
        .routes(routes!(handlers::complete_award))
        .routes(routes!(handlers::terminate_award))
        .routes(routes!(handlers::submit_report))
        .routes(routes!(handlers::receive_report))
}
