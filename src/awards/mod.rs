//! Awards: created by an `awarded` decision with its amount, currency and tranches;
//! `pending_acceptance -> active -> completed | terminated`. The organisation's members
//! accept the terms explicitly (who and when are recorded). Disbursements, award letters
//! and reporting obligations build on this (see the awards issue).

mod handlers;
pub mod rules;
pub mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;

pub use handlers::{AwardResponse, NewAward, create_award};

/// Routes of awards.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::get_award))
        .routes(routes!(handlers::accept_award))
}
