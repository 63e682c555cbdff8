//! The daily digest: for each person who chose it (officers), one email listing the
//! messages their preferences held back since the last digest, instead of one email per
//! message. Run by the scheduler every morning and by `reminders run-once`; the dedup key
//! (`daily_digest:<date>:<user>`) makes it once a day, and the messages it lists are marked
//! so that no later digest lists them again.

use chrono::{DateTime, Utc};
use sea_orm::TransactionTrait;
use uuid::Uuid;

use super::preferences::DIGEST_RULE;
use super::store;
use super::store::message::{self, NewMessage};
use crate::AppState;
use crate::auth::store::user;
use crate::error::AppResult;
use crate::i18n::Message;

/// Enqueues today's digest of everyone who has something waiting; answers how many.
pub async fn enqueue_digests(state: &AppState) -> AppResult<usize> {
    let now = state.now();
    let mut enqueued = 0;
    for (person, held) in store::digests(&state.db, now - chrono::Duration::days(7)).await? {
        if held.is_empty() {
            continue;
        }
        let txn = state.db.begin().await?;
        if store::enqueue(&txn, digest_of(&person, &held, now)).await? {
            let ids: Vec<Uuid> = held.iter().map(|row| row.id).collect();
            store::mark_digested(&txn, ids, &now.date_naive().to_string()).await?;
            enqueued += 1;
        }
        txn.commit().await?;
    }
    Ok(enqueued)
}

/// The digest email of one person: what waits, one line each, in their language. It goes
/// by email only (the messages it lists are already in the app).
pub fn digest_of(person: &user::Model, held: &[message::Model], now: DateTime<Utc>) -> message::Model {
    let language = person.preferred_language;
    let count = held.len();
    let subject = Message::new("email-digest-subject")
        .with("count", count)
        .render(language);
    let mut body = Message::new("email-greeting")
        .with("name", person.full_name.clone())
        .render(language);
    body.push_str("\n\n");
    body.push_str(&Message::new("email-digest-body").with("count", count).render(language));
    body.push_str("\n\n");
    for row in held {
        body.push_str(&format!("- {}\n", row.subject));
    }
    body.push('\n');
    body.push_str(&crate::i18n::text(language, "email-signoff"));
    body.push('\n');
    let new = NewMessage {
        user_id: None,
        recipient: person.email.clone(),
        rule: DIGEST_RULE.to_owned(),
        template: "emails.ftl#email-digest".to_owned(),
        subject_id: None,
        subject,
        body,
        dedup_key: format!("{DIGEST_RULE}:{}:{}", now.date_naive(), person.id),
        expires_at: None,
    };
    message::Model::queued(now, new)
}
