//! An appeal's annexes in the portal, shown and sent on the application's page: while the
//! appeal is open its members upload files to it (the CSRF token first, then the file
//! streamed through the documents service, as `POST /api/v1/appeals/{id}/documents` does)
//! and delete them; members and staff download them. Another organisation's appeal is 404.

use axum::Router;
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use serde::Deserialize;
use uuid::Uuid;

use super::apply::signed_in;
use super::apply_form::Problem;
use super::pages::problem_page;
use super::visitor::Visitor;
use crate::AppState;
use crate::auth::CurrentUser;
use crate::documents::rules::Subject;
use crate::error::{AppError, AppResult};

/// The most annexes the application's page lists.
pub const MAX_ANNEXES: u64 = 100;

/// The routes of an appeal's annexes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/portal/appeals/{id}/annexes",
            post(upload_annex).layer(DefaultBodyLimit::disable()),
        )
        .route("/portal/appeals/{id}/annexes/{document}/delete", post(delete_annex))
}

/// Uploads an annex to an open appeal (its organisation's members); a refused file shows
/// the application's page again with the error next to the file field, adding nothing.
pub async fn upload_annex(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    multipart: Multipart,
) -> Response {
    let user = match signed_in(&visitor) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    let application = match application_of(&state, &user, id).await {
        Ok(application) => application,
        Err(error) => return problem_page(&state, &visitor, error),
    };
    let uploaded = super::uploads::upload(&state, &visitor, &user, Subject::appeal(id), multipart).await;
    after(&state, &visitor, &user, application, uploaded.map(|_| ())).await
}

/// What the delete button sends.
#[derive(Debug, Default, Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    csrf_token: String,
}

/// Deletes one of an open appeal's annexes (its organisation's members).
pub async fn delete_annex(
    State(state): State<AppState>,
    visitor: Visitor,
    Path((id, document)): Path<(Uuid, Uuid)>,
    axum::Form(form): axum::Form<DeleteForm>,
) -> Response {
    let user = match signed_in(&visitor) {
        Ok(user) => user,
        Err(response) => return *response,
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let application = match application_of(&state, &user, id).await {
        Ok(application) => application,
        Err(error) => return problem_page(&state, &visitor, error),
    };
    let deleted = delete_of(&state, &user, id, document).await;
    after(&state, &visitor, &user, application, deleted).await
}

/// The application an appeal the reader may see belongs to (404 otherwise).
async fn application_of(state: &AppState, user: &CurrentUser, appeal: Uuid) -> AppResult<Uuid> {
    let (appeal, _) = crate::decisions::service::visible_appeal(&state.db, user, appeal).await?;
    Ok(appeal.application_id)
}

/// Deletes `document` when it is one of appeal `id`'s annexes (404 otherwise).
async fn delete_of(state: &AppState, user: &CurrentUser, id: Uuid, document: Uuid) -> AppResult<()> {
    let (rows, _) = crate::documents::service::list(&state.db, user, Subject::appeal(id), MAX_ANNEXES, 0).await?;
    if !rows.iter().any(|row| row.id == document) {
        return Err(AppError::NotFound("document"));
    }
    crate::documents::service::delete(&state.db, state.storage.as_ref(), state.now(), user, document).await
}

/// After a form: back to the application's annexes, or its page again with the error on
/// the file field (a refused file, an appeal resolved meanwhile).
async fn after(
    state: &AppState,
    visitor: &Visitor,
    user: &CurrentUser,
    application: Uuid,
    outcome: AppResult<()>,
) -> Response {
    let error = match outcome {
        Ok(()) => return Redirect::to(&format!("/portal/applications/{application}#annexes")).into_response(),
        Err(error) => error,
    };
    let message = match &error {
        AppError::Validation(errors) => errors
            .first()
            .map(|field| field.message.render_on_page(visitor.language))
            .unwrap_or_default(),
        AppError::Conflict { .. } => error.problem_on_page(visitor.language).detail,
        _ => return problem_page(state, visitor, error),
    };
    let problem = Problem {
        field: "file".to_owned(),
        href: "#file".to_owned(),
        message,
    };
    super::applications::page_with_problems(state, visitor, user, application, &[problem]).await
}
