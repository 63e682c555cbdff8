//! The sponsorship letter: the office's invitation of one traveller to an event, the costs it
//! sponsors, and its request that the traveller's visa be facilitated. The traveller shows it to
//! an embassy or consulate, so it states what a visa application needs and nothing more.

use std::borrow::Cow;

use chrono::{DateTime, NaiveDate, Utc};
use iso_currency::Currency;
use rust_decimal::Decimal;
use serde::Serialize;

use super::DocumentError;
use super::letters::{
    LetterFrame, SPONSORSHIP_TEMPLATE, checked_figures, isolated, printable, render_letter, serialize_currency_code,
};
use super::locale::LetterLocale;
use crate::i18n::Message;

/// Everything a sponsorship letter states; the caller gathers it from the sponsorship request,
/// its event, traveller and organisation, and from the computed entitlement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SponsorshipLetter {
    /// The language of the letter (the organisation's correspondence language, or one asked
    /// for, e.g. the consulate's) and how it writes its digits. Names stay as written.
    #[serde(skip)]
    pub locale: LetterLocale,
    /// Name of the sponsoring office, printed as the letterhead and in the body.
    pub office_name: String,
    /// The sponsorship's reference (e.g. `SP-2026-3F9A1C2B`), printed on every page.
    pub reference: String,
    /// Date the letter is issued.
    pub issued_on: NaiveDate,
    /// Name of the traveller's organisation, in any script.
    pub organisation_name: String,
    /// The organisation's country, as it should be printed.
    pub organisation_country: String,
    /// The traveller's full name as written in their passport, in any script.
    pub traveller_name: String,
    /// The traveller's nationality, as the printed name of a country.
    pub traveller_nationality: String,
    /// The traveller's role in the organisation (e.g. "Programme coordinator").
    pub traveller_role: String,
    /// Where the traveller sets out from (e.g. "Bishkek, Kyrgyzstan").
    pub origin: String,
    /// Name of the event the traveller is invited to.
    pub event_name: String,
    /// Venue of the event; left out of the letter when empty.
    pub event_venue: String,
    /// City the event is held in.
    pub event_city: String,
    /// Country the event is held in, as it should be printed.
    pub event_country: String,
    /// First day of the event.
    pub starts_on: NaiveDate,
    /// Last day of the event.
    pub ends_on: NaiveDate,
    /// Day the traveller is expected to arrive.
    pub arrival_on: NaiveDate,
    /// Day the traveller is expected to depart.
    pub departure_on: NaiveDate,
    /// Nights between arrival and departure; zero for a same-day visit.
    pub nights: u32,
    /// The event's currency, in which every amount of the letter is stated.
    #[serde(serialize_with = "serialize_currency_code")]
    pub currency: Currency,
    /// What the sponsorship covers, in the order the letter lists it.
    pub covered: Vec<CoveredItem>,
    /// The traveller's entitlement, with at most the currency's minor unit of decimals.
    pub total: Decimal,
    /// Share of the total, in percent, paid before travel.
    pub advance_percent: u32,
    /// Amount of that advance, already rounded to the currency's minor unit by the caller.
    pub advance: Decimal,
    /// Name of the officer who signs the letter.
    pub officer_name: String,
    /// Stable identifier of the letter (the sponsorship request's id), written into the PDF's
    /// metadata.
    pub document_id: String,
    /// Creation instant written into the PDF's metadata, fixed so that a letter re-renders
    /// identically.
    pub created_at: DateTime<Utc>,
    /// What a consulate needs beyond the invitation: the passport details, the office's
    /// contact block and the verification code; `None` for a letter without them (tests of
    /// the layout).
    pub consular: Option<ConsularDetails>,
}

/// The visa-support part of a sponsorship letter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConsularDetails {
    /// The traveller's name in Latin script, as in the passport's machine-readable zone;
    /// printed beside the name as written when the two differ.
    pub passport_name: String,
    /// The passport's number.
    pub passport_number: String,
    /// The traveller's date of birth.
    pub date_of_birth: NaiveDate,
    /// The last day the passport is valid.
    pub passport_expiry: NaiveDate,
    /// How a consulate reaches the office (each line left out when unset).
    pub contact: crate::config::OfficeContact,
    /// The letter's verification code.
    pub verification_code: String,
    /// The absolute address where anyone checks it.
    pub verification_url: String,
}

/// One cost the sponsorship covers, in the letter's currency.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CoveredItem {
    /// What is covered, as printed (e.g. "Daily subsistence allowance: 4 nights at 312.00 EUR",
    /// "Terminal expenses (4 journey ends)", "Return airfare from Bishkek").
    pub label: String,
    /// Amount covered, with at most the currency's minor unit of decimals.
    pub amount: Decimal,
}

/// Renders the sponsorship letter as an A4 PDF: the wording of `templates/letters/sponsorship.html`,
/// names in any script DejaVu Sans covers (Arabic shaped and right to left), and "Sponsorship
/// letter REFERENCE · page X of Y" at the foot of every page.
///
/// The same letter always gives the same bytes. Every amount (each covered item, the total and
/// the advance) must be non-negative and have no more decimals than the currency's minor unit:
/// the letter states what is paid, so it never rounds.
pub fn render_sponsorship_letter(letter: &SponsorshipLetter) -> Result<Vec<u8>, DocumentError> {
    let context = SponsorshipContext::new(letter)?;
    render_letter(SPONSORSHIP_TEMPLATE, &context, &letter.document_id, letter.created_at)
}

/// The template's view of a sponsorship letter: every value already formatted for print in the
/// letter's language, and every text stripped of the characters XML cannot hold.
#[derive(Serialize)]
struct SponsorshipContext<'a> {
    #[serde(flatten)]
    frame: LetterFrame<'a>,
    organisation_name: Cow<'a, str>,
    organisation_country: Cow<'a, str>,
    traveller_name: Cow<'a, str>,
    traveller_nationality: Cow<'a, str>,
    traveller_role: Cow<'a, str>,
    origin: Cow<'a, str>,
    event_name: Cow<'a, str>,
    /// Where the event is held: "venue, city, country", without the venue when it is unknown.
    place: String,
    /// When it is held: one date, or "from ... to ...".
    dates: String,
    event_city: Cow<'a, str>,
    event_country: Cow<'a, str>,
    arrival_on: String,
    departure_on: String,
    /// The number of nights, which chooses the plural form, and as printed.
    nights: u32,
    nights_shown: String,
    currency_code: &'static str,
    covered: Vec<CoveredContext<'a>>,
    total_in_figures: String,
    total_in_words: String,
    advance_percent: String,
    advance_in_figures: String,
    #[serde(flatten)]
    consular: Option<ConsularContext<'a>>,
}

/// The template's view of the visa-support part, formatted in the letter's language.
#[derive(Serialize)]
struct ConsularContext<'a> {
    /// The Latin name, only when it differs from the name as written.
    passport_name_latin: Option<Cow<'a, str>>,
    passport_number: Cow<'a, str>,
    date_of_birth: String,
    passport_expiry: String,
    /// The contact lines: the catalogue id of each label and its value.
    contact: Vec<(&'static str, Cow<'a, str>)>,
    verification_code: Cow<'a, str>,
    verification_url: Cow<'a, str>,
}

impl<'a> ConsularContext<'a> {
    fn new(details: &'a ConsularDetails, traveller_name: &str, locale: &LetterLocale) -> Self {
        let written = traveller_name
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_uppercase();
        let contact = &details.contact;
        Self {
            passport_name_latin: (written != details.passport_name).then(|| isolated(locale, &details.passport_name)),
            passport_number: printable(&details.passport_number),
            date_of_birth: locale.date(details.date_of_birth),
            passport_expiry: locale.date(details.passport_expiry),
            contact: [
                ("letter-contact-address", &contact.address),
                ("letter-contact-phone", &contact.phone),
                ("letter-contact-email", &contact.email),
                ("letter-contact-website", &contact.website),
            ]
            .into_iter()
            .filter_map(|(label, value)| value.as_deref().map(|value| (label, printable(value))))
            .collect(),
            verification_code: printable(&details.verification_code),
            verification_url: printable(&details.verification_url),
        }
    }
}

#[derive(Serialize)]
struct CoveredContext<'a> {
    label: Cow<'a, str>,
    amount: String,
}

impl<'a> SponsorshipContext<'a> {
    fn new(letter: &'a SponsorshipLetter) -> Result<Self, DocumentError> {
        let currency = letter.currency;
        let locale = &letter.locale;
        let total_in_figures = checked_figures(locale, letter.total, currency)?;
        let advance_in_figures = checked_figures(locale, letter.advance, currency)?;
        let covered = letter
            .covered
            .iter()
            .map(|item| {
                Ok(CoveredContext {
                    label: printable(&item.label),
                    amount: checked_figures(locale, item.amount, currency)?,
                })
            })
            .collect::<Result<_, DocumentError>>()?;
        let separator = if locale.language == crate::i18n::Language::Ar {
            "، "
        } else {
            ", "
        };
        let place = [letter.event_venue.trim(), &letter.event_city, &letter.event_country]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(separator);
        let dates = if letter.starts_on == letter.ends_on {
            locale.text(Message::new("letter-date-single").with("date", locale.date(letter.starts_on)))
        } else {
            locale.text(
                Message::new("letter-date-range")
                    .with("start", locale.date(letter.starts_on))
                    .with("end", locale.date(letter.ends_on)),
            )
        };
        Ok(Self {
            frame: LetterFrame::new(
                locale,
                &letter.office_name,
                &letter.reference,
                letter.issued_on,
                &letter.officer_name,
            ),
            organisation_name: isolated(locale, &letter.organisation_name),
            organisation_country: printable(&letter.organisation_country),
            traveller_name: isolated(locale, &letter.traveller_name),
            traveller_nationality: printable(&letter.traveller_nationality),
            traveller_role: printable(&letter.traveller_role),
            origin: printable(&letter.origin),
            event_name: printable(&letter.event_name),
            place: printable(&place).into_owned(),
            dates,
            event_city: printable(&letter.event_city),
            event_country: printable(&letter.event_country),
            arrival_on: locale.date(letter.arrival_on),
            departure_on: locale.date(letter.departure_on),
            nights: letter.nights,
            nights_shown: locale.number(letter.nights),
            currency_code: currency.code(),
            covered,
            total_in_figures,
            total_in_words: locale.words(letter.total, currency),
            advance_percent: locale.percent(letter.advance_percent),
            advance_in_figures,
            consular: letter
                .consular
                .as_ref()
                .map(|details| ConsularContext::new(details, &letter.traveller_name, locale)),
        })
    }
}
