//! The rules of reminders, as pure functions: which occurrence of a reminder is due at an
//! instant, the dedup key that makes it happen once, and the retry schedule of delivery.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// A kind of reminder: what it is about and who receives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// A call closes soon: to members of organisations with a draft application.
    CallClosing,
    /// A review is overdue: to the assigned reviewer without a submitted review.
    ReviewOverdue,
    /// A report falls due: to the organisation's members.
    ReportDue,
    /// A due-diligence assessment expires: to officers.
    DiligenceExpiring,
    /// A disbursement waits for approval: to finance users other than its requester.
    DisbursementAwaitingApproval,
    /// The appeal window of a rejection closes: to the organisation's members.
    AppealWindowClosing,
    /// An event's sponsorship-request deadline nears: to members of organisations with a
    /// draft request for it.
    SponsorshipDeadline,
}

impl Rule {
    /// Every rule.
    pub const ALL: [Self; 7] = [
        Self::CallClosing,
        Self::ReviewOverdue,
        Self::ReportDue,
        Self::DiligenceExpiring,
        Self::DisbursementAwaitingApproval,
        Self::AppealWindowClosing,
        Self::SponsorshipDeadline,
    ];

    /// The stored name, also the template's file name in `templates/email/`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CallClosing => "call_closing",
            Self::ReviewOverdue => "review_overdue",
            Self::ReportDue => "report_due",
            Self::DiligenceExpiring => "diligence_expiring",
            Self::DisbursementAwaitingApproval => "disbursement_awaiting_approval",
            Self::AppealWindowClosing => "appeal_window_closing",
            Self::SponsorshipDeadline => "sponsorship_deadline",
        }
    }

    /// The rule with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|rule| rule.as_str() == name)
    }

    /// When the rule fires by default, relative to its anchor (negative: before).
    pub fn default_schedule(self) -> Schedule {
        let days = |list: &[i64]| Schedule::Offsets(list.iter().map(|days| Duration::days(*days)).collect());
        match self {
            Self::CallClosing => days(&[-7, -1]),
            Self::ReviewOverdue => Schedule::Repeating {
                first: Duration::days(3),
                every: Duration::days(7),
            },
            Self::ReportDue => days(&[-14, -3, 1]),
            Self::DiligenceExpiring => days(&[-30]),
            Self::DisbursementAwaitingApproval => days(&[1]),
            Self::AppealWindowClosing | Self::SponsorshipDeadline => days(&[-3]),
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// When a rule fires, relative to its anchor (a deadline, or the start of a wait).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Schedule {
    /// At each offset, sorted ascending; an offset before the anchor is stale once the
    /// anchor has passed.
    Offsets(Vec<Duration>),
    /// `first` after the anchor, then every `every`, for as long as the subject waits.
    Repeating {
        /// Delay of the first reminder.
        first: Duration,
        /// Interval of the next ones.
        every: Duration,
    },
}

impl FromStr for Schedule {
    type Err = String;

    /// Parses offsets in days, e.g. `-7,-1` or `-14,-3,1`, or a repetition `3+7`
    /// (first after 3 days, then every 7).
    fn from_str(text: &str) -> Result<Self, String> {
        let days = |part: &str| {
            part.trim()
                .parse::<i64>()
                .ok()
                .filter(|days| days.abs() <= 3_650)
                .map(Duration::days)
                .ok_or_else(|| format!("`{}` is not a whole number of days", part.trim()))
        };
        // `3+7` repeats; in a list, `+1` is just a positive offset.
        if let Some((first, every)) = text
            .split_once('+')
            .filter(|(first, _)| !text.contains(',') && !first.trim().is_empty())
        {
            let (first, every) = (days(first)?, days(every)?);
            if every <= Duration::zero() || first < Duration::zero() {
                return Err(
                    "a repetition needs a first delay of 0 days or more and an interval of 1 day or more".to_owned(),
                );
            }
            return Ok(Self::Repeating { first, every });
        }
        let mut offsets = text.split(',').map(days).collect::<Result<Vec<_>, _>>()?;
        offsets.sort();
        offsets.dedup();
        Ok(Self::Offsets(offsets))
    }
}

/// One occurrence of a reminder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// Its label in the dedup key (`-7d`, `+1d`, `#3`).
    pub label: String,
    /// After this instant the message is pointless and is not delivered: a reminder meant
    /// for before a deadline expires at the deadline.
    pub expires_at: Option<DateTime<Utc>>,
}

/// The occurrence of the schedule due at `now` for a subject anchored at `anchor`, if any:
/// the latest threshold passed, as long as it is not stale (a later threshold passed, or a
/// reminder meant for before the anchor once the anchor is past). Its label goes into the
/// dedup key, so each occurrence is sent once however often the job runs.
pub fn due_occurrence(schedule: &Schedule, anchor: DateTime<Utc>, now: DateTime<Utc>) -> Option<Occurrence> {
    match schedule {
        Schedule::Offsets(offsets) => {
            let passed = offsets.iter().rposition(|offset| anchor + *offset <= now)?;
            let offset = offsets[passed];
            let before = offset < Duration::zero();
            if before && now >= anchor {
                return None;
            }
            Some(Occurrence {
                label: format!("{:+}d", offset.num_days()),
                expires_at: before.then_some(anchor),
            })
        }
        Schedule::Repeating { first, every } => {
            let start = anchor + *first;
            if now < start {
                return None;
            }
            let number = (now - start).num_seconds() / every.num_seconds().max(1);
            Some(Occurrence {
                label: format!("#{}", number + 1),
                expires_at: None,
            })
        }
    }
}

/// The key that makes a reminder unique: rule, subject, occurrence and recipient.
pub fn dedup_key(rule: Rule, subject_id: Uuid, occurrence: &str, recipient: Uuid) -> String {
    format!("{rule}:{subject_id}:{occurrence}:{recipient}")
}

/// Delivery gives up after this many attempts; the message is then `failed`.
pub const MAX_ATTEMPTS: i32 = 8;

/// When to try again after `attempts` failed attempts (1, 2, 4, ... minutes, at most six
/// hours), or `None` when the message has failed for good.
pub fn retry_after(attempts: i32) -> Option<Duration> {
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let exponent = u32::try_from(attempts.saturating_sub(1).max(0)).unwrap_or(0).min(20);
    Some(Duration::minutes(1_i64 << exponent).min(Duration::hours(6)))
}

/// Where a message is in its delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryStatus {
    /// Waiting for (the next attempt of) delivery; with no SMTP configured it stays here.
    Queued,
    /// Claimed by a worker until its lease runs out.
    Sending,
    /// Accepted by the SMTP server.
    Sent,
    /// Given up after the last attempt.
    Failed,
    /// Not emailed: the recipient's preferences keep it in the app (a kind turned off, or
    /// waiting for the daily digest; `last_error` says which).
    InApp,
}

impl DeliveryStatus {
    /// Every status.
    pub const ALL: [Self; 5] = [Self::Queued, Self::Sending, Self::Sent, Self::Failed, Self::InApp];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Queued => "queued",
            Self::Sending => "sending",
            Self::Sent => "sent",
            Self::Failed => "failed",
            Self::InApp => "in_app",
        }
    }

    /// The status with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.as_str() == name)
    }
}

/// A status equals its stored name (`queued`, `sent`...), so a check of the outbox reads
/// as it is written in the table.
impl PartialEq<&str> for DeliveryStatus {
    fn eq(&self, name: &&str) -> bool {
        self.as_str() == *name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).expect("instant").with_timezone(&Utc)
    }

    #[test]
    fn a_deadline_reminder_is_due_from_its_threshold_until_the_next_or_the_deadline() {
        let closing = Rule::CallClosing.default_schedule();
        let closes = at("2026-12-10T17:00:00Z");
        for (now, expected) in [
            ("2026-12-03T16:59:59Z", None),
            ("2026-12-03T17:00:00Z", Some("-7d")),
            ("2026-12-09T16:00:00Z", Some("-7d")),
            ("2026-12-09T17:00:00Z", Some("-1d")),
            ("2026-12-10T16:59:59Z", Some("-1d")),
            ("2026-12-10T17:00:00Z", None),
            ("2027-01-10T17:00:00Z", None),
        ] {
            let due = due_occurrence(&closing, closes, at(now));
            assert_eq!(due.as_ref().map(|due| due.label.as_str()), expected, "{now}");
            assert!(
                due.is_none_or(|due| due.expires_at == Some(closes)),
                "expires at the deadline"
            );
        }
        let report = Rule::ReportDue.default_schedule();
        let due = at("2027-03-31T00:00:00Z");
        let label = |now: &str| due_occurrence(&report, due, at(now)).map(|due| due.label);
        assert_eq!(label("2027-03-17T00:00:00Z").as_deref(), Some("-14d"));
        assert_eq!(label("2027-03-30T12:00:00Z").as_deref(), Some("-3d"));
        assert_eq!(label("2027-03-31T12:00:00Z"), None, "between due and +1d");
        assert_eq!(label("2027-04-01T00:00:00Z").as_deref(), Some("+1d"));
        assert_eq!(label("2027-06-01T00:00:00Z").as_deref(), Some("+1d"));
        let overdue = due_occurrence(&report, due, at("2027-04-01T00:00:00Z")).expect("due");
        assert_eq!(overdue.expires_at, None, "an overdue reminder stays worth sending");
    }

    #[test]
    fn an_overdue_review_is_reminded_after_three_days_then_weekly() {
        let schedule = Rule::ReviewOverdue.default_schedule();
        let assigned = at("2026-11-23T09:00:00Z");
        let label = |now: &str| due_occurrence(&schedule, assigned, at(now)).map(|due| due.label);
        assert_eq!(label("2026-11-26T08:59:59Z"), None);
        assert_eq!(label("2026-11-26T09:00:00Z").as_deref(), Some("#1"));
        assert_eq!(label("2026-12-03T08:59:59Z").as_deref(), Some("#1"));
        assert_eq!(label("2026-12-03T09:00:00Z").as_deref(), Some("#2"));
        assert_eq!(label("2026-12-24T09:00:00Z").as_deref(), Some("#5"));
    }

    #[test]
    fn schedules_are_configured_in_days() {
        assert_eq!("-1, -7".parse::<Schedule>(), Ok(Rule::CallClosing.default_schedule()));
        assert_eq!("3+7".parse::<Schedule>(), Ok(Rule::ReviewOverdue.default_schedule()));
        assert_eq!("-14,-3,+1".parse::<Schedule>(), Ok(Rule::ReportDue.default_schedule()));
        assert!("-7d".parse::<Schedule>().is_err());
        assert!("3+0".parse::<Schedule>().is_err());
        assert!("".parse::<Schedule>().is_err());
    }

    #[test]
    fn delivery_backs_off_exponentially_and_gives_up_after_eight_attempts() {
        let minutes: Vec<Option<i64>> = (1..=8)
            .map(|n| retry_after(n).map(|delay| delay.num_minutes()))
            .collect();
        assert_eq!(
            minutes,
            vec![Some(1), Some(2), Some(4), Some(8), Some(16), Some(32), Some(64), None]
        );
    }

    #[test]
    fn stored_names_read_back_and_nothing_else_does() {
        for status in DeliveryStatus::ALL {
            assert_eq!(DeliveryStatus::parse(status.as_str()), Some(status));
            assert_eq!(status, status.as_str());
        }
        for rule in Rule::ALL {
            assert_eq!(Rule::parse(rule.as_str()), Some(rule));
        }
        assert_eq!(DeliveryStatus::parse("Sent"), None);
        assert_eq!(Rule::parse("call-closing"), None);
    }

    #[test]
    fn the_dedup_key_names_rule_subject_occurrence_and_recipient() {
        let subject = Uuid::nil();
        let recipient = Uuid::from_u128(7);
        assert_eq!(
            dedup_key(Rule::ReportDue, subject, "-3d", recipient),
            format!("report_due:{subject}:-3d:{recipient}")
        );
    }
}
