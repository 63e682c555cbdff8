//! Handlers of organisations: extract, authorise, call the service, answer.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use uuid::Uuid;

use super::invitations;
use super::json::{
    AddMemberRequest, CreateOrganisationRequest, InvitationReceipt, InvitationRequest, InvitationResponse,
    MemberResponse, OrganisationResponse, OrganisationsQuery, PublicationPolicyRequest, UpdateOrganisationRequest,
};
use super::rules::Profile;
use super::service::{self, ProfileChange};
use super::store::OrganisationFilter;
use crate::AppState;
use crate::auth::{Applicant, CurrentUser};
use crate::error::{AppError, AppResult, Problem};
use crate::http::{JsonBody, KeysetQuery, Page, Query};

/// Creates an organisation; the caller becomes its first member.
#[utoipa::path(
    post, path = "/organisations", tag = "organisations",
    request_body = CreateOrganisationRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = OrganisationResponse),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn create_organisation(
    State(state): State<AppState>,
    user: Applicant,
    JsonBody(body): JsonBody<CreateOrganisationRequest>,
) -> AppResult<(StatusCode, Json<OrganisationResponse>)> {
    let profile = Profile {
        legal_name: body.legal_name,
        short_name: body.short_name,
        country: body.country,
        registration_number: body.registration_number,
        year_founded: body.year_founded,
        thematic_areas: body.thematic_areas,
        women_led: body.women_led,
        youth_led: body.youth_led,
    };
    let created = service::create(&state.db, state.now(), user.id, &state.reference, profile).await?;
    Ok((
        StatusCode::CREATED,
        Json(OrganisationResponse::from_model(created, &state.reference)?),
    ))
}

/// Lists organisations (officers, finance, admins), by country or region.
#[utoipa::path(
    get, path = "/organisations", tag = "organisations",
    params(OrganisationsQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<OrganisationResponse>), (status = 403, body = Problem), (status = 422, body = Problem))
)]
pub async fn list_organisations(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<OrganisationsQuery>,
) -> AppResult<Json<Page<OrganisationResponse>>> {
    if !user.sees_all_applicants() {
        return Err(AppError::Forbidden(
            "only officers, finance and admins list organisations; see GET /me for yours".to_owned(),
        ));
    }
    let page = KeysetQuery {
        limit: query.limit,
        offset: query.offset,
        cursor: query.cursor,
        count: query.count,
    };
    let filter = OrganisationFilter {
        country: query.country,
        region: query.region,
        name: query.name,
    };
    let listed = service::list_page(&state.db, &state.reference, &filter, &page.request()).await?;
    let items = listed
        .items
        .into_iter()
        .map(|row| OrganisationResponse::from_model(row, &state.reference))
        .collect::<AppResult<_>>()?;
    Ok(Json(Page {
        items,
        total: listed.total,
        next_cursor: listed.next_cursor,
    }))
}

/// An organisation's profile (its members and staff).
#[utoipa::path(
    get, path = "/organisations/{id}", tag = "organisations",
    params(("id" = Uuid, Path, description = "organisation id")),
    security(("bearer" = [])),
    responses((status = 200, body = OrganisationResponse), (status = 404, body = Problem))
)]
pub async fn get_organisation(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<OrganisationResponse>> {
    let row = service::visible(&state.db, &user, id).await?;
    Ok(Json(OrganisationResponse::from_model(row, &state.reference)?))
}

/// Changes an organisation's profile (its members and officers); `do_not_publish` is
/// settable by officers only.
#[utoipa::path(
    patch, path = "/organisations/{id}", tag = "organisations",
    params(("id" = Uuid, Path, description = "organisation id")),
    request_body = UpdateOrganisationRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = OrganisationResponse),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "changed meanwhile", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn update_organisation(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<UpdateOrganisationRequest>,
) -> AppResult<Json<OrganisationResponse>> {
    let change = ProfileChange {
        legal_name: body.legal_name,
        short_name: body.short_name,
        country: body.country,
        registration_number: body.registration_number,
        year_founded: body.year_founded,
        thematic_areas: body.thematic_areas,
        women_led: body.women_led,
        youth_led: body.youth_led,
        do_not_publish: body.do_not_publish,
        correspondence_language: body.correspondence_language,
    };
    let updated = service::update(&state.db, state.now(), &user, &state.reference, id, change).await?;
    Ok(Json(OrganisationResponse::from_model(updated, &state.reference)?))
}

/// Sets what the open-data exports may show of the organisation's grants: its members
/// consent to `full` (or lower it); officers set `anonymised`, `region_only` or `withheld`.
#[utoipa::path(
    put, path = "/organisations/{id}/publication-policy", tag = "organisations",
    params(("id" = Uuid, Path, description = "organisation id")),
    request_body = PublicationPolicyRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = OrganisationResponse),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the members' consent is needed, or an officer lowered the policy", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn set_publication_policy(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<PublicationPolicyRequest>,
) -> AppResult<Json<OrganisationResponse>> {
    let change = (body.policy, body.reason);
    let updated = service::set_publication_policy(&state.db, state.now(), &user, id, change).await?;
    Ok(Json(OrganisationResponse::from_model(updated, &state.reference)?))
}

/// Deprecated alias of `POST /organisations/{id}/invitations`: invites the email instead of
/// adding it, and answers 202 the same way whether or not an account has it.
#[deprecated = "use POST /organisations/{id}/invitations: membership needs the person's consent"]
#[utoipa::path(
    post, path = "/organisations/{id}/members", tag = "organisations",
    params(("id" = Uuid, Path, description = "organisation id")),
    request_body = AddMemberRequest,
    security(("bearer" = [])),
    responses(
        (status = 202, body = InvitationReceipt),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn add_member(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<AddMemberRequest>,
) -> AppResult<(StatusCode, Json<InvitationReceipt>)> {
    invite(&state, &user, id, &body.email).await
}

/// The members of an organisation (its members and staff).
#[utoipa::path(
    get, path = "/organisations/{id}/members", tag = "organisations",
    params(("id" = Uuid, Path, description = "organisation id")),
    security(("bearer" = [])),
    responses((status = 200, body = Vec<MemberResponse>), (status = 404, body = Problem))
)]
pub async fn list_members(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<Vec<MemberResponse>>> {
    let members = service::members(&state.db, &user, id).await?;
    Ok(Json(
        members
            .into_iter()
            .map(|(row, user)| MemberResponse {
                user_id: user.id,
                full_name: user.full_name,
                email: user.email,
                since: row.created_at,
            })
            .collect(),
    ))
}

/// Invites an email address to join the organisation (members only). Answers 202 the same
/// way whether or not an account has the address; the person joins only by accepting.
#[utoipa::path(
    post, path = "/organisations/{id}/invitations", tag = "organisations",
    params(("id" = Uuid, Path, description = "organisation id")),
    request_body = InvitationRequest,
    security(("bearer" = [])),
    responses(
        (status = 202, body = InvitationReceipt),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already a member", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn invite_member(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<InvitationRequest>,
) -> AppResult<(StatusCode, Json<InvitationReceipt>)> {
    invite(&state, &user, id, &body.email).await
}

/// The organisation's invitations, newest first, without their tokens (members only).
#[utoipa::path(
    get, path = "/organisations/{id}/invitations", tag = "organisations",
    params(("id" = Uuid, Path, description = "organisation id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = Vec<InvitationResponse>),
        (status = 403, body = Problem), (status = 404, body = Problem),
    )
)]
pub async fn list_invitations(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<Vec<InvitationResponse>>> {
    let rows = invitations::list(&state.db, &user, id).await?;
    let now = state.now();
    Ok(Json(
        rows.into_iter()
            .map(|row| InvitationResponse::from_model(row, now))
            .collect(),
    ))
}

/// Revokes a pending invitation (members only); its token stops working.
#[utoipa::path(
    delete, path = "/organisations/{id}/invitations/{invitation_id}", tag = "organisations",
    params(
        ("id" = Uuid, Path, description = "organisation id"),
        ("invitation_id" = Uuid, Path, description = "invitation id"),
    ),
    security(("bearer" = [])),
    responses(
        (status = 200, body = InvitationResponse),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "no longer pending", body = Problem),
    )
)]
pub async fn revoke_invitation(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, invitation_id)): Path<(Uuid, Uuid)>,
) -> AppResult<Json<InvitationResponse>> {
    let revoked = invitations::revoke(&state.db, state.now(), &user, id, invitation_id).await?;
    Ok(Json(InvitationResponse::from_model(revoked, state.now())))
}

/// Accepts an invitation: the signed-in applicant whose email was invited joins the
/// organisation.
#[utoipa::path(
    post, path = "/invitations/{token}/accept", tag = "organisations",
    params(("token" = String, Path, description = "the token of the invitation email")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = InvitationResponse),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "expired, revoked or answered", body = Problem),
    )
)]
pub async fn accept_invitation(
    State(state): State<AppState>,
    user: Applicant,
    Path(token): Path<String>,
) -> AppResult<Json<InvitationResponse>> {
    let accepted = invitations::accept(&state.db, state.now(), &user, &token).await?;
    Ok(Json(InvitationResponse::from_model(accepted, state.now())))
}

/// Declines an invitation (signed in with the invited email).
#[utoipa::path(
    post, path = "/invitations/{token}/decline", tag = "organisations",
    params(("token" = String, Path, description = "the token of the invitation email")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = InvitationResponse),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "expired, revoked or answered", body = Problem),
    )
)]
pub async fn decline_invitation(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(token): Path<String>,
) -> AppResult<Json<InvitationResponse>> {
    let declined = invitations::decline(&state.db, state.now(), &user, &token).await?;
    Ok(Json(InvitationResponse::from_model(declined, state.now())))
}

/// Invites `email` to the organisation and answers the receipt: the same for the invitation
/// endpoint and its deprecated alias.
async fn invite(
    state: &AppState,
    user: &CurrentUser,
    organisation_id: Uuid,
    email: &str,
) -> AppResult<(StatusCode, Json<InvitationReceipt>)> {
    let now = state.now();
    let invited = invitations::invite(&state.db, now, user, &state.config, organisation_id, email).await?;
    Ok((StatusCode::ACCEPTED, Json(InvitationReceipt::new(invited.expires_at))))
}
