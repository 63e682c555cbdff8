//! Decisions and appeals. An officer awards (with an amount and optional tranches) or
//! rejects an application under review, always with a reason the applicant reads; deciding
//! needs a submitted review unless the officer gives an override reason. Within the call's
//! appeal window a member of the organisation may appeal a rejection or an ineligibility,
//! once per finding; an officer other than the one who made the finding resolves it:
//! `upheld` (the finding stands) or `overturned` (back to review). A closed call whose
//! applications are all settled can be marked decided.

mod handlers;
pub mod json;
pub mod rules;
pub mod service;
pub mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::ProblemKind;

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[
    (
        "decide_application",
        &[
            ProblemKind::CallCancelled,
            ProblemKind::InvalidTransition,
            ProblemKind::NoReviews,
            ProblemKind::AwardPreconditions,
            ProblemKind::RescreeningRequired,
            ProblemKind::BudgetExceeded,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "file_appeal",
        &[
            ProblemKind::NothingToAppeal,
            ProblemKind::CallDecided,
            ProblemKind::AppealWindowClosed,
            ProblemKind::AlreadyAppealed,
            ProblemKind::InvalidTransition,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "resolve_appeal",
        &[
            ProblemKind::AppealResolved,
            ProblemKind::InvalidTransition,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "decide_call",
        &[
            ProblemKind::InvalidTransition,
            ProblemKind::CallNotSettled,
            ProblemKind::AppealWindowOpen,
            ProblemKind::ConcurrentChange,
        ],
    ),
];

/// Routes of decisions and appeals.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::decide_application))
        .routes(routes!(handlers::file_appeal, handlers::list_appeals))
        .routes(routes!(handlers::resolve_appeal))
        .routes(routes!(handlers::decide_call))
}
