//! One error type for the whole service and its problem+json envelope (RFC 9457).
//!
//! Every variant says what went wrong for the client; `Internal` hides its cause from the
//! client and logs it. The `type` of each problem is a stable URI that clients can match on.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::{DbErr, SqlErr};
use serde::Serialize;
use utoipa::ToSchema;

/// The base of every problem `type` URI.
pub const PROBLEM_BASE: &str = "https://grantdesk.dev/problems/";

/// One failing field of a request, named by its JSON path (`budget_lines[1].amount`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FieldError {
    /// JSON path of the field.
    pub field: String,
    /// What is wrong with it, in words an applicant can act on.
    pub message: String,
}

impl FieldError {
    /// A field error for `field`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// The problem+json body.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// Stable machine-readable URI of the problem kind.
    #[serde(rename = "type")]
    pub type_: String,
    /// Short human title of the problem kind.
    pub title: String,
    /// HTTP status code.
    pub status: u16,
    /// What happened in this case.
    pub detail: String,
    /// The failing fields, for validation problems.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// Everything that can go wrong while answering a request.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No valid credentials were presented.
    #[error("authentication required: {0}")]
    Unauthorized(String),
    /// The caller is known but may not do this.
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// The resource does not exist, or the caller may not know that it exists.
    #[error("{0} not found")]
    NotFound(&'static str),
    /// The request is valid but conflicts with the current state.
    #[error("conflict ({kind}): {detail}")]
    Conflict {
        /// Problem slug, e.g. `call-closed`.
        kind: &'static str,
        /// What conflicts.
        detail: String,
    },
    /// The body could not be read as the expected JSON.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// Some fields are invalid.
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    /// The body is larger than the service accepts.
    #[error("payload too large")]
    PayloadTooLarge,
    /// Too many attempts; try again after the given number of seconds.
    #[error("too many requests")]
    TooManyRequests {
        /// Seconds until the caller may try again.
        retry_after_seconds: i64,
        /// What was throttled.
        detail: String,
    },
    /// A fault of the service; the cause is logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

/// The result of a handler or service function.
pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    /// A validation error on a single field.
    pub fn field(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Validation(vec![FieldError::new(field, message)])
    }

    /// A conflict of the given kind.
    pub fn conflict(kind: &'static str, detail: impl Into<String>) -> Self {
        Self::Conflict {
            kind,
            detail: detail.into(),
        }
    }

    fn parts(&self) -> (StatusCode, &'static str, &'static str) {
        match self {
            Self::Unauthorized(_) => (StatusCode::UNAUTHORIZED, "unauthorized", "Authentication required"),
            Self::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden", "Forbidden"),
            Self::NotFound(_) => (StatusCode::NOT_FOUND, "not-found", "Not found"),
            Self::Conflict { kind, .. } => (StatusCode::CONFLICT, kind, "Conflict with the current state"),
            Self::BadRequest(_) => (StatusCode::BAD_REQUEST, "malformed-request", "Malformed request"),
            Self::Validation(_) => (StatusCode::UNPROCESSABLE_ENTITY, "validation", "Invalid request"),
            Self::PayloadTooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload-too-large",
                "Request body too large",
            ),
            Self::TooManyRequests { .. } => (StatusCode::TOO_MANY_REQUESTS, "too-many-requests", "Too many requests"),
            Self::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal", "Internal error"),
        }
    }

    /// The problem body this error answers with.
    pub fn problem(&self) -> Problem {
        let (status, slug, title) = self.parts();
        let detail = match self {
            Self::Unauthorized(detail) | Self::Forbidden(detail) | Self::BadRequest(detail) => detail.clone(),
            Self::NotFound(what) => format!("{what} not found"),
            Self::Conflict { detail, .. } | Self::TooManyRequests { detail, .. } => detail.clone(),
            Self::Validation(errors) => format!("{} field(s) are invalid", errors.len()),
            Self::PayloadTooLarge => "the request body is larger than 1 MiB".to_owned(),
            Self::Internal(_) => "the service failed; the error has been logged".to_owned(),
        };
        Problem {
            type_: format!("{PROBLEM_BASE}{slug}"),
            title: title.to_owned(),
            status: status.as_u16(),
            detail,
            errors: match self {
                Self::Validation(errors) => errors.clone(),
                _ => Vec::new(),
            },
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let Self::Internal(cause) = &self {
            tracing::error!(%cause, "internal error");
        }
        let problem = self.problem();
        let status = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&problem).unwrap_or_default();
        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Self::TooManyRequests {
            retry_after_seconds, ..
        } = self
            && let Ok(value) = HeaderValue::from_str(&retry_after_seconds.max(1).to_string())
        {
            headers.insert(header::RETRY_AFTER, value);
        }
        response
    }
}

impl From<DbErr> for AppError {
    fn from(error: DbErr) -> Self {
        match error.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => {
                Self::conflict("duplicate", "a record with the same unique values already exists")
            }
            _ => Self::Internal(error.to_string()),
        }
    }
}

/// Maps a unique-key violation to a conflict with a precise message, so a race between
/// two requests becomes a 409 rather than a 500 (realworld's `on_constraint`).
pub trait OnUnique<T> {
    /// Turns a unique violation into `AppError::Conflict { kind, detail }`.
    fn on_unique(self, kind: &'static str, detail: &str) -> AppResult<T>;
}

impl<T> OnUnique<T> for Result<T, DbErr> {
    fn on_unique(self, kind: &'static str, detail: &str) -> AppResult<T> {
        self.map_err(|error| match error.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => AppError::conflict(kind, detail),
            _ => AppError::from(error),
        })
    }
}

/// Collects field errors and turns them into one validation error when any were found.
#[derive(Debug, Default)]
pub struct Validator {
    errors: Vec<FieldError>,
}

impl Validator {
    /// An empty collector.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records an error on `field` when `failed` holds.
    pub fn check(&mut self, failed: bool, field: impl Into<String>, message: impl Into<String>) {
        if failed {
            self.errors.push(FieldError::new(field, message));
        }
    }

    /// Records an error on `field`.
    pub fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.errors.push(FieldError::new(field, message));
    }

    /// Takes the value of a check that may fail, recording the failure.
    pub fn take<T>(&mut self, field: impl Into<String>, result: Result<T, String>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(message) => {
                self.push(field, message);
                None
            }
        }
    }

    /// Records that a required text is present and not blank.
    pub fn required_text(&mut self, field: &str, value: &str, max_chars: usize) {
        if value.trim().is_empty() {
            self.push(field, "must not be blank");
        } else if value.chars().count() > max_chars {
            self.push(field, format!("must be at most {max_chars} characters"));
        }
    }

    /// Ok when nothing failed, else the validation error.
    pub fn finish(self) -> AppResult<()> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(self.errors))
        }
    }
}
