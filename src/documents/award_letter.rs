//! The award letter: the terms of an award as the organisation reads, accepts and files them.

use std::borrow::Cow;
use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, Utc};
use iso_currency::Currency;
use minijinja::value::{Serde, Value};
use minijinja::{Environment, UndefinedBehavior};
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use super::DocumentError;
use super::amounts::{amount_in_figures, amount_in_words, fits_minor_unit};
use super::pdf::{DocumentInfo, render_html};

/// Everything an award letter states; the caller gathers it from the award, its application,
/// call and organisation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AwardLetter {
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
    /// What is to be reported (e.g. "Interim narrative and financial report").
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
    let environment = TEMPLATES
        .as_ref()
        .map_err(|error| DocumentError::Template(error.to_string()))?;
    let template = environment.get_template(AWARD_TEMPLATE)?;
    let mut rendered = template.render_captured(Serde(&context))?;
    let html = rendered.output().to_owned();
    let title = rendered.with_state_mut(|state| state.call_macro("document_title", &[]))?;
    let subject = rendered.with_state_mut(|state| state.call_macro("document_subject", &[]))?;
    let info = DocumentInfo {
        title: title.trim(),
        subject: subject.trim(),
        document_id: &letter.document_id,
        created_at: letter.created_at,
    };
    render_html(&html, &info, |page, pages| {
        let arguments = [Value::from(page), Value::from(pages)];
        let footer = rendered.with_state_mut(|state| state.call_macro("page_footer", &arguments))?;
        Ok(footer.trim().to_owned())
    })
}

const AWARD_TEMPLATE: &str = "letters/award.html";

/// The letter templates, compiled once; the `.html` name turns HTML autoescaping on.
static TEMPLATES: LazyLock<Result<Environment<'static>, String>> = LazyLock::new(|| {
    let mut environment = Environment::new();
    environment.set_undefined_behavior(UndefinedBehavior::Strict);
    environment
        .add_template(AWARD_TEMPLATE, include_str!("../../templates/letters/award.html"))
        .map_err(|error| format!("{error:#}"))?;
    Ok(environment)
});

/// The template's view of a letter: every value already formatted for print, and every text
/// stripped of the characters XML cannot hold.
#[derive(Serialize)]
struct LetterContext<'a> {
    office_name: Cow<'a, str>,
    reference: Cow<'a, str>,
    issued_on: String,
    organisation_name: Cow<'a, str>,
    organisation_country: Cow<'a, str>,
    project_title: Cow<'a, str>,
    call_title: Cow<'a, str>,
    amount_in_figures: String,
    currency_code: &'static str,
    amount_in_words: String,
    tranches: Vec<TrancheContext<'a>>,
    obligations: Vec<ObligationContext<'a>>,
    officer_name: Cow<'a, str>,
}

#[derive(Serialize)]
struct TrancheContext<'a> {
    number: u32,
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
        check_amount(letter.amount, currency)?;
        let tranches = letter
            .tranches
            .iter()
            .map(|tranche| {
                check_amount(tranche.amount, currency)?;
                Ok(TrancheContext {
                    number: tranche.number,
                    due_on: long_date(tranche.due_on),
                    amount: amount_in_figures(tranche.amount, currency),
                    condition: printable(&tranche.condition),
                })
            })
            .collect::<Result<_, DocumentError>>()?;
        let obligations = letter
            .obligations
            .iter()
            .map(|obligation| ObligationContext {
                label: printable(&obligation.label),
                due_on: long_date(obligation.due_on),
            })
            .collect();
        Ok(Self {
            office_name: printable(&letter.office_name),
            reference: printable(&letter.reference),
            issued_on: long_date(letter.issued_on),
            organisation_name: printable(&letter.organisation_name),
            organisation_country: printable(&letter.organisation_country),
            project_title: printable(&letter.project_title),
            call_title: printable(&letter.call_title),
            amount_in_figures: amount_in_figures(letter.amount, currency),
            currency_code: currency.code(),
            amount_in_words: amount_in_words(letter.amount, currency),
            tranches,
            obligations,
            officer_name: printable(&letter.officer_name),
        })
    }
}

/// Refuses what a letter must not print: a negative amount, or one the currency cannot hold.
fn check_amount(amount: Decimal, currency: Currency) -> Result<(), DocumentError> {
    let reason = if amount.is_sign_negative() && !amount.is_zero() {
        "it is negative"
    } else if !fits_minor_unit(amount, currency) {
        "it has more decimals than the currency's minor unit"
    } else {
        return Ok(());
    };
    Err(DocumentError::InvalidAmount {
        amount,
        currency: currency.code(),
        reason,
    })
}

/// The text without the control characters XML 1.0 forbids (all of C0 but tab, line feed and
/// carriage return, and U+FFFE/U+FFFF): the layout engine parses the page as XML and would
/// refuse the whole letter for one stray byte in a name.
fn printable(text: &str) -> Cow<'_, str> {
    let forbidden = |character: char| matches!(character, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}');
    if text.contains(forbidden) {
        Cow::Owned(text.chars().filter(|character| !forbidden(*character)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// A date as English letters write it: "23 November 2026".
fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

fn serialize_currency_code<S: Serializer>(currency: &Currency, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(currency.code())
}
