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
//! approved (below critical) before the trip is approved. Rules in `payments.rs`.

mod handlers;
mod letter;
pub mod payments;
pub mod rules;
pub mod store;
mod travel;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;

pub use travel::{currency_of_request, lock_payable};

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[];

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
        .routes(routes!(travel::confirm_travel))
        .routes(routes!(travel::reconcile))
        .routes(routes!(travel::record_refund))
        .routes(routes!(travel::submit_trip_risk, travel::get_trip_risk))
        .routes(routes!(travel::approve_trip_risk))
}
