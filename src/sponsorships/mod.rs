//! Travel sponsorship: a member of an organisation asks the office to sponsor one traveller
//! to an event (at once, or as a draft submitted before the event's deadline); the
//! entitlement (DSA per night, terminal expenses per journey end, airfare in the event's
//! currency, rounded once) is computed, never typed. Officers approve
//! (within the event's budget, under its row lock), reject or waitlist, always with a
//! reason; cancelling an approved request promotes the waitlist in order. Representation
//! counts who asked and who is sponsored against the office's targets.
//!
//! After approval (`travel.rs`): finance pays an advance through `disbursements`; an officer
//! confirms attendance (`travelled`) and the balance follows; finance reconciles the actual
//! costs (`reconciled`), paying the difference or recording what is due back, then its
//! refund. A do-no-harm assessment may be attached to the trip; when attached it must be
//! approved (below critical) before the trip is approved; the assessment is the risk
//! domain's, with the trip as its subject. Rules in `payments.rs`.
//!
//! Handlers (`handlers.rs`, `travel.rs`, `letter.rs`) only extract, authorise, call one
//! service function and answer; `service.rs` and `travel_service.rs` hold the commands,
//! `representation.rs` the report and its CSV export, `overview_service.rs` what the staff
//! workspace reads of events as a whole (budget, counts, waitlist), `json.rs` the bodies.

mod handlers;
pub mod json;
mod letter;
pub mod overview_service;
pub mod passport;
pub mod passport_service;
pub mod payments;
pub mod representation;
pub mod rules;
pub mod service;
pub mod store;
mod travel;
pub mod travel_service;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::ProblemKind;

pub use letter::letter_pdf;
pub use service::{currency_of_request, lock_payable};

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[
    (
        "request_sponsorship",
        &[
            ProblemKind::EventNotOpen,
            ProblemKind::DeadlinePassed,
            ProblemKind::DuplicateTraveller,
            ProblemKind::EmailUnverified,
        ],
    ),
    (
        "submit_sponsorship",
        &[
            ProblemKind::InvalidTransition,
            ProblemKind::EventNotOpen,
            ProblemKind::DeadlinePassed,
            ProblemKind::DuplicateTraveller,
            ProblemKind::ConcurrentChange,
            ProblemKind::EmailUnverified,
        ],
    ),
    (
        "decide_sponsorship",
        &[
            ProblemKind::InvalidTransition,
            ProblemKind::RiskGate,
            ProblemKind::BudgetExceeded,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "cancel_sponsorship",
        &[
            ProblemKind::InvalidTransition,
            ProblemKind::PaymentApproved,
            ProblemKind::ConcurrentChange,
        ],
    ),
    ("sponsorship_letter", &[ProblemKind::LetterUnavailable]),
    (
        "set_passport_details",
        &[ProblemKind::InvalidTransition, ProblemKind::DocumentLocked],
    ),
    (
        "confirm_travel",
        &[
            ProblemKind::InvalidTransition,
            ProblemKind::NotYetTravelled,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "confirm_trip",
        &[
            ProblemKind::InvalidTransition,
            ProblemKind::NotYetTravelled,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "reconcile",
        &[
            ProblemKind::InvalidTransition,
            ProblemKind::PaymentsInFlight,
            ProblemKind::BudgetExceeded,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "record_refund",
        &[ProblemKind::NothingToReclaim, ProblemKind::RefundRecorded],
    ),
    (
        "submit_trip_risk",
        &[
            ProblemKind::InvalidTransition,
            ProblemKind::RiskApproved,
            ProblemKind::RiskAssessmentExists,
        ],
    ),
    (
        "approve_trip_risk",
        &[ProblemKind::ApprovalRefused, ProblemKind::ConcurrentChange],
    ),
];

/// Routes of sponsorships.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::request_sponsorship, handlers::list_event_requests))
        .routes(routes!(handlers::get_sponsorship))
        .routes(routes!(handlers::submit_sponsorship))
        .routes(routes!(handlers::decide_sponsorship))
        .routes(routes!(handlers::cancel_sponsorship))
        .routes(routes!(handlers::representation))
        .routes(routes!(letter::sponsorship_letter))
        .routes(routes!(letter::set_passport_details))
        .routes(routes!(travel::confirm_travel))
        .routes(routes!(travel::confirm_trip))
        .routes(routes!(travel::reconcile))
        .routes(routes!(travel::record_refund))
        .routes(routes!(travel::submit_trip_risk, travel::get_trip_risk))
        .routes(routes!(travel::approve_trip_risk))
}
