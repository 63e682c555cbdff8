//! Files sent from portal forms (`multipart/form-data`, no JavaScript needed): the CSRF
//! token comes first and is checked before anything else is read; the upload is then
//! authorised by the documents service before the file's bytes are read, streamed into it
//! and attached, exactly as the API's uploads are. Also the streamed download of a document
//! for whoever may see its subject.

use axum::body::Body;
use axum::extract::Multipart;
use axum::extract::multipart::{Field, MultipartError};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use uuid::Uuid;

use super::visitor::Visitor;
use crate::AppState;
use crate::auth::CurrentUser;
use crate::documents::json::DocumentResponse;
use crate::documents::rules::content_disposition;
use crate::documents::service::{self, Destination, StoredContent, UploadDetails};
use crate::error::{AppError, AppResult};
use crate::i18n::Message;

/// The longest text part of a portal upload form, in bytes.
const MAX_TEXT_PART: usize = 1024;

/// Reads an upload form for `destination` (a subject's documents, or a checklist item's
/// evidence): `csrf_token` first (403 and nothing read further when it is not the
/// visitor's), then an optional `kind` and `valid_until`, then the `file`. A form sent
/// without a file chosen is refused naming the field `file`.
pub async fn upload(
    state: &AppState,
    visitor: &Visitor,
    user: &CurrentUser,
    destination: impl Into<Destination>,
    mut multipart: Multipart,
) -> AppResult<DocumentResponse> {
    let first = multipart.next_field().await.map_err(unreadable)?;
    let token = match first {
        Some(field) if field.name() == Some("csrf_token") => small_text(field).await?,
        _ => String::new(),
    };
    visitor.check_form_token(&token)?;
    let limits = service::limits(&state.config);
    let target = service::target_of(&state.db, limits, user, destination.into()).await?;
    let mut details = UploadDetails::default();
    let mut stored: Option<StoredContent> = None;
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        match field.name() {
            Some("kind") if details.kind.is_none() => {
                details.kind = Some(small_text(field).await?).filter(|kind| !kind.is_empty());
            }
            Some("valid_until") if details.valid_until.is_none() => {
                details.valid_until = Some(small_text(field).await?).filter(|date| !date.trim().is_empty());
            }
            Some("file") if stored.is_none() => {
                let name = field.file_name().unwrap_or_default().to_owned();
                if name.is_empty() {
                    return Err(AppError::field("file", Message::new("portal-upload-choose-file")));
                }
                let body = Box::pin(field.map(|chunk| chunk.map_err(unreadable)));
                let storage = state.storage.as_ref();
                stored = Some(service::store_content(&state.db, storage, state.now(), &target, &name, body).await?);
            }
            _ => {}
        }
    }
    let stored = stored.ok_or_else(|| AppError::field("file", Message::new("portal-upload-choose-file")))?;
    let storage = state.storage.as_ref();
    service::attach(&state.db, storage, state.now(), user, &target, stored, details).await
}

/// A document, streamed, for exactly those who may see its subject (404 for anyone else).
pub async fn download(state: &AppState, user: &CurrentUser, id: Uuid) -> AppResult<Response> {
    let download = service::open(&state.db, user, id).await?;
    let mut response = Body::from_stream(service::chunks(state.storage.clone(), &download)).into_response();
    let headers = response.headers_mut();
    let pairs = [
        (header::CONTENT_TYPE, download.format.content_type().to_owned()),
        (header::CONTENT_LENGTH, download.size.to_string()),
        (header::CONTENT_DISPOSITION, content_disposition(&download.name)),
        (header::CACHE_CONTROL, "private, no-store".to_owned()),
    ];
    for (name, value) in pairs {
        let value = HeaderValue::from_str(&value).map_err(|_| AppError::Internal("an unwritable header".to_owned()))?;
        headers.insert(name, value);
    }
    Ok(response)
}

/// A short text part, refused past [`MAX_TEXT_PART`] bytes or when not UTF-8.
pub(super) async fn small_text(mut field: Field<'_>) -> AppResult<String> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(unreadable)? {
        bytes.extend_from_slice(&chunk);
        if bytes.len() > MAX_TEXT_PART {
            return Err(AppError::BadRequest("a text field of the form is too long".to_owned()));
        }
    }
    String::from_utf8(bytes).map_err(|_| AppError::BadRequest("a text field of the form is not UTF-8".to_owned()))
}

/// A body that is not readable multipart.
pub(super) fn unreadable(error: MultipartError) -> AppError {
    AppError::BadRequest(format!("the form could not be read: {}", error.body_text()))
}
