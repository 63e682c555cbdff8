//! Open data: the office's grants published in two open standards, 360Giving (JSON,
//! schema 1.4) and IATI (activity XML, 2.03), and its totals. Anyone may read them.
//!
//! Every grant is published under its recipient's publication policy, decided by the one
//! redaction rule in `organisations::publication`: `full` names the organisation,
//! `anonymised` shows "Anonymised recipient" and its region, `region_only` the amount and
//! region with no recipient, and `withheld` (or `do_not_publish`) leaves the grant out of
//! both files; a grant whose approved risk assessment is high or critical shows at most
//! `region_only`. Calls and the office's totals are always published; the totals count
//! withheld grants as a number and a sum, so the overall figures stay honest.
//!
//! `rules.rs` writes one grant in each standard; `service.rs` streams an export a page of
//! awards at a time into a temporary file whose SHA-256 is the `ETag`; `store.rs` reads the
//! pages and the totals. The same export is written by `grantdesk export 360giving|iati`.

mod handlers;
pub mod json;
pub mod rules;
pub mod service;
pub mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;

/// The conflicts each operation of this domain can answer with: none, it only reads.
pub const CONFLICTS: crate::error::OperationProblems = &[];

/// Routes of the open data.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::get_360giving))
        .routes(routes!(handlers::get_iati_activities))
        .routes(routes!(handlers::get_open_data_summary))
}
