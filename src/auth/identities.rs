//! What `CurrentUser` last read of each user (whether the account exists and is active,
//! its roles and whether two-factor sign-in is on),
//! kept for [`IDENTITY_FRESHNESS`] on the application's clock, so a deleted account or a
//! changed role takes effect within seconds without a database read on every request.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::rules::IDENTITY_FRESHNESS;
use super::store::Identity;

/// Entries kept at most; past this, stale entries are dropped, then all of them.
const MOST_ENTRIES: usize = 10_000;

/// When an identity was read, and what: the user's roles, or `None` for no such account.
type Entry = (DateTime<Utc>, Option<Identity>);

/// A small in-memory cache of identities, keyed by user id, held in the application
/// state. `None` records that the account does not exist.
#[derive(Debug, Default)]
pub struct IdentityCache {
    entries: Mutex<HashMap<Uuid, Entry>>,
}

impl IdentityCache {
    /// The identity read at most [`IDENTITY_FRESHNESS`] before `now` (and not after it:
    /// a clock set back forgets), if any.
    pub fn fresh(&self, user_id: Uuid, now: DateTime<Utc>) -> Option<Option<Identity>> {
        let entries = self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        entries
            .get(&user_id)
            .filter(|(read_at, _)| *read_at <= now && now < *read_at + IDENTITY_FRESHNESS)
            .map(|(_, identity)| identity.clone())
    }

    /// Forgets what was read of a user (after a change to their account), so this
    /// replica's next request reads it again.
    pub fn forget(&self, user_id: Uuid) {
        let mut entries = self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        entries.remove(&user_id);
    }

    /// Remembers what was read of a user at `now`.
    pub fn remember(&self, user_id: Uuid, now: DateTime<Utc>, identity: Option<Identity>) {
        let mut entries = self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if entries.len() >= MOST_ENTRIES {
            entries.retain(|_, (read_at, _)| *read_at <= now && now < *read_at + IDENTITY_FRESHNESS);
            if entries.len() >= MOST_ENTRIES {
                entries.clear();
            }
        }
        entries.insert(user_id, (now, identity));
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;
    use crate::auth::Role;

    #[test]
    fn an_identity_is_trusted_for_a_few_seconds_of_the_clock() {
        let cache = IdentityCache::default();
        let now = DateTime::from_timestamp(1_800_000_000, 0).expect("instant");
        let user = Uuid::new_v4();
        assert_eq!(cache.fresh(user, now), None);
        let officer = Identity {
            roles: vec![Role::Officer],
            mfa_enabled: false,
        };
        cache.remember(user, now, Some(officer.clone()));
        assert_eq!(cache.fresh(user, now + Duration::seconds(4)), Some(Some(officer)));
        assert_eq!(cache.fresh(user, now + IDENTITY_FRESHNESS), None);
        assert_eq!(cache.fresh(user, now - Duration::seconds(1)), None);
        cache.remember(user, now, None);
        assert_eq!(
            cache.fresh(user, now),
            Some(None),
            "a missing account is remembered too"
        );
    }
}
