//! Handlers of call forms.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::IntoResponse;
use uuid::Uuid;

use super::json::{FormRequest, FormResponse};
use super::service;
use crate::AppState;
use crate::auth::{CurrentUser, Officer};
use crate::error::{AppResult, Problem};
use crate::http::JsonBody;

/// Sets a call's application form (officers): replaced while the call is a draft; while it
/// is open, only optional questions may be added after the existing ones.
#[utoipa::path(
    put, path = "/calls/{id}/form", tag = "calls",
    params(("id" = Uuid, Path, description = "call id")),
    request_body = FormRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = FormResponse),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the call is past its draft and the change is not an extension", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn put_call_form(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<FormRequest>,
) -> AppResult<Json<FormResponse>> {
    let form = service::put(&state.db, state.now(), &user, id, body.questions).await?;
    Ok(Json(form))
}

/// The call's application form as a JSON Schema (2020-12) of the answers a submission
/// needs: anyone for open, closed and decided calls; staff for all.
#[utoipa::path(
    get, path = "/calls/{id}/form.schema.json", tag = "calls",
    params(("id" = Uuid, Path, description = "call id")),
    responses(
        (status = 200, description = "a JSON Schema 2020-12 document", content_type = "application/schema+json", body = Object),
        (status = 404, body = Problem),
    )
)]
pub async fn get_call_form_schema(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Path(id): Path<Uuid>,
) -> AppResult<impl IntoResponse> {
    let schema = service::schema(&state.db, user.as_ref(), id).await?;
    Ok(([(header::CONTENT_TYPE, "application/schema+json")], Json(schema)))
}
