//! Each person's choice of what reaches them by email. Every message is in the app; a kind
//! turned off is not emailed; with the daily digest on (officers), the optional kinds wait
//! for one email a day listing them. Links and security notices always go by email. The
//! choice is applied when a message is delivered ([`choice`]), so a change applies to what
//! is still waiting too.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::notices::Kind;
use super::rules::Rule;
use super::store;
use super::templates::Notice;
use crate::auth::{CurrentUser, Role};
use crate::error::{AppResult, Validator};

/// The messages no preference keeps from email: links a person asked for and changes to
/// their account's security.
pub const ALWAYS_BY_EMAIL: [Notice; 4] = [
    Notice::SecurityNotice,
    Notice::PasswordReset,
    Notice::SetPassword,
    Notice::VerifyEmail,
];

/// A person's preferences.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preferences {
    /// The kinds not wanted by email (stored names).
    pub email_off: Vec<String>,
    /// One email a day instead of one per message.
    pub daily_digest: bool,
}

/// What delivery does with one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Sends it now.
    Email,
    /// Keeps it in the app only: its kind is turned off.
    InAppOnly,
    /// Keeps it in the app for the next daily digest.
    Digest,
}

/// Every kind a person may turn off by email, by stored name: the notices of events, the
/// reminders and invitations.
pub fn optional_kinds() -> Vec<&'static str> {
    Kind::ALL
        .iter()
        .map(|kind| kind.as_str())
        .chain(Rule::ALL.iter().map(|rule| rule.as_str()))
        .chain([Notice::Invitation.as_str()])
        .collect()
}

/// What delivery does with a message of `kind` (its stored `rule`) to a person with these
/// preferences.
pub fn choice(preferences: &Preferences, kind: &str) -> Choice {
    if ALWAYS_BY_EMAIL.iter().any(|notice| notice.as_str() == kind) || kind == DIGEST_RULE {
        Choice::Email
    } else if preferences.email_off.iter().any(|off| off == kind) {
        Choice::InAppOnly
    } else if preferences.daily_digest {
        Choice::Digest
    } else {
        Choice::Email
    }
}

/// The stored `rule` of a daily digest.
pub const DIGEST_RULE: &str = "daily_digest";

/// A change of preferences: kinds turned on or off by email, the digest on or off.
#[derive(Debug, Clone, Default)]
pub struct Change {
    /// Kind (stored name) to email on (`true`) or off.
    pub email: BTreeMap<String, bool>,
    /// The daily digest on or off.
    pub daily_digest: Option<bool>,
}

/// Checks a change against what `user` may choose: known kinds only, never a message that
/// always goes by email, the digest for officers.
pub fn check_change(user: &CurrentUser, change: &Change, check: &mut Validator) {
    let optional = optional_kinds();
    for (kind, email) in &change.email {
        let field = format!("email.{kind}");
        if ALWAYS_BY_EMAIL.iter().any(|notice| notice.as_str() == kind) {
            check.check(
                !*email,
                field,
                "security messages and requested links always go by email",
            );
        } else if !optional.contains(&kind.as_str()) {
            check.push(
                field,
                format!("is not a kind of notification; the kinds are {}", optional.join(", ")),
            );
        }
    }
    check.check(
        change.daily_digest == Some(true) && !user.has(Role::Officer),
        "daily_digest",
        "the daily digest is for officers",
    );
}

/// The preferences of `user_id` (the defaults when they never chose).
pub async fn of(db: &impl ConnectionTrait, user_id: Uuid) -> AppResult<Preferences> {
    Ok(store::preferences_of(db, user_id).await?.unwrap_or_default())
}

/// Applies a checked change to the caller's preferences and answers them.
pub async fn set(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    user: &CurrentUser,
    change: Change,
) -> AppResult<Preferences> {
    let mut check = Validator::new();
    check_change(user, &change, &mut check);
    check.finish()?;
    let mut preferences = of(db, user.id).await?;
    for (kind, email) in change.email {
        preferences.email_off.retain(|off| *off != kind);
        if !email {
            preferences.email_off.push(kind);
        }
    }
    preferences.email_off.sort();
    if let Some(digest) = change.daily_digest {
        preferences.daily_digest = digest;
    }
    store::save_preferences(db, user.id, &preferences, now).await?;
    Ok(preferences)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn security_always_goes_by_email_and_a_kind_turned_off_stays_in_the_app() {
        let preferences = Preferences {
            email_off: vec!["application_submitted".to_owned()],
            daily_digest: false,
        };
        assert_eq!(choice(&preferences, "application_submitted"), Choice::InAppOnly);
        assert_eq!(choice(&preferences, "disbursement_paid"), Choice::Email);
        let digest = Preferences {
            daily_digest: true,
            ..preferences
        };
        assert_eq!(choice(&digest, "appeal_filed"), Choice::Digest);
        assert_eq!(choice(&digest, "security_notice"), Choice::Email);
        assert_eq!(choice(&digest, "password_reset"), Choice::Email);
        assert_eq!(choice(&digest, DIGEST_RULE), Choice::Email);
    }
}
