//! The reader's notification preferences at `/portal/settings/notifications`: a box per
//! kind of message they may receive (the kinds of their roles), ticked when it goes by
//! email, and for officers one email per message or a daily digest. Saved through the same
//! service as `PUT /api/v1/me/notification-preferences`; every message stays in the app,
//! and security notices and requested links always go by email, so they are not offered.

use axum::Form;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Serialize;
use serde_json::json;

use super::done::Done;
use super::pages::{answer, problem_page, to_sign_in};
use super::render::Page;
use super::visitor::Visitor;
use crate::AppState;
use crate::auth::{CurrentUser, Role};
use crate::i18n::Message;
use crate::reminders::preferences::{self, Change, Preferences};

/// The preferences page.
pub const TEMPLATES: [(&str, &str); 1] = [(
    "settings_notifications.html",
    include_str!("../../templates/portal/settings_notifications.html"),
)];

/// The routes of the preferences page.
pub fn routes() -> Router<AppState> {
    Router::new().route(
        "/portal/settings/notifications",
        get(preferences_page).post(save_preferences),
    )
}

/// What members of organisations receive: their applications, awards, travel, deadlines
/// and invitations.
const APPLICANT_KINDS: [&str; 19] = [
    "application_submitted",
    "application_eligible",
    "application_ineligible",
    "application_awarded",
    "application_rejected",
    "appeal_upheld",
    "appeal_overturned",
    "award_letter_ready",
    "report_received",
    "disbursement_paid",
    "sponsorship_approved",
    "sponsorship_rejected",
    "sponsorship_waitlisted",
    "sponsorship_promoted",
    "call_closing",
    "report_due",
    "appeal_window_closing",
    "sponsorship_deadline",
    "invitation",
];

/// What the office's staff receive.
const STAFF_KINDS: [&str; 11] = [
    "appeal_filed",
    "review_assigned",
    "conflict_declared",
    "award_accepted",
    "report_submitted",
    "disbursement_requested",
    "diligence_match",
    "risk_second_approval",
    "review_overdue",
    "diligence_expiring",
    "disbursement_awaiting_approval",
];

/// One box of the form.
#[derive(Debug, Clone, Serialize)]
pub struct KindChoice {
    /// The kind's stored name (the box's value).
    pub kind: &'static str,
    /// What it is, in the reader's language.
    pub label: String,
    /// Whether it goes by email.
    pub email: bool,
}

/// The kinds `user` may receive, in the order the page lists them.
fn kinds_of(user: &CurrentUser) -> Vec<&'static str> {
    let mut kinds = Vec::new();
    if user.has(Role::Applicant) {
        kinds.extend(APPLICANT_KINDS);
    }
    if user.is_staff() {
        kinds.extend(STAFF_KINDS);
    }
    let optional = preferences::optional_kinds();
    kinds.retain(|kind| optional.contains(kind));
    kinds
}

/// The boxes of the form for `user` with `chosen` preferences, in `language`.
fn choices(user: &CurrentUser, chosen: &Preferences, language: crate::i18n::Language) -> Vec<KindChoice> {
    kinds_of(user)
        .into_iter()
        .map(|kind| KindChoice {
            kind,
            label: Message::new(format!("portal-finish-kind-{kind}")).render(language),
            email: !chosen.email_off.iter().any(|off| off == kind),
        })
        .collect()
}

/// The form, with what the reader chose.
pub async fn preferences_page(State(state): State<AppState>, visitor: Visitor, Query(done): Query<Done>) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    let page = async {
        let user = &signed_in.user;
        let chosen = preferences::of(&state.db, user.id).await?;
        Ok(Page::new(
            "settings_notifications.html",
            json!({
                "kinds": choices(user, &chosen, visitor.language),
                "officer": user.has(Role::Officer),
                "daily_digest": chosen.daily_digest,
                "saved": done.done == "saved",
            }),
        ))
    };
    answer(&state, &visitor, page.await)
}

/// Saves the boxes (a kind left unticked is not emailed) and, for officers, the digest.
pub async fn save_preferences(
    State(state): State<AppState>,
    visitor: Visitor,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    let field = |name: &'static str| {
        fields
            .iter()
            .filter(move |(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    };
    let token = field("csrf_token").next().unwrap_or_default();
    if let Err(error) = visitor.check_form_token(token) {
        return problem_page(&state, &visitor, error);
    }
    let user = &signed_in.user;
    let ticked: Vec<&str> = field("email").collect();
    let change = Change {
        email: kinds_of(user)
            .into_iter()
            .map(|kind| (kind.to_owned(), ticked.contains(&kind)))
            .collect(),
        daily_digest: user
            .has(Role::Officer)
            .then(|| field("delivery").any(|value| value == "daily")),
    };
    match preferences::set(&state.db, state.now(), user, change).await {
        Ok(_) => Redirect::to("/portal/settings/notifications?done=saved").into_response(),
        Err(error) => problem_page(&state, &visitor, error),
    }
}
