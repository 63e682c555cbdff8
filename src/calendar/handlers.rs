//! Handlers of the iCalendar feeds.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use sea_orm::TransactionTrait;
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::rules::{self, Deadline, When};
use super::store;
use crate::AppState;
use crate::audit::{self, AuditEntry};
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
    crate::calls::visible_call(&state.db, user.as_ref(), id).await?;
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
    /// The token of `POST /me/calendar` (for calendar apps, which cannot send a bearer token).
    pub token: Option<String>,
}

/// The caller's calendar subscription.
#[derive(Debug, Serialize, ToSchema)]
pub struct FeedResponse {
    /// Path of the feed with its token, to subscribe to from a calendar app (prefix the
    /// server's address). Shown once; keep it private: it shows the caller's deadlines to
    /// whoever has it. `POST` again for a new one, `DELETE` to revoke it.
    pub url: String,
}

/// Issues the caller's calendar subscription URL (signed in); a previous one stops working.
#[utoipa::path(
    post, path = "/me/calendar", tag = "calendar",
    security(("bearer" = [])),
    responses((status = 201, body = FeedResponse), (status = 401, body = Problem))
)]
pub async fn issue_calendar_feed(
    State(state): State<AppState>,
    user: CurrentUser,
) -> AppResult<(StatusCode, Json<FeedResponse>)> {
    let token = rules::new_feed_token();
    let now = state.now();
    let txn = state.db.begin().await?;
    store::replace(&txn, user.id, rules::hash_feed_token(&token), now).await?;
    audit::record(
        &txn,
        AuditEntry::created(user.id, "calendar.feed_issued", "user", user.id, json!({})),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(FeedResponse {
            url: format!("/api/v1/me/deadlines.ics?token={token}"),
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
    let now = state.now();
    let txn = state.db.begin().await?;
    if !store::remove(&txn, user.id).await? {
        return Err(AppError::NotFound("calendar feed"));
    }
    audit::record(
        &txn,
        AuditEntry::created(user.id, "calendar.feed_revoked", "user", user.id, json!({})),
        now,
    )
    .await?;
    txn.commit().await?;
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
        (None, Some(token)) => store::user_of(&state.db, &rules::hash_feed_token(&token))
            .await?
            .ok_or_else(|| {
                AppError::Unauthorized("the calendar token is not valid (revoked or replaced?)".to_owned())
            })?,
        (None, None) => {
            return Err(AppError::Unauthorized(
                "send a bearer token, or subscribe with the URL of POST /me/calendar".to_owned(),
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
        Rule::SponsorshipDeadline,
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
                Rule::SponsorshipDeadline => (
                    format!("Sponsorship requests close: {}", candidate.title),
                    "Your organisation has a draft sponsorship request for this event.".to_owned(),
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
