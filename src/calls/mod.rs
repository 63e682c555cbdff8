//! Funding calls: `draft -> open -> closed -> decided`, and `cancelled` from any state
//! before `decided`. A call publishes its eligibility criteria and scoring rubric; open,
//! closed and decided calls are readable without an account, drafts and cancelled calls
//! only by staff.

mod handlers;
pub mod json;
pub mod rules;
pub mod service;
pub mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::ProblemKind;

pub use service::{change_status, visible_call};

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[
    ("update_call", &[ProblemKind::CallNotDraft]),
    (
        "publish_call",
        &[
            ProblemKind::InvalidTransition,
            ProblemKind::CallClosesInPast,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "close_call",
        &[ProblemKind::InvalidTransition, ProblemKind::ConcurrentChange],
    ),
    (
        "cancel_call",
        &[ProblemKind::InvalidTransition, ProblemKind::ConcurrentChange],
    ),
];

/// Routes of funding calls.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::create_call, handlers::list_calls))
        .routes(routes!(handlers::get_call, handlers::update_call))
        .routes(routes!(handlers::publish_call))
        .routes(routes!(handlers::close_call))
        .routes(routes!(handlers::cancel_call))
}
