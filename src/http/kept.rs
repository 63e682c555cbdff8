//! Answers kept in memory for readers who are not signed in (or not staff), good while the
//! database's public change counter ([`crate::calls::service::public_changes`], raised in
//! the transaction of every change to a call or an event) is still the one they were made
//! at, and until the next instant at which they would read differently by the clock alone
//! (a call opening or closing, an event's requests closing). The counter is read from the
//! database for each answer, so every replica on the same database agrees on what is
//! current. Shared by the portal's public pages ([`crate::portal::PublicPages`]) and the
//! public list of calls (`GET /calls`).

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, RwLock};

use chrono::{DateTime, Utc};

/// At most this many bytes of answers are kept by one [`Kept`]; past it, it starts again
/// empty (so queries made up to fill it cost memory only up to this).
const MOST_BYTES: usize = 64 * 1024 * 1024;

/// Answers of type `V`, each kept under a key `K` with the counter it was made at and the
/// instant it stops being true (one per replica).
#[derive(Debug)]
pub struct Kept<K, V> {
    entries: RwLock<Entries<K, V>>,
}

#[derive(Debug)]
struct Entries<K, V> {
    by_key: HashMap<K, Entry<V>>,
    bytes: usize,
}

impl<K, V> Default for Kept<K, V> {
    fn default() -> Self {
        Self {
            entries: RwLock::new(Entries {
                by_key: HashMap::new(),
                bytes: 0,
            }),
        }
    }
}

#[derive(Debug)]
struct Entry<V> {
    counter: i64,
    valid_until: Option<DateTime<Utc>>,
    value: Arc<V>,
}

impl<V> Entry<V> {
    fn current(&self, counter: i64, now: DateTime<Utc>) -> bool {
        self.counter == counter && self.valid_until.is_none_or(|until| now < until)
    }
}

impl<K: Eq + Hash, V> Kept<K, V> {
    /// The answer kept under `key`, if it was made at `counter` and `now` is before the
    /// instant it stops being true.
    pub fn get(&self, key: &K, counter: i64, now: DateTime<Utc>) -> Option<Arc<V>> {
        let entries = self.entries.read().unwrap_or_else(|poisoned| poisoned.into_inner());
        entries
            .by_key
            .get(key)
            .filter(|entry| entry.current(counter, now))
            .map(|entry| entry.value.clone())
    }

    /// Keeps `value` (about `bytes` long) under `key`: made at `counter`, true until
    /// `valid_until` (`None`: until the counter moves).
    pub fn keep(&self, key: K, counter: i64, valid_until: Option<DateTime<Utc>>, (value, bytes): (Arc<V>, usize)) {
        let mut entries = self.entries.write().unwrap_or_else(|poisoned| poisoned.into_inner());
        if entries.bytes.saturating_add(bytes) > MOST_BYTES {
            entries.by_key.clear();
            entries.bytes = 0;
        }
        entries.bytes = entries.bytes.saturating_add(bytes);
        entries.by_key.insert(
            key,
            Entry {
                counter,
                valid_until,
                value,
            },
        );
    }
}

/// The earliest of `instants` that is after `now`: when an answer made from them next reads
/// differently by the clock alone.
pub fn next_change(now: DateTime<Utc>, instants: impl IntoIterator<Item = DateTime<Utc>>) -> Option<DateTime<Utc>> {
    instants.into_iter().filter(|instant| *instant > now).min()
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;

    #[test]
    fn an_answer_changes_next_at_the_earliest_instant_still_to_come() {
        let now = DateTime::<Utc>::UNIX_EPOCH + Duration::days(100);
        let past = now - Duration::hours(1);
        let soon = now + Duration::hours(2);
        let later = now + Duration::days(3);
        assert_eq!(next_change(now, [later, past, soon]), Some(soon));
        assert_eq!(next_change(now, [past, now]), None);
    }

    #[test]
    fn a_kept_answer_is_current_only_at_its_counter_and_before_its_instant() {
        let now = DateTime::<Utc>::UNIX_EPOCH + Duration::days(100);
        let kept = Kept::default();
        kept.keep("page", 7, Some(now + Duration::minutes(1)), (Arc::new("seven"), 5));
        assert_eq!(kept.get(&"page", 7, now).as_deref(), Some(&"seven"));
        assert_eq!(kept.get(&"page", 8, now), None);
        assert_eq!(kept.get(&"page", 7, now + Duration::minutes(1)), None);
        assert_eq!(kept.get(&"other", 7, now), None);
    }

    #[test]
    fn past_its_bytes_it_starts_again_empty() {
        let now = DateTime::<Utc>::UNIX_EPOCH;
        let kept = Kept::default();
        kept.keep(1, 0, None, (Arc::new("first"), MOST_BYTES - 10));
        kept.keep(2, 0, None, (Arc::new("second"), 10));
        assert!(kept.get(&1, 0, now).is_some(), "both fit");
        kept.keep(3, 0, None, (Arc::new("third"), 1));
        assert_eq!(kept.get(&1, 0, now), None, "emptied");
        assert_eq!(kept.get(&2, 0, now), None, "emptied");
        assert_eq!(kept.get(&3, 0, now).as_deref(), Some(&"third"));
    }
}
