//! Handlers of the sanctions list.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde::Serialize;
use serde_json::json;
use utoipa::ToSchema;
use uuid::Uuid;

use super::{rules, store};
use crate::AppState;
use crate::audit::{self, AuditEntry};
use crate::auth::{Admin, Overseer};
use crate::error::{AppError, AppResult, Problem};

/// The list in force.
#[derive(Debug, Serialize, ToSchema)]
pub struct ListVersionResponse {
    /// The list's own `dateGenerated`.
    pub generated_at: Option<DateTime<Utc>>,
    /// When grantdesk imported it.
    pub imported_at: DateTime<Utc>,
    /// How many entries it holds.
    pub entries: i32,
}

impl From<store::version::Model> for ListVersionResponse {
    fn from(row: store::version::Model) -> Self {
        Self {
            generated_at: row.generated_at,
            imported_at: row.imported_at,
            entries: row.entry_count,
        }
    }
}

/// Loads the UN Security Council Consolidated List (its published XML) in place of the
/// previous version, atomically (admins). A malformed list changes nothing.
#[utoipa::path(
    post, path = "/sanctions/import", tag = "due-diligence",
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
    body: Bytes,
) -> AppResult<Json<ListVersionResponse>> {
    let xml = std::str::from_utf8(&body).map_err(|_| AppError::field("body", "the list must be UTF-8 XML"))?;
    let version = import_list(&state.db, xml, Some(user.id), state.now()).await?;
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
    let version = store::current_version(&state.db)
        .await?
        .ok_or(AppError::NotFound("sanctions list"))?;
    Ok(Json(version.into()))
}

/// Parses and stores a list, replacing the previous one in one transaction; used by the
/// HTTP handler and by `grantdesk sanctions import`.
pub async fn import_list(
    db: &DatabaseConnection,
    xml: &str,
    actor: Option<Uuid>,
    now: DateTime<Utc>,
) -> AppResult<store::version::Model> {
    let list = rules::parse_consolidated_list(xml).map_err(|message| AppError::field("body", message))?;
    let txn = db.begin().await?;
    let version = store::replace(&txn, &list, actor, now).await?;
    let summary = json!({"entries": list.entries.len(), "generated_at": list.generated_at});
    let entry = AuditEntry {
        actor_id: actor,
        action: "sanctions.imported",
        subject_type: "sanctions_list",
        subject_id: version.id,
        summary,
        reason: None,
    };
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(version)
}
