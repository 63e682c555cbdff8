//! Request and response bodies of uploaded documents.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::rules::FileFormat;

/// The `multipart/form-data` body of an upload: one file in the part `file`, and
/// optional text parts.
#[derive(Debug, Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct UploadForm {
    /// The file (its part's `filename` is kept as the document's name).
    #[schema(value_type = String, format = Binary)]
    pub file: Vec<u8>,
    /// What the document is, a short lowercase word (`registration_certificate`, `budget`).
    pub kind: Option<String>,
    /// The key of the call form's `file` question this document answers.
    pub question: Option<String>,
    /// Until when a standing paper is valid (`YYYY-MM-DD`).
    pub valid_until: Option<NaiveDate>,
}

/// An uploaded document.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DocumentResponse {
    /// Id; `GET /documents/{id}` downloads it.
    pub id: Uuid,
    /// The file name as uploaded.
    pub name: String,
    /// What the document is.
    pub kind: Option<String>,
    /// The `file` question it answers.
    pub question: Option<String>,
    /// Size in bytes.
    pub size: u64,
    /// Media type, decided from the bytes.
    pub content_type: String,
    /// File format, decided from the bytes.
    pub format: FileFormat,
    /// SHA-256 of the bytes, in hex.
    pub sha256: String,
    /// Until when a standing paper is valid.
    pub valid_until: Option<NaiveDate>,
    /// The kind of record it is attached to.
    pub subject_type: String,
    /// The record it is attached to.
    pub subject_id: Uuid,
    /// Who uploaded it.
    pub uploaded_by: Uuid,
    /// When.
    pub uploaded_at: DateTime<Utc>,
}
