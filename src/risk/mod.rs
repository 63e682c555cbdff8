//! Do-no-harm risk assessments of applications (and, with the same rules, of sponsored
//! trips, see `sponsorships`): risks (category, likelihood x impact,
//! mitigation agreed with the CSO), a residual rating set by the officer, and approval;
//! a `high` residual needs a second officer, a `critical` one blocks any award. Members of
//! the organisation read the assessment and comment; reviewers and other applicants never
//! see it.

mod handlers;
pub mod rules;
pub mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;

pub use handlers::{RiskAssessmentRequest, RiskResponse, risk_responses};
pub use store::standing_of;

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[];

/// Routes of risk assessment.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::submit_risk_assessment, handlers::get_risk_assessment))
        .routes(routes!(handlers::approve_risk_assessment))
        .routes(routes!(handlers::comment_on_risk_assessment))
}
