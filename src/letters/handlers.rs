//! The public verification of a letter.

use axum::Json;
use axum::extract::{Path, State};

use super::json::LetterVerification;
use super::service;
use crate::AppState;
use crate::error::{AppResult, Problem};

/// Whether the sponsorship letter carrying this code is genuine and current (anyone, without
/// signing in): its reference and day of issue, the traveller's initials and the passport
/// number's last three characters, the event's name and dates, and whether it has been
/// withdrawn. Nothing else. An unknown code answers 404.
#[utoipa::path(
    get, path = "/letters/verify/{code}", tag = "letters",
    params(("code" = String, Path, description = "the verification code printed on the letter (`7KQ2-M9XD-4HTP`)")),
    responses(
        (status = 200, body = LetterVerification),
        (status = 404, description = "no letter carries this code", body = Problem),
    )
)]
pub async fn verify_letter(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> AppResult<Json<LetterVerification>> {
    Ok(Json(service::verify(&state.db, &code).await?))
}
