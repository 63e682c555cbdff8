//! The UN Security Council Consolidated List: import (replacing the previous version
//! atomically) and screening of names against it (see `rules` for the matching method).

mod handlers;
pub mod json;
pub mod rules;
pub mod service;
pub mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;

pub use service::import_list;

/// Largest list accepted over HTTP (the published list is a few MiB).
pub const MAX_LIST_BYTES: usize = 64 * 1024 * 1024;

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[];

/// Routes of the sanctions list.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::import_sanctions_list))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_LIST_BYTES))
        .merge(OpenApiRouter::new().routes(routes!(handlers::get_sanctions_list)))
}
