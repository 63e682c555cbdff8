//! Handlers of awards.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Path, State};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rust_decimal::Decimal;
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::json::{
    AwardResponse, AwardTotals, AwardTrancheResponse, CloseRequest, ObligationResponse, ReceiveReportRequest,
    SubmitReportRequest,
};
use super::rules::{self, AwardAction, AwardStatus, Closing, ObligationAction, ObligationStatus, ReportKind};
use super::store::{self, award, obligation, tranche};
use crate::AppState;
use crate::audit::{self, AuditEntry};
use crate::auth::{CurrentUser, Officer};
use crate::decisions::rules::Tranche;
use crate::disbursements::rules::Totals;
use crate::error::{AppError, AppResult, Problem, ProblemKind, Validator};
use crate::http::{JsonBody, OptionalJson, Page, Query};
use crate::money::{self, Currency};
use crate::organisations;

/// An award with its tranches (its organisation's members; officers, finance, admins).
#[utoipa::path(
    get, path = "/awards/{id}", tag = "awards",
    params(("id" = Uuid, Path, description = "award id")),
    security(("bearer" = [])),
    responses((status = 200, body = AwardResponse), (status = 404, body = Problem))
)]
pub async fn get_award(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<AwardResponse>> {
    let found = visible_award(&state, &user, id).await?;
    Ok(Json(respond(&state, found).await?))
}

/// Accepts the award's terms (the organisation's members); it becomes active.
#[utoipa::path(
    post, path = "/awards/{id}/accept", tag = "awards",
    params(("id" = Uuid, Path, description = "award id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = AwardResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "not pending acceptance", body = Problem),
    )
)]
pub async fn accept_award(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<AwardResponse>> {
    let found = visible_award(&state, &user, id).await?;
    if !organisations::store::is_member(&state.db, found.organisation_id, user.id).await? {
        return Err(AppError::Forbidden(
            "only the organisation's members accept its award".to_owned(),
        ));
    }
    let status = status_of(&found)?;
    let next = rules::transition(status, AwardAction::Accept)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let now = state.now();
    let txn = state.db.begin().await?;
    if !store::accept(&txn, id, user.id, now).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            "the award changed meanwhile; reload it",
        ));
    }
    let entry = AuditEntry::status_changed(user.id, "award.accepted", "award", id, (status, next), None);
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    let accepted = store::find(&state.db, id).await?.ok_or(AppError::NotFound("award"))?;
    Ok(Json(respond(&state, accepted).await?))
}

/// The award letter as PDF (its organisation's members; officers, finance, admins): the
/// terms, tranches and reports, names in any script, a footer with the reference and page
/// numbers on every page. The same award always gives the same bytes.
#[utoipa::path(
    get, path = "/awards/{id}/letter.pdf", tag = "awards",
    params(("id" = Uuid, Path, description = "award id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "the letter", content_type = "application/pdf", body = Vec<u8>),
        (status = 404, body = Problem),
    )
)]
pub async fn award_letter(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<axum::response::Response> {
    let found = visible_award(&state, &user, id).await?;
    let reference = found.reference.clone();
    let letter = letter_of(&state, found).await?;
    let pdf = tokio::task::spawn_blocking(move || crate::documents::render_award_letter(&letter))
        .await
        .map_err(|error| AppError::Internal(format!("the letter task failed: {error}")))?
        .map_err(|error| AppError::Internal(error.to_string()))?;
    let filename = format!("award-letter-{reference}.pdf");
    Ok(crate::http::file_response(pdf, "application/pdf", "inline", &filename))
}

/// What the letter states, gathered from the award, its application, call, organisation
/// and deciding officer. The letter is dated and stamped with the award's own instant, so it
/// renders the same every time.
async fn letter_of(state: &AppState, found: award::Model) -> AppResult<crate::documents::AwardLetter> {
    use crate::documents::{AwardLetter, LetterObligation, LetterTranche};
    let currency = currency_of(&found)?;
    let application = crate::applications::store::find(&state.db, found.application_id)
        .await?
        .ok_or_else(|| AppError::Internal(format!("award {} has no application", found.id)))?;
    let call = crate::calls::store::find(&state.db, found.call_id)
        .await?
        .ok_or_else(|| AppError::Internal(format!("award {} has no call", found.id)))?;
    let organisation = organisations::store::find(&state.db, found.organisation_id)
        .await?
        .ok_or_else(|| AppError::Internal(format!("award {} has no organisation", found.id)))?;
    let country = <crate::reference::country::Entity as sea_orm::EntityTrait>::find_by_id(organisation.country.clone())
        .one(&state.db)
        .await?
        .map_or_else(|| organisation.country.clone(), |country| country.name);
    let officer = crate::auth::store::find_user(&state.db, found.awarded_by)
        .await?
        .map(|user| user.full_name)
        .unwrap_or_default();
    let tranches = store::tranches_of(&state.db, found.id).await?;
    let obligations = store::obligations_of(&state.db, found.id).await?;
    Ok(AwardLetter {
        office_name: state.config.office_name.clone(),
        reference: found.reference.clone(),
        issued_on: found.awarded_at.date_naive(),
        organisation_name: organisation.legal_name,
        organisation_country: country,
        project_title: application.title,
        call_title: call.title,
        amount: money::from_stored(found.amount),
        currency: currency.iso(),
        tranches: tranches
            .iter()
            .map(|tranche| LetterTranche {
                number: u32::try_from(tranche.number).unwrap_or_default(),
                due_on: tranche.due_on,
                amount: money::from_stored(tranche.amount),
                condition: tranche.condition.clone(),
            })
            .collect(),
        obligations: obligations
            .iter()
            .map(|report| LetterObligation {
                label: ReportKind::parse(&report.kind)
                    .map_or_else(|| report.kind.clone(), |kind| kind.label().to_owned()),
                due_on: report.due_on,
            })
            .collect(),
        officer_name: officer,
        document_id: found.id.to_string(),
        created_at: found.awarded_at,
    })
}

/// Filters of `GET /awards`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct AwardQuery {
    /// Only in this state.
    pub status: Option<AwardStatus>,
    /// Only of this call.
    pub call_id: Option<Uuid>,
    /// Only of this organisation.
    pub organisation_id: Option<Uuid>,
    /// Page size (default 50, at most 500).
    pub limit: Option<u64>,
    /// Number of items to skip.
    pub offset: Option<u64>,
}

/// An award in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct AwardSummary {
    /// Id.
    pub id: Uuid,
    /// Reference.
    pub reference: String,
    /// The call.
    pub call_id: Uuid,
    /// The organisation.
    pub organisation_id: Uuid,
    /// Its legal name.
    pub organisation_name: Option<String>,
    /// Amount.
    pub amount: String,
    /// Currency.
    pub currency: Currency,
    /// State.
    pub status: AwardStatus,
    /// When awarded.
    pub awarded_at: DateTime<Utc>,
}

/// Awards, newest first: staff see all, members see their organisations' awards.
#[utoipa::path(
    get, path = "/awards", tag = "awards",
    params(AwardQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Page<AwardSummary>), (status = 422, body = Problem))
)]
pub async fn list_awards(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(query): Query<AwardQuery>,
) -> AppResult<Json<Page<AwardSummary>>> {
    let only_organisations = if user.sees_all_applicants() {
        None
    } else {
        Some(organisations::store::organisation_ids_of(&state.db, user.id).await?)
    };
    let filter = store::AwardFilter {
        status: query.status,
        call_id: query.call_id,
        organisation_id: query.organisation_id,
        only_organisations,
    };
    let page = crate::http::PageQuery {
        limit: query.limit,
        offset: query.offset,
    };
    let (rows, total) = store::list(&state.db, filter, (page.limit(), page.offset())).await?;
    let names: HashMap<Uuid, String> =
        organisations::store::find_many(&state.db, rows.iter().map(|row| row.organisation_id).collect())
            .await?
            .into_iter()
            .map(|found| (found.id, found.legal_name))
            .collect();
    let items = rows
        .into_iter()
        .map(|row| {
            let currency = currency_of(&row)?;
            Ok(AwardSummary {
                id: row.id,
                organisation_name: names.get(&row.organisation_id).cloned(),
                amount: money::format_amount(money::from_stored(row.amount), currency),
                status: status_of(&row)?,
                reference: row.reference,
                call_id: row.call_id,
                organisation_id: row.organisation_id,
                currency,
                awarded_at: row.awarded_at,
            })
        })
        .collect::<AppResult<Vec<_>>>()?;
    Ok(Json(Page { items, total }))
}

/// Completes an active award (officers): every tranche paid, nothing in flight, every
/// report received.
#[utoipa::path(
    post, path = "/awards/{id}/complete", tag = "awards",
    params(("id" = Uuid, Path, description = "award id")),
    request_body(content = CloseRequest, description = "optional note"),
    security(("bearer" = [])),
    responses(
        (status = 200, body = AwardResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "not active, money unpaid or reports outstanding", body = Problem),
    )
)]
pub async fn complete_award(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    OptionalJson(body): OptionalJson<CloseRequest>,
) -> AppResult<Json<AwardResponse>> {
    close_award(&state, &user, id, AwardAction::Complete, body.reason).await
}

/// Terminates an award before its end (officers), with the reason. Its requested
/// disbursements are cancelled with it; approved ones may still be paid (the money may be
/// committed at the bank) or cancelled; nothing new may be requested or approved.
#[utoipa::path(
    post, path = "/awards/{id}/terminate", tag = "awards",
    params(("id" = Uuid, Path, description = "award id")),
    request_body = CloseRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = AwardResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already completed or terminated", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn terminate_award(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<CloseRequest>,
) -> AppResult<Json<AwardResponse>> {
    let mut check = Validator::new();
    check.required_text("reason", body.reason.as_deref().unwrap_or_default(), 5_000);
    check.finish()?;
    close_award(&state, &user, id, AwardAction::Terminate, body.reason).await
}

async fn close_award(
    state: &AppState,
    user: &CurrentUser,
    id: Uuid,
    action: AwardAction,
    reason: Option<String>,
) -> AppResult<Json<AwardResponse>> {
    let found = store::find(&state.db, id).await?.ok_or(AppError::NotFound("award"))?;
    let status = status_of(&found)?;
    let next = rules::transition(status, action)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    let reason = reason
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    if reason.as_ref().is_some_and(|text| text.chars().count() > 5_000) {
        return Err(AppError::field("reason", "must be at most 5000 characters"));
    }
    let now = state.now();
    let txn = state.db.begin().await?;
    crate::db::lock_row(&txn, "awards", id).await?;
    if action == AwardAction::Complete {
        let (totals, _) = crate::disbursements::store::totals_of_award(&txn, id).await?;
        let reports = store::obligations_of(&txn, id).await?;
        let outstanding = reports
            .iter()
            .map(obligation_status)
            .collect::<AppResult<Vec<_>>>()?
            .into_iter()
            .filter(|status| *status != ObligationStatus::Received)
            .count();
        rules::check_completion(Closing {
            currency: currency_of(&found)?,
            awarded: money::from_stored(found.amount),
            paid: totals.paid,
            open_disbursements: totals.open,
            reports_outstanding: u64::try_from(outstanding).unwrap_or(u64::MAX),
        })
        .map_err(|detail| AppError::conflict(ProblemKind::AwardNotFinished, detail))?;
    }
    let mut cancelled = Vec::new();
    if action == AwardAction::Terminate {
        let why = reason.as_deref().unwrap_or_default();
        let why = format!("the award was terminated: {why}");
        let source = crate::disbursements::store::Source::Award(id);
        cancelled = crate::disbursements::cancel_requested_of(&txn, source, user.id, &why, now).await?;
    }
    if !store::close(&txn, id, (status, next), user.id, reason.clone(), now).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            "the award changed meanwhile; reload it",
        ));
    }
    let action_name = if action == AwardAction::Complete {
        "award.completed"
    } else {
        "award.terminated"
    };
    for entry in cancelled {
        audit::record(&txn, entry, now).await?;
    }
    audit::record(
        &txn,
        AuditEntry::status_changed(user.id, action_name, "award", id, (status, next), reason),
        now,
    )
    .await?;
    txn.commit().await?;
    let closed = store::find(&state.db, id).await?.ok_or(AppError::NotFound("award"))?;
    Ok(Json(respond(state, closed).await?))
}

/// Submits a report the award requires (the organisation's members): a summary of it, or
/// where it was sent. The office then records it as received.
#[utoipa::path(
    post, path = "/reporting-obligations/{id}/submit", tag = "awards",
    params(("id" = Uuid, Path, description = "reporting obligation id")),
    request_body = SubmitReportRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = ObligationResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already received", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn submit_report(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<SubmitReportRequest>,
) -> AppResult<Json<ObligationResponse>> {
    let (current, found) = visible_obligation(&state, &user, id).await?;
    if !organisations::store::is_member(&state.db, found.organisation_id, user.id).await? {
        return Err(AppError::Forbidden(
            "only the organisation's members submit its reports".to_owned(),
        ));
    }
    let mut check = Validator::new();
    check.required_text("summary", &body.summary, 20_000);
    check.finish()?;
    let mut changed = current.clone();
    changed.summary = Some(body.summary.trim().to_owned());
    changed.submitted_by = Some(user.id);
    changed.submitted_at = Some(state.now());
    change_obligation(&state, &user, current, changed, ObligationAction::Submit).await
}

/// Records a report as received (officers), whether submitted here or sent otherwise; a
/// tranche whose condition it is may then be approved.
#[utoipa::path(
    post, path = "/reporting-obligations/{id}/receive", tag = "awards",
    params(("id" = Uuid, Path, description = "reporting obligation id")),
    request_body(content = ReceiveReportRequest, description = "optional note"),
    security(("bearer" = [])),
    responses(
        (status = 200, body = ObligationResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already received", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn receive_report(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    OptionalJson(body): OptionalJson<ReceiveReportRequest>,
) -> AppResult<Json<ObligationResponse>> {
    let (current, _) = visible_obligation(&state, &user, id).await?;
    let note = body
        .note
        .map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty());
    if note.as_ref().is_some_and(|text| text.chars().count() > 5_000) {
        return Err(AppError::field("note", "must be at most 5000 characters"));
    }
    let mut changed = current.clone();
    changed.note = note;
    changed.received_by = Some(user.id);
    changed.received_at = Some(state.now());
    change_obligation(&state, &user, current, changed, ObligationAction::Receive).await
}

async fn visible_obligation(
    state: &AppState,
    user: &CurrentUser,
    id: Uuid,
) -> AppResult<(obligation::Model, award::Model)> {
    let current = store::find_obligation(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("reporting obligation"))?;
    let found = visible_award(state, user, current.award_id)
        .await
        .map_err(|_| AppError::NotFound("reporting obligation"))?;
    Ok((current, found))
}

async fn change_obligation(
    state: &AppState,
    user: &CurrentUser,
    current: obligation::Model,
    mut changed: obligation::Model,
    action: ObligationAction,
) -> AppResult<Json<ObligationResponse>> {
    let status = obligation_status(&current)?;
    let next = rules::obligation_transition(status, action)
        .map_err(|detail| AppError::conflict(ProblemKind::InvalidTransition, detail))?;
    changed.status = next.as_str().to_owned();
    let now = state.now();
    let txn = state.db.begin().await?;
    crate::db::lock_row(&txn, "reporting_obligations", current.id).await?;
    let fresh = store::find_obligation(&txn, current.id)
        .await?
        .ok_or(AppError::NotFound("reporting obligation"))?;
    if fresh != current {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            "the report changed meanwhile; reload it",
        ));
    }
    let saved = store::update_obligation(&txn, changed).await?;
    let action_name = match action {
        ObligationAction::Submit => "report.submitted",
        ObligationAction::Receive => "report.received",
    };
    let entry = AuditEntry::status_changed(
        user.id,
        action_name,
        "reporting_obligation",
        current.id,
        (status, next),
        None,
    )
    .with("award_id", json!(current.award_id))
    .with("kind", json!(current.kind));
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(Json(obligation_response(&saved)?))
}

/// What an `awarded` decision records: the award and its tranches, inside the decision's
/// transaction. Answers the award's id.
pub struct NewAward<'a> {
    /// The application awarded.
    pub application: &'a crate::applications::store::application::Model,
    /// The decision.
    pub decision_id: Uuid,
    /// Amount.
    pub amount: Decimal,
    /// Currency (the call's).
    pub currency: Currency,
    /// The tranches decided.
    pub tranches: &'a [Tranche],
    /// The reports owed, in the decision's order (tranches name them by position).
    pub obligations: &'a [(ReportKind, NaiveDate)],
    /// The deciding officer.
    pub awarded_by: Uuid,
}

/// Creates the award of an `awarded` decision inside the caller's transaction.
pub async fn create_award(txn: &impl ConnectionTrait, new: NewAward<'_>, now: DateTime<Utc>) -> AppResult<Uuid> {
    let id = Uuid::new_v4();
    let row = award::Model {
        id,
        reference: rules::reference(id, now.year()),
        application_id: new.application.id,
        decision_id: new.decision_id,
        call_id: new.application.call_id,
        organisation_id: new.application.organisation_id,
        amount: money::to_stored(new.amount)?,
        currency: new.currency.code().to_owned(),
        status: AwardStatus::PendingAcceptance.as_str().to_owned(),
        awarded_by: new.awarded_by,
        awarded_at: now,
        accepted_by: None,
        accepted_at: None,
        closed_by: None,
        closed_at: None,
        closure_reason: None,
    };
    let obligations: Vec<obligation::Model> = new
        .obligations
        .iter()
        .enumerate()
        .map(|(index, (kind, due_on))| obligation::Model {
            id: Uuid::new_v4(),
            award_id: id,
            number: i32::try_from(index + 1).unwrap_or(i32::MAX),
            kind: kind.as_str().to_owned(),
            due_on: *due_on,
            status: ObligationStatus::Pending.as_str().to_owned(),
            summary: None,
            submitted_by: None,
            submitted_at: None,
            note: None,
            received_by: None,
            received_at: None,
        })
        .collect();
    let tranches = new
        .tranches
        .iter()
        .map(|tranche| {
            Ok(tranche::Model {
                id: Uuid::new_v4(),
                award_id: id,
                number: i32::try_from(tranche.number).unwrap_or(i32::MAX),
                amount: money::to_stored(tranche.amount)?,
                percent: tranche.percent.map(|percent| percent.normalize().to_string()),
                due_on: tranche.due_on,
                condition: tranche.condition.clone(),
                obligation_id: tranche
                    .report
                    .and_then(|position| obligations.get(position))
                    .map(|linked| linked.id),
            })
        })
        .collect::<AppResult<Vec<_>>>()?;
    let created = store::insert(txn, row, obligations, tranches).await?;
    let summary = json!({"reference": created.reference, "amount": money::format_amount(new.amount, new.currency), "currency": new.currency});
    audit::record(
        txn,
        AuditEntry::created(new.awarded_by, "award.created", "award", id, summary),
        now,
    )
    .await?;
    Ok(id)
}

/// The award if the caller may see it: staff who see all applicants, or its organisation's
/// members; anyone else gets 404.
async fn visible_award(state: &AppState, user: &CurrentUser, id: Uuid) -> AppResult<award::Model> {
    let found = store::find(&state.db, id).await?.ok_or(AppError::NotFound("award"))?;
    if organisations::sees_organisation(state, user, found.organisation_id).await? {
        Ok(found)
    } else {
        Err(AppError::NotFound("award"))
    }
}

async fn respond(state: &AppState, row: award::Model) -> AppResult<AwardResponse> {
    let currency = currency_of(&row)?;
    let tranches = store::tranches_of(&state.db, row.id).await?;
    let obligations = store::obligations_of(&state.db, row.id).await?;
    let (totals, per_tranche) = crate::disbursements::store::totals_of_award(&state.db, row.id).await?;
    let organisation_name = organisations::store::find(&state.db, row.organisation_id)
        .await?
        .map(|found| found.legal_name);
    let awarded = money::from_stored(row.amount);
    let format = |amount: Decimal| money::format_amount(amount, currency);
    let received: HashMap<Uuid, ObligationStatus> = obligations
        .iter()
        .filter_map(|report| ObligationStatus::parse(&report.status).map(|status| (report.id, status)))
        .collect();
    Ok(AwardResponse {
        id: row.id,
        reference: row.reference,
        application_id: row.application_id,
        call_id: row.call_id,
        organisation_id: row.organisation_id,
        organisation_name,
        amount: format(awarded),
        currency,
        status: AwardStatus::parse(&row.status).unwrap_or(AwardStatus::PendingAcceptance),
        tranches: tranches
            .into_iter()
            .map(|tranche| {
                let spent = per_tranche.get(&tranche.id).copied().unwrap_or_default();
                let linked = tranche.obligation_id.and_then(|id| received.get(&id).copied());
                AwardTrancheResponse {
                    id: tranche.id,
                    number: tranche.number,
                    amount: format(money::from_stored(tranche.amount)),
                    percent: tranche.percent,
                    due_on: tranche.due_on,
                    condition: tranche.condition,
                    condition_report_id: tranche.obligation_id,
                    condition_met: rules::condition_met(linked),
                    paid: format(spent.paid),
                    committed: format(spent.committed()),
                }
            })
            .collect(),
        reporting_obligations: obligations.iter().map(obligation_response).collect::<AppResult<_>>()?,
        totals: totals_response(&totals, awarded, currency),
        awarded_at: row.awarded_at,
        accepted_by: row.accepted_by,
        accepted_at: row.accepted_at,
        closed_at: row.closed_at,
        closure_reason: row.closure_reason,
    })
}

fn totals_response(totals: &Totals, awarded: Decimal, currency: Currency) -> AwardTotals {
    let format = |amount: Decimal| money::format_amount(amount, currency);
    AwardTotals {
        requested: format(totals.requested),
        approved: format(totals.approved),
        disbursed: format(totals.paid),
        outstanding: format(awarded - totals.paid),
        available: format(awarded - totals.committed()),
    }
}

fn obligation_response(row: &obligation::Model) -> AppResult<ObligationResponse> {
    Ok(ObligationResponse {
        id: row.id,
        award_id: row.award_id,
        number: row.number,
        kind: ReportKind::parse(&row.kind)
            .ok_or_else(|| AppError::Internal(format!("obligation {} has an unknown kind", row.id)))?,
        due_on: row.due_on,
        status: obligation_status(row)?,
        summary: row.summary.clone(),
        submitted_at: row.submitted_at,
        note: row.note.clone(),
        received_at: row.received_at,
    })
}

fn obligation_status(row: &obligation::Model) -> AppResult<ObligationStatus> {
    ObligationStatus::parse(&row.status)
        .ok_or_else(|| AppError::Internal(format!("obligation {} has an unknown status", row.id)))
}

fn currency_of(row: &award::Model) -> AppResult<Currency> {
    Currency::from_code(&row.currency)
        .ok_or_else(|| AppError::Internal(format!("award {} has an unknown currency", row.id)))
}

fn status_of(row: &award::Model) -> AppResult<AwardStatus> {
    AwardStatus::parse(&row.status).ok_or_else(|| AppError::Internal(format!("award {} has an unknown status", row.id)))
}
