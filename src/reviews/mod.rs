//! Review: officers assign reviewers to eligible applications (the first assignment moves
//! the application to `under_review`); a reviewer who is a member of the applicant
//! organisation is refused automatically, and a reviewer may declare a conflict, which ends
//! the assignment. Reviewers score each rubric criterion and may save a draft (which
//! counts nowhere) and change it until they submit it; a submitted review is final and
//! counts in the ranking. Nothing changes once the application has a decision (409
//! `review-frozen`, as for a submitted review). When an
//! appeal sends the application back to review, an officer may reopen a review with a
//! reason (audited) so its reviewer can revise it. Officers read every review and the call's calibrated ranking (see `rules`).
//! A reviewer sees only the applications assigned to them; on a blind-review call, without
//! the organisation's identity.

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
        "assign_reviewer",
        &[
            ProblemKind::CallCancelled,
            ProblemKind::NotReadyForReview,
            ProblemKind::ConflictOfInterest,
            ProblemKind::AlreadyAssigned,
            ProblemKind::InvalidTransition,
            ProblemKind::ConcurrentChange,
        ],
    ),
    ("submit_review", &[ProblemKind::CallDecided, ProblemKind::ReviewFrozen]),
    ("reopen_review", &[ProblemKind::InvalidTransition]),
];

/// Routes of review.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::assign_reviewer, handlers::list_assignments))
        .routes(routes!(handlers::declare_conflict))
        .routes(routes!(handlers::submit_review, handlers::get_my_review))
        .routes(routes!(handlers::list_reviews))
        .routes(routes!(handlers::reopen_review))
        .routes(routes!(handlers::get_ranking))
}
