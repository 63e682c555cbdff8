//! The commands and queries of letters as issued, which every entry point shares: keeping a
//! letter of record (its PDF stored as an encrypted document, its SHA-256 in the audit
//! trail), reading it back instead of re-rendering, and the public verification of a
//! sponsorship letter by its code. The award and sponsorship domains render their letters
//! and ask here whether one is on record.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::json::{LetterStatus, LetterVerification};
use super::rules::{self, LetterSubject};
use super::store::{self, letter};
use crate::audit::{self, AuditEntry};
use crate::auth::CurrentUser;
use crate::documents::storage::ContentStore;
use crate::error::{AppError, AppResult};
use crate::i18n::Language;

/// A letter about to be kept as issued.
#[derive(Debug, Clone)]
pub struct Issue {
    /// What it is issued for.
    pub subject: LetterSubject,
    /// The award's or sponsorship request's id.
    pub subject_id: Uuid,
    /// The organisation it is addressed to.
    pub organisation_id: Uuid,
    /// Its language.
    pub language: Language,
    /// Its reference, as printed.
    pub reference: String,
    /// The file name it is downloaded under.
    pub file_name: String,
    /// For a sponsorship letter: the traveller's initials and the passport number's last
    /// characters, which verification shows.
    pub traveller: Option<(String, String)>,
}

/// The PDF of record of this subject in this language, if one was issued.
pub async fn of_record(
    db: &DatabaseConnection,
    storage: &dyn ContentStore,
    subject: LetterSubject,
    subject_id: Uuid,
    language: Language,
) -> AppResult<Option<Vec<u8>>> {
    match store::find_for(db, subject, subject_id, language.code()).await? {
        Some(found) => Ok(Some(
            crate::documents::service::read_whole(db, storage, found.document_id).await?,
        )),
        None => Ok(None),
    }
}

/// Whether any letter of this subject was issued.
pub async fn issued(db: &impl ConnectionTrait, subject: LetterSubject, subject_id: Uuid) -> AppResult<bool> {
    Ok(!store::of_subject(db, subject, subject_id).await?.is_empty())
}

/// Keeps `pdf` as the letter of record (stored as an encrypted document of the letter,
/// audited as `letter.issued` with its SHA-256) and answers the PDF of record: this one, or
/// the one a concurrent request kept first.
pub async fn issue(
    db: &DatabaseConnection,
    storage: &dyn ContentStore,
    now: DateTime<Utc>,
    actor: Uuid,
    issue: Issue,
    pdf: Vec<u8>,
) -> AppResult<Vec<u8>> {
    let id = Uuid::new_v4();
    let stored =
        crate::documents::service::store_letter(db, storage, now, (issue.organisation_id, id), &issue.file_name, &pdf)
            .await?;
    match keep(db, now, actor, id, &issue, &stored).await {
        Ok(()) => Ok(pdf),
        Err(error) => {
            crate::documents::service::discard(db, storage, &stored).await?;
            let kept = of_record(db, storage, issue.subject, issue.subject_id, issue.language).await?;
            kept.ok_or(error)
        }
    }
}

async fn keep(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    actor: Uuid,
    id: Uuid,
    issue: &Issue,
    stored: &crate::documents::service::StoredContent,
) -> AppResult<()> {
    let txn = db.begin().await?;
    let (document_id, sha256) = crate::documents::service::attach_letter(&txn, now, actor, id, stored).await?;
    let (initials, suffix) = issue.traveller.clone().unzip();
    let row = letter::Model {
        id,
        subject_type: issue.subject.as_str().to_owned(),
        subject_id: issue.subject_id,
        language: issue.language.code().to_owned(),
        organisation_id: issue.organisation_id,
        reference: issue.reference.clone(),
        document_id,
        sha256: sha256.clone(),
        issued_at: now,
        issued_by: Some(actor),
        traveller_initials: initials,
        passport_suffix: suffix,
    };
    store::insert(&txn, row).await?;
    let view = json!({
        "subject_type": issue.subject.as_str(),
        "subject_id": issue.subject_id,
        "language": issue.language.code(),
        "reference": issue.reference,
        "document_id": document_id,
        "sha256": sha256,
    });
    audit::commit(
        db,
        txn,
        vec![AuditEntry::created(actor, "letter.issued", "letter", id, view)],
        now,
    )
    .await?;
    Ok(())
}

/// The organisation of a letter the caller may see (those who may see its subject); 404
/// otherwise.
pub async fn visible(db: &impl ConnectionTrait, actor: &CurrentUser, id: Uuid) -> AppResult<Uuid> {
    let found = store::find(db, id).await?.ok_or(AppError::NotFound("letter"))?;
    match LetterSubject::parse(&found.subject_type) {
        Some(LetterSubject::Award) => {
            crate::awards::service::visible_award(db, actor, found.subject_id).await?;
        }
        Some(LetterSubject::SponsorshipRequest) => {
            crate::sponsorships::service::visible_request(db, actor, found.subject_id).await?;
        }
        None => return Err(AppError::Internal(format!("letter {id} has an unknown subject"))),
    }
    Ok(found.organisation_id)
}

/// What anyone may learn of the sponsorship letter carrying `code`: whether it is genuine
/// and current, its reference and day of issue, the traveller's initials and passport
/// number's end, and the event. 404 for a code no issued letter carries.
pub async fn verify(db: &impl ConnectionTrait, code: &str) -> AppResult<LetterVerification> {
    let unknown = || AppError::NotFound("letter");
    let code = rules::read_code(code).ok_or_else(unknown)?;
    let request = crate::sponsorships::store::find_by_letter_code(db, &code)
        .await?
        .ok_or_else(unknown)?;
    let letters = store::of_subject(db, LetterSubject::SponsorshipRequest, request.id).await?;
    let first = letters.first().ok_or_else(unknown)?;
    let event = crate::events::service::event(db, request.event_id).await?;
    let withdrawn = request.status == crate::sponsorships::rules::SponsorshipStatus::Cancelled;
    Ok(LetterVerification {
        genuine: true,
        status: if withdrawn {
            LetterStatus::Withdrawn
        } else {
            LetterStatus::Current
        },
        reference: first.reference.clone(),
        issued_on: first.issued_at.date_naive(),
        traveller_initials: first.traveller_initials.clone().unwrap_or_default(),
        passport_number_suffix: first.passport_suffix.clone().unwrap_or_default(),
        event_name: event.name,
        event_starts_on: event.starts_on,
        event_ends_on: event.ends_on,
        withdrawn_on: withdrawn.then(|| request.decided_at.unwrap_or(first.issued_at).date_naive()),
    })
}
