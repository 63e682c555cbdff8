//! Persistence of the sanctions list: one current version, replaced as a whole.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

use super::rules::{EntryKind, ListEntry, ParsedList};
use crate::error::{AppError, AppResult};

crate::stored_as_text!(EntryKind);

/// Entity of `sanctions_list_versions`.
pub mod version {
    use sea_orm::entity::prelude::*;

    /// One import of the list.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sanctions_list_versions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub generated_at: Option<DateTimeUtc>,
        pub imported_at: DateTimeUtc,
        pub imported_by: Option<Uuid>,
        pub entry_count: i32,
        /// Where the list came from (`sanctions::rules::list_source`).
        pub source: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Entity of `sanctions_entries`.
pub mod entry {
    use sea_orm::entity::prelude::*;

    use crate::sanctions::rules::EntryKind;

    /// An entry of the current list.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "sanctions_entries")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        #[sea_orm(unique)]
        pub data_id: String,
        pub reference_number: String,
        pub kind: EntryKind,
        pub name: String,
        #[sea_orm(column_type = "JsonBinary")]
        pub names: Json,
        pub listed_on: Option<Date>,
        #[sea_orm(column_type = "JsonBinary")]
        pub addresses: Json,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Replaces every entry with the parsed list, inside the caller's transaction (so a
/// failure keeps the previous list whole), and records the version with its `source`.
pub async fn replace(
    txn: &impl ConnectionTrait,
    list: &ParsedList,
    source: String,
    imported_by: Option<Uuid>,
    now: DateTime<Utc>,
) -> AppResult<version::Model> {
    entry::Entity::delete_many().exec(txn).await?;
    let rows: Vec<entry::ActiveModel> = list
        .entries
        .iter()
        .map(|item| entry::ActiveModel {
            id: Set(Uuid::new_v4()),
            data_id: Set(item.data_id.clone()),
            reference_number: Set(item.reference_number.clone()),
            kind: Set(item.kind),
            name: Set(item.name.clone()),
            names: Set(serde_json::json!(item.names)),
            listed_on: Set(item.listed_on),
            addresses: Set(serde_json::json!(item.addresses)),
        })
        .collect();
    for chunk in rows.chunks(200) {
        entry::Entity::insert_many(chunk.to_vec()).exec(txn).await?;
    }
    let recorded = version::ActiveModel {
        id: Set(Uuid::new_v4()),
        generated_at: Set(list.generated_at),
        imported_at: Set(now),
        imported_by: Set(imported_by),
        entry_count: Set(i32::try_from(list.entries.len()).unwrap_or(i32::MAX)),
        source: Set(source),
    }
    .insert(txn)
    .await?;
    Ok(recorded)
}

/// The version of the list in force, if one was ever imported.
pub async fn current_version(db: &impl ConnectionTrait) -> AppResult<Option<version::Model>> {
    Ok(version::Entity::find()
        .order_by_desc(version::Column::ImportedAt)
        .one(db)
        .await?)
}

/// Every entry of the current list.
pub async fn entries(db: &impl ConnectionTrait) -> AppResult<Vec<ListEntry>> {
    let rows = entry::Entity::find()
        .order_by_asc(entry::Column::DataId)
        .all(db)
        .await?;
    rows.into_iter().map(list_entry).collect()
}

/// The entries of the current list with these `DATAID`s (those no longer listed are
/// missing), in one query.
pub async fn entries_with_ids(db: &impl ConnectionTrait, data_ids: Vec<String>) -> AppResult<Vec<ListEntry>> {
    let rows = entry::Entity::find()
        .filter(entry::Column::DataId.is_in(data_ids))
        .order_by_asc(entry::Column::DataId)
        .all(db)
        .await?;
    rows.into_iter().map(list_entry).collect()
}

/// A stored entry as the rules read it; a corrupt row is an internal error.
fn list_entry(row: entry::Model) -> AppResult<ListEntry> {
    let corrupt =
        |error: serde_json::Error| AppError::Internal(format!("sanctions_entries {} is corrupt: {error}", row.id));
    Ok(ListEntry {
        names: serde_json::from_value(row.names).map_err(corrupt)?,
        addresses: serde_json::from_value(row.addresses).map_err(corrupt)?,
        data_id: row.data_id,
        reference_number: row.reference_number,
        kind: row.kind,
        name: row.name,
        listed_on: row.listed_on,
    })
}
