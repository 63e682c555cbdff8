//! When a portal session ends, and the secrets it holds. Pure functions.

use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// A session ends this long after it was last used.
pub const IDLE_LIMIT: Duration = Duration::hours(2);

/// A session ends this long after it began, however busy.
pub const LIFETIME_LIMIT: Duration = Duration::hours(12);

/// A session's last use is written at most this often, so that reading pages does not
/// write on every request.
pub const TOUCH_INTERVAL: Duration = Duration::minutes(1);

/// A live session as a request sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The session's id (not its token).
    pub id: Uuid,
    /// Who is signed in.
    pub user_id: Uuid,
    /// The token every form of this session must carry.
    pub csrf_token: String,
    /// When the session began.
    pub created_at: DateTime<Utc>,
    /// When it was last used, as stored.
    pub last_seen_at: DateTime<Utc>,
}

impl Session {
    /// When the session ends if it is not used again.
    pub fn expires_at(&self) -> DateTime<Utc> {
        expiry(self.created_at, self.last_seen_at)
    }

    /// Whether the session is still live at `now`.
    pub fn is_live(&self, now: DateTime<Utc>) -> bool {
        now < self.expires_at()
    }

    /// Whether a use at `now` should be written down (it moves the idle deadline).
    pub fn needs_touch(&self, now: DateTime<Utc>) -> bool {
        now - self.last_seen_at >= TOUCH_INTERVAL
    }

    /// Whether `presented` is this session's CSRF token (compared in constant time).
    pub fn accepts_csrf(&self, presented: &str) -> bool {
        same_secret(&self.csrf_token, presented)
    }
}

/// The end of a session begun at `created_at` and last used at `last_seen_at`: idle for
/// [`IDLE_LIMIT`] or [`LIFETIME_LIMIT`] after it began, whichever comes first.
pub fn expiry(created_at: DateTime<Utc>, last_seen_at: DateTime<Utc>) -> DateTime<Utc> {
    (last_seen_at + IDLE_LIMIT).min(created_at + LIFETIME_LIMIT)
}

/// A new secret for a cookie or a form: 32 random bytes, hex.
pub fn new_secret() -> String {
    let bytes: [u8; 32] = rand::random();
    hex::encode(bytes)
}

/// What is stored of a session's cookie token: its SHA-256, so a copy of the database
/// cannot sign anyone in.
pub fn hash_secret(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Whether two secrets are equal, compared in constant time.
pub fn same_secret(expected: &str, presented: &str) -> bool {
    let (expected, presented) = (expected.as_bytes(), presented.as_bytes());
    expected.len() == presented.len()
        && expected
            .iter()
            .zip(presented)
            .fold(0u8, |acc, (left, right)| acc | (left ^ right))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    fn session(created: &str, seen: &str) -> Session {
        Session {
            id: Uuid::nil(),
            user_id: Uuid::nil(),
            csrf_token: "a".repeat(64),
            created_at: at(created),
            last_seen_at: at(seen),
        }
    }

    #[test]
    fn a_session_ends_two_hours_after_its_last_use() {
        let session = session("2026-11-28T08:00:00Z", "2026-11-28T09:00:00Z");
        assert!(session.is_live(at("2026-11-28T10:59:59Z")));
        assert!(!session.is_live(at("2026-11-28T11:00:00Z")));
    }

    #[test]
    fn a_busy_session_still_ends_twelve_hours_after_it_began() {
        let session = session("2026-11-28T08:00:00Z", "2026-11-28T19:30:00Z");
        assert_eq!(session.expires_at(), at("2026-11-28T20:00:00Z"));
        assert!(!session.is_live(at("2026-11-28T20:00:00Z")));
    }

    #[test]
    fn use_is_written_at_most_once_a_minute() {
        let session = session("2026-11-28T08:00:00Z", "2026-11-28T08:00:00Z");
        assert!(!session.needs_touch(at("2026-11-28T08:00:59Z")));
        assert!(session.needs_touch(at("2026-11-28T08:01:00Z")));
    }

    #[test]
    fn only_the_exact_csrf_token_is_accepted() {
        let session = session("2026-11-28T08:00:00Z", "2026-11-28T08:00:00Z");
        assert!(session.accepts_csrf(&"a".repeat(64)));
        assert!(!session.accepts_csrf(&"a".repeat(63)));
        assert!(!session.accepts_csrf(&format!("{}b", "a".repeat(63))));
        assert!(!session.accepts_csrf(""));
    }
}
