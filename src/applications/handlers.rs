//! Handlers of applications.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use sea_orm::TransactionTrait;
use serde_json::json;
use uuid::Uuid;

use super::json::{
    ApplicationResponse, ApplicationsQuery, CreateApplicationRequest, EligibilityRequest, UpdateApplicationRequest,
    read_lines, stored_lines,
};
use super::rules::{self, ApplicationAction, ApplicationStatus, BudgetLine};
use super::service::{self, Viewer, call_of, member_application, respond_many, respond_one, visible_application};
use super::store::{self, ApplicationFilter, Stamp, StatusChange, application};
use crate::AppState;
use crate::audit::{self, AuditEntry};
use crate::auth::{Applicant, CurrentUser, Officer, Role};
use crate::calls::json::StoredCall;
use crate::calls::rules::{CallStatus, check_accepts_submissions};
use crate::calls::visible_call;
use crate::error::{AppError, AppResult, Problem, ProblemKind, Validator};
use crate::http::{JsonBody, Page, PageQuery, Query};
use crate::money::{self, Currency};
use crate::organisations;

/// Starts a draft application of an organisation to an open call (its members).
#[utoipa::path(
    post, path = "/calls/{id}/applications", tag = "applications",
    params(("id" = Uuid, Path, description = "call id")),
    request_body = CreateApplicationRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = ApplicationResponse),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the call does not accept applications", body = Problem),
        (status = 422, body = Problem),
    )
)]
pub async fn create_application(
    State(state): State<AppState>,
    user: Applicant,
    Path(call_id): Path<Uuid>,
    JsonBody(body): JsonBody<CreateApplicationRequest>,
) -> AppResult<(StatusCode, Json<ApplicationResponse>)> {
    let call = visible_call(&state, Some(&user), call_id).await?;
    if !organisations::store::is_member(&state.db, body.organisation_id, user.id).await? {
        return Err(AppError::Forbidden(
            "you are not a member of this organisation".to_owned(),
        ));
    }
    let now = state.now();
    if call.status != CallStatus::Open || now >= call.terms.closes_at {
        check_accepts_submissions(call.status, call.terms.opens_at, call.terms.closes_at, now)?;
    }
    let lines: Vec<BudgetLine> = body.budget_lines.into_iter().map(BudgetLine::from).collect();
    let content = Content {
        title: body.title.trim().to_owned(),
        summary: body.summary.trim().to_owned(),
        requested: body.requested_amount.0,
        currency: body.currency,
        lines,
        answers: serde_json::Value::Object(body.answers),
    };
    check_content(&content, &call)?;
    let row = application::Model {
        id: Uuid::new_v4(),
        call_id,
        organisation_id: body.organisation_id,
        title: content.title,
        summary: content.summary,
        requested_amount: money::to_stored(content.requested)?,
        currency: call.terms.currency.code().to_owned(),
        budget_lines: stored_lines(&content.lines, call.terms.currency),
        answers: content.answers,
        status: ApplicationStatus::Draft.as_str().to_owned(),
        submitted_at: None,
        failed_criteria: None,
        eligibility_reason: None,
        screened_by: None,
        screened_at: None,
        decision_reason: None,
        decided_by: None,
        decided_at: None,
        created_by: user.id,
        created_at: now,
        updated_at: now,
    };
    let txn = state.db.begin().await?;
    let created = store::insert(&txn, row).await?;
    let organisation_name = organisations::store::find(&txn, created.organisation_id)
        .await?
        .map(|found| found.legal_name);
    let response = ApplicationResponse::build(created, Some(&call), organisation_name);
    audit::record(
        &txn,
        AuditEntry::created(
            user.id,
            "application.created",
            "application",
            response.id,
            audit_view(&response),
        ),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok((StatusCode::CREATED, Json(response)))
}

/// Lists applications: applicants see their organisations' applications; officers,
/// finance and admins see all.
#[utoipa::path(
    get, path = "/applications", tag = "applications",
    params(ApplicationsQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<ApplicationResponse>), (status = 403, body = Problem), (status = 422, body = Problem))
)]
pub async fn list_applications(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<ApplicationsQuery>,
) -> AppResult<Json<Page<ApplicationResponse>>> {
    let (organisations, assigned_to) = if user.sees_all_applicants() {
        (None, None)
    } else {
        let organisations = match user.has(Role::Applicant) {
            true => Some(organisations::store::organisation_ids_of(&state.db, user.id).await?),
            false => None,
        };
        let assigned_to = user.has(Role::Reviewer).then_some(user.id);
        if organisations.is_none() && assigned_to.is_none() {
            return Err(AppError::Forbidden(
                "this list is for applicants, reviewers, officers, finance and admins".to_owned(),
            ));
        }
        (organisations, assigned_to)
    };
    if assigned_to.is_some() && query.organisation_id.is_some() {
        return Err(AppError::field(
            "organisation_id",
            "reviewers cannot filter by organisation (blind review)",
        ));
    }
    let page = PageQuery {
        limit: query.limit,
        offset: query.offset,
    };
    let own_organisations = organisations.clone().unwrap_or_default();
    let filter = ApplicationFilter {
        organisations,
        assigned_to,
        call_id: query.call_id,
        status: query.status,
        organisation_id: query.organisation_id,
    };
    let (rows, total) = store::list(&state.db, &filter, page.limit(), page.offset()).await?;
    let blind_calls: Vec<Uuid> = if assigned_to.is_some() {
        crate::calls::store::find_many(&state.db, rows.iter().map(|row| row.call_id).collect())
            .await?
            .into_iter()
            .filter(|call| call.blind_review)
            .map(|call| call.id)
            .collect()
    } else {
        Vec::new()
    };
    let items = respond_many(&state, rows)
        .await?
        .into_iter()
        .map(|item| {
            let own = item
                .organisation_id
                .is_some_and(|organisation| own_organisations.contains(&organisation));
            if blind_calls.contains(&item.call_id) && !own {
                item.without_identity()
            } else {
                item
            }
        })
        .collect();
    Ok(Json(Page { items, total }))
}

/// One application (its organisation's members and staff).
#[utoipa::path(
    get, path = "/applications/{id}", tag = "applications",
    params(("id" = Uuid, Path, description = "application id")),
    security(("bearer" = [])),
    responses((status = 200, body = ApplicationResponse), (status = 404, body = Problem))
)]
pub async fn get_application(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<ApplicationResponse>> {
    let row = store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("application"))?;
    let viewer = service::viewer_of(&state, &user, &row).await?;
    let blind = viewer == Viewer::Reviewer && call_of(&state, &row).await?.terms.blind_review;
    let response = respond_one(&state, row).await?;
    Ok(Json(if blind { response.without_identity() } else { response }))
}

/// Changes a draft (its organisation's members).
#[utoipa::path(
    patch, path = "/applications/{id}", tag = "applications",
    params(("id" = Uuid, Path, description = "application id")),
    request_body = UpdateApplicationRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = ApplicationResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "no edits after submission", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn update_application(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<UpdateApplicationRequest>,
) -> AppResult<Json<ApplicationResponse>> {
    let current = member_application(&state, &user, id).await?;
    let no_edits = || {
        AppError::conflict(
            ProblemKind::ApplicationNotDraft,
            "an application cannot be changed after submission",
        )
    };
    if current.status != ApplicationStatus::Draft.as_str() {
        return Err(no_edits());
    }
    let call = call_of(&state, &current).await?;
    let now = state.now();
    let content = Content {
        title: body
            .title
            .map_or(current.title.clone(), |title| title.trim().to_owned()),
        summary: body
            .summary
            .map_or(current.summary.clone(), |summary| summary.trim().to_owned()),
        requested: body
            .requested_amount
            .map_or(money::from_stored(current.requested_amount), |amount| amount.0),
        currency: body.currency,
        lines: body.budget_lines.map_or_else(
            || read_lines(&current.budget_lines),
            |lines| lines.into_iter().map(BudgetLine::from).collect(),
        ),
        answers: body.answers.map_or(current.answers.clone(), serde_json::Value::Object),
    };
    check_content(&content, &call)?;
    let before = ApplicationResponse::build(current.clone(), Some(&call), None);
    let row = application::Model {
        title: content.title,
        summary: content.summary,
        requested_amount: money::to_stored(content.requested)?,
        budget_lines: stored_lines(&content.lines, call.terms.currency),
        answers: content.answers,
        updated_at: now,
        ..current
    };
    let txn = state.db.begin().await?;
    if !store::save_draft(&txn, row.clone()).await? {
        return Err(no_edits());
    }
    let after = ApplicationResponse::build(row, Some(&call), None);
    let entry = AuditEntry::updated(
        user.id,
        "application.updated",
        "application",
        id,
        &audit_view(&before),
        &audit_view(&after),
    );
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(Json(
        respond_one(
            &state,
            store::find(&state.db, id)
                .await?
                .ok_or(AppError::NotFound("application"))?,
        )
        .await?,
    ))
}

/// Submits a draft (its organisation's members); refused after the call's `closes_at`.
#[utoipa::path(
    post, path = "/applications/{id}/submit", tag = "applications",
    params(("id" = Uuid, Path, description = "application id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = ApplicationResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the call closed, or the application is not a draft", body = Problem),
    )
)]
pub async fn submit_application(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<ApplicationResponse>> {
    let current = member_application(&state, &user, id).await?;
    let call = call_of(&state, &current).await?;
    let now = state.now();
    check_accepts_submissions(call.status, call.terms.opens_at, call.terms.closes_at, now)?;
    let mut check = Validator::new();
    rules::check_request(
        money::from_stored(current.requested_amount),
        &read_lines(&current.budget_lines),
        &call.terms,
        &mut check,
    );
    check.finish()?;
    let change = StatusChange {
        submitted_at: Some(now),
        ..StatusChange::default()
    };
    apply(&state, &user, current, ApplicationAction::Submit, change, None).await
}

/// Withdraws an application before any decision (its organisation's members).
#[utoipa::path(
    post, path = "/applications/{id}/withdraw", tag = "applications",
    params(("id" = Uuid, Path, description = "application id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = ApplicationResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already decided or withdrawn", body = Problem),
    )
)]
pub async fn withdraw_application(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<ApplicationResponse>> {
    let current = member_application(&state, &user, id).await?;
    apply(
        &state,
        &user,
        current,
        ApplicationAction::Withdraw,
        StatusChange::default(),
        None,
    )
    .await
}

/// Records the eligibility screening of a submitted application (officers): eligible, or
/// ineligible naming the failed criteria and a reason the applicant reads.
#[utoipa::path(
    post, path = "/applications/{id}/eligibility", tag = "applications",
    params(("id" = Uuid, Path, description = "application id")),
    request_body = EligibilityRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = ApplicationResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn screen_eligibility(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<EligibilityRequest>,
) -> AppResult<Json<ApplicationResponse>> {
    let current = visible_application(&state, &user, id).await?;
    let call = call_of(&state, &current).await?;
    service::ensure_call_not_cancelled(&call)?;
    let reason = body
        .reason
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    let mut check = Validator::new();
    rules::check_screening(
        body.eligible,
        &body.failed_criteria,
        reason.as_deref(),
        &call.terms.eligibility_criteria,
        &mut check,
    );
    check.finish()?;
    let action = if body.eligible {
        ApplicationAction::MarkEligible
    } else {
        ApplicationAction::MarkIneligible
    };
    let change = StatusChange {
        screening: Some(Stamp {
            by: user.id,
            reason: reason.clone(),
            failed_criteria: body.failed_criteria.clone(),
        }),
        ..StatusChange::default()
    };
    apply(&state, &user, current, action, change, reason).await
}

/// The draft content of an application, as checked.
struct Content {
    title: String,
    summary: String,
    requested: rust_decimal::Decimal,
    currency: Option<Currency>,
    lines: Vec<BudgetLine>,
    answers: serde_json::Value,
}

fn check_content(content: &Content, call: &StoredCall) -> AppResult<()> {
    let mut check = Validator::new();
    check.required_text("title", &content.title, 300);
    check.required_text("summary", &content.summary, 20_000);
    if let Some(currency) = content.currency {
        check.check(
            currency != call.terms.currency,
            "currency",
            format!(
                "the call's currency is {}; amounts are in that currency",
                call.terms.currency
            ),
        );
    }
    rules::check_request(content.requested, &content.lines, &call.terms, &mut check);
    check.finish()
}

fn audit_view(application: &ApplicationResponse) -> serde_json::Value {
    json!({
        "call_id": application.call_id,
        "organisation_id": application.organisation_id,
        "title": application.title,
        "requested_amount": application.requested_amount,
        "currency": application.currency,
        "budget_lines": application.budget_lines,
        "status": application.status,
    })
}

/// Applies a state change in its own transaction and answers the changed application.
async fn apply(
    state: &AppState,
    user: &CurrentUser,
    current: application::Model,
    action: ApplicationAction,
    change: StatusChange,
    reason: Option<String>,
) -> AppResult<Json<ApplicationResponse>> {
    let now = state.now();
    let txn = state.db.begin().await?;
    service::transition(&txn, user.id, &current, action, change, reason, now).await?;
    txn.commit().await?;
    let changed = store::find(&state.db, current.id)
        .await?
        .ok_or(AppError::NotFound("application"))?;
    Ok(Json(respond_one(state, changed).await?))
}
