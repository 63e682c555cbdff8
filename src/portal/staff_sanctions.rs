//! The sanctions list in the workspace (admins), at `/staff/sanctions`: whether a list is
//! in force, where it came from (the source its version records: the file's name, or the
//! schema location its XML declares), when its publisher generated it and when it was
//! loaded (and by whom), how many entries it holds, and the form loading a new one: the
//! Consolidated List XML that `POST /api/v1/sanctions/import` takes, sent as a file
//! (`multipart/form-data`, no JavaScript needed). The file and its name go through
//! `crate::sanctions::service::import_list`, which changes nothing when it cannot read it.

use axum::Router;
use axum::extract::multipart::Field;
use axum::extract::{DefaultBodyLimit, Multipart, Query, State};
use axum::response::Response;
use axum::routing::get;
use serde_json::json;

use super::pages::{FormError, FormFields, after_form};
use super::render::Page;
use super::staff::Staff;
use super::uploads::{small_text, unreadable};
use super::views::instant;
use crate::AppState;
use crate::auth::Role;
use crate::error::{AppError, AppResult};
use crate::i18n::Message;
use crate::portal::done::Done;
use crate::sanctions::{MAX_LIST_BYTES, service};

/// The template of the page.
pub const TEMPLATES: [(&str, &str); 1] = [(
    "staff/sanctions.html",
    include_str!("../../templates/portal/staff/sanctions.html"),
)];

/// The routes of the page and its upload, which takes a list as large as the API does.
pub fn routes() -> Router<AppState> {
    Router::new().route(
        "/staff/sanctions",
        get(sanctions_page)
            .post(load_list)
            .layer(DefaultBodyLimit::max(MAX_LIST_BYTES)),
    )
}

/// The list in force and the upload form.
pub async fn sanctions_page(State(state): State<AppState>, staff: Staff, Query(done): Query<Done>) -> Response {
    let notice = done.notice("staff-sanctions-done", &["loaded"], staff.language());
    let page = page_of(&state, &staff, Vec::new(), notice).await;
    staff.answer(&state, page)
}

async fn page_of(state: &AppState, staff: &Staff, errors: Vec<FormError>, notice: Option<String>) -> AppResult<Page> {
    staff.require(&[Role::Admin])?;
    let language = staff.language();
    let version = match service::current_version(&state.db).await {
        Ok(version) => Some(version),
        Err(AppError::NotFound(_)) => None,
        Err(error) => return Err(error),
    };
    let loader = version.as_ref().and_then(|version| version.imported_by);
    let names = crate::auth::service::full_names(&state.db, loader.into_iter().collect()).await?;
    let list = version.map(|version| {
        json!({
            "generated_at": version.generated_at.map(|at| instant(at, language)),
            "imported_at": instant(version.imported_at, language),
            "imported_by": version.imported_by.and_then(|id| names.get(&id).cloned()),
            "entries": version.entry_count,
            "source": version.source,
        })
    });
    Ok(Page::new(
        "staff/sanctions.html",
        json!({ "list": list, "errors": errors, "notice": notice }),
    ))
}

/// The upload form's one field.
const UPLOAD_FIELDS: &FormFields = &[("file", None)];

/// Loads the list sent as a file, replacing the one in force; a file that is not a
/// readable list shows the form again with what is wrong, and changes nothing.
pub async fn load_list(State(state): State<AppState>, staff: Staff, multipart: Multipart) -> Response {
    let loaded = async {
        staff.require(&[Role::Admin])?;
        let (name, xml) = read_upload(&staff, multipart).await?;
        service::import_list(&state.db, &xml, Some(&name), Some(staff.user().id), state.now())
            .await
            .map_err(|error| match error {
                AppError::Validation(errors) => {
                    let detail = errors
                        .first()
                        .map(|error| error.message.render_on_page(staff.language()));
                    let message =
                        Message::new("staff-sanctions-error-unreadable").with("detail", detail.unwrap_or_default());
                    AppError::field("file", message)
                }
                other => other,
            })
    };
    let next = match loaded.await {
        Err(error @ (AppError::Forbidden(_) | AppError::NotFound(_))) => return staff.answer(&state, Err(error)),
        outcome => outcome.map(|_| "/staff/sanctions?done=loaded".to_owned()),
    };
    after_form(&state, &staff.visitor, next, UPLOAD_FIELDS, |errors| {
        page_of(&state, &staff, errors, None)
    })
    .await
}

/// The form's `csrf_token` (first, checked before anything else is read) and the name and
/// text of its `file`; no file chosen, or one that is not UTF-8, is refused on `file`.
async fn read_upload(staff: &Staff, mut multipart: Multipart) -> AppResult<(String, String)> {
    let token = match multipart.next_field().await.map_err(unreadable)? {
        Some(field) if field.name() == Some("csrf_token") => small_text(field).await?,
        _ => String::new(),
    };
    staff.check_form(&token)?;
    let choose = || AppError::field("file", Message::new("staff-sanctions-error-file"));
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        if field.name() != Some("file") {
            continue;
        }
        let name = field.file_name().unwrap_or_default().to_owned();
        if name.is_empty() {
            return Err(choose());
        }
        let bytes = file_bytes(field).await?;
        if bytes.is_empty() {
            return Err(choose());
        }
        let text = String::from_utf8(bytes).map_err(|_| {
            let message = Message::new("staff-sanctions-error-unreadable").with("detail", "not UTF-8 text");
            AppError::field("file", message)
        })?;
        return Ok((name, text));
    }
    Err(choose())
}

/// The bytes of the file, at most [`MAX_LIST_BYTES`].
async fn file_bytes(mut field: Field<'_>) -> AppResult<Vec<u8>> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(unreadable)? {
        bytes.extend_from_slice(&chunk);
        if bytes.len() > MAX_LIST_BYTES {
            return Err(AppError::PayloadTooLarge);
        }
    }
    Ok(bytes)
}
