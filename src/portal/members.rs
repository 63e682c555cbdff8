//! An organisation's members at `/portal/organisations/{id}/members`: who they are, the
//! invitations still waiting, and inviting someone by email (the invitations service, as
//! `POST /api/v1/organisations/{id}/invitations`). Another organisation's page is 404.

use axum::Form;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use super::done::Done;
use super::pages::{FormError, FormFields, form_errors, form_page, problem_page, to_sign_in};
use super::views::instant;
use super::visitor::Visitor;
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::organisations::invitation_rules::InvitationStatus;

/// The routes of the members pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/portal/organisations/{id}/members", get(members_page))
        .route("/portal/organisations/{id}/members/invite", post(invite_member))
}

/// The members and the waiting invitations, with the form to invite someone.
pub async fn members_page(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    Query(done): Query<Done>,
) -> Response {
    members(&state, &visitor, id, (&done.done, ""), &[]).await
}

async fn members(
    state: &AppState,
    visitor: &Visitor,
    id: Uuid,
    (done, email): (&str, &str),
    errors: &[FormError],
) -> Response {
    if visitor.signed_in.is_none() {
        return to_sign_in(visitor);
    }
    match member_data(state, visitor, id).await {
        Ok(mut data) => {
            data["invited"] = json!(done == "invited");
            data["joined"] = json!(done == "joined");
            data["email"] = json!(email);
            form_page(state, visitor, "members.html", data, errors)
        }
        Err(error) => problem_page(state, visitor, error),
    }
}

/// What the members page shows of organisation `id` (404 unless the reader may see it).
async fn member_data(state: &AppState, visitor: &Visitor, id: Uuid) -> AppResult<serde_json::Value> {
    let user = &visitor
        .signed_in
        .as_ref()
        .ok_or(AppError::NotFound("organisation"))?
        .user;
    let organisation = crate::organisations::service::visible(&state.db, user, id).await?;
    let members: Vec<_> = crate::organisations::service::members(&state.db, user, id)
        .await?
        .into_iter()
        .map(|(member, account)| {
            json!({ "name": account.full_name, "email": account.email, "since": instant(member.created_at, visitor.language) })
        })
        .collect();
    let invitations = match crate::organisations::invitations::list(&state.db, user, id).await {
        Ok(rows) => rows,
        Err(AppError::Forbidden(_)) => Vec::new(),
        Err(error) => return Err(error),
    };
    let now = state.now();
    let waiting: Vec<_> = invitations
        .into_iter()
        .filter(|row| row.status == InvitationStatus::Pending && row.expires_at > now)
        .map(|row| json!({ "email": row.email, "expires_at": instant(row.expires_at, visitor.language) }))
        .collect();
    Ok(json!({
        "organisation": { "id": organisation.id, "name": organisation.legal_name },
        "members": members,
        "waiting": waiting,
    }))
}

/// What the invitation form sends.
#[derive(Debug, Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    email: String,
}

const INVITE_FIELDS: &FormFields = &[("email", Some("portal-register-error-email"))];

/// Invites an email address to the organisation (the same answer whether or not it has an
/// account) and shows the members again.
pub async fn invite_member(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<Uuid>,
    Form(form): Form<InviteForm>,
) -> Response {
    let Some(signed_in) = &visitor.signed_in else {
        return to_sign_in(&visitor);
    };
    if let Err(error) = visitor.check_form_token(&form.csrf_token) {
        return problem_page(&state, &visitor, error);
    }
    let config = &state.config;
    let invited =
        crate::organisations::invitations::invite(&state.db, state.now(), &signed_in.user, config, id, &form.email)
            .await;
    match invited {
        Ok(_) => Redirect::to(&format!("/portal/organisations/{id}/members?done=invited")).into_response(),
        Err(error) => match form_errors(&error, INVITE_FIELDS, visitor.language) {
            Some(errors) => members(&state, &visitor, id, ("", &form.email), &errors).await,
            None => problem_page(&state, &visitor, error),
        },
    }
}
