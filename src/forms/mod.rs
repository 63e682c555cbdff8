//! Application forms of calls: while a call is a draft, an officer sets its form, an
//! ordered list of questions (text, numbers, amounts, dates, choices, yes/no, email, web
//! addresses and files, each with its limits, in optional sections, optionally shown only
//! when another question has a given answer). Once the call is open the form can only gain
//! optional questions, which is audited. The form is published with the call and as a
//! JSON Schema, and applications' answers are checked against that schema: types and
//! limits when a draft is saved, everything at submission (`rules.rs`).

mod handlers;
pub mod json;
pub mod rules;
pub mod service;
pub mod store;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::ProblemKind;

/// The conflicts each operation of this domain can answer with (see
/// [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[("put_call_form", &[ProblemKind::FormFrozen])];

/// Routes of call forms.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(handlers::put_call_form))
        .routes(routes!(handlers::get_call_form_schema))
}
