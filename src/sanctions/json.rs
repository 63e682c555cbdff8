//! Response bodies of the sanctions list.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::store;

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
