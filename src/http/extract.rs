//! Extractors that answer bad input with problem+json: unknown fields, wrong types and
//! missing fields name the failing field (422); malformed JSON is a 400; a body over the
//! limit is a 413.

use axum::extract::rejection::BytesRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use bytes::Bytes;
use serde::de::DeserializeOwned;
use utoipa::ToSchema;

use super::pagination::{MAX_LIMIT, MAX_OFFSET};
use super::schema_check;
use crate::error::{AppError, FieldError};
use crate::i18n::{Message, Text};

/// A JSON request body.
#[derive(Debug, Clone, Copy, Default)]
pub struct Json<T>(pub T);

impl<S, T> FromRequest<S> for Json<T>
where
    T: DeserializeOwned + ToSchema,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("application/json") || value.contains("+json"));
        if !is_json {
            return Err(AppError::BadRequest(
                "expected a JSON body with `Content-Type: application/json`".to_owned(),
            ));
        }
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| match rejection {
                BytesRejection::FailedToBufferBody(failed) if failed.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                    AppError::PayloadTooLarge
                }
                other => AppError::BadRequest(other.body_text()),
            })?;
        parse_json(&bytes).map(Json)
    }
}

/// A JSON request body that may be left out: an empty body reads as `T::default()`
/// (for actions whose body holds only optional fields, such as a reason).
#[derive(Debug, Clone, Copy, Default)]
pub struct OptionalJson<T>(pub T);

impl<S, T> FromRequest<S> for OptionalJson<T>
where
    T: DeserializeOwned + ToSchema + Default,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let empty = request
            .headers()
            .get(header::CONTENT_LENGTH)
            .is_some_and(|length| length.as_bytes() == b"0")
            || (request.headers().get(header::CONTENT_TYPE).is_none()
                && request.headers().get(header::TRANSFER_ENCODING).is_none());
        if empty {
            return Ok(Self(T::default()));
        }
        Json::<T>::from_request(request, state)
            .await
            .map(|Json(value)| Self(value))
    }
}

/// Parses JSON. A body that is not the expected shape is refused with every problem at
/// once (each field's JSON path and what is wrong, read from the request type's OpenAPI
/// schema); malformed JSON is a 400. Text holding a NUL character is refused here, once
/// for every endpoint (PostgreSQL cannot store it).
pub fn parse_json<T: DeserializeOwned + ToSchema>(bytes: &[u8]) -> Result<T, AppError> {
    if bytes.windows(6).any(|window| window.eq_ignore_ascii_case(b"\\u0000")) {
        return Err(AppError::Validation(vec![FieldError::new(
            "",
            Message::new("request-no-nul"),
        )]));
    }
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let inner = error.inner();
        if inner.is_syntax() || inner.is_eof() {
            return AppError::BadRequest(format!("malformed JSON: {}", strip_position(&inner.to_string())));
        }
        let problems = serde_json::from_slice::<serde_json::Value>(bytes)
            .map(|body| schema_check::problems_of::<T>(&body))
            .unwrap_or_default();
        if !problems.is_empty() {
            return AppError::Validation(problems);
        }
        let path = error.path().to_string();
        let path = if path == "." { String::new() } else { path };
        let (field, message) = plain_words(&path, &strip_position(&inner.to_string()));
        AppError::Validation(vec![FieldError::new(field, message)])
    })?;
    deserializer
        .end()
        .map_err(|error| AppError::BadRequest(format!("malformed JSON: {error}")))?;
    Ok(value)
}

/// Query-string parameters.
#[derive(Debug, Clone, Copy, Default)]
pub struct Query<T>(pub T);

impl<S, T> FromRequestParts<S> for Query<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or_default();
        check_query(query)?;
        let deserializer = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
        serde_path_to_error::deserialize(deserializer)
            .map(Query)
            .map_err(|error| {
                let path = error.path().to_string();
                let path = if path == "." { String::new() } else { path };
                let (field, message) = plain_words(&path, &error.inner().to_string());
                AppError::Validation(vec![FieldError::new(field, message)])
            })
    }
}

/// Refuses, for every list and filter at once, what no query parameter may hold: a NUL
/// character (PostgreSQL cannot compare with it) and a page outside its documented range.
fn check_query(query: &str) -> Result<(), AppError> {
    let mut problems = Vec::new();
    for (name, value) in form_urlencoded::parse(query.as_bytes()) {
        if value.contains('\0') || name.contains('\0') {
            problems.push(FieldError::new(name.replace('\0', ""), Message::new("field-no-nul")));
            continue;
        }
        let range = match name.as_ref() {
            "limit" => Some((1, MAX_LIMIT)),
            "offset" => Some((0, MAX_OFFSET)),
            _ => None,
        };
        if let Some((low, high)) = range
            && value.parse::<u64>().is_ok_and(|number| number < low || number > high)
        {
            problems.push(FieldError::new(
                name,
                Message::new("field-whole-number-range")
                    .with("low", low.to_string())
                    .with("high", high.to_string()),
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(AppError::Validation(problems))
    }
}

/// serde_json appends " at line 1 column 17" to its messages; the field path says more.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_owned(),
        None => message.to_owned(),
    }
}

/// serde's wording of a refused value, rewritten in words a person can act on, with the
/// field it concerns (`missing field` names a field inside the path it was reported at).
fn plain_words(path: &str, message: &str) -> (String, Text) {
    let quoted = |text: &str| -> Vec<String> { text.split('`').skip(1).step_by(2).map(str::to_owned).collect() };
    let join = |name: &str| {
        if path.is_empty() {
            name.to_owned()
        } else {
            format!("{path}.{name}")
        }
    };
    if let Some(rest) = message.strip_prefix("missing field ") {
        let name = quoted(rest).into_iter().next().unwrap_or_default();
        return (join(&name), Message::new("field-required").into());
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let names = quoted(rest);
        let message = Message::new("field-unknown").with("fields", names[1..].join(", "));
        return (path.to_owned(), message.into());
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let names = quoted(rest);
        let message = Message::new("field-one-of").with("values", names[1..].join(", "));
        return (path.to_owned(), message.into());
    }
    if message.starts_with("invalid type") || message.starts_with("invalid value") {
        let expected = message.rsplit(", expected ").next().unwrap_or("another value");
        let wanted = match expected {
            "a string" => "field-text",
            "a boolean" => "field-boolean",
            "a sequence" => "field-list",
            "i32" | "i64" | "u32" | "u64" | "u8" | "u16" | "i16" | "usize" => "field-integer",
            other => return (path.to_owned(), format!("must be {other}").into()),
        };
        return (path.to_owned(), Message::new(wanted).into());
    }
    (path.to_owned(), message.into())
}
