//! iCalendar (RFC 5545) output, as pure functions: text escaped, long lines folded at 75
//! octets, CRLF line ends, instants in UTC and dates as all-day events.

use chrono::{DateTime, NaiveDate, Utc};
use sha2::{Digest, Sha256};

/// When a deadline falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// An instant (a call closes at 17:00 UTC).
    At(DateTime<Utc>),
    /// A whole day (a report is due on a date).
    On(NaiveDate),
}

impl When {
    /// The instant it starts: the instant itself, or the day's midnight UTC.
    pub fn start(&self) -> DateTime<Utc> {
        match self {
            When::At(instant) => *instant,
            When::On(day) => day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc(),
        }
    }
}

/// One deadline in a calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// Stable across downloads, so calendar apps update rather than duplicate.
    pub uid: String,
    /// When.
    pub when: When,
    /// The title.
    pub summary: String,
    /// More text.
    pub description: String,
}

/// A calendar named `name` holding `deadlines`, stamped `now`; each deadline has a reminder
/// alarm one day before.
pub fn to_ics(name: &str, deadlines: &[Deadline], now: DateTime<Utc>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//grantdesk//deadlines//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", escape(name)),
    ];
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for deadline in deadlines {
        lines.push("BEGIN:VEVENT".to_owned());
        lines.push(format!("UID:{}", escape(&deadline.uid)));
        lines.push(format!("DTSTAMP:{stamp}"));
        match deadline.when {
            // A deadline is an instant: DTSTART alone (RFC 5545 wants DTEND after DTSTART).
            When::At(instant) => lines.push(format!("DTSTART:{}", instant.format("%Y%m%dT%H%M%SZ"))),
            When::On(day) => {
                lines.push(format!("DTSTART;VALUE=DATE:{}", day.format("%Y%m%d")));
                let next = day.succ_opt().unwrap_or(day);
                lines.push(format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
            }
        }
        lines.push(format!("SUMMARY:{}", escape(&deadline.summary)));
        lines.push(format!("DESCRIPTION:{}", escape(&deadline.description)));
        lines.push("TRANSP:TRANSPARENT".to_owned());
        lines.push("BEGIN:VALARM".to_owned());
        lines.push("ACTION:DISPLAY".to_owned());
        lines.push(format!("DESCRIPTION:{}", escape(&deadline.summary)));
        lines.push("TRIGGER:-P1D".to_owned());
        lines.push("END:VALARM".to_owned());
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|line| fold(line)).collect::<String>()
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            other if other.is_control() => {}
            other => escaped.push(other),
        }
    }
    escaped
}

/// One content line, folded so that no line exceeds 75 octets (never inside a UTF-8
/// character), ended by CRLF.
fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for character in line.chars() {
        let size = character.len_utf8();
        if width + size > 75 {
            folded.push_str("\r\n ");
            width = 1;
        }
        folded.push(character);
        width += size;
    }
    folded.push_str("\r\n");
    folded
}

/// A new calendar feed token: 32 random bytes, hex. A calendar app subscribes to a URL and
/// cannot send a bearer token, so the token is the credential; only its hash is stored.
pub fn new_feed_token() -> String {
    let bytes: [u8; 32] = rand::random();
    hex::encode(bytes)
}

/// The stored form of a feed token.
pub fn hash_feed_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_tokens_are_random_and_stored_hashed() {
        let token = new_feed_token();
        assert_eq!(token.len(), 64);
        assert_ne!(token, new_feed_token());
        assert_eq!(hash_feed_token(&token), hash_feed_token(&token));
        assert_ne!(hash_feed_token(&token), token);
    }

    #[test]
    fn text_is_escaped_and_long_lines_fold_within_75_octets() {
        assert_eq!(escape("a;b,c\\d\nnext"), "a\\;b\\,c\\\\d\\nnext");
        let long = format!("SUMMARY:{}", "Молодёжный центр «Диалог» ".repeat(6));
        let folded = fold(&long);
        for line in folded.split("\r\n").filter(|line| !line.is_empty()) {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded.strip_suffix("\r\n"), Some(long.as_str()));
    }

    #[test]
    fn instants_are_utc_and_dates_are_all_day_events() {
        let now = DateTime::parse_from_rfc3339("2026-11-23T09:00:00Z")
            .expect("now")
            .to_utc();
        let closes = DateTime::parse_from_rfc3339("2026-12-23T17:00:00Z")
            .expect("closes")
            .to_utc();
        let ics = to_ics(
            "Deadlines",
            &[
                Deadline {
                    uid: "a@grantdesk".to_owned(),
                    when: When::At(closes),
                    summary: "Call closes".to_owned(),
                    description: String::new(),
                },
                Deadline {
                    uid: "b@grantdesk".to_owned(),
                    when: When::On(NaiveDate::from_ymd_opt(2027, 3, 31).expect("date")),
                    summary: "Report due".to_owned(),
                    description: String::new(),
                },
            ],
            now,
        );
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.contains("DTSTART:20261223T170000Z\r\nSUMMARY:Call closes"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20270331\r\nDTEND;VALUE=DATE:20270401\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
    }
}
