//! Rules of invitations to join an organisation, as pure functions: the life of an
//! invitation, its expiry and its token.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

use crate::i18n::Message;

/// How long an invitation may be accepted.
pub const VALIDITY_DAYS: i64 = 14;

/// When an invitation made at `now` expires.
pub fn expiry(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::days(VALIDITY_DAYS)
}

/// The stored status of an invitation. Expiry is not stored: a pending invitation past its
/// `expires_at` reads as [`InvitationState::Expired`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvitationStatus {
    /// Sent, neither accepted, declined nor revoked.
    Pending,
    /// The invited person joined the organisation.
    Accepted,
    /// The invited person said no.
    Declined,
    /// A member withdrew it.
    Revoked,
}

impl InvitationStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::Revoked => "revoked",
        }
    }

    /// The status with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Pending, Self::Accepted, Self::Declined, Self::Revoked]
            .into_iter()
            .find(|status| status.as_str() == name)
    }
}

/// What an invitation is at an instant, as shown to members and to the invited person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum InvitationState {
    /// Waiting for an answer.
    Pending,
    /// Accepted: the person is a member.
    Accepted,
    /// Declined by the invited person.
    Declined,
    /// Withdrawn by a member.
    Revoked,
    /// Not answered within 14 days.
    Expired,
}

/// The state of an invitation with this stored status and expiry at `now`.
pub fn state(status: InvitationStatus, expires_at: DateTime<Utc>, now: DateTime<Utc>) -> InvitationState {
    match status {
        InvitationStatus::Pending if now >= expires_at => InvitationState::Expired,
        InvitationStatus::Pending => InvitationState::Pending,
        InvitationStatus::Accepted => InvitationState::Accepted,
        InvitationStatus::Declined => InvitationState::Declined,
        InvitationStatus::Revoked => InvitationState::Revoked,
    }
}

/// What can be done to an invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvitationAction {
    /// The invited person joins.
    Accept,
    /// The invited person says no.
    Decline,
    /// A member withdraws it.
    Revoke,
}

/// The status after `action` on an invitation in `state`, or why it is refused (a sentence
/// that says the way forward).
pub fn transition(state: InvitationState, action: InvitationAction) -> Result<InvitationStatus, Message> {
    use InvitationAction as A;
    use InvitationState as S;
    match (state, action) {
        (S::Pending, A::Accept) => Ok(InvitationStatus::Accepted),
        (S::Pending, A::Decline) => Ok(InvitationStatus::Declined),
        (S::Pending, A::Revoke) => Ok(InvitationStatus::Revoked),
        (S::Expired, _) => Err(Message::new("leftovers-invitation-expired").with("days", VALIDITY_DAYS)),
        (S::Revoked, _) => Err(Message::new("leftovers-invitation-revoked")),
        (S::Accepted, _) => Err(Message::new("leftovers-invitation-accepted")),
        (S::Declined, _) => Err(Message::new("leftovers-invitation-declined")),
    }
}

/// A new invitation token: 32 random bytes, hex. It travels only in the email; only its
/// hash is stored, so a copy of the database cannot accept anyone's invitation.
pub fn new_token() -> String {
    let bytes: [u8; 32] = rand::random();
    hex::encode(bytes)
}

/// The stored form of an invitation token.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pending_invitation_expires_after_fourteen_days_and_then_refuses_everything() {
        let made = DateTime::parse_from_rfc3339("2026-11-28T10:00:00Z")
            .expect("instant")
            .to_utc();
        let expires = expiry(made);
        let just_before = expires - Duration::microseconds(1);
        assert_eq!(
            state(InvitationStatus::Pending, expires, just_before),
            InvitationState::Pending
        );
        assert_eq!(
            state(InvitationStatus::Pending, expires, expires),
            InvitationState::Expired
        );
        for action in [
            InvitationAction::Accept,
            InvitationAction::Decline,
            InvitationAction::Revoke,
        ] {
            assert!(transition(InvitationState::Expired, action).is_err());
            assert!(transition(InvitationState::Revoked, action).is_err());
            assert!(transition(InvitationState::Accepted, action).is_err());
        }
        assert_eq!(
            transition(InvitationState::Pending, InvitationAction::Accept),
            Ok(InvitationStatus::Accepted)
        );
        assert_eq!(
            state(InvitationStatus::Accepted, expires, expires),
            InvitationState::Accepted
        );
    }

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let token = new_token();
        assert_eq!(token.len(), 64);
        assert_ne!(token, new_token());
        assert_eq!(hash_token(&token), hash_token(&token));
        assert_ne!(hash_token(&token), token);
        assert_eq!(InvitationStatus::parse("revoked"), Some(InvitationStatus::Revoked));
        assert_eq!(InvitationStatus::parse("expired"), None);
    }
}
