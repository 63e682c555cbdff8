//! Handlers of due diligence.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::json::{
    AdjudicationRequest, DueDiligenceResponse, OrganisationDiligenceResponse, UpdateDueDiligenceRequest,
};
use super::rules::{self, AssessmentStatus, ItemUpdate, MatchOutcome, Standing};
use super::store::{self, assessment, sanctions_match};
use crate::AppState;
use crate::audit::{self, AuditEntry};
use crate::auth::Officer;
use crate::error::{AppError, AppResult, OnUnique, Problem, ProblemKind, Validator};
use crate::http::JsonBody;
use crate::{organisations, sanctions};

/// Opens an assessment of an organisation with the standard checklist (officers).
#[utoipa::path(
    post, path = "/organisations/{id}/due-diligence", tag = "due-diligence",
    params(("id" = Uuid, Path, description = "organisation id")),
    security(("bearer" = [])),
    responses(
        (status = 201, body = DueDiligenceResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "an assessment is already open", body = Problem),
    )
)]
pub async fn open_due_diligence(
    State(state): State<AppState>,
    user: Officer,
    Path(organisation_id): Path<Uuid>,
) -> AppResult<(StatusCode, Json<DueDiligenceResponse>)> {
    organisations::store::find(&state.db, organisation_id)
        .await?
        .ok_or(AppError::NotFound("organisation"))?;
    let existing = store::of_organisation(&state.db, organisation_id).await?;
    if let Some(open) = existing
        .iter()
        .find(|row| row.status == AssessmentStatus::Open.as_str())
    {
        return Err(AppError::conflict(
            ProblemKind::AssessmentOpen,
            format!("assessment {} is still open", open.id),
        ));
    }
    let now = state.now();
    let row = assessment::Model {
        id: Uuid::new_v4(),
        organisation_id,
        status: AssessmentStatus::Open.as_str().to_owned(),
        items: json!(rules::standard_checklist()),
        risk_rating: None,
        opened_by: user.id,
        opened_at: now,
        screened_at: None,
        screened_subjects: None,
        list_version_id: None,
        list_generated_at: None,
        completed_by: None,
        completed_at: None,
        valid_until: None,
        updated_at: now,
    };
    let txn = state.db.begin().await?;
    let created = store::insert(&txn, row).await.on_unique(
        ProblemKind::AssessmentOpen,
        "an assessment of this organisation is already open",
    )?;
    let entry = AuditEntry::created(
        user.id,
        "due_diligence.opened",
        "organisation",
        organisation_id,
        json!({"assessment": created.id}),
    );
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(DueDiligenceResponse::build(created, Vec::new())),
    ))
}

/// An organisation's assessments and its standing today (officers).
#[utoipa::path(
    get, path = "/organisations/{id}/due-diligence", tag = "due-diligence",
    params(("id" = Uuid, Path, description = "organisation id")),
    security(("bearer" = [])),
    responses((status = 200, body = OrganisationDiligenceResponse), (status = 403, body = Problem), (status = 404, body = Problem))
)]
pub async fn list_due_diligence(
    State(state): State<AppState>,
    _user: Officer,
    Path(organisation_id): Path<Uuid>,
) -> AppResult<Json<OrganisationDiligenceResponse>> {
    organisations::store::find(&state.db, organisation_id)
        .await?
        .ok_or(AppError::NotFound("organisation"))?;
    let rows = store::of_organisation(&state.db, organisation_id).await?;
    let (standing, valid_until) = match standing_of(&state.db, organisation_id, state.now()).await? {
        Standing::Valid(until) => ("valid", Some(until)),
        Standing::Expired(at) => ("expired", Some(at)),
        Standing::Failed => ("failed", None),
        Standing::Missing => ("missing", None),
    };
    Ok(Json(OrganisationDiligenceResponse {
        standing: standing.to_owned(),
        valid_until,
        assessments: rows
            .into_iter()
            .map(|row| DueDiligenceResponse::build(row, Vec::new()))
            .collect(),
    }))
}

/// An assessment with its checklist and matches (officers).
#[utoipa::path(
    get, path = "/due-diligence/{id}", tag = "due-diligence",
    params(("id" = Uuid, Path, description = "assessment id")),
    security(("bearer" = [])),
    responses((status = 200, body = DueDiligenceResponse), (status = 403, body = Problem), (status = 404, body = Problem))
)]
pub async fn get_due_diligence(
    State(state): State<AppState>,
    _user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<DueDiligenceResponse>> {
    let row = found(&state, id).await?;
    let matches = store::matches_of(&state.db, id).await?;
    Ok(Json(DueDiligenceResponse::build(row, matches)))
}

/// Records checklist findings and the risk rating of an open assessment (officers).
#[utoipa::path(
    patch, path = "/due-diligence/{id}", tag = "due-diligence",
    params(("id" = Uuid, Path, description = "assessment id")),
    request_body = UpdateDueDiligenceRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = DueDiligenceResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "the assessment is completed", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn update_due_diligence(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<UpdateDueDiligenceRequest>,
) -> AppResult<Json<DueDiligenceResponse>> {
    let updates: Vec<ItemUpdate> = body
        .items
        .into_iter()
        .map(|item| ItemUpdate {
            key: item.key,
            status: item.status,
            note: item.note,
        })
        .collect();
    let mut check = Validator::new();
    for (index, update) in updates.iter().enumerate() {
        if let Some(note) = &update.note {
            check.check(
                note.chars().count() > 5_000,
                format!("items[{index}].note"),
                "must be at most 5000 characters",
            );
        }
    }
    let now = state.now();
    let txn = state.db.begin().await?;
    let current = locked_open(&txn, id).await?;
    let mut items = store::items_of(&current);
    let before = json!(items);
    rules::apply_updates(&mut items, &updates, &mut check);
    check.finish()?;
    let rating = body
        .risk_rating
        .map(|rating| json!(rating).as_str().unwrap_or_default().to_owned());
    let row = assessment::Model {
        items: json!(items),
        risk_rating: rating.or(current.risk_rating.clone()),
        updated_at: now,
        ..current
    };
    if !store::save_checklist(&txn, &row).await? {
        return Err(completed_conflict());
    }
    let entry = AuditEntry::updated(
        user.id,
        "due_diligence.updated",
        "organisation",
        row.organisation_id,
        &json!({ "items": before }),
        &json!({ "items": items }),
    );
    record_and_answer(txn, entry, row, now).await
}

/// Screens the organisation's legal and short names and its members' names against the
/// sanctions list in force (officers). Candidates already adjudicated keep their finding.
#[utoipa::path(
    post, path = "/due-diligence/{id}/screen", tag = "due-diligence",
    params(("id" = Uuid, Path, description = "assessment id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = DueDiligenceResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "no list imported, or the assessment is completed", body = Problem),
    )
)]
pub async fn screen_organisation(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<DueDiligenceResponse>> {
    let now = state.now();
    let txn = state.db.begin().await?;
    let current = locked_open(&txn, id).await?;
    let version = sanctions::store::current_version(&txn).await?.ok_or_else(|| {
        AppError::conflict(
            ProblemKind::NoSanctionsList,
            "no sanctions list has been imported; an admin imports it first",
        )
    })?;
    let subjects = subjects_of(&txn, current.organisation_id).await?;
    let entries = sanctions::store::entries(&txn).await?;
    let prepared = sanctions::rules::prepare_entries(&entries);
    let threshold = state.config.sanctions_threshold;
    let screened = subjects.clone();
    let candidates = tokio::task::spawn_blocking(move || sanctions::rules::screen(&screened, &prepared, threshold))
        .await
        .map_err(|error| AppError::Internal(error.to_string()))?;
    let previous = store::matches_of(&txn, id).await?;
    let mut keep = Vec::new();
    for candidate in &candidates {
        let entry = &entries[candidate.entry_index];
        if let Some(existing) = previous
            .iter()
            .find(|row| row.subject_name == candidate.subject_name && row.list_entry_id == entry.data_id)
        {
            keep.push(existing.id);
            continue;
        }
        let row = sanctions_match::Model {
            id: Uuid::new_v4(),
            assessment_id: id,
            subject_name: candidate.subject_name.clone(),
            list_entry_id: entry.data_id.clone(),
            reference_number: entry.reference_number.clone(),
            entry_name: entry.name.clone(),
            matched_name: candidate.matched_name.clone(),
            score_basis_points: (candidate.score * 10_000.0).round() as i32,
            outcome: None,
            reason: None,
            adjudicated_by: None,
            adjudicated_at: None,
        };
        keep.push(row.id);
        store::insert_match(&txn, row).await?;
    }
    store::delete_matches_except(&txn, id, keep).await?;
    let row = assessment::Model {
        screened_at: Some(now),
        screened_subjects: Some(json!(subjects)),
        list_version_id: Some(version.id),
        list_generated_at: version.generated_at,
        updated_at: now,
        ..current
    };
    if !store::record_screening(&txn, &row).await? {
        return Err(completed_conflict());
    }
    let summary =
        json!({"candidates": candidates.len(), "names": subjects.len(), "list_generated_at": version.generated_at});
    let entry = AuditEntry::created(
        user.id,
        "due_diligence.screened",
        "organisation",
        row.organisation_id,
        summary,
    );
    record_and_answer(txn, entry, row, now).await
}

/// Records an officer's finding on a candidate match: `false_positive` or `true_match`,
/// with a reason. A true match fails the assessment at completion.
#[utoipa::path(
    post, path = "/due-diligence/{id}/matches/{match_id}/adjudication", tag = "due-diligence",
    params(("id" = Uuid, Path, description = "assessment id"), ("match_id" = Uuid, Path, description = "match id")),
    request_body = AdjudicationRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, body = DueDiligenceResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn adjudicate_match(
    State(state): State<AppState>,
    user: Officer,
    Path((id, match_id)): Path<(Uuid, Uuid)>,
    JsonBody(body): JsonBody<AdjudicationRequest>,
) -> AppResult<Json<DueDiligenceResponse>> {
    let mut check = Validator::new();
    check.required_text("reason", &body.reason, 5_000);
    let now = state.now();
    let txn = state.db.begin().await?;
    let current = locked_open(&txn, id).await?;
    let matches = store::matches_of(&txn, id).await?;
    let candidate = matches
        .iter()
        .find(|row| row.id == match_id)
        .ok_or(AppError::NotFound("match"))?;
    check.finish()?;
    store::adjudicate(&txn, match_id, body.outcome.as_str(), body.reason.trim(), user.id, now).await?;
    let summary = json!({"match": match_id, "list_entry_id": candidate.list_entry_id, "outcome": body.outcome});
    let entry = AuditEntry {
        actor_id: Some(user.id),
        action: "due_diligence.match_adjudicated",
        subject_type: "organisation",
        subject_id: current.organisation_id,
        summary,
        reason: Some(body.reason.trim().to_owned()),
    };
    record_and_answer(txn, entry, current, now).await
}

/// Completes an assessment (officers): refused while items are open, before a screening,
/// or while matches are not adjudicated; sets `valid_until`. A failed item or a true match
/// completes it as `failed`.
#[utoipa::path(
    post, path = "/due-diligence/{id}/complete", tag = "due-diligence",
    params(("id" = Uuid, Path, description = "assessment id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = DueDiligenceResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "items open, not screened or matches not adjudicated", body = Problem),
    )
)]
pub async fn complete_due_diligence(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<DueDiligenceResponse>> {
    let now = state.now();
    let txn = state.db.begin().await?;
    let current = locked_open(&txn, id).await?;
    if current.screened_at.is_some() {
        let screened: Vec<String> = current
            .screened_subjects
            .clone()
            .and_then(|names| serde_json::from_value(names).ok())
            .unwrap_or_default();
        let list_in_force = sanctions::store::current_version(&txn).await?.map(|version| version.id);
        if screened != subjects_of(&txn, current.organisation_id).await? || list_in_force != current.list_version_id {
            return Err(AppError::conflict(
                ProblemKind::ScreeningOutdated,
                "the organisation's names or members, or the sanctions list, changed since the screening; screen again",
            ));
        }
    }
    let matches = store::matches_of(&txn, id).await?;
    let outcomes: Vec<Option<MatchOutcome>> = matches
        .iter()
        .map(|row| row.outcome.as_deref().and_then(MatchOutcome::parse))
        .collect();
    let status = rules::completion(&store::items_of(&current), current.screened_at.is_some(), &outcomes)
        .map_err(|detail| AppError::conflict(ProblemKind::AssessmentIncomplete, detail))?;
    let valid_until = rules::valid_until(now, state.config.diligence_valid_months);
    if !store::complete(&txn, id, status, user.id, now, valid_until).await? {
        return Err(completed_conflict());
    }
    let entry = AuditEntry::status_changed(
        user.id,
        "due_diligence.completed",
        "organisation",
        current.organisation_id,
        (AssessmentStatus::Open, status),
        None,
    );
    audit::record(&txn, entry, now).await?;
    let completed = store::find(&txn, id)
        .await?
        .ok_or(AppError::NotFound("due-diligence assessment"))?;
    txn.commit().await?;
    Ok(Json(DueDiligenceResponse::build(completed, matches)))
}

/// Records the audit event, commits, and answers the assessment with its matches.
async fn record_and_answer(
    txn: sea_orm::DatabaseTransaction,
    entry: AuditEntry,
    row: assessment::Model,
    now: DateTime<Utc>,
) -> AppResult<Json<DueDiligenceResponse>> {
    audit::record(&txn, entry, now).await?;
    let matches = store::matches_of(&txn, row.id).await?;
    txn.commit().await?;
    Ok(Json(DueDiligenceResponse::build(row, matches)))
}

/// The names screened for an organisation: its legal and short names and its members'
/// full names, sorted and without repeats.
async fn subjects_of(db: &impl ConnectionTrait, organisation_id: Uuid) -> AppResult<Vec<String>> {
    let organisation = organisations::store::find(db, organisation_id)
        .await?
        .ok_or(AppError::NotFound("organisation"))?;
    let mut subjects = vec![organisation.legal_name];
    subjects.extend(organisation.short_name);
    subjects.extend(
        organisations::store::members_of(db, organisation_id)
            .await?
            .into_iter()
            .map(|(_, user)| user.full_name),
    );
    subjects.sort();
    subjects.dedup();
    Ok(subjects)
}

/// Locks the assessment inside the transaction and reads it; refused unless still open.
async fn locked_open(txn: &impl ConnectionTrait, id: Uuid) -> AppResult<assessment::Model> {
    store::lock(txn, id).await?;
    let row = store::find(txn, id)
        .await?
        .ok_or(AppError::NotFound("due-diligence assessment"))?;
    if row.status != AssessmentStatus::Open.as_str() {
        return Err(completed_conflict());
    }
    Ok(row)
}

/// An organisation's due-diligence standing at an instant.
pub async fn standing_of(db: &impl ConnectionTrait, organisation_id: Uuid, at: DateTime<Utc>) -> AppResult<Standing> {
    let latest = store::latest_completed(db, organisation_id).await?;
    let status = latest.as_ref().map(|row| {
        (
            AssessmentStatus::parse(&row.status).unwrap_or(AssessmentStatus::Failed),
            row.valid_until,
        )
    });
    Ok(rules::standing(status, at))
}

async fn found(state: &AppState, id: Uuid) -> AppResult<assessment::Model> {
    store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("due-diligence assessment"))
}

fn completed_conflict() -> AppError {
    AppError::conflict(
        ProblemKind::AssessmentCompleted,
        "the assessment is completed; open a new one",
    )
}
