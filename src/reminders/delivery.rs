//! Delivery of the outbox over SMTP (lettre). A worker claims due messages with a lease,
//! sends each and records the outcome; a failure is retried with exponential backoff up to
//! eight attempts, then the message is `failed`. A worker that dies between claim and send
//! leaves its rows to be claimed again when the lease runs out: delivery is at least once
//! (a message may, at worst, be sent twice), never lost.

use std::time::Duration as StdDuration;

use chrono::Duration;
use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::ExposeSecret;

use super::rules;
use super::store::{self, message};
use crate::AppState;
use crate::error::{AppError, AppResult};

/// How long a claimed message is reserved for its worker.
pub const LEASE: Duration = Duration::minutes(5);

/// How many messages one delivery round claims; each lease is renewed just before its send,
/// so only one send (at most a few SMTP timeouts) must fit in a lease.
const BATCH: u64 = 20;

/// The SMTP transport and the sender's address.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Mailer")
            .field("from", &self.from)
            .finish_non_exhaustive()
    }
}

impl Mailer {
    /// A mailer for `url` (`smtp://host:port`, `smtps://...`, or `smtp://...?tls=required`),
    /// sending as `from`.
    pub fn new(url: &str, from: &str) -> Result<Self, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|error| format!("GRANTDESK_SMTP_URL: {error}"))?
            .timeout(Some(StdDuration::from_secs(10)))
            .build();
        let from = from
            .parse()
            .map_err(|error| format!("GRANTDESK_MAIL_FROM: `{from}` is not an address: {error}"))?;
        Ok(Self { transport, from })
    }

    async fn send(&self, row: &message::Model) -> Result<(), String> {
        let to: Mailbox = row
            .recipient
            .parse()
            .map_err(|error| format!("recipient `{}`: {error}", row.recipient))?;
        let email = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(row.subject.clone())
            // A Message-ID of the message's own, so a retry is recognisably the same message.
            .message_id(Some(format!("<{}@grantdesk>", row.id)))
            .header(ContentType::TEXT_PLAIN)
            .body(row.body.clone())
            .map_err(|error| error.to_string())?;
        self.transport
            .send(email)
            .await
            .map(|_| ())
            .map_err(|error| error.to_string())
    }
}

/// What a delivery round did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Delivered {
    /// Accepted by the SMTP server.
    pub sent: usize,
    /// Refused or unreachable, to be retried.
    pub retrying: usize,
    /// Given up.
    pub failed: usize,
    /// Not sent because the reminder no longer applied (e.g. the review came in meanwhile).
    pub withdrawn: usize,
    /// Kept in the app by the recipient's preferences (turned off, or for the digest).
    pub in_app: usize,
    /// Not sent because a later reminder of the same rule, subject and recipient replaces it.
    pub superseded: usize,
}

/// Sends what is due; without SMTP configured, messages stay `queued` (and are listed by
/// `GET /admin/outbox`).
pub async fn deliver_due(state: &AppState) -> AppResult<Delivered> {
    let Some(mailer) = &state.mailer else {
        return Ok(Delivered::default());
    };
    let mut delivered = Delivered::default();
    loop {
        let claimed = store::claim(&state.db, state.now(), LEASE, BATCH).await?;
        if claimed.is_empty() {
            return Ok(delivered);
        }
        for row in &claimed {
            if !store::renew_lease(&state.db, row, state.now(), LEASE).await? {
                // The lease ran out while earlier messages were sent; another worker has it.
                continue;
            }
            if !still_applies(state, row).await {
                let reason = format!("{}: its subject was settled before delivery", store::WITHDRAWN);
                let outcome = Err((reason, None));
                store::finish_delivery(&state.db, row, outcome, state.now()).await?;
                delivered.withdrawn += 1;
                continue;
            }
            if is_reminder(row) && store::has_later_occurrence(&state.db, row).await? {
                let reason = format!(
                    "{}: a later reminder of the same deadline replaces it",
                    store::SUPERSEDED
                );
                store::finish_delivery(&state.db, row, Err((reason, None)), state.now()).await?;
                delivered.superseded += 1;
                continue;
            }
            if let Some(why) = kept_in_app(state, row).await? {
                store::keep_in_app(&state.db, row, why).await?;
                delivered.in_app += 1;
                continue;
            }
            let outcome = match mailer.send(row).await {
                Ok(()) => {
                    delivered.sent += 1;
                    Ok(())
                }
                Err(error) => {
                    tracing::warn!(message = %row.id, attempt = row.attempts, %error, "delivery failed");
                    let next = rules::retry_after(row.attempts).map(|delay| state.now() + delay);
                    if next.is_some() {
                        delivered.retrying += 1;
                    } else {
                        delivered.failed += 1;
                    }
                    Err((error, next))
                }
            };
            store::finish_delivery(&state.db, row, outcome, state.now()).await?;
        }
        if claimed.len() < usize::try_from(BATCH).unwrap_or(usize::MAX) {
            return Ok(delivered);
        }
    }
}

/// Whether a message is a scheduled reminder (not a notice of something that happened,
/// nor an account email).
fn is_reminder(row: &message::Model) -> bool {
    super::rules::Rule::parse(&row.rule).is_some()
}

/// Whether a message's reminder still applies at the moment of sending (a notice always
/// does): a message that waited (SMTP down, retries) may have been overtaken by events.
/// When the check itself fails (including a rule name no rule has), the message is sent:
/// a reminder too many beats one lost.
async fn still_applies(state: &AppState, row: &message::Model) -> bool {
    let (Some(subject_id), Some(user_id)) = (row.subject_id, row.user_id) else {
        return true;
    };
    if super::templates::Notice::parse(&row.rule).is_some() || super::notices::Kind::parse(&row.rule).is_some() {
        // A notice tells of something that happened; it does not lapse like a reminder.
        return true;
    }
    let check = async {
        let rule = store::rule_of(row)?;
        super::candidates::still_applies(&state.db, rule, subject_id, user_id).await
    };
    check.await.unwrap_or_else(|error| {
        tracing::warn!(message = %row.id, error = %error.problem().detail, "could not re-check a reminder; sending it");
        true
    })
}

/// Why a message stays in the app instead of going by email, by its recipient's
/// preferences; `None`: it goes by email (a message to an address without an account
/// always does).
async fn kept_in_app(state: &AppState, row: &message::Model) -> AppResult<Option<&'static str>> {
    let Some(user_id) = row.user_id else {
        return Ok(None);
    };
    let preferences = super::preferences::of(&state.db, user_id).await?;
    Ok(match super::preferences::choice(&preferences, &row.rule) {
        super::preferences::Choice::Email => None,
        super::preferences::Choice::InAppOnly => Some(store::EMAIL_OFF),
        super::preferences::Choice::Digest => Some(store::HELD_FOR_DIGEST),
    })
}

/// The mailer configured by `GRANTDESK_SMTP_URL`, if any.
pub fn mailer_of(config: &crate::config::Config) -> Result<Option<Mailer>, AppError> {
    config
        .smtp_url
        .as_ref()
        .map(|url| Mailer::new(url.expose_secret(), &config.mail_from))
        .transpose()
        .map_err(AppError::Internal)
}
