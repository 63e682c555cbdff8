//! Handlers of organisations.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use chrono::Datelike;
use sea_orm::TransactionTrait;
use serde_json::json;
use uuid::Uuid;

use super::json::{
    AddMemberRequest, CreateOrganisationRequest, MemberResponse, OrganisationResponse, OrganisationsQuery,
    UpdateOrganisationRequest,
};
use super::rules::{self, Profile};
use super::store::{self, OrganisationFilter, organisation};
use crate::AppState;
use crate::audit::{self, AuditEntry};
use crate::auth::{self, Applicant, CurrentUser, Role};
use crate::error::{AppError, AppResult, OnUnique, Problem, ProblemKind, Validator};
use crate::http::{JsonBody, Page, PageQuery, Query};

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
    let now = state.now();
    let profile = Profile {
        legal_name: body.legal_name.trim().to_owned(),
        short_name: body.short_name.map(|name| name.trim().to_owned()),
        country: body.country,
        registration_number: body.registration_number.map(|number| number.trim().to_owned()),
        year_founded: body.year_founded,
        thematic_areas: rules::normalise_areas(body.thematic_areas),
        women_led: body.women_led,
        youth_led: body.youth_led,
    };
    let mut check = Validator::new();
    rules::check_profile(&profile, &state.reference, now.year(), &mut check);
    check.finish()?;

    let row = organisation::Model {
        id: Uuid::new_v4(),
        legal_name: profile.legal_name,
        short_name: profile.short_name,
        country: profile.country,
        registration_number: profile.registration_number,
        year_founded: profile.year_founded,
        thematic_areas: json!(profile.thematic_areas),
        women_led: profile.women_led,
        youth_led: profile.youth_led,
        do_not_publish: false,
        created_at: now,
        updated_at: now,
    };
    let txn = state.db.begin().await?;
    let created = store::insert(&txn, row).await?;
    store::add_member(&txn, store::membership(created.id, user.id, now)).await?;
    let response = OrganisationResponse::from_model(created, &state.reference);
    audit::record(
        &txn,
        AuditEntry::created(
            user.id,
            "organisation.created",
            "organisation",
            response.id,
            audit_view(&response),
        ),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok((StatusCode::CREATED, Json(response)))
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
    let mut check = Validator::new();
    if let Some(code) = &query.country
        && let Err(message) = state.reference.check_country(code)
    {
        check.push("country", message);
    }
    if let Some(region) = &query.region {
        check.check(
            !state.reference.is_region(region),
            "region",
            format!("`{region}` is not a UN M49 region"),
        );
    }
    check.finish()?;
    let page = PageQuery {
        limit: query.limit,
        offset: query.offset,
    };
    let filter = OrganisationFilter {
        country: query.country,
        region: query.region,
        name: query.name,
    };
    let (rows, total) = store::list(&state.db, &filter, page.limit(), page.offset()).await?;
    let items = rows
        .into_iter()
        .map(|row| OrganisationResponse::from_model(row, &state.reference))
        .collect();
    Ok(Json(Page { items, total }))
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
    let row = visible_organisation(&state, &user, id).await?;
    Ok(Json(OrganisationResponse::from_model(row, &state.reference)))
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
        (status = 403, body = Problem), (status = 404, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn update_organisation(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<UpdateOrganisationRequest>,
) -> AppResult<Json<OrganisationResponse>> {
    let current = visible_organisation(&state, &user, id).await?;
    let current_updated_at = current.updated_at;
    let is_officer = user.has(Role::Officer);
    if !is_officer && !store::is_member(&state.db, id, user.id).await? {
        return Err(AppError::Forbidden(
            "only the organisation's members and officers change its profile".to_owned(),
        ));
    }
    if body.do_not_publish.is_some() && !is_officer {
        return Err(AppError::Forbidden("only officers set `do_not_publish`".to_owned()));
    }
    let now = state.now();
    let before = OrganisationResponse::from_model(current.clone(), &state.reference);
    let profile = Profile {
        legal_name: body
            .legal_name
            .map_or(current.legal_name.clone(), |name| name.trim().to_owned()),
        short_name: match body.short_name {
            Some(name) if name.trim().is_empty() => None,
            Some(name) => Some(name.trim().to_owned()),
            None => current.short_name.clone(),
        },
        country: body.country.unwrap_or(current.country.clone()),
        registration_number: match body.registration_number {
            Some(number) if number.trim().is_empty() => None,
            Some(number) => Some(number.trim().to_owned()),
            None => current.registration_number.clone(),
        },
        year_founded: body.year_founded.or(current.year_founded),
        thematic_areas: match body.thematic_areas {
            Some(areas) => rules::normalise_areas(areas),
            None => before.thematic_areas.clone(),
        },
        women_led: body.women_led.unwrap_or(current.women_led),
        youth_led: body.youth_led.unwrap_or(current.youth_led),
    };
    let mut check = Validator::new();
    rules::check_profile(&profile, &state.reference, now.year(), &mut check);
    check.finish()?;

    let row = organisation::Model {
        legal_name: profile.legal_name,
        short_name: profile.short_name,
        country: profile.country,
        registration_number: profile.registration_number,
        year_founded: profile.year_founded,
        thematic_areas: json!(profile.thematic_areas),
        women_led: profile.women_led,
        youth_led: profile.youth_led,
        do_not_publish: body.do_not_publish.unwrap_or(current.do_not_publish),
        updated_at: now,
        ..current
    };
    let read_at = current_updated_at;
    let txn = state.db.begin().await?;
    if !store::save_if_unchanged(&txn, row.clone(), read_at).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            "the organisation changed meanwhile; reload it and try again",
        ));
    }
    let after = OrganisationResponse::from_model(row, &state.reference);
    let entry = AuditEntry::updated(
        user.id,
        "organisation.updated",
        "organisation",
        id,
        &audit_view(&before),
        &audit_view(&after),
    );
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(Json(after))
}

/// Adds an existing applicant account as a member (members only).
#[utoipa::path(
    post, path = "/organisations/{id}/members", tag = "organisations",
    params(("id" = Uuid, Path, description = "organisation id")),
    request_body = AddMemberRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = MemberResponse),
        (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn add_member(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<AddMemberRequest>,
) -> AppResult<(StatusCode, Json<MemberResponse>)> {
    visible_organisation(&state, &user, id).await?;
    if !store::is_member(&state.db, id, user.id).await? {
        return Err(AppError::Forbidden(
            "only the organisation's members add members".to_owned(),
        ));
    }
    let email = auth::rules::normalise_email(&body.email);
    let not_applicant = || AppError::field("email", "no applicant account has this email; they register first");
    let new_member = auth::store::find_user_by_email(&state.db, &email)
        .await?
        .ok_or_else(not_applicant)?;
    if !auth::store::roles_of(&state.db, new_member.id)
        .await?
        .contains(&Role::Applicant)
    {
        return Err(not_applicant());
    }
    let now = state.now();
    let txn = state.db.begin().await?;
    store::add_member(&txn, store::membership(id, new_member.id, now))
        .await
        .on_unique(
            ProblemKind::AlreadyMember,
            "this account is already a member of the organisation",
        )?;
    let entry = AuditEntry::created(
        user.id,
        "organisation.member_added",
        "organisation",
        id,
        json!({"member": new_member.id}),
    );
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(MemberResponse {
            user_id: new_member.id,
            full_name: new_member.full_name,
            email: new_member.email,
            since: now,
        }),
    ))
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
    visible_organisation(&state, &user, id).await?;
    let members = store::members_of(&state.db, id).await?;
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

/// The organisation if the caller may see it: staff who see all applicants, or members.
/// Anyone else gets 404, exactly as for an organisation that does not exist.
pub async fn visible_organisation(state: &AppState, user: &CurrentUser, id: Uuid) -> AppResult<organisation::Model> {
    let found = store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("organisation"))?;
    if sees_organisation(state, user, id).await? {
        Ok(found)
    } else {
        Err(AppError::NotFound("organisation"))
    }
}

/// Whether the caller may see an organisation and what belongs to it: staff who see all
/// applicants, or its members.
pub async fn sees_organisation(state: &AppState, user: &CurrentUser, organisation_id: Uuid) -> AppResult<bool> {
    Ok(user.sees_all_applicants() || store::is_member(&state.db, organisation_id, user.id).await?)
}

fn audit_view(organisation: &OrganisationResponse) -> serde_json::Value {
    json!({
        "legal_name": organisation.legal_name,
        "short_name": organisation.short_name,
        "country": organisation.country,
        "registration_number": organisation.registration_number,
        "year_founded": organisation.year_founded,
        "thematic_areas": organisation.thematic_areas,
        "women_led": organisation.women_led,
        "youth_led": organisation.youth_led,
        "do_not_publish": organisation.do_not_publish,
    })
}
