//! The public page where a consular officer checks a visa-support letter by its code
//! (`/verify/{code}`, the address printed on the letter, or `/verify?code=` from the form):
//! what `GET /api/v1/letters/verify/{code}` answers, in the reader's language, and nothing
//! more. No account is needed; an unknown code is a 404 page saying so.

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use serde::Deserialize;
use serde_json::json;

use super::pages::answer;
use super::render::Page;
use super::views::date;
use super::visitor::Visitor;
use crate::AppState;
use crate::error::{AppError, AppResult};

/// The template of the page.
pub const TEMPLATES: [(&str, &str); 1] = [("verify.html", include_str!("../../templates/portal/verify.html"))];

/// The routes of the verification page.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/verify", get(verify_form))
        .route("/verify/{code}", get(verify_page))
}

/// The code typed into the form.
#[derive(Debug, Default, Deserialize)]
pub struct CodeQuery {
    #[serde(default)]
    code: Option<String>,
}

/// The form, or the letter whose code it sent.
pub async fn verify_form(State(state): State<AppState>, visitor: Visitor, Query(query): Query<CodeQuery>) -> Response {
    let page = verification(&state, &visitor, query.code.unwrap_or_default()).await;
    answer(&state, &visitor, page)
}

/// The letter carrying `code`, as the address printed on it shows it.
pub async fn verify_page(State(state): State<AppState>, visitor: Visitor, Path(code): Path<String>) -> Response {
    let page = verification(&state, &visitor, code).await;
    answer(&state, &visitor, page)
}

/// What the page shows of the letter carrying `code` (an empty code: the form alone).
async fn verification(state: &AppState, visitor: &Visitor, code: String) -> AppResult<Page> {
    let code = code.trim().to_owned();
    if code.is_empty() {
        return Ok(Page::new("verify.html", json!({ "code": "" })));
    }
    let language = visitor.language;
    match crate::letters::service::verify(&state.db, &code).await {
        Ok(found) => Ok(Page::new(
            "verify.html",
            json!({
                "code": code,
                "letter": {
                    "reference": found.reference,
                    "issued_on": date(found.issued_on, language),
                    "traveller_initials": found.traveller_initials,
                    "passport_number_suffix": found.passport_number_suffix,
                    "event_name": found.event_name,
                    "starts_on": date(found.event_starts_on, language),
                    "ends_on": date(found.event_ends_on, language),
                    "withdrawn_on": found.withdrawn_on.map(|on| date(on, language)),
                },
            }),
        )),
        Err(AppError::NotFound(_)) => {
            Ok(Page::new("verify.html", json!({ "code": code, "unknown": true })).with_status(StatusCode::NOT_FOUND))
        }
        Err(error) => Err(error),
    }
}
