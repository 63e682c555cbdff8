//! Query and response bodies of notifications and the outbox.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::rules::DeliveryStatus;
use super::store::message;

/// A notification: a reminder as its recipient reads it in the app.
#[derive(Debug, Serialize, ToSchema)]
pub struct NotificationResponse {
    /// Id.
    pub id: Uuid,
    /// The rule that sent it (`call_closing`, `report_due`...).
    pub rule: String,
    /// The record it is about.
    pub subject_id: Option<Uuid>,
    /// Subject line.
    pub subject: String,
    /// Text.
    pub body: String,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When the recipient marked it read.
    pub read_at: Option<DateTime<Utc>>,
}

/// The caller's notifications, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct NotificationsPage {
    /// This page.
    pub items: Vec<NotificationResponse>,
    /// How many in all, when `count=true` asks for it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
    /// Send as `cursor` to read the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// How many are unread, counted up to 100: 100 means 100 or more.
    pub unread: u64,
}

/// A message of the outbox with its delivery state.
#[derive(Debug, Serialize, ToSchema)]
pub struct OutboxResponse {
    /// Id.
    pub id: Uuid,
    /// The recipient's account (none for an address that has no account yet, such as an
    /// invitation to a person who has not registered).
    pub user_id: Option<Uuid>,
    /// The recipient's address.
    pub recipient: String,
    /// The rule that sent it.
    pub rule: String,
    /// The template it was written from.
    pub template: String,
    /// Subject line.
    pub subject: String,
    /// Rule, subject, occurrence and recipient: unique.
    pub dedup_key: String,
    /// `queued`, `sending`, `sent` or `failed`.
    pub status: DeliveryStatus,
    /// Delivery attempts so far.
    pub attempts: i32,
    /// The last delivery error.
    pub last_error: Option<String>,
    /// When the next attempt is due.
    pub next_attempt_at: DateTime<Utc>,
    /// After this it is no longer delivered (its deadline passed).
    pub expires_at: Option<DateTime<Utc>>,
    /// When the SMTP server accepted it.
    pub sent_at: Option<DateTime<Utc>>,
    /// When it was enqueued.
    pub created_at: DateTime<Utc>,
}

/// Filters of `GET /admin/outbox`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct OutboxQuery {
    /// Only in this status.
    pub status: Option<DeliveryStatus>,
    /// Page size (default 50, at most 500).
    pub limit: Option<u64>,
    /// Number of items to skip.
    pub offset: Option<u64>,
    /// The `next_cursor` of the page before.
    pub cursor: Option<String>,
    /// Count the matching items on a later page too (`total`).
    pub count: Option<bool>,
}

impl From<message::Model> for NotificationResponse {
    fn from(row: message::Model) -> Self {
        Self {
            id: row.id,
            rule: row.rule,
            subject_id: row.subject_id,
            subject: row.subject,
            body: row.body,
            created_at: row.created_at,
            read_at: row.read_at,
        }
    }
}

impl From<message::Model> for OutboxResponse {
    fn from(row: message::Model) -> Self {
        Self {
            id: row.id,
            user_id: row.user_id,
            recipient: row.recipient,
            rule: row.rule,
            template: row.template,
            subject: row.subject,
            dedup_key: row.dedup_key,
            status: row.status,
            attempts: row.attempts,
            last_error: row.last_error,
            next_attempt_at: row.next_attempt_at,
            expires_at: row.expires_at,
            sent_at: row.sent_at,
            created_at: row.created_at,
        }
    }
}

/// The caller's notification preferences.
#[derive(Debug, Serialize, ToSchema)]
pub struct PreferencesResponse {
    /// Every kind that may be turned off by email, and whether it goes by email. Every
    /// kind always shows in the app.
    pub email: std::collections::BTreeMap<String, bool>,
    /// What always goes by email, whatever the preferences: security notices and links.
    pub always_by_email: Vec<String>,
    /// One email a day listing what waits, instead of one email per message (officers).
    pub daily_digest: bool,
}

/// A change of the caller's notification preferences; what is left out stays as it is.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PreferencesRequest {
    /// Kinds (`application_submitted`, `call_closing`...) to email (`true`) or not.
    pub email: Option<std::collections::BTreeMap<String, bool>>,
    /// The daily digest on or off (officers only).
    pub daily_digest: Option<bool>,
}

impl From<super::preferences::Preferences> for PreferencesResponse {
    fn from(preferences: super::preferences::Preferences) -> Self {
        let email = super::preferences::optional_kinds()
            .into_iter()
            .map(|kind| (kind.to_owned(), !preferences.email_off.iter().any(|off| off == kind)))
            .collect();
        Self {
            email,
            always_by_email: super::preferences::ALWAYS_BY_EMAIL
                .iter()
                .map(|notice| notice.as_str().to_owned())
                .collect(),
            daily_digest: preferences.daily_digest,
        }
    }
}
