//! Handlers of the iCalendar feeds: extract, authorise, call the service, answer.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use uuid::Uuid;

use super::json::{FeedQuery, FeedResponse};
use super::service;
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult, Problem};
use crate::http::Query;
use crate::i18n::{self, LanguageQuery};

const CONTENT_TYPE: &str = "text/calendar; charset=utf-8";

/// A call's opening and closing as iCalendar (anyone, for a published call), in `lang`, or
/// else the request's `Accept-Language`.
#[utoipa::path(
    get, path = "/calls/{id}/deadlines.ics", tag = "calendar",
    params(("id" = Uuid, Path, description = "call id"), LanguageQuery),
    responses(
        (status = 200, description = "the calendar", content_type = "text/calendar", body = String),
        (status = 404, body = Problem),
    )
)]
pub async fn call_deadlines(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Path(id): Path<Uuid>,
    Query(query): Query<LanguageQuery>,
) -> AppResult<Response> {
    crate::calls::visible_call(&state.db, user.as_ref(), id).await?;
    let language = query.lang.unwrap_or_else(i18n::current);
    let ics = service::call_deadlines(&state.db, id, state.now(), language).await?;
    Ok(calendar_response(ics, &format!("call-{id}-deadlines.ics")))
}

/// Issues the caller's calendar subscription URL (signed in), absolute under
/// `GRANTDESK_PUBLIC_URL` so a calendar app can use it; a previous one stops working.
#[utoipa::path(
    post, path = "/me/calendar", tag = "calendar",
    security(("bearer" = [])),
    responses((status = 201, body = FeedResponse), (status = 401, body = Problem))
)]
pub async fn issue_calendar_feed(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<(StatusCode, Json<FeedResponse>)> {
    let token = service::issue_feed(&state.db, state.now(), user.id).await?;
    Ok((
        StatusCode::CREATED,
        Json(FeedResponse {
            url: service::feed_url(&state.config.public_url, &token),
        }),
    ))
}

/// Revokes the caller's calendar subscription URL.
#[utoipa::path(
    delete, path = "/me/calendar", tag = "calendar",
    security(("bearer" = [])),
    responses((status = 204), (status = 401, body = Problem), (status = 404, body = Problem))
)]
pub async fn revoke_calendar_feed(State(state): State<AppState>, user: CurrentUser) -> AppResult<StatusCode> {
    service::revoke_feed(&state.db, state.now(), user.id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The caller's upcoming deadlines as iCalendar (a bearer token, or the `token` of
/// `POST /me/calendar`): call closings where one of their organisations has a draft, their
/// organisations' report due dates and appeal windows, sponsorship-request deadlines of
/// events where they have a draft, and for officers the expiry of due-diligence assessments.
#[utoipa::path(
    get, path = "/me/deadlines.ics", tag = "calendar",
    params(FeedQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "the calendar", content_type = "text/calendar", body = String),
        (status = 401, body = Problem),
    )
)]
pub async fn my_deadlines(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Query(query): Query<FeedQuery>,
) -> AppResult<Response> {
    let user_id = match (user, query.token) {
        (Some(user), _) => user.id,
        (None, Some(token)) => service::feed_owner(&state.db, &token).await?,
        (None, None) => {
            return Err(AppError::Unauthorized(
                "send a bearer token, or subscribe with the URL of POST /me/calendar".to_owned(),
            ));
        }
    };
    let ics = service::user_deadlines(&state.db, user_id, state.now(), query.lang).await?;
    Ok(calendar_response(ics, "deadlines.ics"))
}

/// An iCalendar answer, shown inline.
fn calendar_response(ics: String, file_name: &str) -> Response {
    crate::http::file_response(ics.into_bytes(), CONTENT_TYPE, "inline", file_name)
}
