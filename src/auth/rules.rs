//! The rules of accounts and sign-in, as pure functions: roles, password policy and
//! hashing, access-token claims, refresh-token secrets and login throttling.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;
use uuid::Uuid;

/// Lifetime of an access token.
pub const ACCESS_TOKEN_LIFETIME: Duration = Duration::minutes(15);
/// Lifetime of a refresh token.
pub const REFRESH_TOKEN_LIFETIME: Duration = Duration::days(30);
/// Failed logins for one email allowed inside the throttle window.
pub const MAX_FAILED_LOGINS: usize = 5;
/// The throttle window.
pub const THROTTLE_WINDOW: Duration = Duration::minutes(15);
/// Shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// What a user may do. A user may hold several roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A member of a civil-society organisation.
    Applicant,
    /// A grant officer.
    Officer,
    /// An internal or external expert reviewer.
    Reviewer,
    /// Finance staff.
    Finance,
    /// System administrator.
    Admin,
}

impl Role {
    /// The role's name as stored and shown.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Applicant => "applicant",
            Self::Officer => "officer",
            Self::Reviewer => "reviewer",
            Self::Finance => "finance",
            Self::Admin => "admin",
        }
    }

    /// The role named `name`.
    pub fn parse(name: &str) -> Option<Self> {
        [
            Self::Applicant,
            Self::Officer,
            Self::Reviewer,
            Self::Finance,
            Self::Admin,
        ]
        .into_iter()
        .find(|role| role.as_str() == name)
    }

    /// Staff are every role but applicant.
    pub fn is_staff(self) -> bool {
        self != Self::Applicant
    }
}

/// Lower-cases and trims an email so that one person has one account.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A plausible email address: one `@`, something on each side, a dot in the domain.
pub fn check_email(email: &str) -> Result<(), String> {
    let valid = email.len() <= 254
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !email.contains(char::is_whitespace)
        });
    if valid {
        Ok(())
    } else {
        Err("is not a valid email address".to_owned())
    }
}

/// At least 10 characters, at most 256.
pub fn check_password(password: &str) -> Result<(), String> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(format!("must be at least {MIN_PASSWORD_CHARS} characters"));
    }
    if chars > 256 {
        return Err("must be at most 256 characters".to_owned());
    }
    Ok(())
}

/// Hashes a password with argon2id and a random salt (PHC string).
pub fn hash_password(password: &str) -> Result<String, String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|error| error.to_string())
}

/// Whether `password` matches the stored PHC hash.
pub fn verify_password(password: &str, stored_hash: &str) -> bool {
    PasswordHash::new(stored_hash)
        .is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
}

/// A fixed hash verified against when the email is unknown, so that an unknown email
/// takes as long to refuse as a wrong password.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy password that never matches").unwrap_or_default())
}

/// Claims of an access token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    /// The user's id.
    pub sub: Uuid,
    /// The user's roles when the token was issued.
    pub roles: Vec<Role>,
    /// Issued at (seconds since the epoch).
    pub iat: i64,
    /// Expires at (seconds since the epoch).
    pub exp: i64,
}

impl Claims {
    /// Claims for a token issued now.
    pub fn issue(user_id: Uuid, roles: Vec<Role>, now: DateTime<Utc>) -> Self {
        Self {
            sub: user_id,
            roles,
            iat: now.timestamp(),
            exp: (now + ACCESS_TOKEN_LIFETIME).timestamp(),
        }
    }

    /// Whether the token has expired at `now` (server clock).
    pub fn is_expired(&self, now: DateTime<Utc>) -> bool {
        now.timestamp() >= self.exp
    }
}

/// A new random refresh token (256 bits, hex) to hand to the client.
pub fn new_refresh_token() -> String {
    let bytes: [u8; 32] = rand::random();
    hex::encode(bytes)
}

/// What is stored of a refresh token: its SHA-256, never the token.
pub fn hash_refresh_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Whether one more login attempt for an email may proceed, given the instants of its
/// failed logins. `Err(seconds)` says how long until the window lets one through.
pub fn login_allowed(failures: &[DateTime<Utc>], now: DateTime<Utc>) -> Result<(), i64> {
    let mut recent: Vec<DateTime<Utc>> = failures
        .iter()
        .copied()
        .filter(|at| *at > now - THROTTLE_WINDOW && *at <= now)
        .collect();
    if recent.len() < MAX_FAILED_LOGINS {
        return Ok(());
    }
    recent.sort();
    let frees_at = recent[recent.len() - MAX_FAILED_LOGINS] + THROTTLE_WINDOW;
    Err((frees_at - now).num_seconds().max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).expect("instant") + Duration::minutes(minute)
    }

    #[test]
    fn four_failures_still_allow_a_login() {
        let failures = [at(0), at(1), at(2), at(3)];
        assert_eq!(login_allowed(&failures, at(4)), Ok(()));
    }

    #[test]
    fn five_failures_in_the_window_block_until_the_oldest_leaves_it() {
        let failures = [at(0), at(1), at(2), at(3), at(4)];
        assert_eq!(login_allowed(&failures, at(5)), Err(10 * 60));
        assert_eq!(login_allowed(&failures, at(15)), Ok(()));
    }

    #[test]
    fn failures_older_than_the_window_do_not_count() {
        let failures = [at(0), at(1), at(20), at(21), at(22), at(23)];
        assert_eq!(login_allowed(&failures, at(24)), Ok(()));
    }

    #[test]
    fn passwords_hash_and_verify() {
        let hash = hash_password("correct horse battery").expect("hash");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("wrong horse battery", &hash));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(normalise_email("  Amina@Example.ORG "), "amina@example.org");
        assert!(check_email("amina@example.org").is_ok());
        for bad in [
            "",
            "amina",
            "@example.org",
            "amina@example",
            "a b@example.org",
            "a@b@c.org",
        ] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn short_passwords_are_refused() {
        assert!(check_password("short").is_err());
        assert!(check_password("long enough!").is_ok());
    }

    #[test]
    fn tokens_expire_after_fifteen_minutes() {
        let claims = Claims::issue(Uuid::nil(), vec![Role::Applicant], at(0));
        assert!(!claims.is_expired(at(14)));
        assert!(claims.is_expired(at(15)));
    }

    #[test]
    fn refresh_tokens_are_stored_as_hashes() {
        let token = new_refresh_token();
        assert_eq!(token.len(), 64);
        assert_ne!(hash_refresh_token(&token), token);
        assert_eq!(hash_refresh_token(&token), hash_refresh_token(&token));
    }
}
