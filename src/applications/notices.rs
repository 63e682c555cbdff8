//! What an application's state change tells whom ([`crate::reminders::notices`]): the
//! organisation's members of their submission, findings, decisions and appeal outcomes;
//! the officers of an appeal. Announced by [`super::service::transition`] in the change's
//! transaction.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::rules::ApplicationAction;
use super::store::application;
use crate::auth::Role;
use crate::i18n::Message;
use crate::money;
use crate::reminders::notices::{Announcement, Audience, Fact, Kind};

/// What the change says besides the application itself.
#[derive(Debug, Clone, Default)]
pub struct Said {
    /// The finding's or resolution's reason, or an appeal's grounds.
    pub reason: Option<String>,
    /// The criteria a screening found unmet.
    pub failed_criteria: Vec<String>,
    /// The call's appeal window, for a finding that may be appealed.
    pub appeal_window_days: Option<i32>,
}

/// The notice of `action` on `current` by `actor` at `now`, and whom it goes to; `None`
/// for a change nobody is told of (a withdrawal, the start of review).
pub fn of_change(
    current: &application::Model,
    action: ApplicationAction,
    actor: Uuid,
    said: Said,
    now: DateTime<Utc>,
) -> Option<(Announcement, Audience)> {
    use ApplicationAction as A;
    let kind = match action {
        A::Submit => Kind::ApplicationSubmitted,
        A::MarkEligible => Kind::ApplicationEligible,
        A::MarkIneligible => Kind::ApplicationIneligible,
        A::Award => Kind::ApplicationAwarded,
        A::Reject => Kind::ApplicationRejected,
        A::Appeal => Kind::AppealFiled,
        A::UpholdAppeal { .. } => Kind::AppealUpheld,
        A::OverturnAppeal => Kind::AppealOverturned,
        A::Withdraw | A::StartReview => return None,
    };
    let event = format!("{}@{}", current.id, now.timestamp_micros());
    let mut notice = Announcement::new(kind, current.id, event, current.title.clone())
        .with(Fact::data("email-label-reference", current.id.to_string()));
    if action == A::Submit {
        let requested = money::from_stored(current.requested_amount);
        let answered = current.answers.as_object().map_or(0, |answers| answers.len());
        notice = notice
            .with(Fact::amount("email-label-requested", requested, current.currency))
            .with(Fact::data("email-label-summary", shortened(&current.summary)))
            .with(Fact::data("email-label-answers", answered.to_string()));
    }
    if !said.failed_criteria.is_empty() {
        notice = notice.with(Fact::data(
            "email-label-failed-criteria",
            said.failed_criteria.join(", "),
        ));
    }
    if let Some(reason) = said.reason {
        let label = if action == A::Appeal {
            "email-label-grounds"
        } else {
            "email-label-reasons"
        };
        notice = notice.with(Fact::data(label, shortened(&reason)));
    }
    let next = match action {
        A::Award => Some(Message::new("email-next-accept-award")),
        A::OverturnAppeal => Some(Message::new("email-next-wait-review")),
        A::Reject | A::MarkIneligible => said
            .appeal_window_days
            .filter(|days| *days > 0)
            .map(|days| Message::new("email-next-appeal").with("days", i64::from(days))),
        _ => None,
    };
    if let Some(next) = next {
        notice = notice.with(Fact::message("email-label-next-step", next));
    }
    let audience = if action == A::Appeal {
        Audience::Staff {
            role: Role::Officer,
            except: actor,
        }
    } else {
        Audience::Members(current.organisation_id)
    };
    Some((notice, audience))
}

/// A long text cut at 500 characters for a notice (the whole is in grantdesk).
pub fn shortened(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(500) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}
