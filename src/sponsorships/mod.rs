//! Travel sponsorship: a member of an organisation asks the office to sponsor one traveller
//! to an event; the entitlement (DSA per night, terminal expenses per journey end, airfare
//! in the event's currency, rounded once) is computed, never typed. Officers approve
//! (within the event's budget, under its row lock), reject or waitlist, always with a
//! reason; cancelling an approved request promotes the waitlist in order. Representation
//! counts who asked and who is sponsored against the office's targets.

mod handlers;
pub mod rules;
pub mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;

/// Routes of sponsorships.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::request_sponsorship, handlers::list_event_requests))
        .routes(routes!(handlers::get_sponsorship))
        .routes(routes!(handlers::decide_sponsorship))
        .routes(routes!(handlers::cancel_sponsorship))
        .routes(routes!(handlers::representation))
}
