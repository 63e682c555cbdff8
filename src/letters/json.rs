//! What the verification of a letter answers, with its OpenAPI schema.

use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;

/// Whether a letter is genuine and current, and only what lets a consular officer match it
/// with the paper in front of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct LetterVerification {
    /// Always true: an unknown code answers 404.
    pub genuine: bool,
    /// `current`, or `withdrawn` once the sponsorship was cancelled.
    pub status: LetterStatus,
    /// The letter's reference, as printed.
    pub reference: String,
    /// The day the letter was first issued.
    pub issued_on: NaiveDate,
    /// The traveller's initials (`A. S.`).
    pub traveller_initials: String,
    /// The last three characters of the passport's number.
    pub passport_number_suffix: String,
    /// The event the traveller is invited to.
    pub event_name: String,
    /// Its first day.
    pub event_starts_on: NaiveDate,
    /// Its last day.
    pub event_ends_on: NaiveDate,
    /// When the letter was withdrawn, if it was.
    pub withdrawn_on: Option<NaiveDate>,
}

/// Whether a letter still stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LetterStatus {
    /// The sponsorship stands.
    Current,
    /// The sponsorship was cancelled: the letter no longer supports a visa.
    Withdrawn,
}
