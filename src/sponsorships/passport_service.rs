//! The traveller's passport details: read (sealed) for those who may see the request, given
//! or corrected by the organisation's members until a letter is issued with them, and purged
//! by the scheduler a configured number of days after the sponsorship is settled. Audited
//! without the values.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::passport::{self, Passport, PassportBody};
use super::rules::SponsorshipStatus;
use super::store::{self, request};
use crate::audit::{self, AuditEntry};
use crate::auth::CurrentUser;
use crate::documents::keys::{DataKeys, Sealed};
use crate::error::{AppError, AppResult, ProblemKind, Validator};
use crate::letters::rules::LetterSubject;

/// How many requests one purge run reads at a time.
const PURGE_BATCH: u64 = 200;

/// The passport details of a request, opened; `None` when none are kept.
pub fn passport_of(keys: &DataKeys, row: &request::Model) -> AppResult<Option<Passport>> {
    let (Some(key_id), Some(nonce), Some(ciphertext)) =
        (&row.passport_key_id, &row.passport_nonce, &row.passport_sealed)
    else {
        return Ok(None);
    };
    let sealed = Sealed {
        key_id: key_id.clone(),
        nonce: nonce.clone(),
        ciphertext: ciphertext.clone(),
    };
    passport::open(keys, row.id, &sealed).map(Some).ok_or_else(|| {
        AppError::Internal(format!(
            "the passport details of sponsorship {} do not open with data key {key_id}",
            row.id
        ))
    })
}

/// Gives or corrects the traveller's passport details (the organisation's members): all four
/// are needed and checked; refused once the sponsorship is settled (409
/// `invalid-transition`) or once a letter was issued with the details it has (409
/// `document-locked`: the letter of record keeps what was issued). Audited as
/// `sponsorship.passport_set`, without the values.
pub async fn set_passport(
    db: &DatabaseConnection,
    keys: &DataKeys,
    now: DateTime<Utc>,
    actor: &CurrentUser,
    id: Uuid,
    body: &PassportBody,
) -> AppResult<()> {
    let (current, _) = super::service::visible_request(db, actor, id).await?;
    if !crate::organisations::store::is_member(db, current.organisation_id, actor.id).await? {
        return Err(AppError::Forbidden(
            "only the organisation's members give the traveller's passport details".to_owned(),
        ));
    }
    let mut check = Validator::new();
    let checked = passport::check(body, "", (now.date_naive(), current.departure_on), &mut check);
    check.finish()?;
    let checked = checked.ok_or_else(|| AppError::Internal("checked passport details went missing".to_owned()))?;
    let txn = db.begin().await?;
    crate::db::lock_row(&txn, "sponsorship_requests", id).await?;
    let locked = store::find(&txn, id)
        .await?
        .ok_or(AppError::NotFound("sponsorship request"))?;
    use SponsorshipStatus::{Cancelled, Reconciled, Rejected};
    if matches!(locked.status, Cancelled | Rejected | Reconciled) {
        return Err(AppError::conflict(
            ProblemKind::InvalidTransition,
            format!(
                "the sponsorship is {}; its passport details no longer change",
                locked.status.as_str()
            ),
        ));
    }
    if crate::letters::service::issued(&txn, LetterSubject::SponsorshipRequest, id).await? {
        return Err(AppError::conflict(
            ProblemKind::DocumentLocked,
            "the letter has been issued with the passport details it has; they no longer change",
        ));
    }
    store::set_passport(&txn, id, Some(passport::seal(keys, id, &checked))).await?;
    let entry = AuditEntry::created(
        actor.id,
        "sponsorship.passport_set",
        "sponsorship_request",
        id,
        json!({"passport_details": true}),
    );
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(())
}

/// Purges the passport details and date of birth of every sponsorship settled (reconciled,
/// cancelled or rejected) more than `days` days before `now`; each purge is audited as
/// `sponsorship.passport_purged` by the system, without the values. Answers how many.
pub async fn purge_expired(db: &DatabaseConnection, now: DateTime<Utc>, days: u32) -> AppResult<u64> {
    let cutoff = now - Duration::days(i64::from(days));
    let mut purged = 0;
    loop {
        let due = store::passports_due(db, cutoff, PURGE_BATCH).await?;
        if due.is_empty() {
            return Ok(purged);
        }
        for row in due {
            let txn = db.begin().await?;
            let mut entries = Vec::new();
            if store::purge_passport(&txn, row.id, now).await? {
                let entry = AuditEntry {
                    actor_id: None,
                    action: "sponsorship.passport_purged",
                    subject_type: "sponsorship_request",
                    subject_id: row.id,
                    summary: json!({"retention_days": days, "status": row.status.as_str()}),
                    reason: None,
                };
                entries.push(entry);
                purged += 1;
            }
            audit::commit(db, txn, entries, now).await?;
        }
    }
}

/// Whether `row` holds passport details and date of birth that may go on a letter.
pub fn has_passport(row: &request::Model) -> bool {
    row.passport_sealed.is_some()
}
