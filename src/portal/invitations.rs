//! The page an invitation email's link opens (`/invitations/{token}`): the organisation
//! and the address invited; a visitor signs in (or registers, coming back here) with that
//! address, then accepts, landing on the organisation's members page, or declines. The
//! answer goes through the invitations service, as `POST /api/v1/invitations/{token}/accept`.

use axum::Form;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::json;

use super::account::done;
use super::pages::{answer, problem_page, to_sign_in};
use super::render::Page;
use super::views::instant;
use super::visitor::Visitor;
use crate::AppState;
use crate::organisations::invitations;

/// The invitation's page.
pub const TEMPLATES: [(&str, &str); 1] = [(
    "invitation.html",
    include_str!("../../templates/portal/invitation.html"),
)];

/// The routes of the invitation pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/invitations/{token}", get(invitation_page))
        .route("/invitations/{token}/accept", post(accept_invitation))
        .route("/invitations/{token}/decline", post(decline_invitation))
}

/// What the invitation's organisation is and who was invited; for a signed-in reader the
/// accept and decline buttons, for a visitor the links to sign in or register and come back.
pub async fn invitation_page(State(state): State<AppState>, visitor: Visitor, Path(token): Path<String>) -> Response {
    let page = async {
        let invitation = invitations::invited_to(&state.db, state.now(), &token).await?;
        let back: String = form_urlencoded::byte_serialize(format!("/invitations/{token}").as_bytes()).collect();
        Ok(Page::new(
            "invitation.html",
            json!({
                "token": token,
                "organisation": invitation.organisation,
                "email": invitation.email,
                "expires_at": instant(invitation.expires_at, visitor.language),
                "sign_in": format!("/sign-in?next={back}"),
                "register": format!("/register?next={back}"),
            }),
        ))
    };
    answer(&state, &visitor, page.await)
}

/// What the accept and decline buttons send.
#[derive(Debug, Default, Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    csrf_token: String,
}

/// Accepts the invitation as the signed-in reader (who must have the invited address) and
/// lands on the organisation's members page.
pub async fn accept_invitation(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(token): Path<String>,
    Form(form): Form<AnswerForm>,
) -> Response {
    respond(&state, &visitor, &token, &form, Reply::Accept).await
}

/// Declines the invitation as the signed-in reader (who must have the invited address).
pub async fn decline_invitation(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(token): Path<String>,
    Form(form): Form<AnswerForm>,
) -> Response {
    respond(&state, &visitor, &token, &form, Reply::Decline).await
}

/// The invited person's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reply {
    Accept,
    Decline,
}

async fn respond(state: &AppState, visitor: &Visitor, token: &str, form: &AnswerForm, reply: Reply) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(state, visitor, error);
    }
    let (now, user) = (state.now(), &signed_in.user);
    let answered = match reply {
        Reply::Accept => invitations::accept(&state.db, now, user, token).await,
        Reply::Decline => invitations::decline(&state.db, now, user, token).await,
    };
    match (answered, reply) {
        (Ok(row), Reply::Accept) => Redirect::to(&format!(
            "/portal/organisations/{}/members?done=joined",
            row.organisation_id
        ))
        .into_response(),
        (Ok(_), Reply::Decline) => {
            let page = done(
                "portal-finish-invitation-declined-title",
                &["portal-finish-invitation-declined-text"],
                ("/portal", "portal-go-to-account"),
            );
            answer(state, visitor, Ok(page))
        }
        (Err(error), _) => problem_page(state, visitor, error),
    }
}
