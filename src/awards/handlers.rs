//! Handlers of awards.

use axum::Json;
use axum::extract::{Path, State};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rust_decimal::Decimal;
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde::Serialize;
use serde_json::json;
use utoipa::ToSchema;
use uuid::Uuid;

use super::rules::{self, AwardAction, AwardStatus};
use super::store::{self, award, tranche};
use crate::AppState;
use crate::audit::{self, AuditEntry};
use crate::auth::CurrentUser;
use crate::decisions::rules::Tranche;
use crate::error::{AppError, AppResult, Problem};
use crate::money::{self, Currency};
use crate::organisations;

/// A tranche of an award.
#[derive(Debug, Serialize, ToSchema)]
pub struct AwardTrancheResponse {
    /// Id (disbursements name it).
    pub id: Uuid,
    /// Position, from 1.
    pub number: i32,
    /// Amount.
    pub amount: String,
    /// The percent it was set as.
    pub percent: Option<String>,
    /// Due date.
    pub due_on: NaiveDate,
    /// Condition.
    pub condition: String,
}

/// An award.
#[derive(Debug, Serialize, ToSchema)]
pub struct AwardResponse {
    /// Id.
    pub id: Uuid,
    /// Reference printed on letters and payments.
    pub reference: String,
    /// The application.
    pub application_id: Uuid,
    /// The call.
    pub call_id: Uuid,
    /// The organisation.
    pub organisation_id: Uuid,
    /// The organisation's legal name.
    pub organisation_name: Option<String>,
    /// Amount.
    pub amount: String,
    /// Currency.
    pub currency: Currency,
    /// State.
    pub status: AwardStatus,
    /// Tranches.
    pub tranches: Vec<AwardTrancheResponse>,
    /// When awarded.
    pub awarded_at: DateTime<Utc>,
    /// Who accepted the terms.
    pub accepted_by: Option<Uuid>,
    /// When.
    pub accepted_at: Option<DateTime<Utc>>,
}

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
    let status = AwardStatus::parse(&found.status)
        .ok_or_else(|| AppError::Internal(format!("award {id} has an unknown status")))?;
    let next = rules::transition(status, AwardAction::Accept)
        .map_err(|detail| AppError::conflict("invalid-transition", detail))?;
    let now = state.now();
    let txn = state.db.begin().await?;
    if !store::accept(&txn, id, user.id, now).await? {
        return Err(AppError::conflict(
            "concurrent-change",
            "the award changed meanwhile; reload it",
        ));
    }
    let entry = AuditEntry::status_changed(user.id, "award.accepted", "award", id, (status, next), None);
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    let accepted = store::find(&state.db, id).await?.ok_or(AppError::NotFound("award"))?;
    Ok(Json(respond(&state, accepted).await?))
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
    };
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
            })
        })
        .collect::<AppResult<Vec<_>>>()?;
    let created = store::insert(txn, row, tranches).await?;
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
    let currency = Currency::from_code(&row.currency)
        .ok_or_else(|| AppError::Internal(format!("award {} has an unknown currency", row.id)))?;
    let tranches = store::tranches_of(&state.db, row.id).await?;
    let organisation_name = organisations::store::find(&state.db, row.organisation_id)
        .await?
        .map(|found| found.legal_name);
    Ok(AwardResponse {
        id: row.id,
        reference: row.reference,
        application_id: row.application_id,
        call_id: row.call_id,
        organisation_id: row.organisation_id,
        organisation_name,
        amount: money::format_amount(money::from_stored(row.amount), currency),
        currency,
        status: AwardStatus::parse(&row.status).unwrap_or(AwardStatus::PendingAcceptance),
        tranches: tranches
            .into_iter()
            .map(|tranche| AwardTrancheResponse {
                id: tranche.id,
                number: tranche.number,
                amount: money::format_amount(money::from_stored(tranche.amount), currency),
                percent: tranche.percent,
                due_on: tranche.due_on,
                condition: tranche.condition,
            })
            .collect(),
        awarded_at: row.awarded_at,
        accepted_by: row.accepted_by,
        accepted_at: row.accepted_at,
    })
}
