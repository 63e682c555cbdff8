//! Handlers of the sanctions list: extract, authorise, call the service, answer.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;

use super::json::{ImportQuery, ListVersionResponse};
use super::service;
use crate::AppState;
use crate::auth::{Admin, Overseer};
use crate::error::{AppError, AppResult, Problem};
use crate::http::Query;

/// Loads the UN Security Council Consolidated List (its published XML) in place of the
/// previous version, atomically (admins). A malformed list changes nothing. The version
/// records its source: `file_name` when given, else the schema location the XML declares.
#[utoipa::path(
    post, path = "/sanctions/import", tag = "due-diligence",
    params(ImportQuery),
    request_body(content = String, content_type = "application/xml", description = "the Consolidated List XML"),
    security(("bearer" = [])),
    responses(
        (status = 200, body = ListVersionResponse),
        (status = 403, body = Problem),
        (status = 422, description = "the document is not a readable Consolidated List", body = Problem),
    )
)]
pub async fn import_sanctions_list(
    State(state): State<AppState>,
    user: Admin,
    Query(query): Query<ImportQuery>,
    body: Bytes,
) -> AppResult<Json<ListVersionResponse>> {
    let xml = std::str::from_utf8(&body).map_err(|_| AppError::field("body", "the list must be UTF-8 XML"))?;
    let file_name = query.file_name.as_deref();
    let version = service::import_list(&state.db, xml, file_name, Some(user.id), state.now()).await?;
    Ok(Json(version.into()))
}

/// The version of the list in force (officers and admins).
#[utoipa::path(
    get, path = "/sanctions", tag = "due-diligence",
    security(("bearer" = [])),
    responses((status = 200, body = ListVersionResponse), (status = 404, description = "no list imported yet", body = Problem))
)]
pub async fn get_sanctions_list(
    State(state): State<AppState>,
    _user: Overseer,
) -> AppResult<Json<ListVersionResponse>> {
    Ok(Json(service::current_version(&state.db).await?.into()))
}
