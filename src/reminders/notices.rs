//! Notices of what happened: one per state change that concerns someone (an application
//! submitted, a decision, a payment...), sent by the service making the change inside its
//! transaction, so a notice exists exactly when the change commits. A service names the
//! [`Kind`], what it is about and its facts ([`Announcement`]) and whom it concerns
//! ([`Audience`]); [`announce`] finds the people (one query), writes each one's message in
//! their own `preferred_language` from the catalogue (`templates/locales/<lang>/emails.ftl`)
//! and puts it in the outbox, where it is their in-app notification and, as their
//! preferences allow, an email.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::store;
use super::store::message::{self, NewMessage};
use crate::auth::Role;
use crate::error::AppResult;
use crate::i18n::{Language, Message, Text};
use crate::money::Currency;

macro_rules! kinds {
    ($($(#[$doc:meta])* $variant:ident => $name:literal,)*) => {
        /// What happened, as the recipient's preferences and the catalogue name it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Kind {
            $($(#[$doc])* $variant,)*
        }

        impl Kind {
            /// Every kind.
            pub const ALL: &'static [Kind] = &[$(Kind::$variant,)*];

            /// The stored name (the outbox row's `rule`, the preference's key).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Kind::$variant => $name,)*
                }
            }
        }
    };
}

kinds! {
    /// A receipt of a submitted application, with a summary of what was submitted: to members.
    ApplicationSubmitted => "application_submitted",
    /// The application was found eligible: to members.
    ApplicationEligible => "application_eligible",
    /// The application was found ineligible, with the failed criteria and the reason: to members.
    ApplicationIneligible => "application_ineligible",
    /// A grant was decided, with the reasons: to members.
    ApplicationAwarded => "application_awarded",
    /// The application was rejected, with the reasons: to members.
    ApplicationRejected => "application_rejected",
    /// An appeal was filed: to officers.
    AppealFiled => "appeal_filed",
    /// An appeal was upheld (the finding stands), with the reasons: to members.
    AppealUpheld => "appeal_upheld",
    /// An appeal was granted (the application returns to review), with the reasons: to members.
    AppealOverturned => "appeal_overturned",
    /// A reviewer was assigned an application: to the reviewer.
    ReviewAssigned => "review_assigned",
    /// A reviewer declared a conflict of interest: to officers.
    ConflictDeclared => "conflict_declared",
    /// The award and its letter are ready to be accepted: to members.
    AwardLetterReady => "award_letter_ready",
    /// An organisation accepted its award: to officers.
    AwardAccepted => "award_accepted",
    /// An organisation submitted a report: to officers.
    ReportSubmitted => "report_submitted",
    /// The office received a report: to members.
    ReportReceived => "report_received",
    /// A disbursement waits for a second finance user's approval: to the other finance users.
    DisbursementRequested => "disbursement_requested",
    /// Money was paid, with the amount and the payment reference: to members.
    DisbursementPaid => "disbursement_paid",
    /// Screening found possible matches in the sanctions list to adjudicate: to officers.
    DiligenceMatch => "diligence_match",
    /// A high-risk assessment needs a second approval: to the other officers.
    RiskSecondApproval => "risk_second_approval",
    /// A sponsorship request was approved: to members.
    SponsorshipApproved => "sponsorship_approved",
    /// A sponsorship request was rejected, with the reason: to members.
    SponsorshipRejected => "sponsorship_rejected",
    /// A sponsorship request was put on the waitlist: to members.
    SponsorshipWaitlisted => "sponsorship_waitlisted",
    /// A waitlisted sponsorship request was approved as room was freed: to members.
    SponsorshipPromoted => "sponsorship_promoted",
}

impl Kind {
    /// The kind with this stored name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|kind| kind.as_str() == name)
    }

    /// The start of the kind's message ids in the catalogue (`email-application-submitted`).
    fn message_id(self) -> String {
        format!("email-{}", self.as_str().replace('_', "-"))
    }
}

/// Whom an announcement concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The members of an organisation.
    Members(Uuid),
    /// Everyone holding a role (officers, finance users), except the person who acted.
    Staff {
        /// The role.
        role: Role,
        /// Who is left out (the actor: the requester of a payment, the first approver).
        except: Uuid,
    },
    /// One person.
    Person(Uuid),
}

/// A value a notice shows, written in each reader's own way when the notice is: data as
/// typed, a message of the catalogue, or a date, an instant or an amount, which each
/// language writes differently ("3 mars 2027", "1 769,81 EUR").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Data as written (a name, a reason), or a message of the catalogue.
    Text(Text),
    /// A calendar date.
    Date(NaiveDate),
    /// An instant (shown in UTC).
    Instant(DateTime<Utc>),
    /// An amount with its currency.
    Amount(Decimal, Currency),
}

impl Value {
    /// The value as a reader of `language` reads it.
    pub fn render(&self, language: Language) -> String {
        match self {
            Self::Text(text) => text.render(language),
            Self::Date(on) => crate::portal::views::date(*on, language),
            Self::Instant(at) => crate::portal::views::instant(*at, language).text,
            Self::Amount(amount, currency) => written_amount(*amount, *currency, language),
        }
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Self::Text(Text::Literal(text))
    }
}

impl From<&String> for Value {
    fn from(text: &String) -> Self {
        Self::Text(Text::Literal(text.clone()))
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Self::Text(Text::Literal(text.to_owned()))
    }
}

/// One line of facts under a notice: a label of the catalogue and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// The label's message id (`email-label-reasons`).
    pub label: &'static str,
    /// The value, written in the reader's language.
    pub value: Value,
}

impl Fact {
    /// A fact whose value is data, shown as written in every language.
    pub fn data(label: &'static str, value: impl Into<String>) -> Self {
        Self {
            label,
            value: Value::from(value.into()),
        }
    }

    /// A fact whose value is a message of the catalogue.
    pub fn message(label: &'static str, value: Message) -> Self {
        Self {
            label,
            value: Value::Text(Text::Message(value)),
        }
    }

    /// A fact whose value is a date, written the reader's way.
    pub fn date(label: &'static str, on: NaiveDate) -> Self {
        Self {
            label,
            value: Value::Date(on),
        }
    }

    /// A fact whose value is an instant, written the reader's way.
    pub fn instant(label: &'static str, at: DateTime<Utc>) -> Self {
        Self {
            label,
            value: Value::Instant(at),
        }
    }

    /// A fact whose value is an amount, in figures with the reader's separators.
    pub fn amount(label: &'static str, amount: Decimal, currency: Currency) -> Self {
        Self {
            label,
            value: Value::Amount(amount, currency),
        }
    }
}

/// What a service announces: the kind, the record it is about and what makes it one event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announcement {
    /// What happened.
    pub kind: Kind,
    /// The record it is about (what the in-app notification links to).
    pub subject_id: Uuid,
    /// What tells this event from another of the same kind about the same record (a
    /// second finding after an appeal): part of the dedup key.
    pub event: String,
    /// The name the subject line and text give the record (an application's title, an
    /// award's reference, a payment's amount); never a name the audience may not see.
    pub title: Value,
    /// The details under the text.
    pub facts: Vec<Fact>,
}

impl Announcement {
    /// An announcement of `kind` about `subject_id`, one per `event`, naming `title`.
    pub fn new(kind: Kind, subject_id: Uuid, event: impl Into<String>, title: impl Into<Value>) -> Self {
        Self {
            kind,
            subject_id,
            event: event.into(),
            title: title.into(),
            facts: Vec::new(),
        }
    }

    /// The announcement with one more fact.
    pub fn with(mut self, fact: Fact) -> Self {
        self.facts.push(fact);
        self
    }
}

/// One person an announcement reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    /// The account.
    pub user_id: Uuid,
    /// The address.
    pub email: String,
    /// How the message greets them.
    pub full_name: String,
    /// The language of their messages.
    pub language: Language,
}

/// Puts the announcement in the outbox once for each person of the audience (active
/// accounts only), each in their own language, in the caller's transaction; answers how
/// many were new. The dedup key is `<kind>:<event>:<user>`.
pub async fn announce(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    announcement: &Announcement,
    audience: Audience,
) -> AppResult<usize> {
    let kind = announcement.kind.as_str();
    let rows = store::recipients(db, audience)
        .await?
        .into_iter()
        .map(|recipient| {
            let (subject, body) = render(announcement, &recipient.full_name, recipient.language);
            let new = NewMessage {
                user_id: Some(recipient.user_id),
                recipient: recipient.email,
                rule: kind.to_owned(),
                template: format!("emails.ftl#{}", announcement.kind.message_id()),
                subject_id: Some(announcement.subject_id),
                subject,
                body,
                dedup_key: format!("{kind}:{}:{}", announcement.event, recipient.user_id),
                expires_at: None,
            };
            message::Model::queued(now, new)
        })
        .collect();
    store::enqueue_many(db, rows).await
}

/// The subject line and text of an announcement to `name` in `language`: a greeting, the
/// kind's text, the facts one per line, the office's sign-off.
pub fn render(announcement: &Announcement, name: &str, language: Language) -> (String, String) {
    let id = announcement.kind.message_id();
    let title = one_line(&announcement.title.render(language));
    let subject = Message::new(format!("{id}-subject"))
        .with("title", title.clone())
        .render(language);
    let mut body = Message::new("email-greeting")
        .with("name", one_line(name))
        .render(language);
    body.push_str("\n\n");
    body.push_str(&Message::new(format!("{id}-body")).with("title", title).render(language));
    body.push('\n');
    if !announcement.facts.is_empty() {
        body.push('\n');
    }
    for fact in &announcement.facts {
        let label = crate::i18n::text(language, fact.label);
        body.push_str(&format!("{label}: {}\n", fact.value.render(language)));
    }
    body.push('\n');
    body.push_str(&crate::i18n::text(language, "email-signoff"));
    body.push('\n');
    (one_line(&subject), body)
}

/// An amount with its currency code as notices and reminders write it to a reader of
/// `language`: "20,000.00 EUR", "20 000,00 EUR", "20.000,00 EUR", with the letters' figures
/// (`documents::LetterLocale`) in Latin digits, like the dates around it.
pub fn written_amount(amount: Decimal, currency: Currency, language: Language) -> String {
    format!("{} {}", written_figures(amount, currency, language), currency.code())
}

/// The figures of [`written_amount`] without the currency code ("20 000,00").
pub fn written_figures(amount: Decimal, currency: Currency, language: Language) -> String {
    let locale = crate::documents::LetterLocale::new(language, crate::documents::ArabicDigits::Latin);
    let rounded = crate::money::round_to_minor_unit(amount, currency);
    locale.figures(rounded, currency.iso())
}

/// A name or title on one line: a line break typed into a name cannot start a new line
/// of the message, nor a header.
fn one_line(text: &str) -> String {
    text.split(char::is_control)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_is_written_in_the_readers_language_with_its_facts() {
        let announcement = Announcement::new(Kind::ApplicationRejected, Uuid::nil(), "e", "Youth voices\n2027")
            .with(Fact::data("email-label-reasons", "The budget is not justified."));
        let (subject, body) = render(&announcement, "Amina", Language::En);
        assert!(subject.contains("Youth voices 2027"), "{subject}");
        assert!(body.starts_with("Dear Amina,"), "{body}");
        assert!(body.contains(": The budget is not justified.\n"), "{body}");
        let (subject, body) = render(&announcement, "Amina", Language::Fr);
        assert!(subject.contains("Youth voices 2027"), "{subject}");
        assert!(body.starts_with("Bonjour Amina,"), "{body}");
        assert!(
            !body.contains("email-"),
            "every message id is in the French catalogue: {body}"
        );
    }

    #[test]
    fn every_kind_has_a_name_of_its_own() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Some(*kind));
        }
        assert_eq!(Kind::parse("call_closing"), None);
    }
}
