//! Documents: the letters grantdesk issues and the files people upload.
//!
//! **Uploaded files** (`handlers.rs`, `service.rs`, `rules.rs`, `store.rs`, `storage.rs`,
//! `keys.rs`): a document is attached to a subject (an application, an organisation's
//! standing papers, a sponsored trip's tickets and receipts, a report owed under an award,
//! the evidence of a due-diligence checklist item, an appeal's annexes) and readable by
//! exactly those who may see the subject. An upload is streamed: its format is decided
//! from its first bytes (PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, CSV, plain text), its size
//! limits while it arrives, and it is stored in the database in encrypted chunks of about
//! 1 MiB (AES-256-GCM under the office's data key, `keys.rs`), deduplicated by sha256
//! within the organisation. Downloads stream chunk by chunk. The bytes are behind one
//! small trait (`storage::ContentStore`), so another backend can be added later.
//!
//! **Letters issued as PDF**: the award letter and the sponsorship letter.
//!
//! The wording lives in `templates/letters/` (minijinja, autoescaped HTML, each letter extending
//! the frame `letter.html`). Each letter's module turns a plain description of the document into
//! its template's context; `letters.rs` renders any letter's template, and `pdf.rs` turns the
//! rendered HTML into PDF bytes with printpdf (see there for what is done beyond printpdf's HTML
//! engine: footers, embedded fonts only, and byte-for-byte repeatable output). Nothing here
//! touches the database or HTTP: callers gather the facts and store or send the bytes.

mod amounts;
mod award_letter;
mod handlers;
pub mod json;
pub mod keys;
mod letters;
mod locale;
mod number_words;
mod pdf;
pub mod rules;
pub mod service;
mod sponsorship_letter;
pub mod storage;
pub mod store;
#[cfg(test)]
mod tests;

use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::ProblemKind;

/// The problems each operation of uploaded documents can answer with besides the usual
/// ones (see [`crate::error::OperationProblems`]).
pub const CONFLICTS: crate::error::OperationProblems = &[
    (
        "upload_application_document",
        &[
            ProblemKind::DocumentLocked,
            ProblemKind::FileTooLarge,
            ProblemKind::UnsupportedFileType,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "upload_organisation_document",
        &[
            ProblemKind::FileTooLarge,
            ProblemKind::UnsupportedFileType,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "upload_sponsorship_document",
        &[
            ProblemKind::DocumentLocked,
            ProblemKind::FileTooLarge,
            ProblemKind::UnsupportedFileType,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "upload_report_document",
        &[
            ProblemKind::DocumentLocked,
            ProblemKind::FileTooLarge,
            ProblemKind::UnsupportedFileType,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "upload_evidence_document",
        &[
            ProblemKind::DocumentLocked,
            ProblemKind::FileTooLarge,
            ProblemKind::UnsupportedFileType,
            ProblemKind::ConcurrentChange,
        ],
    ),
    (
        "upload_appeal_document",
        &[
            ProblemKind::DocumentLocked,
            ProblemKind::FileTooLarge,
            ProblemKind::UnsupportedFileType,
            ProblemKind::ConcurrentChange,
        ],
    ),
    ("delete_document", &[ProblemKind::DocumentLocked]),
];

/// Routes of uploaded documents. Uploads are not held to the 1 MiB body limit of JSON
/// requests: the service enforces the file limits while it streams.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(
            handlers::upload_application_document,
            handlers::list_application_documents
        ))
        .routes(routes!(
            handlers::upload_organisation_document,
            handlers::list_organisation_documents
        ))
        .routes(routes!(
            handlers::upload_sponsorship_document,
            handlers::list_sponsorship_documents
        ))
        .routes(routes!(
            handlers::upload_report_document,
            handlers::list_report_documents
        ))
        .routes(routes!(
            handlers::upload_evidence_document,
            handlers::list_evidence_documents
        ))
        .routes(routes!(
            handlers::upload_appeal_document,
            handlers::list_appeal_documents
        ))
        .routes(routes!(handlers::get_document, handlers::delete_document))
        .layer(axum::extract::DefaultBodyLimit::disable())
}

pub use amounts::amount_in_words;
pub use award_letter::{AwardLetter, LetterAcceptance, LetterObligation, LetterTranche, render_award_letter};
pub use locale::{ArabicDigits, LetterLocale};
pub use sponsorship_letter::{ConsularDetails, CoveredItem, SponsorshipLetter, render_sponsorship_letter};

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
