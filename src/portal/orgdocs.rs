//! An organisation's standing documents at `/portal/organisations/{id}/documents`: its
//! papers (registration certificate, statutes, audited accounts, safeguarding policy...)
//! with their kind and until when they are valid, uploaded, downloaded and deleted through
//! the documents service, as `POST /api/v1/organisations/{id}/documents` does. Members act;
//! another organisation's page is 404.

use axum::Router;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use super::done::Done;
use super::pages::{FormError, FormFields, form_errors, form_page, problem_page, to_sign_in};
use super::views::date;
use super::visitor::Visitor;
use crate::AppState;
use crate::documents::json::DocumentResponse;
use crate::documents::rules::Subject;
use crate::error::{AppError, AppResult};
use crate::i18n::Language;

/// The templates of this page.
pub const TEMPLATES: [(&str, &str); 1] = [(
    "org_documents.html",
    include_str!("../../templates/portal/org_documents.html"),
)];

/// The most documents the page lists.
const MAX_DOCUMENTS: u64 = 200;

/// The kinds of standing paper the form offers, each with its words in the catalogue.
const KINDS: [&str; 5] = [
    "registration_certificate",
    "statutes",
    "audited_accounts",
    "safeguarding_policy",
    "other",
];

/// The fields of the upload form, in the order the page shows them.
const UPLOAD_FIELDS: &FormFields = &[
    ("kind", Some("portal-orgdocs-error-kind")),
    ("valid_until", Some("portal-orgdocs-error-valid-until")),
    ("file", None),
];

/// The routes of the standing documents page.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/portal/organisations/{id}/documents", get(documents_page))
        .route(
            "/portal/organisations/{id}/documents/upload",
            post(upload_document).layer(DefaultBodyLimit::disable()),
        )
        .route(
            "/portal/organisations/{id}/documents/{document}/delete",
            post(delete_document),
        )
}

/// The organisation's standing documents, with the form to add one.
pub async fn documents_page(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    Query(done): Query<Done>,
) -> Response {
    documents(&state, &visitor, id, &done.done, &[]).await
}

async fn documents(state: &AppState, visitor: &Visitor, id: Uuid, done: &str, errors: &[FormError]) -> Response {
    if visitor.signed_in.is_none() {
        return to_sign_in(visitor);
    }
    match document_data(state, visitor, id).await {
        Ok(mut data) => {
            data["done"] = json!(done);
            form_page(state, visitor, "org_documents.html", data, errors)
        }
        Err(error) => problem_page(state, visitor, error),
    }
}

/// What the page shows of organisation `id` (404 unless the reader may see it).
async fn document_data(state: &AppState, visitor: &Visitor, id: Uuid) -> AppResult<serde_json::Value> {
    let user = &visitor
        .signed_in
        .as_ref()
        .ok_or(AppError::NotFound("organisation"))?
        .user;
    let organisation = crate::organisations::service::visible(&state.db, user, id).await?;
    let (rows, _) =
        crate::documents::service::list(&state.db, user, Subject::organisation(id), MAX_DOCUMENTS, 0).await?;
    let today = state.now().date_naive();
    let rows: Vec<_> = rows
        .iter()
        .map(|row| document_row(row, today, visitor.language))
        .collect();
    Ok(json!({
        "organisation": { "id": organisation.id, "name": organisation.legal_name },
        "documents": rows,
        "kinds": KINDS.iter().map(|kind| json!({ "value": kind, "key": kind_key(kind) })).collect::<Vec<_>>(),
    }))
}

/// One row of the list: the file, its kind in words, and until when it is valid.
fn document_row(document: &DocumentResponse, today: NaiveDate, language: Language) -> serde_json::Value {
    let kind = document.kind.as_deref().unwrap_or_default();
    json!({
        "id": document.id,
        "name": document.name,
        "kind": kind,
        "kind_key": KINDS.contains(&kind).then(|| kind_key(kind)),
        "valid_until": document.valid_until.map(|on| date(on, language)),
        "expired": document.valid_until.is_some_and(|on| on < today),
    })
}

/// The catalogue id of a known kind's words.
fn kind_key(kind: &str) -> String {
    format!("portal-orgdocs-kind-{}", kind.replace('_', "-"))
}

/// Uploads a standing document (the organisation's members), streamed into the documents
/// service; a refused upload shows the page again with the error and adds nothing.
pub async fn upload_document(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    multipart: Multipart,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    let subject = Subject::organisation(id);
    let uploaded = super::uploads::upload(&state, &visitor, &signed_in.user, subject, multipart).await;
    after(&state, &visitor, id, uploaded.map(|_| "uploaded")).await
}

/// What the delete button sends.
#[derive(Debug, Default, Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    csrf_token: String,
}

/// Deletes one of the organisation's documents (its members).
pub async fn delete_document(
    State(state): State<AppState>,
    visitor: Visitor,
    Path((id, document)): Path<(Uuid, Uuid)>,
    axum::Form(form): axum::Form<DeleteForm>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let deleted = delete_of(&state, &signed_in.user, id, document).await;
    after(&state, &visitor, id, deleted.map(|()| "deleted")).await
}

/// Deletes `document` when it is one of organisation `id`'s (404 otherwise).
async fn delete_of(state: &AppState, user: &crate::auth::CurrentUser, id: Uuid, document: Uuid) -> AppResult<()> {
    let (rows, _) =
        crate::documents::service::list(&state.db, user, Subject::organisation(id), MAX_DOCUMENTS, 0).await?;
    if !rows.iter().any(|row| row.id == document) {
        return Err(AppError::NotFound("document"));
    }
    crate::documents::service::delete(&state.db, state.storage.as_ref(), state.now(), user, document).await
}

/// After a form: the page with what was done, or again with the errors.
async fn after(state: &AppState, visitor: &Visitor, id: Uuid, outcome: AppResult<&'static str>) -> Response {
    match outcome {
        Ok(done) => Redirect::to(&format!("/portal/organisations/{id}/documents?done={done}")).into_response(),
        Err(error) => match form_errors(&error, UPLOAD_FIELDS, visitor.language) {
            Some(errors) => documents(state, visitor, id, "", &errors).await,
            None => problem_page(state, visitor, error),
        },
    }
}
