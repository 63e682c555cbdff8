//! Finance reports. `GET /reports/disbursements` totals requested, approved, paid and
//! cancelled money per currency and in the call currency, grouped by month, call,
//! country, region, currency or status, with the outstanding commitments of open awards.
//! The totals are one SQL aggregation over integer amounts; the CSV is streamed and
//! reads outstanding commitments a page at a time. Organisations are not redacted here:
//! `organisations::publication` applies to public exports only.
//!
//! `service` builds the report in each format (JSON body, CSV chunks, XLSX bytes) for any
//! entry point; the handler only picks the format.

pub mod fx;
pub mod fx_store;
mod handlers;
pub mod json;
pub mod ledger;
pub mod ledger_rules;
pub mod ledger_store;
pub mod rules;
pub mod service;
pub mod store;
pub mod table;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[];

/// Routes of reports.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::disbursement_report))
        .routes(routes!(handlers::payment_ledger))
}
