//! The reader's upcoming deadlines on the dashboard (the same list their calendar feed
//! holds, from `calendar::service::upcoming`), and the page that gives them the address
//! of that feed to subscribe to in a calendar app.

use axum::Form;
use axum::extract::State;
use axum::response::Response;
use axum::routing::post;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::pages::{answer, problem_page, to_sign_in};
use super::render::Page;
use super::views::{self, Instant};
use super::visitor::Visitor;
use crate::AppState;
use crate::auth::CurrentUser;
use crate::calendar::rules::When;
use crate::error::AppResult;
use crate::i18n::Language;

/// The page showing the calendar address.
pub const TEMPLATES: [(&str, &str); 1] = [(
    "calendar_link.html",
    include_str!("../../templates/portal/calendar_link.html"),
)];

/// The routes of this module.
pub fn routes() -> axum::Router<AppState> {
    axum::Router::new().route("/portal/calendar", post(calendar_link))
}

/// How many deadlines the dashboard lists.
const DASHBOARD_DEADLINES: usize = 10;

/// One upcoming deadline as the dashboard lists it.
#[derive(Debug, Clone, Serialize)]
pub struct DeadlineRow {
    /// What is due ("Report due: …"), in the reader's language.
    pub what: String,
    /// When: an instant with its time zone, or a calendar date.
    pub when: Instant,
}

/// The reader's next deadlines, soonest first.
pub(super) async fn dashboard_rows(
    state: &AppState,
    user: &CurrentUser,
    language: Language,
) -> AppResult<Vec<DeadlineRow>> {
    let deadlines = crate::calendar::service::upcoming_on_page(&state.db, user.id, state.now(), language).await?;
    Ok(deadlines
        .into_iter()
        .take(DASHBOARD_DEADLINES)
        .map(|deadline| DeadlineRow {
            what: deadline.summary,
            when: match deadline.when {
                When::At(instant) => views::instant(instant, language),
                When::On(day) => Instant {
                    iso: day.format("%Y-%m-%d").to_string(),
                    text: views::date(day, language),
                },
            },
        })
        .collect())
}

/// What the calendar button sends.
#[derive(Debug, Default, Deserialize)]
pub struct CalendarForm {
    #[serde(default)]
    csrf_token: String,
}

/// Issues the reader's calendar address (as `POST /me/calendar` does: a previous address
/// stops working) and shows it, absolute, to paste into a calendar app.
pub async fn calendar_link(
    State(state): State<AppState>,
    visitor: Visitor,
    Form(form): Form<CalendarForm>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let page = async {
        let token = crate::calendar::service::issue_feed(&state.db, state.now(), signed_in.user.id).await?;
        let url = crate::calendar::service::feed_url(&state.config.public_url, &token);
        Ok(Page::new("calendar_link.html", json!({ "url": url })))
    };
    answer(&state, &visitor, page.await)
}
