//! Handlers of uploaded documents: multipart uploads streamed into the service, streamed
//! downloads, lists and deletion.

use axum::Json;
use axum::body::Body;
use axum::extract::multipart::{Field, MultipartError};
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use uuid::Uuid;

use super::json::{DocumentResponse, UploadForm};
use super::rules::{self, Subject};
use super::service::{self, StoredContent, UploadDetails, UploadTarget};
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult, Problem};
use crate::http::{Page, PageQuery, Query};

/// The longest text part of an upload, in bytes.
const MAX_TEXT_PART: usize = 1024;

/// Uploads a document to a draft application (its organisation's members): an annex, or
/// the answer to a `file` question of the call's form (part `question`). The body is
/// streamed; the format is decided from the bytes.
#[utoipa::path(
    post, path = "/applications/{id}/documents", tag = "documents",
    params(("id" = Uuid, Path, description = "application id")),
    request_body(content = UploadForm, content_type = "multipart/form-data"),
    security(("bearer" = [])),
    responses(
        (status = 201, body = DocumentResponse),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the application is no longer a draft", body = Problem),
        (status = 413, description = "over the size limit per file or per application", body = Problem),
        (status = 415, description = "the bytes are not an accepted format, or the file is empty", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn upload_application_document(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    multipart: Multipart,
) -> AppResult<(StatusCode, Json<DocumentResponse>)> {
    upload(&state, &user, Subject::application(id), multipart).await
}

/// Lists an application's documents (those who may see the application).
#[utoipa::path(
    get, path = "/applications/{id}/documents", tag = "documents",
    params(("id" = Uuid, Path, description = "application id"), PageQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<DocumentResponse>), (status = 401, body = Problem), (status = 404, body = Problem))
)]
pub async fn list_application_documents(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    Query(page): Query<PageQuery>,
) -> AppResult<Json<Page<DocumentResponse>>> {
    list(&state, &user, Subject::application(id), page).await
}

/// Uploads one of an organisation's standing papers (its members): registration
/// certificate, statutes, audited accounts, safeguarding policy; `kind` says which and
/// `valid_until` until when.
#[utoipa::path(
    post, path = "/organisations/{id}/documents", tag = "documents",
    params(("id" = Uuid, Path, description = "organisation id")),
    request_body(content = UploadForm, content_type = "multipart/form-data"),
    security(("bearer" = [])),
    responses(
        (status = 201, body = DocumentResponse),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 413, description = "over the size limit per file", body = Problem),
        (status = 415, description = "the bytes are not an accepted format, or the file is empty", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn upload_organisation_document(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    multipart: Multipart,
) -> AppResult<(StatusCode, Json<DocumentResponse>)> {
    upload(&state, &user, Subject::organisation(id), multipart).await
}

/// Lists an organisation's standing papers (its members, staff).
#[utoipa::path(
    get, path = "/organisations/{id}/documents", tag = "documents",
    params(("id" = Uuid, Path, description = "organisation id"), PageQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<DocumentResponse>), (status = 401, body = Problem), (status = 404, body = Problem))
)]
pub async fn list_organisation_documents(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    Query(page): Query<PageQuery>,
) -> AppResult<Json<Page<DocumentResponse>>> {
    list(&state, &user, Subject::organisation(id), page).await
}

/// Uploads a sponsored trip's ticket, boarding pass or receipt (the organisation's
/// members, until the sponsorship is reconciled).
#[utoipa::path(
    post, path = "/sponsorship-requests/{id}/documents", tag = "documents",
    params(("id" = Uuid, Path, description = "sponsorship request id")),
    request_body(content = UploadForm, content_type = "multipart/form-data"),
    security(("bearer" = [])),
    responses(
        (status = 201, body = DocumentResponse),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the sponsorship is settled", body = Problem),
        (status = 413, description = "over the size limit per file", body = Problem),
        (status = 415, description = "the bytes are not an accepted format, or the file is empty", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn upload_sponsorship_document(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    multipart: Multipart,
) -> AppResult<(StatusCode, Json<DocumentResponse>)> {
    upload(&state, &user, Subject::sponsorship_request(id), multipart).await
}

/// Lists a sponsored trip's tickets and receipts (the organisation's members, staff).
#[utoipa::path(
    get, path = "/sponsorship-requests/{id}/documents", tag = "documents",
    params(("id" = Uuid, Path, description = "sponsorship request id"), PageQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<DocumentResponse>), (status = 401, body = Problem), (status = 404, body = Problem))
)]
pub async fn list_sponsorship_documents(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    Query(page): Query<PageQuery>,
) -> AppResult<Json<Page<DocumentResponse>>> {
    list(&state, &user, Subject::sponsorship_request(id), page).await
}

/// Uploads a file of a report owed under an award (the organisation's members, until the
/// office has received the report): the report itself, its annexes or its accounts.
/// Submitting the report (`POST /reporting-obligations/{id}/submit`) then needs at least
/// one file, or a note on why there is none.
#[utoipa::path(
    post, path = "/reporting-obligations/{id}/documents", tag = "documents",
    params(("id" = Uuid, Path, description = "reporting obligation id")),
    request_body(content = UploadForm, content_type = "multipart/form-data"),
    security(("bearer" = [])),
    responses(
        (status = 201, body = DocumentResponse),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the office has received the report", body = Problem),
        (status = 413, description = "over the size limit per file", body = Problem),
        (status = 415, description = "the bytes are not an accepted format, or the file is empty", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn upload_report_document(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    multipart: Multipart,
) -> AppResult<(StatusCode, Json<DocumentResponse>)> {
    upload(&state, &user, Subject::reporting_obligation(id), multipart).await
}

/// Lists the files of a report owed under an award (the organisation's members, staff).
#[utoipa::path(
    get, path = "/reporting-obligations/{id}/documents", tag = "documents",
    params(("id" = Uuid, Path, description = "reporting obligation id"), PageQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<DocumentResponse>), (status = 401, body = Problem), (status = 404, body = Problem))
)]
pub async fn list_report_documents(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    Query(page): Query<PageQuery>,
) -> AppResult<Json<Page<DocumentResponse>>> {
    list(&state, &user, Subject::reporting_obligation(id), page).await
}

/// Uploads evidence for an item of an open due-diligence assessment (officers); an item
/// configured with `requires_evidence` passes only once it has some. The document's
/// `question` is the item's key.
#[utoipa::path(
    post, path = "/due-diligence/{id}/items/{key}/documents", tag = "documents",
    params(("id" = Uuid, Path, description = "assessment id"), ("key" = String, Path, description = "checklist item key")),
    request_body(content = UploadForm, content_type = "multipart/form-data"),
    security(("bearer" = [])),
    responses(
        (status = 201, body = DocumentResponse),
        (status = 401, body = Problem), (status = 403, body = Problem),
        (status = 404, description = "no such assessment or checklist item", body = Problem),
        (status = 409, description = "the assessment is completed", body = Problem),
        (status = 413, description = "over the size limit per file", body = Problem),
        (status = 415, description = "the bytes are not an accepted format, or the file is empty", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn upload_evidence_document(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, key)): Path<(Uuid, String)>,
    multipart: Multipart,
) -> AppResult<(StatusCode, Json<DocumentResponse>)> {
    let limits = service::limits(&state.config);
    let destination = service::Destination::Evidence { assessment_id: id, key };
    let target = service::target_of(&state.db, limits, &user, destination).await?;
    upload_to(&state, &user, target, multipart).await
}

/// Lists the evidence of one checklist item of a due-diligence assessment (officers).
#[utoipa::path(
    get, path = "/due-diligence/{id}/items/{key}/documents", tag = "documents",
    params(("id" = Uuid, Path, description = "assessment id"), ("key" = String, Path, description = "checklist item key"), PageQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, body = Page<DocumentResponse>),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem),
    )
)]
pub async fn list_evidence_documents(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, key)): Path<(Uuid, String)>,
    Query(page): Query<PageQuery>,
) -> AppResult<Json<Page<DocumentResponse>>> {
    let (items, total) = service::list_evidence(&state.db, &user, id, &key, page.limit(), page.offset()).await?;
    Ok(Json(Page::counted(items, total)))
}

/// Uploads an annex to an open appeal (the organisation's members): a letter, a
/// corrected budget, anything that supports the grounds.
#[utoipa::path(
    post, path = "/appeals/{id}/documents", tag = "documents",
    params(("id" = Uuid, Path, description = "appeal id")),
    request_body(content = UploadForm, content_type = "multipart/form-data"),
    security(("bearer" = [])),
    responses(
        (status = 201, body = DocumentResponse),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the appeal is resolved", body = Problem),
        (status = 413, description = "over the size limit per file", body = Problem),
        (status = 415, description = "the bytes are not an accepted format, or the file is empty", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn upload_appeal_document(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    multipart: Multipart,
) -> AppResult<(StatusCode, Json<DocumentResponse>)> {
    upload(&state, &user, Subject::appeal(id), multipart).await
}

/// Lists an appeal's annexes (the organisation's members, staff).
#[utoipa::path(
    get, path = "/appeals/{id}/documents", tag = "documents",
    params(("id" = Uuid, Path, description = "appeal id"), PageQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<DocumentResponse>), (status = 401, body = Problem), (status = 404, body = Problem))
)]
pub async fn list_appeal_documents(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    Query(page): Query<PageQuery>,
) -> AppResult<Json<Page<DocumentResponse>>> {
    list(&state, &user, Subject::appeal(id), page).await
}

/// Downloads a document, streamed: open to exactly those who may see the record it is
/// attached to; anyone else gets 404.
#[utoipa::path(
    get, path = "/documents/{id}", tag = "documents",
    params(("id" = Uuid, Path, description = "document id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "the file, with its media type and name", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 401, body = Problem), (status = 404, body = Problem),
    )
)]
pub async fn get_document(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Response> {
    let download = service::open(&state.db, &user, id).await?;
    let body = Body::from_stream(service::chunks(state.storage.clone(), &download));
    let mut response = body.into_response();
    let headers = response.headers_mut();
    let disposition = rules::content_disposition(&download.name);
    let pairs = [
        (header::CONTENT_TYPE, download.format.content_type().to_owned()),
        (header::CONTENT_LENGTH, download.size.to_string()),
        (header::CONTENT_DISPOSITION, disposition),
        (header::CACHE_CONTROL, "private, no-store".to_owned()),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
    ];
    for (name, value) in pairs {
        let value = HeaderValue::from_str(&value).map_err(|_| AppError::Internal("an unwritable header".to_owned()))?;
        headers.insert(name, value);
    }
    Ok(response)
}

/// Deletes a document while the record it is attached to may still change; the audit
/// trail keeps its name and sha256.
#[utoipa::path(
    delete, path = "/documents/{id}", tag = "documents",
    params(("id" = Uuid, Path, description = "document id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "deleted"),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the record can no longer change", body = Problem),
    )
)]
pub async fn delete_document(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<StatusCode> {
    service::delete(&state.db, state.storage.as_ref(), state.now(), &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Authorises an upload before reading its body, streams its parts through the service,
/// and attaches the file; a file stored before a later part fails is forgotten.
async fn upload(
    state: &AppState,
    user: &CurrentUser,
    subject: Subject,
    multipart: Multipart,
) -> AppResult<(StatusCode, Json<DocumentResponse>)> {
    let target = service::upload_target(&state.db, service::limits(&state.config), user, subject).await?;
    upload_to(state, user, target, multipart).await
}

/// Streams the parts of an authorised upload through the service and attaches the file
/// (to the checklist item the target names, if it names one).
async fn upload_to(
    state: &AppState,
    user: &CurrentUser,
    target: UploadTarget,
    mut multipart: Multipart,
) -> AppResult<(StatusCode, Json<DocumentResponse>)> {
    let mut details = UploadDetails::default();
    let mut stored: Option<StoredContent> = None;
    if let Err(error) = read_parts(state, &target, &mut multipart, &mut details, &mut stored).await {
        if let Some(stored) = &stored {
            service::discard(&state.db, state.storage.as_ref(), stored).await?;
        }
        return Err(error);
    }
    let stored = stored.ok_or_else(|| AppError::field("file", crate::i18n::Message::new("document-file-missing")))?;
    let storage = state.storage.as_ref();
    let document = service::attach(&state.db, storage, state.now(), user, &target, stored, details).await?;
    Ok((StatusCode::CREATED, Json(document)))
}

/// One page of a subject's documents.
async fn list(
    state: &AppState,
    user: &CurrentUser,
    subject: Subject,
    page: PageQuery,
) -> AppResult<Json<Page<DocumentResponse>>> {
    let (items, total) = service::list(&state.db, user, subject, page.limit(), page.offset()).await?;
    Ok(Json(Page::counted(items, total)))
}

/// Reads the parts of an upload: the file is streamed into storage as it arrives.
async fn read_parts(
    state: &AppState,
    target: &UploadTarget,
    multipart: &mut Multipart,
    details: &mut UploadDetails,
    stored: &mut Option<StoredContent>,
) -> AppResult<()> {
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "file" if stored.is_none() => {
                let file_name = field.file_name().unwrap_or_default().to_owned();
                let body = Box::pin(field.map(|chunk| chunk.map_err(unreadable)));
                let storage = state.storage.as_ref();
                let content = service::store_content(&state.db, storage, state.now(), target, &file_name, body).await?;
                *stored = Some(content);
            }
            "kind" if details.kind.is_none() => details.kind = Some(small_text(field).await?),
            "question" if details.question.is_none() && target.question().is_none() => {
                details.question = Some(small_text(field).await?);
            }
            "valid_until" if details.valid_until.is_none() => details.valid_until = Some(small_text(field).await?),
            _ => {
                return Err(AppError::field(
                    name,
                    "is not expected: an upload has one part `file`, and optionally `kind`, `question` and `valid_until`",
                ));
            }
        }
    }
    Ok(())
}

/// A short text part, refused past [`MAX_TEXT_PART`] bytes or when not UTF-8.
async fn small_text(mut field: Field<'_>) -> AppResult<String> {
    let name = field.name().unwrap_or_default().to_owned();
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(unreadable)? {
        bytes.extend_from_slice(&chunk);
        if bytes.len() > MAX_TEXT_PART {
            return Err(AppError::field(name, format!("must be at most {MAX_TEXT_PART} bytes")));
        }
    }
    String::from_utf8(bytes).map_err(|_| AppError::field(name, "must be UTF-8 text"))
}

/// A body that is not readable multipart.
fn unreadable(error: MultipartError) -> AppError {
    AppError::BadRequest(format!(
        "the upload is not readable multipart/form-data: {}",
        error.body_text()
    ))
}
