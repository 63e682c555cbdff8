//! Response bodies of the sanctions list.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::store;

/// `POST /sanctions/import` may name the file the list was read from.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ImportQuery {
    /// The name of the file the list was read from (`consolidated.xml`), kept as the
    /// version's `source`; when left out, the source is the schema location the XML declares.
    pub file_name: Option<String>,
}

/// The list in force.
#[derive(Debug, Serialize, ToSchema)]
pub struct ListVersionResponse {
    /// The list's own `dateGenerated`.
    pub generated_at: Option<DateTime<Utc>>,
    /// When grantdesk imported it.
    pub imported_at: DateTime<Utc>,
    /// How many entries it holds.
    pub entries: i32,
    /// Where it came from: the name of the file it was read from (the command line, the
    /// staff workspace's upload, the demo, or `file_name` of the API import), otherwise the
    /// schema location its XML declares, otherwise `CONSOLIDATED_LIST` (also for lists
    /// imported before grantdesk recorded sources).
    #[schema(example = "consolidated.xml")]
    pub source: String,
}

impl From<store::version::Model> for ListVersionResponse {
    fn from(row: store::version::Model) -> Self {
        Self {
            generated_at: row.generated_at,
            imported_at: row.imported_at,
            entries: row.entry_count,
            source: row.source,
        }
    }
}
