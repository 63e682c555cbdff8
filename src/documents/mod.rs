//! Documents grantdesk issues as PDF: the award letter and the sponsorship letter.
//!
//! The wording lives in `templates/letters/` (minijinja, autoescaped HTML, each letter extending
//! the frame `letter.html`). Each letter's module turns a plain description of the document into
//! its template's context; `letters.rs` renders any letter's template, and `pdf.rs` turns the
//! rendered HTML into PDF bytes with printpdf (see there for what is done beyond printpdf's HTML
//! engine: footers, embedded fonts only, and byte-for-byte repeatable output). Nothing here
//! touches the database or HTTP: callers gather the facts and store or send the bytes.

mod amounts;
mod award_letter;
mod letters;
mod pdf;
mod sponsorship_letter;
#[cfg(test)]
mod tests;

pub use amounts::amount_in_words;
pub use award_letter::{AwardLetter, LetterObligation, LetterTranche, render_award_letter};
pub use sponsorship_letter::{CoveredItem, SponsorshipLetter, render_sponsorship_letter};

/// Why a document could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// An amount has more decimals than its currency's minor unit, or is negative.
    #[error("the amount {amount} cannot be printed in {currency}: {reason}")]
    InvalidAmount {
        /// The amount as given.
        amount: rust_decimal::Decimal,
        /// The ISO 4217 code of its currency.
        currency: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The template failed to compile or render (a defect of the template, not of the input).
    #[error("the letter template failed: {0}")]
    Template(String),
    /// printpdf could not lay out the rendered HTML.
    #[error("the PDF layout failed: {0}")]
    Layout(String),
    /// The laid-out document could not be serialised.
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

impl From<minijinja::Error> for DocumentError {
    fn from(error: minijinja::Error) -> Self {
        // The alternate form adds the template line that failed.
        Self::Template(format!("{error:#}"))
    }
}
