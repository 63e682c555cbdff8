//! Calendar operations shared by every entry point: the deadlines of a call and of a user
//! as iCalendar text, and the feed token calendar apps subscribe with.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
use serde_json::json;
use uuid::Uuid;

use super::rules::{self, Deadline, When};
use super::store;
use crate::audit::{self, AuditEntry};
use crate::error::{AppError, AppResult};
use crate::i18n::{Language, Message};
use crate::reminders::candidates;
use crate::reminders::rules::Rule;

/// The rules whose deadlines a user's feed shows.
const FEED_RULES: [Rule; 5] = [
    Rule::CallClosing,
    Rule::ReportDue,
    Rule::AppealWindowClosing,
    Rule::DiligenceExpiring,
    Rule::SponsorshipDeadline,
];

/// A call's opening and closing as iCalendar text in `language` (the caller checks that
/// the call may be seen).
pub async fn call_deadlines(
    db: &impl ConnectionTrait,
    call_id: Uuid,
    now: DateTime<Utc>,
    language: Language,
) -> AppResult<String> {
    let call = crate::calls::store::find(db, call_id)
        .await?
        .ok_or(AppError::NotFound("call"))?;
    let words = |id: &'static str| Message::new(id).with("title", call.title.as_str()).render(language);
    let deadlines = [
        Deadline {
            uid: format!("call-{call_id}-opens@grantdesk"),
            when: When::At(call.opens_at),
            summary: words("calendar-call-opens"),
            description: words("calendar-call-opens-description"),
        },
        Deadline {
            uid: format!("call-{call_id}-closes@grantdesk"),
            when: When::At(call.closes_at),
            summary: words("calendar-call-closes"),
            description: words("calendar-call-closes-description"),
        },
    ];
    Ok(rules::to_ics(&call.title, &deadlines, now))
}

/// A user's upcoming deadlines as iCalendar text (see [`upcoming`]). In `language`, or the
/// user's `preferred_language` when `None`.
pub async fn user_deadlines(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    now: DateTime<Utc>,
    language: Option<Language>,
) -> AppResult<String> {
    let language = match language {
        Some(language) => language,
        None => crate::auth::service::me(db, user_id).await?.user.preferred_language,
    };
    let deadlines = upcoming(db, user_id, now, language).await?;
    Ok(rules::to_ics(
        &crate::i18n::text(language, "calendar-mine"),
        &deadlines,
        now,
    ))
}

/// A user's deadlines after `now`, soonest first, in `language`: call closings where one of
/// their organisations has a draft, their organisations' report due dates and appeal
/// windows, sponsorship-request deadlines of events where they have a draft, and for
/// officers the expiry of due-diligence assessments, read with the reminders' queries; and
/// the tranche payments their organisations' awards expect and the approved travel dates of
/// their travellers (from today on). What the feed and the portal's dashboard show.
pub async fn upcoming(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    now: DateTime<Utc>,
    language: Language,
) -> AppResult<Vec<Deadline>> {
    upcoming_rendered(db, user_id, now, (language, Message::render)).await
}

/// [`upcoming`] as a portal page shows it: on a right-to-left page each name inside a
/// summary (a call's title, an event, a traveller) is isolated between FSI and PDI
/// ([`Message::render_on_page`]), so a Latin title keeps its direction in an Arabic
/// sentence. The feed itself stays free of invisible characters.
pub async fn upcoming_on_page(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    now: DateTime<Utc>,
    language: Language,
) -> AppResult<Vec<Deadline>> {
    upcoming_rendered(db, user_id, now, (language, Message::render_on_page)).await
}

/// How a deadline's summary is written: plain, or for a page.
type Render = fn(&Message, Language) -> String;

async fn upcoming_rendered(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    now: DateTime<Utc>,
    words: (Language, Render),
) -> AppResult<Vec<Deadline>> {
    let mut deadlines = Vec::new();
    for rule in FEED_RULES {
        for candidate in candidates::of_rule(db, rule, Some(user_id)).await? {
            if candidate.anchor > now {
                deadlines.push(deadline_of(rule, &candidate, words));
            }
        }
    }
    let today = now.date_naive();
    for tranche in store::expected_tranches(db, user_id, today).await? {
        deadlines.push(tranche_deadline(&tranche, words));
    }
    for trip in store::approved_trips(db, user_id, today).await? {
        deadlines.extend(trip_deadlines(&trip, today, words));
    }
    deadlines.sort_by_key(|deadline| deadline.when.start());
    deadlines.dedup_by(|a, b| a.uid == b.uid);
    Ok(deadlines)
}

/// The day a tranche is expected to be paid.
fn tranche_deadline(tranche: &store::ExpectedTranche, (language, render): (Language, Render)) -> Deadline {
    let amount = crate::money::Currency::from_code(&tranche.currency).map_or_else(
        || tranche.currency.clone(),
        |currency| {
            crate::reminders::notices::written_amount(crate::money::from_stored(tranche.amount), currency, language)
        },
    );
    let summary = Message::new("leftovers-tranche-expected")
        .with("number", i64::from(tranche.number))
        .with("award", tranche.award.as_str())
        .with("amount", amount);
    Deadline {
        uid: format!("tranche-{}@grantdesk", tranche.id),
        when: When::On(tranche.due_on),
        summary: render(&summary, language),
        description: crate::i18n::text(language, "leftovers-tranche-expected-description"),
    }
}

/// A trip's arrival and departure days still to come (from `today`).
fn trip_deadlines(
    trip: &store::ApprovedTrip,
    today: chrono::NaiveDate,
    (language, render): (Language, Render),
) -> impl Iterator<Item = Deadline> {
    let words = |id: &'static str| {
        let message = Message::new(id)
            .with("event", trip.event.as_str())
            .with("traveller", trip.traveller.as_str());
        render(&message, language)
    };
    let description = crate::i18n::text(language, "leftovers-trip-description");
    [
        ("arrival", trip.arrival_on, words("leftovers-trip-arrival")),
        ("departure", trip.departure_on, words("leftovers-trip-departure")),
    ]
    .into_iter()
    .filter(move |(_, day, _)| *day >= today)
    .map(move |(end, day, summary)| Deadline {
        uid: format!("trip-{}-{end}@grantdesk", trip.id),
        when: When::On(day),
        summary,
        description: description.clone(),
    })
}

/// The user a feed token belongs to; 401 for a token revoked or replaced.
pub async fn feed_owner(db: &impl ConnectionTrait, token: &str) -> AppResult<Uuid> {
    store::user_of(db, &rules::hash_feed_token(token))
        .await?
        .ok_or_else(|| {
            AppError::Unauthorized(
                "the calendar token is not valid (revoked or replaced?): subscribe again with the URL of POST /me/calendar"
                    .to_owned(),
            )
        })
}

/// Issues a new feed token for the actor (a previous one stops working) and answers it;
/// only its hash is stored.
pub async fn issue_feed(db: &DatabaseConnection, now: DateTime<Utc>, actor: Uuid) -> AppResult<String> {
    let token = rules::new_feed_token();
    let txn = db.begin().await?;
    store::replace(&txn, actor, rules::hash_feed_token(&token), now).await?;
    let entry = AuditEntry::created(actor, "calendar.feed_issued", "user", actor, json!({}));
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(token)
}

/// The absolute address a calendar app subscribes to with `token`, under the site's public
/// URL (`GRANTDESK_PUBLIC_URL`).
pub fn feed_url(public_url: &str, token: &str) -> String {
    format!(
        "{}/api/v1/me/deadlines.ics?token={token}",
        public_url.trim_end_matches('/')
    )
}

/// Revokes the actor's feed token; 404 when there is none.
pub async fn revoke_feed(db: &DatabaseConnection, now: DateTime<Utc>, actor: Uuid) -> AppResult<()> {
    let txn = db.begin().await?;
    if !store::remove(&txn, actor).await? {
        return Err(AppError::NotFound("calendar feed"));
    }
    let entry = AuditEntry::created(actor, "calendar.feed_revoked", "user", actor, json!({}));
    audit::commit(db, txn, vec![entry], now).await?;
    Ok(())
}

/// The calendar entry of one reminder candidate, in `language`.
fn deadline_of(rule: Rule, candidate: &candidates::Candidate, (language, render): (Language, Render)) -> Deadline {
    let (summary, description) = match rule {
        Rule::CallClosing => ("calendar-call-closes", "calendar-draft-application"),
        Rule::ReportDue => ("calendar-report-due", "calendar-report-due-description"),
        Rule::AppealWindowClosing => (
            "calendar-appeal-window-closes",
            "calendar-appeal-window-closes-description",
        ),
        Rule::SponsorshipDeadline => (
            "calendar-sponsorship-requests-close",
            "calendar-draft-sponsorship-request",
        ),
        Rule::DiligenceExpiring | Rule::ReviewOverdue | Rule::DisbursementAwaitingApproval => {
            ("calendar-diligence-expires", "calendar-diligence-expires-description")
        }
    };
    let summary = Message::new(summary).with("title", candidate.title.render(language));
    let summary = render(&summary, language);
    let description = crate::i18n::text(language, description);
    Deadline {
        uid: format!("{rule}-{}@grantdesk", candidate.subject_id),
        when: if candidate.all_day {
            When::On(candidate.anchor.date_naive())
        } else {
            When::At(candidate.anchor)
        },
        summary,
        description,
    }
}
