//! Handlers of the iCalendar feeds.

use axum::Json;
use axum::extract::{Path, State};
use axum::response::Response;
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::rules::{self, Deadline, When};
use crate::AppState;
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult, Problem};
use crate::http::Query;
use crate::reminders::candidates;
use crate::reminders::rules::Rule;

const CONTENT_TYPE: &str = "text/calendar; charset=utf-8";

/// A call's opening and closing as iCalendar (anyone, for a published call).
#[utoipa::path(
    get, path = "/calls/{id}/deadlines.ics", tag = "calendar",
    params(("id" = Uuid, Path, description = "call id")),
    responses(
        (status = 200, description = "the calendar", content_type = "text/calendar", body = String),
        (status = 404, body = Problem),
    )
)]
pub async fn call_deadlines(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Path(id): Path<Uuid>,
) -> AppResult<Response> {
    crate::calls::visible_call(&state, user.as_ref(), id).await?;
    let call = crate::calls::store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("call"))?;
    let deadlines = [
        Deadline {
            uid: format!("call-{id}-opens@grantdesk"),
            when: When::At(call.opens_at),
            summary: format!("Call opens: {}", call.title),
            description: format!("Applications to \"{}\" open.", call.title),
        },
        Deadline {
            uid: format!("call-{id}-closes@grantdesk"),
            when: When::At(call.closes_at),
            summary: format!("Call closes: {}", call.title),
            description: format!(
                "Applications to \"{}\" must be submitted before this time; drafts are not considered.",
                call.title
            ),
        },
    ];
    let ics = rules::to_ics(&call.title, &deadlines, state.now());
    Ok(crate::http::file_response(
        ics.into_bytes(),
        CONTENT_TYPE,
        "inline",
        &format!("call-{id}-deadlines.ics"),
    ))
}

/// `GET /me/deadlines.ics` takes a bearer token or the feed's own `token`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct FeedQuery {
    /// The token of `GET /me/calendar` (for calendar apps, which cannot send a bearer token).
    pub token: Option<String>,
}

/// The caller's calendar subscription.
#[derive(Debug, Serialize, ToSchema)]
pub struct FeedResponse {
    /// Path of the feed with its token, to subscribe to from a calendar app (prefix the
    /// server's address). Keep it private: it shows the caller's deadlines to whoever has it.
    pub url: String,
}

/// The caller's calendar subscription URL (signed in).
#[utoipa::path(
    get, path = "/me/calendar", tag = "calendar",
    security(("bearer" = [])),
    responses((status = 200, body = FeedResponse), (status = 401, body = Problem))
)]
pub async fn my_calendar(State(state): State<AppState>, user: CurrentUser) -> Json<FeedResponse> {
    let token = rules::feed_token(state.config.jwt_secret.expose_secret().as_bytes(), user.id);
    Json(FeedResponse {
        url: format!("/api/v1/me/deadlines.ics?token={token}"),
    })
}

/// The caller's upcoming deadlines as iCalendar (a bearer token, or the `token` of
/// `GET /me/calendar`): call closings where one of their organisations has a draft, their
/// organisations' report due dates and appeal windows, and for officers the expiry of
/// due-diligence assessments.
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
    let secret = state.config.jwt_secret.expose_secret().as_bytes().to_vec();
    let user_id = match (user, query.token) {
        (Some(user), _) => user.id,
        (None, Some(token)) => rules::verify_feed_token(&secret, &token)
            .ok_or_else(|| AppError::Unauthorized("the calendar token is not valid".to_owned()))?,
        (None, None) => {
            return Err(AppError::Unauthorized(
                "send a bearer token, or subscribe with the URL of GET /me/calendar".to_owned(),
            ));
        }
    };
    let now = state.now();
    let mut deadlines = Vec::new();
    for rule in [
        Rule::CallClosing,
        Rule::ReportDue,
        Rule::AppealWindowClosing,
        Rule::DiligenceExpiring,
    ] {
        for candidate in candidates::of_rule(&state.db, rule, Some(user_id)).await? {
            if candidate.anchor <= now {
                continue;
            }
            let (summary, description) = match rule {
                Rule::CallClosing => (
                    format!("Call closes: {}", candidate.title),
                    "Your organisation has a draft application under this call.".to_owned(),
                ),
                Rule::ReportDue => (format!("Report due: {}", candidate.title), candidate.detail.clone()),
                Rule::AppealWindowClosing => (
                    format!("Appeal window closes: {}", candidate.title),
                    candidate.detail.clone(),
                ),
                _ => (
                    format!("Due diligence expires: {}", candidate.title),
                    "No award can be made to the organisation after this date without a new assessment.".to_owned(),
                ),
            };
            deadlines.push(Deadline {
                uid: format!("{rule}-{}@grantdesk", candidate.subject_id),
                when: if candidate.all_day {
                    When::On(candidate.anchor.date_naive())
                } else {
                    When::At(candidate.anchor)
                },
                summary,
                description,
            });
        }
    }
    deadlines.sort_by_key(|deadline| match deadline.when {
        When::At(instant) => instant,
        When::On(day) => day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc(),
    });
    deadlines.dedup_by(|a, b| a.uid == b.uid);
    let ics = rules::to_ics("My grantdesk deadlines", &deadlines, now);
    Ok(crate::http::file_response(
        ics.into_bytes(),
        CONTENT_TYPE,
        "inline",
        "deadlines.ics",
    ))
}
