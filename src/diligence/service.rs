//! Due-diligence operations shared by every entry point (the JSON API, pages, jobs): each
//! command opens a transaction, locks the assessment, asks `rules`, writes through `store`,
//! appends the audit event and commits. Every change to an assessment happens under its
//! row lock and only while it is open (`rules::check_open`), so no screening, adjudication
//! or completion can slip in between a check and a write.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, DatabaseTransaction, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::rules::{self, AssessmentStatus, ItemUpdate, MatchOutcome, RiskRating, Standing};
use super::store::{self, assessment, sanctions_match};
use crate::audit::{self, AuditEntry};
use crate::auth::{CurrentUser, Role};
use crate::error::{AppError, AppResult, OnUnique, ProblemKind, Validator};
use crate::i18n::Message;
use crate::reminders::notices::{self, Announcement, Audience, Fact, Kind};
use crate::{organisations, sanctions};

/// An assessment with its candidate sanctions matches, best score first.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    /// The assessment.
    pub row: assessment::Model,
    /// Its candidate matches.
    pub matches: Vec<sanctions_match::Model>,
}

/// An organisation's assessments and its standing at an instant.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganisationDiligence {
    /// The standing given by the latest completed assessment.
    pub standing: Standing,
    /// Whether a name the latest passed assessment screened changed since.
    pub rescreening_required: bool,
    /// Every assessment, newest first (without matches).
    pub assessments: Vec<assessment::Model>,
}

/// An officer's findings on the checklist of an open assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistChange {
    /// Item changes, in the order sent (their index names the field of an error).
    pub items: Vec<ItemUpdate>,
    /// The overall rating, kept when `None`.
    pub risk_rating: Option<RiskRating>,
}

/// An officer's finding on one candidate match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adjudication {
    /// The match.
    pub match_id: Uuid,
    /// False positive or true match.
    pub outcome: MatchOutcome,
    /// Why (required).
    pub reason: String,
}

/// Opens an assessment of an organisation with the standard checklist; refused while
/// another assessment of it is open (also a unique index, for two concurrent requests).
pub async fn open(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    organisation_id: Uuid,
) -> AppResult<Assessment> {
    organisations::store::find(db, organisation_id)
        .await?
        .ok_or(AppError::NotFound("organisation"))?;
    let existing = store::of_organisation(db, organisation_id).await?;
    if let Some(open) = existing.iter().find(|row| row.status == AssessmentStatus::Open) {
        return Err(already_open(open.id));
    }
    let row = assessment::Model {
        id: Uuid::new_v4(),
        organisation_id,
        status: AssessmentStatus::Open,
        items: json!(rules::standard_checklist()),
        risk_rating: None,
        opened_by: actor,
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
    let txn = db.begin().await?;
    let created = store::insert(&txn, row)
        .await
        .on_unique(ProblemKind::AssessmentOpen, ALREADY_OPEN)?;
    let entry = AuditEntry::created(
        actor,
        "due_diligence.opened",
        "organisation",
        organisation_id,
        json!({"assessment": created.id}),
    );
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(Assessment {
        row: created,
        matches: Vec::new(),
    })
}

/// Records checklist findings and the risk rating of an open assessment.
pub async fn update_checklist(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    id: Uuid,
    change: ChecklistChange,
) -> AppResult<Assessment> {
    let mut check = Validator::new();
    for (index, update) in change.items.iter().enumerate() {
        if let Some(note) = &update.note {
            check.check(
                note.chars().count() > 5_000,
                format!("items[{index}].note"),
                "must be at most 5000 characters",
            );
        }
    }
    let (txn, current) = begin_change(db, id).await?;
    let mut items = store::items_of(&current)?;
    let before = json!(items);
    rules::apply_updates(&mut items, &change.items, &mut check);
    let with_evidence = evidenced_items(&txn, id).await?;
    rules::check_evidence(&items, &change.items, &with_evidence, &mut check);
    check.finish()?;
    let row = assessment::Model {
        items: json!(items),
        risk_rating: change.risk_rating.or(current.risk_rating),
        updated_at: now,
        ..current
    };
    if !store::save_checklist(&txn, &row).await? {
        return Err(completed());
    }
    let entry = AuditEntry::updated(
        actor,
        "due_diligence.updated",
        "organisation",
        row.organisation_id,
        &json!({ "items": before }),
        &json!({ "items": items }),
    );
    finish_change(db, txn, entry, row, now).await
}

/// Screens the organisation's legal and short names and its members' names against the
/// sanctions list in force, at the similarity `threshold`. Candidates already adjudicated
/// keep their finding; unadjudicated ones no longer found are dropped.
pub async fn screen(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    id: Uuid,
    threshold: f64,
) -> AppResult<Assessment> {
    let (txn, current) = begin_change(db, id).await?;
    let version = sanctions::store::current_version(&txn).await?.ok_or_else(|| {
        AppError::conflict(
            ProblemKind::NoSanctionsList,
            "no sanctions list has been imported yet: an admin imports it first, then screen again",
        )
    })?;
    let subjects = subjects_of(&txn, current.organisation_id).await?;
    let (entries, candidates) = screen_against_list(&txn, &subjects, threshold).await?;
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
        return Err(completed());
    }
    if !candidates.is_empty() {
        announce_matches(&txn, now, actor, &row, candidates.len()).await?;
    }
    let summary =
        json!({"candidates": candidates.len(), "names": subjects.len(), "list_generated_at": version.generated_at});
    let entry = AuditEntry::created(
        actor,
        "due_diligence.screened",
        "organisation",
        row.organisation_id,
        summary,
    );
    finish_change(db, txn, entry, row, now).await
}

/// Records an officer's finding on a candidate match of an open assessment; a true match
/// fails the assessment at completion.
pub async fn adjudicate(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    id: Uuid,
    adjudication: Adjudication,
) -> AppResult<Assessment> {
    let mut check = Validator::new();
    check.required_text("reason", &adjudication.reason, 5_000);
    let (txn, current) = begin_change(db, id).await?;
    let matches = store::matches_of(&txn, id).await?;
    let candidate = matches
        .iter()
        .find(|row| row.id == adjudication.match_id)
        .ok_or(AppError::NotFound("match"))?;
    check.finish()?;
    let reason = adjudication.reason.trim().to_owned();
    store::adjudicate(&txn, candidate.id, adjudication.outcome, &reason, actor, now).await?;
    let summary = json!({
        "match": candidate.id,
        "list_entry_id": candidate.list_entry_id,
        "outcome": adjudication.outcome,
    });
    let entry = AuditEntry {
        actor_id: Some(actor),
        action: "due_diligence.match_adjudicated",
        subject_type: "organisation",
        subject_id: current.organisation_id,
        summary,
        reason: Some(reason),
    };
    finish_change(db, txn, entry, current, now).await
}

/// Completes an open assessment: refused while items are open, before a screening, while
/// matches are not adjudicated, or when the names or the list changed since the screening.
/// A failed item or a true match completes it as `failed`; it is valid for
/// `valid_for_months` from now.
pub async fn complete(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    id: Uuid,
    valid_for_months: u32,
) -> AppResult<Assessment> {
    let (txn, current) = begin_change(db, id).await?;
    if current.screened_at.is_some() {
        let screened = store::screened_subjects_of(&current)?;
        let list_in_force = sanctions::store::current_version(&txn).await?.map(|version| version.id);
        if screened != subjects_of(&txn, current.organisation_id).await? || list_in_force != current.list_version_id {
            return Err(AppError::conflict(
                ProblemKind::ScreeningOutdated,
                "the organisation's names or members, or the sanctions list, changed since the screening: screen the organisation again, then complete",
            ));
        }
    }
    let items = store::items_of(&current)?;
    let with_evidence = evidenced_items(&txn, id).await?;
    let lacking = rules::items_lacking_evidence(&items, &with_evidence);
    if !lacking.is_empty() {
        return Err(AppError::conflict(
            ProblemKind::AssessmentIncomplete,
            crate::i18n::Message::new("diligence-items-lack-evidence").with("items", lacking.join(", ")),
        ));
    }
    let matches = store::matches_of(&txn, id).await?;
    let outcomes: Vec<Option<MatchOutcome>> = matches.iter().map(|row| row.outcome).collect();
    let to = rules::completion(&items, current.screened_at.is_some(), &outcomes)
        .map_err(|detail| AppError::conflict(ProblemKind::AssessmentIncomplete, detail))?;
    let valid_until = rules::valid_until(now, valid_for_months);
    transition(&txn, actor, &current, to, valid_until, now).await?;
    let completed = store::find(&txn, id)
        .await?
        .ok_or(AppError::NotFound("due-diligence assessment"))?;
    audit::commit(db, txn, Vec::new(), now).await?;
    Ok(Assessment {
        row: completed,
        matches,
    })
}

/// An assessment as its evidence documents see it: officers see it (anyone else is
/// refused with 403, as by the assessment's own endpoints; a document download turns that
/// into 404).
pub async fn visible_assessment(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    id: Uuid,
) -> AppResult<assessment::Model> {
    if !actor.has(Role::Officer) {
        return Err(AppError::Forbidden(
            "only officers see due-diligence assessments and their evidence".to_owned(),
        ));
    }
    store::find(db, id)
        .await?
        .ok_or(AppError::NotFound("due-diligence assessment"))
}

/// An assessment whose evidence may change now: visible, and still open (409
/// `document-locked` once completed, when its evidence is the record of what was found).
pub async fn assessment_taking_evidence(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    id: Uuid,
) -> AppResult<assessment::Model> {
    let row = visible_assessment(db, actor, id).await?;
    rules::check_open(row.status).map_err(|detail| AppError::conflict(ProblemKind::DocumentLocked, detail))?;
    Ok(row)
}

/// Checks that `key` is an item of the assessment's checklist (404 otherwise).
pub async fn check_item(db: &impl ConnectionTrait, id: Uuid, key: &str) -> AppResult<()> {
    let row = store::find(db, id)
        .await?
        .ok_or(AppError::NotFound("due-diligence assessment"))?;
    if store::items_of(&row)?.iter().any(|item| item.key == key) {
        Ok(())
    } else {
        Err(AppError::NotFound("checklist item"))
    }
}

/// The keys of the assessment's items that have at least one document of evidence.
async fn evidenced_items(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Vec<String>> {
    crate::documents::service::questions_answered(db, crate::documents::rules::Subject::due_diligence(id)).await
}

/// The assessment with its matches.
pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Assessment> {
    let row = store::find(db, id)
        .await?
        .ok_or(AppError::NotFound("due-diligence assessment"))?;
    let matches = store::matches_of(db, id).await?;
    Ok(Assessment { row, matches })
}

/// An organisation's assessments, newest first, and its standing at `at`.
pub async fn of_organisation(
    db: &impl ConnectionTrait,
    organisation_id: Uuid,
    at: DateTime<Utc>,
) -> AppResult<OrganisationDiligence> {
    organisations::store::find(db, organisation_id)
        .await?
        .ok_or(AppError::NotFound("organisation"))?;
    Ok(OrganisationDiligence {
        standing: standing_of(db, organisation_id, at).await?,
        rescreening_required: needs_rescreening(db, organisation_id).await?,
        assessments: store::of_organisation(db, organisation_id).await?,
    })
}

/// The latest assessment of each of these organisations, by organisation (one query, for
/// the officers' list).
pub async fn latest_of_organisations(
    db: &impl ConnectionTrait,
    ids: Vec<Uuid>,
) -> AppResult<std::collections::HashMap<Uuid, assessment::Model>> {
    let mut latest = std::collections::HashMap::new();
    for row in store::of_organisations(db, ids).await? {
        latest.entry(row.organisation_id).or_insert(row);
    }
    Ok(latest)
}

/// The entries of the list in force that these matches name (an entry the list no longer
/// holds is missing), for showing each candidate beside what is listed.
pub async fn listed_entries(
    db: &impl ConnectionTrait,
    matches: &[sanctions_match::Model],
) -> AppResult<Vec<sanctions::rules::ListEntry>> {
    let ids = matches.iter().map(|row| row.list_entry_id.clone()).collect();
    sanctions::store::entries_with_ids(db, ids).await
}

/// An organisation's due-diligence standing at an instant, from its latest completed
/// assessment. Callable inside a caller's transaction (the award gate reads it under the
/// call's lock).
pub async fn standing_of(db: &impl ConnectionTrait, organisation_id: Uuid, at: DateTime<Utc>) -> AppResult<Standing> {
    let latest = store::latest_completed(db, organisation_id).await?;
    Ok(rules::standing(latest.map(|row| (row.status, row.valid_until)), at))
}

/// Refuses with 409 `rescreening-required` when the organisation's latest passed
/// assessment no longer covers it: a name it screens (legal name, short name, a member's
/// name) changed since that screening, or the sanctions list as loaded now finds a
/// candidate match the assessment did not adjudicate (a newer list may have been imported
/// since). The award gate and the approval and payment of an award's disbursements call it
/// inside their transactions; without a passed assessment there is nothing to re-screen
/// (the award gate refuses that itself).
pub async fn check_screening_current(
    db: &impl ConnectionTrait,
    organisation_id: Uuid,
    threshold: f64,
) -> AppResult<()> {
    let Some(latest) = store::latest_completed(db, organisation_id).await? else {
        return Ok(());
    };
    if latest.status != AssessmentStatus::Passed {
        return Ok(());
    }
    let screened = store::screened_subjects_of(&latest)?;
    let subjects = subjects_of(db, organisation_id).await?;
    let mut unadjudicated = Vec::new();
    if screened == subjects {
        let adjudicated: Vec<(String, String)> = store::matches_of(db, latest.id)
            .await?
            .into_iter()
            .filter(|row| row.outcome.is_some())
            .map(|row| (row.subject_name, row.list_entry_id))
            .collect();
        let (entries, candidates) = screen_against_list(db, &subjects, threshold).await?;
        for candidate in candidates {
            let entry = &entries[candidate.entry_index];
            let known = adjudicated
                .iter()
                .any(|(subject, entry_id)| *subject == candidate.subject_name && *entry_id == entry.data_id);
            if !known {
                unadjudicated.push(rules::NewCandidate {
                    subject_name: candidate.subject_name,
                    entry: format!("{} ({})", entry.name, entry.reference_number),
                });
            }
        }
    }
    rules::check_screening_current(&screened, &subjects, &unadjudicated)
        .map_err(|detail| AppError::conflict(ProblemKind::RescreeningRequired, detail))
}

/// Whether a name the organisation's latest passed assessment screened has changed since,
/// so that its due diligence now needs a new screening (recorded with the change that
/// caused it, inside the caller's transaction).
pub async fn needs_rescreening(db: &impl ConnectionTrait, organisation_id: Uuid) -> AppResult<bool> {
    let Some(latest) = store::latest_completed(db, organisation_id).await? else {
        return Ok(false);
    };
    Ok(latest.status == AssessmentStatus::Passed
        && store::screened_subjects_of(&latest)? != subjects_of(db, organisation_id).await?)
}

/// Moves an open assessment to its completed status inside the caller's transaction, only
/// if it is still open, and records the change in the audit trail.
async fn transition(
    txn: &DatabaseTransaction,
    actor: Uuid,
    current: &assessment::Model,
    to: AssessmentStatus,
    valid_until: DateTime<Utc>,
    now: DateTime<Utc>,
) -> AppResult<()> {
    let from = current.status;
    rules::check_open(from).map_err(|detail| AppError::conflict(ProblemKind::AssessmentCompleted, detail))?;
    if !store::complete(txn, current.id, to, actor, now, valid_until).await? {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            Message::new("refused-changed-assessment"),
        ));
    }
    let entry = AuditEntry::status_changed(
        actor,
        "due_diligence.completed",
        "organisation",
        current.organisation_id,
        (from, to),
        None,
    );
    audit::record(txn, entry, now).await
}

/// Opens the transaction of a change, locks the assessment and reads it; refused unless
/// it is still open.
async fn begin_change(db: &DatabaseConnection, id: Uuid) -> AppResult<(DatabaseTransaction, assessment::Model)> {
    let txn = db.begin().await?;
    store::lock(&txn, id).await?;
    let row = store::find(&txn, id)
        .await?
        .ok_or(AppError::NotFound("due-diligence assessment"))?;
    rules::check_open(row.status).map_err(|detail| AppError::conflict(ProblemKind::AssessmentCompleted, detail))?;
    Ok((txn, row))
}

/// Records the audit event of a change, commits, and answers the assessment with its
/// matches.
/// Tells the other officers that a screening found `count` possible matches to adjudicate.
async fn announce_matches(
    txn: &DatabaseTransaction,
    now: DateTime<Utc>,
    actor: Uuid,
    row: &assessment::Model,
    count: usize,
) -> AppResult<()> {
    let organisation = organisations::store::find(txn, row.organisation_id)
        .await?
        .ok_or(AppError::NotFound("organisation"))?;
    let event = format!("{}@{}", row.id, now.timestamp_micros());
    let notice = Announcement::new(Kind::DiligenceMatch, row.id, event, organisation.legal_name)
        .with(Fact::data("email-label-matches", count.to_string()))
        .with(Fact::message(
            "email-label-next-step",
            crate::i18n::Message::new("email-next-adjudicate"),
        ));
    let officers = Audience::Staff {
        role: crate::auth::Role::Officer,
        except: actor,
    };
    notices::announce(txn, now, &notice, officers).await?;
    Ok(())
}

async fn finish_change(
    db: &DatabaseConnection,
    txn: DatabaseTransaction,
    entry: AuditEntry,
    row: assessment::Model,
    now: DateTime<Utc>,
) -> AppResult<Assessment> {
    let matches = store::matches_of(&txn, row.id).await?;
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(Assessment { row, matches })
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

/// Screens names against the list in force at the similarity `threshold`, off the async
/// runtime: the list's entries and the candidates found (none when no list was imported).
async fn screen_against_list(
    db: &impl ConnectionTrait,
    subjects: &[String],
    threshold: f64,
) -> AppResult<(Vec<sanctions::rules::ListEntry>, Vec<sanctions::rules::Candidate>)> {
    let entries = sanctions::store::entries(db).await?;
    let prepared = sanctions::rules::prepare_entries(&entries);
    let screened = subjects.to_vec();
    let candidates = tokio::task::spawn_blocking(move || sanctions::rules::screen(&screened, &prepared, threshold))
        .await
        .map_err(|error| AppError::Internal(error.to_string()))?;
    Ok((entries, candidates))
}

/// Why a second assessment of an organisation cannot be opened.
const ALREADY_OPEN: &str = "an assessment of this organisation is already open: complete it before opening another";

/// The conflict of a second open assessment.
fn already_open(open: Uuid) -> AppError {
    AppError::conflict(
        ProblemKind::AssessmentOpen,
        format!("{ALREADY_OPEN} (assessment {open})"),
    )
}

/// The conflict of a change to an assessment found completed by its conditional update.
fn completed() -> AppError {
    AppError::conflict(
        ProblemKind::AssessmentCompleted,
        "the assessment is completed and can no longer change: open a new assessment of the organisation",
    )
}
