//! Reminder operations shared by every entry point: a user's notifications, the outbox as
//! admins and `/metrics` read it. The jobs that enqueue and deliver are in `jobs.rs` and
//! `delivery.rs`.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::rules::DeliveryStatus;
use super::store;
use super::store::message::{self, NewMessage};
use super::templates::{self, MessageContext, Notice};
use crate::audit::{self, AuditEntry};
use crate::error::{AppError, AppResult, ProblemKind};
use crate::i18n::Message;

/// Whom a notice goes to: an account (whose in-app notification it also is), or an address
/// with no account yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Addressee {
    /// The account, if the address has one.
    pub user_id: Option<Uuid>,
    /// The address the email goes to.
    pub email: String,
    /// How the message greets them.
    pub name: String,
    /// The language the message is written in (the account's, or the request's for an
    /// address without one).
    pub language: crate::i18n::Language,
}

/// What a notice says, before it is addressed to anyone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    /// The template.
    pub notice: Notice,
    /// The record it is about, if any.
    pub subject_id: Option<Uuid>,
    /// The template's `title`, written in each addressee's language.
    pub title: crate::i18n::Text,
    /// The template's `due`: a deadline or an instant, written out in the reader's language.
    pub due: DateTime<Utc>,
    /// The template's `detail`: what the person acts on (a link, the reasons), written in
    /// each addressee's language.
    pub detail: crate::i18n::Text,
    /// After this the email is not sent any more (a link that expired).
    pub expires_at: Option<DateTime<Utc>>,
}

/// Puts one notice in the outbox for each addressee, in the caller's transaction, so it
/// goes out only if the change commits. Each message's dedup key is `<notice>:<event>:<recipient>`
/// (the recipient's account id, or address), so an event notifies each person once.
pub async fn notify(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    office_name: &str,
    notification: &Notification,
    event: &str,
    addressees: &[Addressee],
) -> AppResult<()> {
    for addressee in addressees {
        let recipient = addressee
            .user_id
            .map_or_else(|| addressee.email.clone(), |id| id.to_string());
        let key = format!("{}:{event}:{recipient}", notification.notice.as_str());
        store::enqueue(db, notice_message(now, office_name, notification, addressee, key)?).await?;
    }
    Ok(())
}

/// The outbox row of one notice to one addressee, rendered from its template, with this
/// dedup key.
pub fn notice_message(
    now: DateTime<Utc>,
    office_name: &str,
    notification: &Notification,
    addressee: &Addressee,
    dedup_key: String,
) -> AppResult<message::Model> {
    let context = MessageContext {
        recipient_name: one_line(&addressee.name),
        office_name: one_line(office_name),
        title: one_line(&notification.title.render(addressee.language)),
        due: crate::portal::views::instant(notification.due, addressee.language).text,
        detail: notification.detail.render(addressee.language),
        lang: addressee.language.code(),
    };
    let rendered = templates::render_notice(notification.notice, &context).map_err(AppError::Internal)?;
    let name = notification.notice.as_str();
    let new = NewMessage {
        user_id: addressee.user_id,
        recipient: addressee.email.clone(),
        rule: name.to_owned(),
        template: format!("email/{name}.txt"),
        subject_id: notification.subject_id,
        subject: rendered.subject,
        body: rendered.body,
        dedup_key,
        expires_at: notification.expires_at,
    };
    Ok(message::Model::queued(now, new))
}

/// A name or title on one line: a control character (a line break typed into a name)
/// cannot start a new line of the message, nor a header.
fn one_line(text: &str) -> String {
    text.split(char::is_control)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A page of a user's notifications, newest first, with the total and how many are unread.
pub async fn notifications(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<message::Model>, u64, u64)> {
    let (rows, total) = store::list(db, Some(user_id), None, (limit, offset)).await?;
    let unread = store::unread_count(db, user_id).await?;
    Ok((rows, total, unread))
}

/// A page of a user's notifications (keyset by `cursor`, counted when
/// asked) and how many are unread.
pub async fn notifications_page(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    page: &crate::keyset::PageRequest,
) -> AppResult<(crate::keyset::Listed<message::Model>, u64)> {
    let listed = store::list_page(db, Some(user_id), None, page).await?;
    let unread = store::unread_count(db, user_id).await?;
    Ok((listed, unread))
}

/// How many of the user's notifications are unread (the portal's header shows it).
pub async fn unread_count(db: &impl ConnectionTrait, user_id: Uuid) -> AppResult<u64> {
    store::unread_count(db, user_id).await
}

/// Marks one of the user's notifications read (once) and answers it; another user's is
/// 404, exactly as one that does not exist.
pub async fn mark_read(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    user_id: Uuid,
    id: Uuid,
) -> AppResult<message::Model> {
    if !store::mark_read(db, id, user_id, now).await? {
        return Err(AppError::NotFound("notification"));
    }
    store::find(db, id).await?.ok_or(AppError::NotFound("notification"))
}

/// A page of the outbox, newest first, optionally in one delivery status, with the total.
pub async fn outbox(
    db: &impl ConnectionTrait,
    status: Option<DeliveryStatus>,
    limit: u64,
    offset: u64,
) -> AppResult<(Vec<message::Model>, u64)> {
    store::list(db, None, status, (limit, offset)).await
}

/// A page of the outbox (see `outbox`), by keyset `cursor`, counted when
/// asked.
pub async fn outbox_page(
    db: &impl ConnectionTrait,
    status: Option<DeliveryStatus>,
    page: &crate::keyset::PageRequest,
) -> AppResult<crate::keyset::Listed<message::Model>> {
    store::list_page(db, None, status, page).await
}

/// How many messages of the outbox are in each state, every state named whether zero or
/// not: `queued`, `sending`, `sent`, `failed` (delivery gave up), and the two ends that are
/// not failures of delivery, `expired` and `withdrawn`. `/metrics` shows these.
pub async fn outbox_counts(db: &impl ConnectionTrait) -> AppResult<Vec<(&'static str, i64)>> {
    store::counts_by_state(db).await
}

/// Tries a failed message again (admins): it is queued, due now, and the delivery job
/// sends it on its next run; audited `outbox.retried`. The staff outbox page and
/// `POST /admin/outbox/{id}/retry` both call it. 404 for no such message; 409
/// `invalid-transition` for one that did not fail, or whose failure was not delivery's: it
/// expired, or it was withdrawn or replaced because it no longer applied.
pub async fn retry(db: &DatabaseConnection, now: DateTime<Utc>, actor: Uuid, id: Uuid) -> AppResult<message::Model> {
    let found = store::find(db, id).await?.ok_or(AppError::NotFound("message"))?;
    if let Some(refusal) = retry_refusal(&found, now) {
        return Err(AppError::conflict(
            ProblemKind::InvalidTransition,
            Message::new(refusal),
        ));
    }
    let txn = db.begin().await?;
    if !store::requeue(&txn, id, now).await? {
        // Another admin (or the delivery job) moved it between reading and writing.
        return Err(AppError::conflict(
            ProblemKind::InvalidTransition,
            Message::new("outbox-retry-not-failed"),
        ));
    }
    let summary = json!({"before": {"status": "failed", "attempts": found.attempts}, "after": {"status": "queued"}});
    let entry = AuditEntry {
        summary,
        ..AuditEntry::created(actor, "outbox.retried", "outbox_message", id, json!({}))
    };
    audit::commit(db, txn, vec![entry], now).await?;
    store::find(db, id).await?.ok_or(AppError::NotFound("message"))
}

/// Why a message cannot be tried again at `now` (the catalogue's id), or `None` when it can:
/// only a message whose delivery failed can, not one that expired or was withdrawn or
/// replaced on purpose.
pub fn retry_refusal(row: &message::Model, now: DateTime<Utc>) -> Option<&'static str> {
    let error = row.last_error.as_deref().unwrap_or_default();
    let ended_on_purpose = [store::EXPIRED, store::WITHDRAWN, store::SUPERSEDED]
        .iter()
        .any(|start| error.starts_with(start));
    let expired = row.expires_at.is_some_and(|expires_at| expires_at <= now);
    if row.status != DeliveryStatus::Failed {
        Some("outbox-retry-not-failed")
    } else if ended_on_purpose || expired {
        Some("outbox-retry-ended")
    } else {
        None
    }
}
