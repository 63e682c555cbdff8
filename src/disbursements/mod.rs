//! Disbursements: one model of money paid against two kinds of source, an award (tranche)
//! or a travel sponsorship (advance and balance). `requested -> approved -> paid`, `cancelled` before paid.
//! Finance requests with an `Idempotency-Key`; another finance user approves (four eyes);
//! a payment in another currency counts `amount x fx_rate` against the award. Requested,
//! approved and paid money never exceeds the award or the tranche: the award's row is
//! locked while the sum is checked, so concurrent requests cannot overspend. A
//! sponsorship's ceiling follows its state (see `sponsorships::payments`).
//!
//! `service` holds the commands (request, approve, pay, cancel; every state change through
//! one `service::transition`) and `cancel_requested_of`, which an award's termination and a
//! sponsorship's cancellation call inside their own transactions.

mod handlers;
pub mod json;
pub mod rules;
pub mod service;
pub mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::ProblemKind;

pub use json::IDEMPOTENCY_KEY;
pub use service::cancel_requested_of;

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[
    (
        "request_award_disbursement",
        &[ProblemKind::AwardNotActive, ProblemKind::DisbursementCeiling],
    ),
    (
        "request_sponsorship_disbursement",
        &[
            ProblemKind::SponsorshipNotPayable,
            ProblemKind::RiskGate,
            ProblemKind::DisbursementCeiling,
        ],
    ),
    (
        "approve_disbursement",
        &[
            ProblemKind::InvalidTransition,
            ProblemKind::ConditionNotMet,
            ProblemKind::AwardNotActive,
            ProblemKind::SponsorshipNotPayable,
            ProblemKind::RiskGate,
            ProblemKind::RescreeningRequired,
            ProblemKind::DisbursementCeiling,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "pay_disbursement",
        &[
            ProblemKind::InvalidTransition,
            ProblemKind::RescreeningRequired,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "cancel_disbursement",
        &[ProblemKind::InvalidTransition, ProblemKind::ConcurrentChange],
    ),
];

/// Routes of disbursements.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(
            handlers::request_award_disbursement,
            handlers::list_award_disbursements
        ))
        .routes(routes!(
            handlers::request_sponsorship_disbursement,
            handlers::list_sponsorship_disbursements
        ))
        .routes(routes!(handlers::list_disbursements))
        .routes(routes!(handlers::get_disbursement))
        .routes(routes!(handlers::approve_disbursement))
        .routes(routes!(handlers::pay_disbursement))
        .routes(routes!(handlers::cancel_disbursement))
}
