//! Applications of organisations to funding calls:
//! `draft -> submitted -> eligible | ineligible`, `eligible -> under_review -> awarded |
//! rejected`, `withdrawn` from any state before a decision, and appeals of a rejection or
//! ineligibility. No submission after the call's `closes_at`; no edits after submission.
//! Members of the applying organisation and officers, finance and admins see an
//! application; anyone else gets 404.

mod handlers;
pub mod json;
pub mod notices;
pub mod rules;
pub mod service;
pub mod store;
pub mod timeline;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::ProblemKind;

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[
    (
        "create_application",
        &[
            ProblemKind::CallNotOpen,
            ProblemKind::CallNotYetOpen,
            ProblemKind::CallClosed,
        ],
    ),
    ("update_application", &[ProblemKind::ApplicationNotDraft]),
    (
        "submit_application",
        &[
            ProblemKind::CallNotOpen,
            ProblemKind::CallNotYetOpen,
            ProblemKind::CallClosed,
            ProblemKind::InvalidTransition,
            ProblemKind::ConcurrentChange,
            ProblemKind::EmailUnverified,
        ],
    ),
    (
        "withdraw_application",
        &[ProblemKind::InvalidTransition, ProblemKind::ConcurrentChange],
    ),
    (
        "screen_eligibility",
        &[
            ProblemKind::CallCancelled,
            ProblemKind::InvalidTransition,
            ProblemKind::ConcurrentChange,
        ],
    ),
];

/// Routes of applications.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::create_application))
        .routes(routes!(handlers::list_applications))
        .routes(routes!(handlers::get_application, handlers::update_application))
        .routes(routes!(handlers::submit_application))
        .routes(routes!(handlers::withdraw_application))
        .routes(routes!(handlers::screen_eligibility))
}
