//! What every letter shares: the compiled templates, the way a rendered template becomes a PDF
//! with its metadata and page footers, and the formatting of values for print.
//!
//! A letter module only turns its plain description into a template context (checking its
//! amounts and making its texts printable) and hands it to [`render_letter`], so that every
//! letter is laid out, titled, footed and made repeatable the same way.

use std::borrow::Cow;
use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, Utc};
use iso_currency::Currency;
use minijinja::value::{Serde, Value};
use minijinja::{Environment, UndefinedBehavior};
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use super::DocumentError;
use super::amounts::fits_minor_unit;
use super::locale::LetterLocale;
use super::pdf::{DocumentInfo, render_html};
use crate::i18n::Language;

/// Name of the frame every letter's template extends.
const FRAME_TEMPLATE: &str = "letters/letter.html";
/// Name of the award letter's template.
pub(super) const AWARD_TEMPLATE: &str = "letters/award.html";
/// Name of the sponsorship letter's template.
pub(super) const SPONSORSHIP_TEMPLATE: &str = "letters/sponsorship.html";

/// Renders the template `template_name` with `context` and lays it out as a PDF.
///
/// The template extends `letters/letter.html`, and `context` flattens a [`LetterFrame`] in. Three
/// macros give the text around the layout: `document_title()` and `document_subject()` the PDF's
/// metadata, `page_footer(page, pages)` the line drawn at the foot of every page. `document_id`
/// and `created_at` are written into the metadata and make the file identifier, so the same
/// arguments always give the same bytes.
pub(super) fn render_letter(
    template_name: &str,
    context: &impl Serialize,
    document_id: &str,
    created_at: DateTime<Utc>,
) -> Result<Vec<u8>, DocumentError> {
    let environment = TEMPLATES
        .as_ref()
        .map_err(|error| DocumentError::Template(error.to_string()))?;
    let template = environment.get_template(template_name)?;
    let mut rendered = template.render_captured(Serde(context))?;
    let html = rendered.output().to_owned();
    let title = rendered.with_state_mut(|state| state.call_macro("document_title", &[]))?;
    let subject = rendered.with_state_mut(|state| state.call_macro("document_subject", &[]))?;
    let info = DocumentInfo {
        title: title.trim(),
        subject: subject.trim(),
        document_id,
        created_at,
    };
    render_html(&html, &info, |page, pages| {
        let arguments = [Value::from(page), Value::from(pages)];
        let footer = rendered.with_state_mut(|state| state.call_macro("page_footer", &arguments))?;
        Ok(footer.trim().to_owned())
    })
}

/// A name as a letter prints it: stripped like any text and, in a right-to-left (Arabic)
/// letter, isolated with FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (U+2068, U+2069), so
/// that a Latin or mixed name takes its own direction and does not scramble the Arabic line
/// around it (Unicode bidirectional algorithm, UAX #9).
pub(super) fn isolated<'a>(locale: &LetterLocale, name: &'a str) -> Cow<'a, str> {
    let name = printable(name);
    if locale.language.is_right_to_left() {
        Cow::Owned(crate::i18n::isolated(&name))
    } else {
        name
    }
}

/// What the frame (`letters/letter.html`) prints in every letter: the office as the letterhead,
/// the date, the reference and the signing officer, and the language the letter speaks (its
/// code, direction and fonts). Each letter's context flattens it in, so that its own template
/// reads the same names.
#[derive(Serialize)]
pub(super) struct LetterFrame<'a> {
    office_name: Cow<'a, str>,
    reference: Cow<'a, str>,
    issued_on: String,
    officer_name: Cow<'a, str>,
    /// The language's code, which the template function `t` reads.
    lang: &'static str,
    dir: &'static str,
    font: &'static str,
    bold_font: &'static str,
}

impl<'a> LetterFrame<'a> {
    pub(super) fn new(
        locale: &LetterLocale,
        office_name: &'a str,
        reference: &'a str,
        issued_on: NaiveDate,
        officer_name: &'a str,
    ) -> Self {
        let language = locale.language;
        // Droid Sans Fallback covers Chinese and has no bold face; DejaVu Sans covers the rest.
        let (font, bold_font) = match language {
            Language::Zh => ("Droid Sans Fallback", "Droid Sans Fallback"),
            _ => ("DejaVu Sans", "DejaVu Sans Bold"),
        };
        Self {
            office_name: printable(office_name),
            reference: printable(reference),
            issued_on: locale.date(issued_on),
            officer_name: printable(officer_name),
            lang: language.code(),
            dir: if language.is_right_to_left() { "rtl" } else { "ltr" },
            font,
            bold_font,
        }
    }
}

/// The amount in figures as a letter prints it ("24,500.00", "24 500,00"), once
/// [`check_amount`] has accepted it: a letter states what is paid, so it never rounds.
pub(super) fn checked_figures(
    locale: &LetterLocale,
    amount: Decimal,
    currency: Currency,
) -> Result<String, DocumentError> {
    check_amount(amount, currency)?;
    Ok(locale.figures(amount, currency))
}

/// The text without the control characters XML 1.0 forbids (all of C0 but tab, line feed and
/// carriage return, and U+FFFE/U+FFFF): the layout engine parses the page as XML and would
/// refuse the whole letter for one stray byte in a name.
pub(super) fn printable(text: &str) -> Cow<'_, str> {
    let forbidden = |character: char| matches!(character, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}');
    if text.contains(forbidden) {
        Cow::Owned(text.chars().filter(|character| !forbidden(*character)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// Serialises a currency as its ISO 4217 code ("EUR"), for the letters' `currency` fields.
pub(super) fn serialize_currency_code<S: Serializer>(currency: &Currency, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(currency.code())
}

/// The letter templates, compiled once; the `.html` names turn HTML autoescaping on.
static TEMPLATES: LazyLock<Result<Environment<'static>, String>> = LazyLock::new(|| {
    let mut environment = Environment::new();
    environment.set_undefined_behavior(UndefinedBehavior::Strict);
    environment.add_function("t", crate::i18n::translate_in_template);
    let templates = [
        (FRAME_TEMPLATE, include_str!("../../templates/letters/letter.html")),
        (AWARD_TEMPLATE, include_str!("../../templates/letters/award.html")),
        (
            SPONSORSHIP_TEMPLATE,
            include_str!("../../templates/letters/sponsorship.html"),
        ),
    ];
    for (name, source) in templates {
        environment
            .add_template(name, source)
            .map_err(|error| format!("{error:#}"))?;
    }
    Ok(environment)
});

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
