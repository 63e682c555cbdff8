//! What pages show, made from what the services answer: dates written out in the reader's
//! language, amounts with their currency, one sentence of "what happens next". Pure
//! functions, so each is tested without a browser.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use uuid::Uuid;

use crate::applications::json::ApplicationResponse;
use crate::applications::rules::ApplicationStatus;
use crate::calls::json::CallResponse;
use crate::events::store::event;
use crate::i18n::{Language, Message};
use crate::money::Currency;
use crate::reference::OfficeRegions;
use crate::reminders::notices::written_figures;

/// An instant as a page shows it: written out for the reader, and machine-readable for
/// `<time datetime>` (the script adds the reader's local time from it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Instant {
    /// RFC 3339, UTC.
    pub iso: String,
    /// "15 January 2027, 17:00 UTC", in the reader's language.
    pub text: String,
}

/// `at` written out in `language`, with its time zone (always UTC).
pub fn instant(at: DateTime<Utc>, language: Language) -> Instant {
    let date = at.date_naive();
    Instant {
        iso: at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        text: date_message("portal-instant", date, language)
            .with("time", at.format("%H:%M").to_string())
            .render(language),
    }
}

/// A calendar date written out in `language` ("15 January 2027").
pub fn date(on: NaiveDate, language: Language) -> String {
    date_message("portal-date", on, language).render(language)
}

/// An amount with its currency as every portal and staff page writes it: the reader's
/// separators (the notices' and letters' figures, `reminders::notices::written_figures`) and a
/// no-break space before the code, so "31 000,00 EUR" never breaks across lines.
pub fn amount(amount: Decimal, currency: Currency, language: Language) -> String {
    format!(
        "{}\u{a0}{}",
        written_figures(amount, currency, language),
        currency.code()
    )
}

/// An amount a service wrote as a decimal string (`"12500.00"`), as [`amount`] writes it.
pub fn written(text: &str, currency: Currency, language: Language) -> String {
    match crate::money::parse_decimal(text) {
        Ok(parsed) => amount(parsed, currency, language),
        Err(_) => format!("{text}\u{a0}{}", currency.code()),
    }
}

/// From one amount to another in one currency: "10 000,00 – 50 000,00 EUR".
pub fn amount_range(low: Decimal, high: Decimal, currency: Currency, language: Language) -> String {
    range(
        &written_figures(low, currency, language),
        &format!("{}\u{a0}{}", written_figures(high, currency, language), currency.code()),
    )
}

fn date_message(id: &'static str, on: NaiveDate, language: Language) -> Message {
    Message::new(id)
        .with("day", i64::from(on.day()))
        .with(
            "month",
            Message::new(format!("portal-month-{}", on.month())).render(language),
        )
        .with("month_number", i64::from(on.month()))
        .with("year", i64::from(on.year()))
}

/// An open call as the home page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct CallCard {
    /// The call's id.
    pub id: Uuid,
    /// Its title.
    pub title: String,
    /// The first paragraph of its description.
    pub summary: String,
    /// "5000.00 – 20000.00 EUR".
    pub grant_range: String,
    /// Its themes, comma-separated.
    pub themes: String,
    /// The office regions it is meant for, comma-separated ("" when every region).
    pub region_names: String,
    /// When it closes.
    pub closes_at: Instant,
}

/// A call's page.
#[derive(Debug, Clone, Serialize)]
pub struct CallView {
    /// The call as the API answers it.
    #[serde(flatten)]
    pub call: CallResponse,
    /// Its description, paragraph by paragraph.
    pub description: Vec<String>,
    /// "5000.00 – 20000.00 EUR".
    pub grant_range: String,
    /// "250000.00 EUR".
    pub budget: String,
    /// Its themes, comma-separated.
    pub themes: String,
    /// The office regions it is meant for, comma-separated ("" when every region).
    pub region_names: String,
    /// Whether it accepts applications now.
    pub accepting: bool,
    /// When it opens.
    pub opens_at: Instant,
    /// When it closes.
    pub closes_at: Instant,
    /// The rubric with each criterion's scale written out.
    pub rubric: Vec<RubricRow>,
}

/// A rubric criterion as a call page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct RubricRow {
    /// What is scored.
    pub description: String,
    /// Its weight.
    pub weight: String,
    /// "0–5".
    pub scale: String,
}

impl CallCard {
    /// The card of `call` for a reader of `language`, its regions named as the office names them.
    pub fn of(call: &CallResponse, office: &OfficeRegions, language: Language) -> Self {
        Self {
            id: call.id,
            title: call.title.clone(),
            summary: paragraphs(&call.description).into_iter().next().unwrap_or_default(),
            grant_range: grant_range(call, language),
            themes: themes(call, language),
            region_names: regions(call, office, language),
            closes_at: instant(call.closes_at, language),
        }
    }
}

impl CallView {
    /// The page of `call` for a reader of `language`, its regions named as the office names them.
    pub fn of(call: CallResponse, office: &OfficeRegions, language: Language) -> Self {
        Self {
            description: paragraphs(&call.description),
            grant_range: grant_range(&call, language),
            budget: written(&call.budget_ceiling, call.currency, language),
            themes: themes(&call, language),
            region_names: regions(&call, office, language),
            accepting: call.accepting_applications,
            opens_at: instant(call.opens_at, language),
            closes_at: instant(call.closes_at, language),
            rubric: call
                .rubric
                .iter()
                .map(|criterion| RubricRow {
                    description: criterion.description.clone(),
                    weight: criterion.weight.normalize().to_string(),
                    scale: format!("{}–{}", criterion.min_score, criterion.max_score),
                })
                .collect(),
            call,
        }
    }
}

/// An event open for sponsorship requests, as the home page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct EventCard {
    /// Its id (its page is `/events/{id}`).
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// "Vienna, AT".
    pub place: String,
    /// "3 March 2027 – 5 March 2027".
    pub dates: String,
    /// The deadline for requests.
    pub requests_close_at: Instant,
}

impl EventCard {
    /// The card of `event` for a reader of `language`.
    pub fn of(event: &event::Model, language: Language) -> Self {
        Self {
            id: event.id,
            name: event.name.clone(),
            place: format!("{}, {}", event.city, event.country),
            dates: format!(
                "{} – {}",
                date(event.starts_on, language),
                date(event.ends_on, language)
            ),
            requests_close_at: instant(event.request_deadline, language),
        }
    }
}

/// An application as the dashboard lists it.
#[derive(Debug, Clone, Serialize)]
pub struct ApplicationRow {
    /// Its id (its page is `/portal/applications/{id}`).
    pub id: Uuid,
    /// Its title.
    pub title: String,
    /// Its state, in words.
    pub status: String,
    /// What happens next, in one sentence.
    pub next: String,
}

impl ApplicationRow {
    /// The row of `application` for a reader of `language`.
    pub fn of(application: &ApplicationResponse, language: Language) -> Self {
        let status = status_key(application.status);
        Self {
            id: application.id,
            title: application.title.clone(),
            status: Message::new(format!("portal-status-{status}")).render(language),
            next: Message::new(format!("portal-next-{status}")).render(language),
        }
    }
}

/// The catalogue's name for an application state (`under-review`).
pub(super) fn status_key(status: ApplicationStatus) -> &'static str {
    match status {
        ApplicationStatus::Draft => "draft",
        ApplicationStatus::Submitted => "submitted",
        ApplicationStatus::Eligible => "eligible",
        ApplicationStatus::Ineligible => "ineligible",
        ApplicationStatus::UnderReview => "under-review",
        ApplicationStatus::Awarded => "awarded",
        ApplicationStatus::Rejected => "rejected",
        ApplicationStatus::Withdrawn => "withdrawn",
        ApplicationStatus::Appealed => "appealed",
    }
}

fn grant_range(call: &CallResponse, language: Language) -> String {
    match (
        crate::money::parse_decimal(&call.min_grant),
        crate::money::parse_decimal(&call.max_grant),
    ) {
        (Ok(low), Ok(high)) => amount_range(low, high, call.currency, language),
        _ => range(
            &call.min_grant,
            &format!("{}\u{a0}{}", call.max_grant, call.currency.code()),
        ),
    }
}

/// "`from` – `to`" with each end isolated (U+2068 … U+2069, as `<bdi>` does), so that two
/// amounts read in order on a right-to-left page as on a left-to-right one.
pub fn range(from: &str, to: &str) -> String {
    format!("\u{2068}{from}\u{2069} – \u{2068}{to}\u{2069}")
}

/// A call's themes by their names in `language`, comma-separated.
fn themes(call: &CallResponse, language: Language) -> String {
    call.thematic_areas
        .iter()
        .filter_map(|theme| serde_json::to_value(theme).ok()?.as_str().map(str::to_owned))
        .map(|code| Message::new(format!("portal-theme-{}", code.replace('_', "-"))).render(language))
        .collect::<Vec<_>>()
        .join(&Message::new("portal-list-separator").render(language))
}

/// A call's office regions by their names in `language`, comma-separated.
fn regions(call: &CallResponse, office: &OfficeRegions, language: Language) -> String {
    call.regions
        .iter()
        .map(|region| office.name_in(region, language))
        .collect::<Vec<_>>()
        .join(&Message::new("portal-list-separator").render(language))
}

/// Text split into paragraphs at blank lines.
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|paragraph| !paragraph.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_written_the_readers_way_held_to_their_currency() {
        let eur = Currency::from_code("EUR").unwrap();
        let amount_of = |text: &str| Decimal::from_str_exact(text).unwrap();
        assert_eq!(amount(amount_of("24500"), eur, Language::Fr), "24\u{a0}500,00\u{a0}EUR");
        assert_eq!(amount(amount_of("24500"), eur, Language::En), "24,500.00\u{a0}EUR");
        assert_eq!(amount(amount_of("24500"), eur, Language::Es), "24.500,00\u{a0}EUR");
        assert_eq!(written("18000.00", eur, Language::Ar), "18,000.00\u{a0}EUR");
        assert_eq!(
            amount_range(amount_of("10000"), amount_of("50000"), eur, Language::Fr),
            "\u{2068}10\u{a0}000,00\u{2069} – \u{2068}50\u{a0}000,00\u{a0}EUR\u{2069}"
        );
    }

    #[test]
    fn a_deadline_is_written_out_with_its_time_zone() {
        let at = DateTime::parse_from_rfc3339("2027-01-15T17:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let shown = instant(at, Language::En);
        assert_eq!(shown.text, "15 January 2027, 17:00 UTC");
        assert_eq!(shown.iso, "2027-01-15T17:00:00Z");
        assert_eq!(instant(at, Language::Fr).text, "15 janvier 2027, 17:00 UTC");
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        assert_eq!(paragraphs("One.\n\n  Two.\n\n\n"), vec!["One.", "Two."]);
    }
}
