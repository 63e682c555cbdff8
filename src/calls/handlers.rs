//! Handlers of funding calls.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use sea_orm::TransactionTrait;
use serde_json::json;
use uuid::Uuid;

use super::json::{
    CallResponse, CallsQuery, CancelCallRequest, CreateCallRequest, StoredCall, UpdateCallRequest, row_from_terms,
};
use super::rules::{self, CallAction, CallStatus, CallTerms};
use super::store::{self, CallFilter, call};
use crate::AppState;
use crate::audit::{self, AuditEntry};
use crate::auth::{CurrentUser, Officer};
use crate::error::{AppError, AppResult, Problem, ProblemKind, Validator};
use crate::http::{JsonBody, Page, PageQuery, Query};

/// Creates a call as a draft (officers).
#[utoipa::path(
    post, path = "/calls", tag = "calls",
    request_body = CreateCallRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = CallResponse),
        (status = 401, body = Problem), (status = 403, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn create_call(
    State(state): State<AppState>,
    user: Officer,
    JsonBody(body): JsonBody<CreateCallRequest>,
) -> AppResult<(StatusCode, Json<CallResponse>)> {
    let terms = CallTerms::from(body);
    checked(&terms)?;
    let now = state.now();
    let base = call::Model {
        id: Uuid::new_v4(),
        title: String::new(),
        description: String::new(),
        thematic_areas: json!([]),
        eligibility_criteria: json!([]),
        rubric: json!([]),
        currency: String::new(),
        budget_ceiling: 0,
        min_grant: 0,
        max_grant: 0,
        opens_at: now,
        closes_at: now,
        appeal_window_days: 0,
        blind_review: false,
        status: CallStatus::Draft.as_str().to_owned(),
        cancel_reason: None,
        created_by: user.id,
        created_at: now,
        updated_at: now,
    };
    let txn = state.db.begin().await?;
    let created = StoredCall::from_row(store::insert(&txn, row_from_terms(&terms, base)?).await?)?;
    let response = created.response(now);
    audit::record(
        &txn,
        AuditEntry::created(user.id, "call.created", "call", response.id, audit_view(&response)),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok((StatusCode::CREATED, Json(response)))
}

/// Lists calls, closing soonest first. Without an account (or as an applicant) only
/// open, closed and decided calls; staff see every state.
#[utoipa::path(
    get, path = "/calls", tag = "calls",
    params(CallsQuery),
    responses((status = 200, body = Page<CallResponse>), (status = 422, body = Problem))
)]
pub async fn list_calls(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Query(query): Query<CallsQuery>,
) -> AppResult<Json<Page<CallResponse>>> {
    let staff = user.as_ref().is_some_and(CurrentUser::is_staff);
    let visible: Vec<CallStatus> = [
        CallStatus::Draft,
        CallStatus::Open,
        CallStatus::Closed,
        CallStatus::Decided,
        CallStatus::Cancelled,
    ]
    .into_iter()
    .filter(|status| staff || status.is_public())
    .filter(|status| query.status.is_none_or(|wanted| wanted == *status))
    .collect();
    let page = PageQuery {
        limit: query.limit,
        offset: query.offset,
    };
    if visible.is_empty() {
        return Ok(Json(Page {
            items: Vec::new(),
            total: 0,
        }));
    }
    let filter = CallFilter {
        statuses: visible,
        thematic_area: query.thematic_area,
    };
    let (rows, total) = store::list(&state.db, &filter, page.limit(), page.offset()).await?;
    let now = state.now();
    let items = rows
        .into_iter()
        .map(|row| StoredCall::from_row(row).map(|call| call.response(now)))
        .collect::<AppResult<Vec<_>>>()?;
    Ok(Json(Page { items, total }))
}

/// One call: anyone for open, closed and decided calls; staff for all.
#[utoipa::path(
    get, path = "/calls/{id}", tag = "calls",
    params(("id" = Uuid, Path, description = "call id")),
    responses((status = 200, body = CallResponse), (status = 404, body = Problem))
)]
pub async fn get_call(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Path(id): Path<Uuid>,
) -> AppResult<Json<CallResponse>> {
    let call = visible_call(&state, user.as_ref(), id).await?;
    Ok(Json(call.response(state.now())))
}

/// Changes a draft call's terms (officers).
#[utoipa::path(
    patch, path = "/calls/{id}", tag = "calls",
    params(("id" = Uuid, Path, description = "call id")),
    request_body = UpdateCallRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = CallResponse),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the call is no longer a draft", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn update_call(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<UpdateCallRequest>,
) -> AppResult<Json<CallResponse>> {
    let current = visible_call(&state, Some(&user), id).await?;
    let not_draft = || AppError::conflict(ProblemKind::CallNotDraft, "only a draft call can be changed");
    if current.status != CallStatus::Draft {
        return Err(not_draft());
    }
    let now = state.now();
    let before = current.response(now);
    let terms = body.apply(current.terms.clone());
    checked(&terms)?;
    let row = row_from_terms(
        &terms,
        call::Model {
            updated_at: now,
            ..current.row
        },
    )?;
    let txn = state.db.begin().await?;
    if !store::save_draft(&txn, row.clone()).await? {
        return Err(not_draft());
    }
    let after = StoredCall::from_row(row)?.response(now);
    let entry = AuditEntry::updated(
        user.id,
        "call.updated",
        "call",
        id,
        &audit_view(&before),
        &audit_view(&after),
    );
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(Json(after))
}

/// Publishes a draft call: it becomes readable by anyone and open for applications.
#[utoipa::path(
    post, path = "/calls/{id}/publish", tag = "calls",
    params(("id" = Uuid, Path, description = "call id")),
    security(("bearer" = [])),
    responses((status = 200, body = CallResponse), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem))
)]
pub async fn publish_call(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<CallResponse>> {
    change_status(&state, &user, id, CallAction::Publish, None).await
}

/// Closes an open call to further submissions.
#[utoipa::path(
    post, path = "/calls/{id}/close", tag = "calls",
    params(("id" = Uuid, Path, description = "call id")),
    security(("bearer" = [])),
    responses((status = 200, body = CallResponse), (status = 403, body = Problem), (status = 404, body = Problem), (status = 409, body = Problem))
)]
pub async fn close_call(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<CallResponse>> {
    change_status(&state, &user, id, CallAction::Close, None).await
}

/// Cancels a call that is not yet decided, with a reason applicants read.
#[utoipa::path(
    post, path = "/calls/{id}/cancel", tag = "calls",
    params(("id" = Uuid, Path, description = "call id")),
    request_body = CancelCallRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = CallResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn cancel_call(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<CancelCallRequest>,
) -> AppResult<Json<CallResponse>> {
    let mut check = Validator::new();
    check.required_text("reason", &body.reason, 2_000);
    check.finish()?;
    change_status(
        &state,
        &user,
        id,
        CallAction::Cancel,
        Some(body.reason.trim().to_owned()),
    )
    .await
}

/// Applies a state change under the state machine, guarded against concurrent changes,
/// and records it in the audit trail.
pub async fn change_status(
    state: &AppState,
    user: &Officer,
    id: Uuid,
    action: CallAction,
    reason: Option<String>,
) -> AppResult<Json<CallResponse>> {
    let current = visible_call(state, Some(user), id).await?;
    let next = rules::transition(current.status, action)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let now = state.now();
    if action == CallAction::Publish && current.terms.closes_at <= now {
        return Err(AppError::conflict(
            ProblemKind::CallClosesInPast,
            format!(
                "the call's closes_at ({}) has passed; change it before publishing",
                current.terms.closes_at.to_rfc3339()
            ),
        ));
    }
    let txn = state.db.begin().await?;
    if !store::change_status(&txn, id, current.status, next, reason.clone(), now).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            "the call changed meanwhile; reload it and try again",
        ));
    }
    let entry = AuditEntry::status_changed(
        user.id,
        action.audit_action(),
        "call",
        id,
        (current.status, next),
        reason,
    );
    audit::record(&txn, entry, now).await?;
    let changed = store::find(&txn, id).await?.ok_or(AppError::NotFound("call"))?;
    txn.commit().await?;
    Ok(Json(StoredCall::from_row(changed)?.response(now)))
}

/// The call if the caller may see it: public states for anyone, every state for staff.
pub async fn visible_call(state: &AppState, user: Option<&CurrentUser>, id: Uuid) -> AppResult<StoredCall> {
    let row = store::find(&state.db, id).await?.ok_or(AppError::NotFound("call"))?;
    let call = StoredCall::from_row(row)?;
    if call.status.is_public() || user.is_some_and(CurrentUser::is_staff) {
        Ok(call)
    } else {
        Err(AppError::NotFound("call"))
    }
}

fn checked(terms: &CallTerms) -> AppResult<()> {
    let mut check = Validator::new();
    rules::check_terms(terms, &mut check);
    check.finish()
}

fn audit_view(call: &CallResponse) -> serde_json::Value {
    json!({
        "title": call.title,
        "thematic_areas": call.thematic_areas,
        "eligibility_criteria": call.eligibility_criteria,
        "rubric": call.rubric,
        "currency": call.currency,
        "budget_ceiling": call.budget_ceiling,
        "min_grant": call.min_grant,
        "max_grant": call.max_grant,
        "opens_at": call.opens_at,
        "closes_at": call.closes_at,
        "appeal_window_days": call.appeal_window_days,
        "blind_review": call.blind_review,
        "status": call.status,
    })
}
