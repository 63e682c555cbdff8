//! The commands and queries of do-no-harm risk assessment, for both of its subjects (an
//! application, or the trip of a sponsorship request): record or replace an assessment,
//! approve it (a `high` residual needs two officers), comment on it, and the standing other
//! domains gate on. Functions ending in `_in` run inside the caller's transaction (the
//! sponsorship service holds the event's and the request's locks around them).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::json::RiskAssessmentRequest;
use super::rules::{self, Approval, ResidualRating, RiskStatus, Subject, SubjectKind};
use super::store::{self, assessment, comment};
use crate::audit::{self, AuditEntry};
use crate::error::{AppError, AppResult, OnUnique, ProblemKind, Validator};
use crate::i18n::Message;

/// An assessment as recorded, and whether it is new (rather than replacing one).
#[derive(Debug, Clone)]
pub struct Submitted {
    /// The assessment as stored.
    pub assessment: assessment::Model,
    /// Whether it was created (`false`: it replaced an unapproved one).
    pub created: bool,
}

/// Checks the risks of an assessment, naming every failing field.
pub fn check(input: &RiskAssessmentRequest) -> AppResult<()> {
    let mut check = Validator::new();
    rules::check_risks(&input.risks, &mut check);
    check.finish()
}

/// Records the assessment of an application (officers); while it is not approved, posting
/// again replaces it (and any first approval).
pub async fn submit_for_application(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    application_id: Uuid,
    input: RiskAssessmentRequest,
) -> AppResult<Submitted> {
    crate::applications::store::find(db, application_id)
        .await?
        .ok_or(AppError::NotFound("application"))?;
    let txn = db.begin().await?;
    let submitted = submit_in(&txn, now, actor, Subject::Application(application_id), input).await?;
    audit::commit(db, txn, Vec::new(), now).await?;
    Ok(submitted)
}

/// Records or replaces the assessment of a subject inside the caller's transaction; an
/// approved assessment no longer changes (409 `risk-approved`).
pub async fn submit_in(
    txn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    actor: Uuid,
    subject: Subject,
    input: RiskAssessmentRequest,
) -> AppResult<Submitted> {
    check(&input)?;
    let existing = store::of_subject(txn, subject).await?;
    if let Some(found) = &existing {
        crate::db::lock_row(txn, "risk_assessments", found.id).await?;
    }
    let (application_id, sponsorship_request_id) = match subject {
        Subject::Application(id) => (Some(id), None),
        Subject::Sponsorship(id) => (None, Some(id)),
    };
    let row = assessment::Model {
        id: existing.as_ref().map_or_else(Uuid::new_v4, |found| found.id),
        subject_type: subject.kind(),
        application_id,
        sponsorship_request_id,
        risks: json!(input.risks),
        residual_rating: input.residual_rating,
        status: RiskStatus::Submitted,
        submitted_by: actor,
        submitted_at: now,
        first_approved_by: None,
        first_approved_at: None,
        second_approved_by: None,
        approved_at: None,
    };
    let created = match existing {
        Some(_) => {
            if !store::resubmit(txn, &row).await? {
                return Err(AppError::conflict(
                    ProblemKind::RiskApproved,
                    "the risk assessment is approved and can no longer change",
                ));
            }
            false
        }
        None => {
            store::insert(txn, row.clone()).await.on_unique(
                ProblemKind::RiskAssessmentExists,
                "a risk assessment was recorded meanwhile: reload it and replace it",
            )?;
            true
        }
    };
    let summary = json!({"residual_rating": input.residual_rating, "risks": input.risks.len()});
    let entry = AuditEntry::created(actor, "risk.submitted", subject.kind().as_str(), subject.id(), summary);
    audit::record(txn, entry, now).await?;
    Ok(Submitted {
        assessment: row,
        created,
    })
}

/// Approves the assessment of an application (officers), answering it with its comments.
pub async fn approve_for_application(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    id: Uuid,
) -> AppResult<(assessment::Model, Vec<comment::Model>)> {
    let txn = db.begin().await?;
    let (approved, entry) = approve_in(&txn, now, actor, id, SubjectKind::Application).await?;
    let comments = store::comments_of(&txn, id).await?;
    audit::commit(db, txn, vec![entry], now).await?;
    Ok((approved, comments))
}

/// Approves an assessment of this kind of subject inside the caller's transaction, under
/// its row lock: a first approval of a `high` residual, or the complete approval. Refused
/// (409 `approval-refused`) when already approved or when the same officer approves twice.
/// Answers the assessment and the audit event the caller records last ([`audit::commit`]).
pub async fn approve_in(
    txn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    actor: Uuid,
    id: Uuid,
    kind: SubjectKind,
) -> AppResult<(assessment::Model, AuditEntry)> {
    crate::db::lock_row(txn, "risk_assessments", id).await?;
    let found = store::find(txn, id)
        .await?
        .filter(|found| found.subject_type == kind)
        .ok_or(AppError::NotFound("risk assessment"))?;
    let subject = found.subject().map_err(AppError::Internal)?;
    let step = rules::approve(found.status, found.residual_rating, found.first_approved_by, actor)
        .map_err(|detail| AppError::conflict(ProblemKind::ApprovalRefused, detail))?;
    let (recorded, action) = match step {
        Approval::First => (store::first_approval(txn, id, actor, now).await?, "risk.first_approval"),
        Approval::Complete => (
            store::approve(txn, id, actor, found.first_approved_by.is_some(), now).await?,
            "risk.approved",
        ),
    };
    if !recorded {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            Message::new("refused-changed-risk-assessment"),
        ));
    }
    if step == Approval::First {
        let notice = crate::reminders::notices::Announcement::new(
            crate::reminders::notices::Kind::RiskSecondApproval,
            subject.id(),
            id.to_string(),
            subject.id().to_string(),
        )
        .with(crate::reminders::notices::Fact::data(
            "email-label-reference",
            format!("{} {}", subject.kind().as_str(), subject.id()),
        ));
        let others = crate::reminders::notices::Audience::Staff {
            role: crate::auth::Role::Officer,
            except: actor,
        };
        crate::reminders::notices::announce(txn, now, &notice, others).await?;
    }
    let summary = json!({"residual_rating": found.residual_rating});
    let entry = AuditEntry::created(actor, action, subject.kind().as_str(), subject.id(), summary);
    let approved = store::find(txn, id)
        .await?
        .ok_or(AppError::NotFound("risk assessment"))?;
    Ok((approved, entry))
}

/// Adds a comment to the assessment of an application (the caller has checked that the
/// author may read it).
pub async fn comment(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    found: &assessment::Model,
    body: &str,
) -> AppResult<comment::Model> {
    let mut check = Validator::new();
    check.required_text("body", body, 5_000);
    check.finish()?;
    let subject = found.subject().map_err(AppError::Internal)?;
    let row = comment::Model {
        id: Uuid::new_v4(),
        risk_assessment_id: found.id,
        author_id: actor,
        body: body.trim().to_owned(),
        created_at: now,
    };
    let txn = db.begin().await?;
    let saved = store::insert_comment(&txn, row).await?;
    let entry = AuditEntry::created(
        actor,
        "risk.commented",
        subject.kind().as_str(),
        subject.id(),
        json!({"comment": saved.id}),
    );
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(saved)
}

/// The assessment of a subject, if it has one.
pub async fn assessment_of(db: &impl ConnectionTrait, subject: Subject) -> AppResult<Option<assessment::Model>> {
    store::of_subject(db, subject).await
}

/// The assessments of these applications, by application (one query, for the officers'
/// list).
pub async fn of_applications(db: &impl ConnectionTrait, ids: Vec<Uuid>) -> AppResult<HashMap<Uuid, assessment::Model>> {
    Ok(store::of_applications(db, ids)
        .await?
        .into_iter()
        .filter_map(|row| row.application_id.map(|id| (id, row)))
        .collect())
}

/// The risks of an assessment as recorded.
pub fn risks_of(row: &assessment::Model) -> AppResult<Vec<rules::Risk>> {
    serde_json::from_value(row.risks.clone())
        .map_err(|error| AppError::Internal(format!("risk assessment {}: risks: {error}", row.id)))
}

/// The assessment with this id (of any subject).
pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<assessment::Model>> {
    store::find(db, id).await
}

/// The comments of an assessment, oldest first.
pub async fn comments_of(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Vec<comment::Model>> {
    store::comments_of(db, id).await
}

/// The status and residual rating of a subject's assessment, if it has one.
pub async fn standing(db: &impl ConnectionTrait, subject: Subject) -> AppResult<Option<(RiskStatus, ResidualRating)>> {
    Ok(store::of_subject(db, subject)
        .await?
        .map(|row| (row.status, row.residual_rating)))
}

/// The status and residual rating of an application's assessment, if it has one (the
/// award gate of decisions).
pub async fn standing_of(
    db: &impl ConnectionTrait,
    application_id: Uuid,
) -> AppResult<Option<(RiskStatus, ResidualRating)>> {
    standing(db, Subject::Application(application_id)).await
}

/// Whether a sponsored trip's attached assessment (if any) lets it be approved or paid
/// (409 `risk-gate` when not).
pub async fn trip_allowed(db: &impl ConnectionTrait, sponsorship_id: Uuid) -> AppResult<()> {
    let standing = standing(db, Subject::Sponsorship(sponsorship_id)).await?;
    rules::check_trip_risk(standing).map_err(|detail| AppError::conflict(ProblemKind::RiskGate, detail))
}

/// The statuses of the trip assessments of these sponsorship requests, by request.
pub async fn trip_statuses(db: &impl ConnectionTrait, ids: Vec<Uuid>) -> AppResult<HashMap<Uuid, RiskStatus>> {
    Ok(store::statuses_of_sponsorships(db, ids)
        .await?
        .into_iter()
        .filter_map(|(id, status)| id.map(|id| (id, status)))
        .collect())
}
