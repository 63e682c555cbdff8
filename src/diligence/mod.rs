//! Due diligence per organisation: the standard checklist, screening of the
//! organisation's and its members' names against the sanctions list, adjudication of each
//! candidate match by an officer (a match is a flag for a human, never a rejection), and
//! completion, valid for a configurable number of months. The latest completed assessment
//! is the organisation's standing; an award needs it passed and unexpired.

mod handlers;
pub mod json;
pub mod rules;
pub mod service;
pub mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::ProblemKind;

pub use service::standing_of;

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[
    ("open_due_diligence", &[ProblemKind::AssessmentOpen]),
    ("update_due_diligence", &[ProblemKind::AssessmentCompleted]),
    (
        "screen_organisation",
        &[ProblemKind::NoSanctionsList, ProblemKind::AssessmentCompleted],
    ),
    ("adjudicate_match", &[ProblemKind::AssessmentCompleted]),
    (
        "complete_due_diligence",
        &[
            ProblemKind::AssessmentIncomplete,
            ProblemKind::ScreeningOutdated,
            ProblemKind::AssessmentCompleted,
            ProblemKind::ConcurrentChange,
        ],
    ),
];

/// Routes of due diligence.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::open_due_diligence, handlers::list_due_diligence))
        .routes(routes!(handlers::get_due_diligence, handlers::update_due_diligence))
        .routes(routes!(handlers::screen_organisation))
        .routes(routes!(handlers::adjudicate_match))
        .routes(routes!(handlers::complete_due_diligence))
}
