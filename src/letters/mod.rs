//! Letters as issued. When an award is accepted, its letter is kept as the letter of record;
//! a sponsorship letter is kept when it is first issued (at approval when the traveller's
//! passport details are complete, otherwise at the first request of the letter once they
//! are), one per language asked for. The PDF is stored as an encrypted document and its
//! SHA-256 goes into the audit trail; from then on the letter is served as kept, never
//! re-rendered, so a later template or data change cannot alter what was issued.
//!
//! A sponsorship letter carries a random verification code and the absolute address of
//! `/verify/{code}`; `GET /letters/verify/{code}` answers anyone whether it is genuine and
//! current, with nothing more than the issue allows (`service::verify`).

mod handlers;
pub mod json;
pub mod rules;
pub mod service;
pub mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[];

/// Routes of letters.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(handlers::verify_letter))
}
