//! The award letter: the terms of an award as the organisation reads, accepts and files them.

use std::borrow::Cow;

use chrono::{DateTime, NaiveDate, Utc};
use iso_currency::Currency;
use rust_decimal::Decimal;
use serde::Serialize;

use super::DocumentError;
use super::letters::{
    AWARD_TEMPLATE, LetterFrame, checked_figures, isolated, printable, render_letter, serialize_currency_code,
};
use super::locale::LetterLocale;

/// Everything an award letter states; the caller gathers it from the award, its application,
/// call and organisation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AwardLetter {
    /// The language of the letter (the organisation's correspondence language, or one asked
    /// for) and how it writes its digits. Names stay as written.
    #[serde(skip)]
    pub locale: LetterLocale,
    /// Name of the grant-making office, printed as the letterhead and in the body.
    pub office_name: String,
    /// The award's reference (e.g. `GD-2026-3F9A1C2B`), printed on every page.
    pub reference: String,
    /// Date the letter is issued.
    pub issued_on: NaiveDate,
    /// Legal name of the organisation, in any script.
    pub organisation_name: String,
    /// The organisation's country, as it should be printed.
    pub organisation_country: String,
    /// Title of the funded project.
    pub project_title: String,
    /// Title of the funding call.
    pub call_title: String,
    /// Amount of the grant, with at most the currency's minor unit of decimals.
    pub amount: Decimal,
    /// Currency of the grant and of its tranches.
    #[serde(serialize_with = "serialize_currency_code")]
    pub currency: Currency,
    /// Tranches in the order they are paid.
    pub tranches: Vec<LetterTranche>,
    /// Reporting obligations in the order they fall due.
    pub obligations: Vec<LetterObligation>,
    /// Name of the officer who signs the letter.
    pub officer_name: String,
    /// Stable identifier of the letter (the award's id), written into the PDF's metadata.
    pub document_id: String,
    /// Creation instant written into the PDF's metadata, fixed so that a letter re-renders
    /// identically.
    pub created_at: DateTime<Utc>,
    /// Who accepted the terms for the organisation, and on which day: the letter of record
    /// states it instead of asking for acceptance.
    pub accepted: Option<LetterAcceptance>,
}

/// The acceptance an award letter of record states.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LetterAcceptance {
    /// The member who accepted, by name.
    pub person: String,
    /// The day they accepted (UTC).
    pub on: NaiveDate,
}

/// One tranche of the grant, in the letter's currency.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LetterTranche {
    /// Position of the tranche, from 1.
    pub number: u32,
    /// Date the tranche falls due.
    pub due_on: NaiveDate,
    /// Amount of the tranche.
    pub amount: Decimal,
    /// What must have happened before it is paid (e.g. "interim report received").
    pub condition: String,
}

/// One reporting obligation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LetterObligation {
    /// What is to be reported, in the letter's language (e.g. "Interim narrative report").
    pub label: String,
    /// Date the report is due.
    pub due_on: NaiveDate,
}

/// Renders the award letter as an A4 PDF: the wording of `templates/letters/award.html`, names in
/// any script DejaVu Sans covers (Arabic shaped and right to left), tranches breaking across pages
/// as needed, and "Award letter REFERENCE · page X of Y" at the foot of every page.
///
/// The same letter always gives the same bytes. Every amount must be non-negative and have no
/// more decimals than the currency's minor unit: the letter states terms, so it never rounds.
pub fn render_award_letter(letter: &AwardLetter) -> Result<Vec<u8>, DocumentError> {
    let context = LetterContext::new(letter)?;
    render_letter(AWARD_TEMPLATE, &context, &letter.document_id, letter.created_at)
}

/// The template's view of a letter: every value already formatted for print, and every text
/// stripped of the characters XML cannot hold.
#[derive(Serialize)]
struct LetterContext<'a> {
    #[serde(flatten)]
    frame: LetterFrame<'a>,
    organisation_name: Cow<'a, str>,
    organisation_country: Cow<'a, str>,
    project_title: Cow<'a, str>,
    call_title: Cow<'a, str>,
    amount_in_figures: String,
    currency_code: &'static str,
    amount_in_words: String,
    tranches: Vec<TrancheContext<'a>>,
    obligations: Vec<ObligationContext<'a>>,
    accepted_by: Option<Cow<'a, str>>,
    accepted_on: Option<String>,
}

#[derive(Serialize)]
struct TrancheContext<'a> {
    number: String,
    due_on: String,
    amount: String,
    condition: Cow<'a, str>,
}

#[derive(Serialize)]
struct ObligationContext<'a> {
    label: Cow<'a, str>,
    due_on: String,
}

impl<'a> LetterContext<'a> {
    fn new(letter: &'a AwardLetter) -> Result<Self, DocumentError> {
        let currency = letter.currency;
        let locale = &letter.locale;
        let amount_in_figures = checked_figures(locale, letter.amount, currency)?;
        let tranches = letter
            .tranches
            .iter()
            .map(|tranche| {
                Ok(TrancheContext {
                    number: locale.number(tranche.number),
                    due_on: locale.date(tranche.due_on),
                    amount: checked_figures(locale, tranche.amount, currency)?,
                    condition: printable(&tranche.condition),
                })
            })
            .collect::<Result<_, DocumentError>>()?;
        let obligations = letter
            .obligations
            .iter()
            .map(|obligation| ObligationContext {
                label: printable(&obligation.label),
                due_on: locale.date(obligation.due_on),
            })
            .collect();
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
            project_title: printable(&letter.project_title),
            call_title: printable(&letter.call_title),
            amount_in_figures,
            currency_code: currency.code(),
            amount_in_words: locale.words(letter.amount, currency),
            tranches,
            obligations,
            accepted_by: letter
                .accepted
                .as_ref()
                .map(|accepted| isolated(locale, &accepted.person)),
            accepted_on: letter.accepted.as_ref().map(|accepted| locale.date(accepted.on)),
        })
    }
}
