//! Do-no-harm risk assessments of two subjects, applications and sponsored trips (the
//! sponsorship endpoints call this domain's service): risks (category, likelihood x impact,
//! mitigation agreed with the CSO), a residual rating set by the officer, and approval;
//! a `high` residual needs a second officer, a `critical` one blocks any award. Members of
//! the organisation read the assessment and comment; reviewers and other applicants never
//! see it.

mod handlers;
pub mod json;
#[cfg(test)]
mod migration_tests;
pub mod rules;
pub mod service;
pub mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::ProblemKind;

pub use json::{RiskAssessmentRequest, RiskResponse, risk_responses};
pub use service::standing_of;

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[
    (
        "submit_risk_assessment",
        &[ProblemKind::RiskApproved, ProblemKind::RiskAssessmentExists],
    ),
    (
        "approve_risk_assessment",
        &[ProblemKind::ApprovalRefused, ProblemKind::ConcurrentChange],
    ),
];

/// Routes of risk assessment.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::submit_risk_assessment, handlers::get_risk_assessment))
        .routes(routes!(handlers::approve_risk_assessment))
        .routes(routes!(handlers::comment_on_risk_assessment))
}
