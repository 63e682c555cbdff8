//! The reader's notifications at `/portal/notifications`: newest first, a page at a time,
//! the unread ones marked in words (not by colour alone), each marked read with a button.
//! The same service as `GET /api/v1/notifications`.

use axum::Form;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::pages::{answer, problem_page, to_sign_in};
use super::render::Page;
use super::settings::CsrfForm;
use super::views::{Instant, instant};
use super::visitor::Visitor;
use crate::AppState;
use crate::i18n::Language;
use crate::reminders::store::message;

/// How many notifications a page shows.
const PAGE_SIZE: u64 = 20;

/// The routes of the notification pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/portal/notifications", get(notifications_page))
        .route("/portal/notifications/{id}/read", post(mark_read))
}

/// Which page of notifications (`?page=`, from 1).
#[derive(Debug, Default, Deserialize)]
pub struct PageNumber {
    #[serde(default)]
    page: Option<u64>,
}

/// A notification as the page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct NotificationRow {
    /// Its id.
    pub id: Uuid,
    /// Its subject line.
    pub subject: String,
    /// Its text, paragraph by paragraph.
    pub body: Vec<String>,
    /// When it was sent.
    pub created_at: Instant,
    /// Whether it is still unread.
    pub unread: bool,
}

impl NotificationRow {
    /// The row of `notification` for a reader of `language`.
    pub fn of(notification: message::Model, language: Language) -> Self {
        Self {
            id: notification.id,
            subject: notification.subject,
            body: notification
                .body
                .split("\n\n")
                .map(str::trim)
                .filter(|paragraph| !paragraph.is_empty())
                .map(str::to_owned)
                .collect(),
            created_at: instant(notification.created_at, language),
            unread: notification.read_at.is_none(),
        }
    }
}

/// A page of the reader's notifications, newest first, with how many are unread.
pub async fn notifications_page(
    State(state): State<AppState>,
    visitor: Visitor,
    Query(query): Query<PageNumber>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    let number = query.page.unwrap_or(1).clamp(1, 10_000);
    let page = async {
        let offset = (number - 1) * PAGE_SIZE;
        let (rows, total, unread) =
            crate::reminders::service::notifications(&state.db, signed_in.user.id, PAGE_SIZE, offset).await?;
        let notifications: Vec<NotificationRow> = rows
            .into_iter()
            .map(|row| NotificationRow::of(row, visitor.language))
            .collect();
        let newer = (number > 1).then(|| number - 1);
        let older = (offset + PAGE_SIZE < total).then(|| number + 1);
        Ok(Page::new(
            "notifications.html",
            json!({ "notifications": notifications, "unread": unread, "total": total, "newer": newer, "older": older }),
        ))
    };
    answer(&state, &visitor, page.await)
}

/// Marks one of the reader's notifications read and goes back to the list; another
/// person's is 404, as one that does not exist.
pub async fn mark_read(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    Form(form): Form<CsrfForm>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    match crate::reminders::service::mark_read(&state.db, state.now(), signed_in.user.id, id).await {
        Ok(_) => Redirect::to("/portal/notifications").into_response(),
        Err(error) => problem_page(&state, &visitor, error),
    }
}
