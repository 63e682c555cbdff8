//! The rules of the single-use links sent by email (password reset, set password, email
//! verification) and of the throttle on the requests that send them: pure functions over
//! plain values.

use chrono::{DateTime, Duration, Utc};

use crate::i18n::Message;

pub use super::rules::{hash_refresh_token as hash_token, new_refresh_token as new_token};

/// What a link sent by email lets its holder do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenPurpose {
    /// Choose a new password after forgetting it (`POST /auth/password-reset`).
    PasswordReset,
    /// Choose a first password: a staff account created by an admin without one.
    SetPassword,
    /// Prove that the person receives mail at the token's address (after registering,
    /// or to change the account's email to it).
    VerifyEmail,
}

impl TokenPurpose {
    /// Every purpose.
    pub const ALL: [Self; 3] = [Self::PasswordReset, Self::SetPassword, Self::VerifyEmail];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PasswordReset => "password_reset",
            Self::SetPassword => "set_password",
            Self::VerifyEmail => "verify_email",
        }
    }

    /// The purpose with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|purpose| purpose.as_str() == name)
    }

    /// How long a link of this purpose works: an hour for a reset (a stolen mailbox should
    /// not keep a working link for long), a week to set a first password or verify an
    /// address (people with poor connectivity read mail late).
    pub fn lifetime(self) -> Duration {
        match self {
            Self::PasswordReset => Duration::hours(1),
            Self::SetPassword | Self::VerifyEmail => Duration::days(7),
        }
    }

    /// Whether a token of this purpose sets a password.
    pub fn sets_password(self) -> bool {
        matches!(self, Self::PasswordReset | Self::SetPassword)
    }

    /// The path of the page the link opens, under the public address.
    pub fn page(self) -> &'static str {
        match self {
            Self::PasswordReset | Self::SetPassword => "/reset-password",
            Self::VerifyEmail => "/verify-email",
        }
    }
}

impl std::fmt::Display for TokenPurpose {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Why a presented token does not work (the detail of the refusal).
pub fn check_usable(
    expected: &[TokenPurpose],
    purpose: TokenPurpose,
    used_at: Option<DateTime<Utc>>,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), Message> {
    if !expected.contains(&purpose) {
        return Err(Message::new(UNKNOWN_TOKEN));
    }
    if used_at.is_some() {
        return Err(Message::new("leftovers-link-used"));
    }
    if expires_at <= now {
        return Err(
            Message::new("leftovers-link-expired").with("date", expires_at.format("%Y-%m-%d %H:%M UTC").to_string())
        );
    }
    Ok(())
}

/// The refusal of a token that names no link of the expected kind (a catalogue message).
pub const UNKNOWN_TOKEN: &str = "leftovers-link-unknown";

/// The window in which requests that send a link are counted.
pub const REQUEST_WINDOW: Duration = Duration::hours(1);
/// Links that may be requested for one email address per window.
pub const REQUESTS_PER_EMAIL: usize = 3;
/// Links that may be requested from one client address per window.
pub const REQUESTS_PER_CLIENT: usize = 20;

/// Whether one more link may be sent, given the instants of the requests in the window
/// for the same email and from the same client; otherwise the seconds until the oldest
/// counted request leaves the window.
pub fn request_allowed(
    same_email: &[DateTime<Utc>],
    same_client: &[DateTime<Utc>],
    now: DateTime<Utc>,
) -> Result<(), i64> {
    let wait = |requests: &[DateTime<Utc>], limit: usize| -> Option<i64> {
        let mut recent: Vec<DateTime<Utc>> = requests
            .iter()
            .copied()
            .filter(|at| *at > now - REQUEST_WINDOW && *at <= now)
            .collect();
        if recent.len() < limit {
            return None;
        }
        recent.sort();
        let frees_at = recent[recent.len() - limit] + REQUEST_WINDOW;
        Some((frees_at - now).num_seconds().max(1))
    };
    match (
        wait(same_email, REQUESTS_PER_EMAIL),
        wait(same_client, REQUESTS_PER_CLIENT),
    ) {
        (None, None) => Ok(()),
        (email, client) => Err(email.unwrap_or(0).max(client.unwrap_or(0))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).expect("instant") + Duration::minutes(minutes)
    }

    #[test]
    fn a_link_works_once_for_its_purpose_until_it_expires() {
        let expires = at(60);
        let reset = [TokenPurpose::PasswordReset, TokenPurpose::SetPassword];
        assert_eq!(
            check_usable(&reset, TokenPurpose::PasswordReset, None, expires, at(59)),
            Ok(())
        );
        assert!(
            check_usable(&reset, TokenPurpose::PasswordReset, None, expires, at(60))
                .expect_err("expired")
                .id()
                == "leftovers-link-expired"
        );
        assert!(
            check_usable(&reset, TokenPurpose::PasswordReset, Some(at(1)), expires, at(2))
                .expect_err("used")
                .id()
                == "leftovers-link-used"
        );
        assert_eq!(
            check_usable(&reset, TokenPurpose::VerifyEmail, None, expires, at(1)),
            Err(Message::new(UNKNOWN_TOKEN)),
            "a verification link does not reset a password"
        );
    }

    #[test]
    fn lifetimes_are_an_hour_for_a_reset_and_a_week_otherwise() {
        assert_eq!(TokenPurpose::PasswordReset.lifetime(), Duration::hours(1));
        assert_eq!(TokenPurpose::VerifyEmail.lifetime(), Duration::days(7));
        for purpose in TokenPurpose::ALL {
            assert_eq!(TokenPurpose::parse(purpose.as_str()), Some(purpose));
        }
    }

    #[test]
    fn requests_are_limited_per_email_and_per_client_within_an_hour() {
        let three = [at(0), at(10), at(20)];
        assert_eq!(request_allowed(&three[..2], &three[..2], at(30)), Ok(()));
        assert_eq!(
            request_allowed(&three, &three, at(30)),
            Err(30 * 60),
            "the oldest request leaves the window at minute 60"
        );
        assert_eq!(request_allowed(&three, &three, at(61)), Ok(()));
        let many: Vec<DateTime<Utc>> = (0..20).map(at).collect();
        assert!(
            request_allowed(&[], &many, at(30)).is_err(),
            "one client, many addresses"
        );
    }
}
