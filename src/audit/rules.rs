//! The hash chain, as pure functions.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::Value;
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The previous-hash of the first event.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What an event says, as hashed.
#[derive(Debug, Clone, PartialEq)]
pub struct EventContent {
    /// Position in the chain, from 1.
    pub seq: i64,
    /// The event's id.
    pub id: Uuid,
    /// The user who acted; `None` for the system.
    pub actor_id: Option<Uuid>,
    /// What was done (`call.published`).
    pub action: String,
    /// The kind of subject (`call`).
    pub subject_type: String,
    /// The subject's id.
    pub subject_id: String,
    /// Before/after summary of the change.
    pub summary: Value,
    /// The reason given, if any.
    pub reason: Option<String>,
    /// When it happened (microsecond precision, as both databases keep it).
    pub occurred_at: DateTime<Utc>,
}

/// An event as stored: its content and the two hashes.
#[derive(Debug, Clone, PartialEq)]
pub struct ChainedEvent {
    /// The content.
    pub content: EventContent,
    /// Hash of the previous event (or the genesis hash).
    pub prev_hash: String,
    /// Hash of `prev_hash` and this content.
    pub hash: String,
}

/// The first broken link found while verifying.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenLink {
    /// Sequence number of the first event that does not verify.
    pub seq: i64,
    /// Why it does not.
    pub problem: String,
}

/// Truncates an instant to microseconds, the precision both databases store.
pub fn to_stored_precision(instant: DateTime<Utc>) -> DateTime<Utc> {
    let micros = instant.timestamp_micros();
    DateTime::from_timestamp_micros(micros).unwrap_or(instant)
}

/// The hash of an event: SHA-256 over the previous hash and a canonical encoding of the
/// content (JSON with sorted keys, so PostgreSQL's `jsonb` reordering changes nothing).
pub fn hash_event(prev_hash: &str, content: &EventContent) -> String {
    let canonical = canonical_json(&serde_json::json!([
        content.seq,
        content.id.to_string(),
        content.actor_id.map(|id| id.to_string()),
        content.action,
        content.subject_type,
        content.subject_id,
        content.summary,
        content.reason,
        content.occurred_at.to_rfc3339_opts(SecondsFormat::Micros, true),
    ]));
    let mut hasher = Sha256::new();
    hasher.update(prev_hash.as_bytes());
    hasher.update(b"\n");
    hasher.update(canonical.as_bytes());
    hex::encode(hasher.finalize())
}

/// Checks a run of events that follows `prev_hash` (the hash of the event before the
/// run, or the genesis hash). Answers the hash of the run's last event, or the first
/// broken link.
pub fn verify_run(mut prev_hash: String, mut expected_seq: i64, events: &[ChainedEvent]) -> Result<String, BrokenLink> {
    for event in events {
        let seq = event.content.seq;
        if seq < expected_seq {
            return Err(BrokenLink {
                seq,
                problem: format!(
                    "found a row numbered {seq} where event {expected_seq} should be: the chain runs contiguously from 1, \
                     so the row was added outside it"
                ),
            });
        }
        if seq != expected_seq {
            return Err(BrokenLink {
                seq,
                problem: format!("expected event {expected_seq}, found {seq}: an event is missing"),
            });
        }
        if event.prev_hash != prev_hash {
            return Err(BrokenLink {
                seq,
                problem: "its previous-hash does not match the event before it".to_owned(),
            });
        }
        if hash_event(&prev_hash, &event.content) != event.hash {
            return Err(BrokenLink {
                seq,
                problem: "its content does not match its hash: the row was changed".to_owned(),
            });
        }
        prev_hash = event.hash.clone();
        expected_seq += 1;
    }
    Ok(prev_hash)
}

/// How long a committed event may wait to be linked into the chain before verification
/// reports it: a write links its own events before it answers, and the scheduler links
/// any left over every minute, so an older pending event means linking is failing.
pub const PENDING_GRACE_SECONDS: i64 = 60;

/// Checks the events waiting to be linked: `count` of them, the oldest `oldest` (when it
/// happened), at `now`. Pending events are normal for the instant between a write's
/// commit and its link; one that has waited past [`PENDING_GRACE_SECONDS`] is not.
pub fn check_pending(count: u64, oldest: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Result<(), String> {
    match oldest {
        Some(oldest) if (now - oldest).num_seconds() > PENDING_GRACE_SECONDS => Err(format!(
            "{count} event(s) wait to be linked into the chain, the oldest since {}: linking is failing \
             (the server's log says why), and until they are linked they are not covered by the hash chain",
            oldest.to_rfc3339_opts(SecondsFormat::Secs, true)
        )),
        _ => Ok(()),
    }
}

/// A signed statement of the chain's head: the event `seq` had hash `hash` at `signed_at`.
/// Kept in the database and outside it (a file); anyone with the public key can check it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Checkpoint {
    /// The sequence number of the chain's last event when signed.
    pub seq: i64,
    /// That event's hash.
    pub hash: String,
    /// When it was signed.
    pub signed_at: DateTime<Utc>,
    /// The Ed25519 public key that signed it, as 64 hex digits.
    pub public_key: String,
    /// The Ed25519 signature of [`checkpoint_message`], as 128 hex digits.
    pub signature: String,
}

/// The exact text a checkpoint signs: three lines after a fixed first one, the instant in
/// RFC 3339 with microseconds (`grantdesk audit checkpoint\n42\n<hash>\n2026-11-29T01:00:00.000000Z`).
pub fn checkpoint_message(seq: i64, hash: &str, signed_at: DateTime<Utc>) -> String {
    format!(
        "grantdesk audit checkpoint\n{seq}\n{hash}\n{}",
        signed_at.to_rfc3339_opts(SecondsFormat::Micros, true)
    )
}

/// Signs the chain's head.
pub fn sign_checkpoint(
    key: &ed25519_dalek::SigningKey,
    (seq, hash): (i64, &str),
    signed_at: DateTime<Utc>,
) -> Checkpoint {
    use ed25519_dalek::Signer;
    let signed_at = to_stored_precision(signed_at);
    let signature = key.sign(checkpoint_message(seq, hash, signed_at).as_bytes());
    Checkpoint {
        seq,
        hash: hash.to_owned(),
        signed_at,
        public_key: hex::encode(key.verifying_key().to_bytes()),
        signature: hex::encode(signature.to_bytes()),
    }
}

/// Checks a checkpoint's signature under `public` (the office's key, never the one the
/// checkpoint names).
pub fn check_signature(public: &ed25519_dalek::VerifyingKey, checkpoint: &Checkpoint) -> Result<(), String> {
    let signature = hex::decode(&checkpoint.signature)
        .ok()
        .and_then(|bytes| ed25519_dalek::Signature::from_slice(&bytes).ok())
        .ok_or_else(|| format!("checkpoint {}: its signature does not read", checkpoint.seq))?;
    let message = checkpoint_message(checkpoint.seq, &checkpoint.hash, checkpoint.signed_at);
    public.verify_strict(message.as_bytes(), &signature).map_err(|_| {
        format!(
            "checkpoint {}: its signature is not the office's audit key's",
            checkpoint.seq
        )
    })
}

/// Checks a verified chain of `length` events against a checkpoint, given the hash the
/// chain holds at the checkpoint's sequence: a chain shorter than the checkpoint lost its
/// last events; a different hash means the chain was rewritten up to there.
pub fn check_against_checkpoint(checkpoint: &Checkpoint, length: i64, hash_at_seq: Option<&str>) -> Result<(), String> {
    if length < checkpoint.seq {
        return Err(format!(
            "the chain has {length} events but checkpoint {} signed at {} covered {}: events were deleted from its end",
            checkpoint.seq,
            checkpoint.signed_at.to_rfc3339_opts(SecondsFormat::Secs, true),
            checkpoint.seq
        ));
    }
    if hash_at_seq != Some(checkpoint.hash.as_str()) {
        return Err(format!(
            "event {} does not have the hash its checkpoint signed at {}: the chain was rewritten",
            checkpoint.seq,
            checkpoint.signed_at.to_rfc3339_opts(SecondsFormat::Secs, true)
        ));
    }
    Ok(())
}

/// A before/after summary holding only the top-level fields that changed.
pub fn changes(before: &Value, after: &Value) -> Value {
    let (Value::Object(old), Value::Object(new)) = (before, after) else {
        return serde_json::json!({"before": before, "after": after});
    };
    let mut was = serde_json::Map::new();
    let mut now = serde_json::Map::new();
    for (key, value) in new {
        if old.get(key) != Some(value) {
            was.insert(key.clone(), old.get(key).cloned().unwrap_or(Value::Null));
            now.insert(key.clone(), value.clone());
        }
    }
    serde_json::json!({"before": was, "after": now})
}

/// JSON with object keys sorted at every level.
pub fn canonical_json(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let fields: Vec<String> = keys
                .into_iter()
                .map(|key| format!("{}:{}", Value::String(key.clone()), canonical_json(&map[key])))
                .collect();
            format!("{{{}}}", fields.join(","))
        }
        Value::Array(items) => format!("[{}]", items.iter().map(canonical_json).collect::<Vec<_>>().join(",")),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn content(seq: i64, action: &str) -> EventContent {
        EventContent {
            seq,
            id: Uuid::from_u128(seq as u128),
            actor_id: None,
            action: action.to_owned(),
            subject_type: "call".to_owned(),
            subject_id: "c1".to_owned(),
            summary: json!({"b": 1, "a": {"y": 2, "x": 1}}),
            reason: None,
            occurred_at: DateTime::from_timestamp(1_800_000_000, 0).expect("instant"),
        }
    }

    fn chain(actions: &[&str]) -> Vec<ChainedEvent> {
        let mut prev = GENESIS_HASH.to_owned();
        let mut events = Vec::new();
        for (index, action) in actions.iter().enumerate() {
            let content = content(index as i64 + 1, action);
            let hash = hash_event(&prev, &content);
            events.push(ChainedEvent {
                content,
                prev_hash: prev.clone(),
                hash: hash.clone(),
            });
            prev = hash;
        }
        events
    }

    #[test]
    fn an_intact_chain_verifies() {
        let events = chain(&["call.created", "call.published", "call.closed"]);
        assert_eq!(
            verify_run(GENESIS_HASH.to_owned(), 1, &events),
            Ok(events[2].hash.clone())
        );
    }

    #[test]
    fn a_changed_row_is_the_first_broken_link() {
        let mut events = chain(&["call.created", "call.published", "call.closed"]);
        events[1].content.action = "call.cancelled".to_owned();
        let broken = verify_run(GENESIS_HASH.to_owned(), 1, &events).expect_err("tampered");
        assert_eq!(broken.seq, 2);
    }

    #[test]
    fn a_deleted_row_is_detected() {
        let mut events = chain(&["call.created", "call.published", "call.closed"]);
        events.remove(1);
        let broken = verify_run(GENESIS_HASH.to_owned(), 1, &events).expect_err("gap");
        assert_eq!(broken.seq, 3);
    }

    #[test]
    fn changes_keep_only_what_changed() {
        let summary = changes(
            &json!({"title": "A", "budget": "1"}),
            &json!({"title": "B", "budget": "1"}),
        );
        assert_eq!(summary, json!({"before": {"title": "A"}, "after": {"title": "B"}}));
    }

    #[test]
    fn a_checkpoint_verifies_under_its_key_only_and_catches_a_short_or_rewritten_chain() {
        let key = ed25519_dalek::SigningKey::from_bytes(&[7; 32]);
        let events = chain(&["call.created", "call.published", "call.closed"]);
        let at = DateTime::from_timestamp(1_800_000_000, 123_456_789).expect("instant");
        let checkpoint = sign_checkpoint(&key, (3, &events[2].hash), at);
        assert_eq!(check_signature(&key.verifying_key(), &checkpoint), Ok(()));
        let other = ed25519_dalek::SigningKey::from_bytes(&[8; 32]);
        assert!(
            check_signature(&other.verifying_key(), &checkpoint).is_err(),
            "another key"
        );
        let moved = Checkpoint {
            seq: 2,
            ..checkpoint.clone()
        };
        assert!(
            check_signature(&key.verifying_key(), &moved).is_err(),
            "a changed statement"
        );
        assert_eq!(check_against_checkpoint(&checkpoint, 3, Some(&events[2].hash)), Ok(()));
        assert_eq!(check_against_checkpoint(&checkpoint, 4, Some(&events[2].hash)), Ok(()));
        assert!(check_against_checkpoint(&checkpoint, 2, None).is_err(), "truncated");
        assert!(
            check_against_checkpoint(&checkpoint, 3, Some(&events[1].hash)).is_err(),
            "rewritten"
        );
    }

    #[test]
    fn a_pending_event_is_reported_only_once_it_has_waited_past_the_grace() {
        let now = Utc::now();
        assert_eq!(check_pending(0, None, now), Ok(()));
        let recent = now - chrono::Duration::seconds(PENDING_GRACE_SECONDS);
        assert_eq!(check_pending(3, Some(recent), now), Ok(()));
        let stale = now - chrono::Duration::seconds(PENDING_GRACE_SECONDS + 1);
        let problem = check_pending(3, Some(stale), now).expect_err("reported");
        assert!(problem.starts_with("3 event(s) wait to be linked"), "{problem}");
    }

    #[test]
    fn key_order_does_not_change_the_hash() {
        let mut reordered = content(1, "x");
        reordered.summary = json!({"a": {"x": 1, "y": 2}, "b": 1});
        assert_eq!(
            hash_event(GENESIS_HASH, &content(1, "x")),
            hash_event(GENESIS_HASH, &reordered)
        );
    }
}
