//! Sanctions-list operations shared by every entry point: the HTTP import, `grantdesk
//! sanctions import` and the demo load the list through [`import_list`].

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::{rules, store};
use crate::audit::{self, AuditEntry};
use crate::error::{AppError, AppResult};

/// Parses and stores a list, replacing the previous one in one transaction (a malformed
/// list changes nothing), and records the import in the audit trail. `file_name` is the
/// name of the file the entry point read it from, if it had one: the version's source
/// ([`rules::list_source`]); a name that is not a file's name is refused on `file_name`.
pub async fn import_list(
    db: &DatabaseConnection,
    xml: &str,
    file_name: Option<&str>,
    actor: Option<Uuid>,
    now: DateTime<Utc>,
) -> AppResult<store::version::Model> {
    let file_name = file_name
        .map(crate::documents::rules::check_file_name)
        .transpose()
        .map_err(|message| AppError::field("file_name", message))?;
    let list = rules::parse_consolidated_list(xml).map_err(|message| AppError::field("body", message))?;
    let source = rules::list_source(file_name, &list);
    let txn = db.begin().await?;
    let version = store::replace(&txn, &list, source.clone(), actor, now).await?;
    let summary = json!({"entries": list.entries.len(), "generated_at": list.generated_at, "source": source});
    let entry = AuditEntry {
        actor_id: actor,
        action: "sanctions.imported",
        subject_type: "sanctions_list",
        subject_id: version.id,
        summary,
        reason: None,
    };
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(version)
}

/// The version of the list in force; 404 before the first import.
pub async fn current_version(db: &impl ConnectionTrait) -> AppResult<store::version::Model> {
    store::current_version(db)
        .await?
        .ok_or(AppError::NotFound("sanctions list"))
}
