//! What the award pages show, made from what the awards service answers: the amount with
//! its currency, each tranche with what is paid and which comes next, each report with its
//! due date and state, in the reader's language. Pure functions, tested without a browser.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use uuid::Uuid;

use super::views::{Instant, amount, date, instant, written};
use crate::awards::json::{AwardResponse, AwardTrancheResponse, ObligationResponse};
use crate::awards::rules::{AwardStatus, ObligationStatus, ReportKind};
use crate::awards::service::NextSteps;
use crate::awards::store::award;
use crate::i18n::{Language, Message};
use crate::money::{self, Currency};

/// An award as its page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct AwardView {
    /// Its id.
    pub id: Uuid,
    /// The reference printed on the letter.
    pub reference: String,
    /// The organisation's legal name.
    pub organisation: String,
    /// "50000.00 EUR".
    pub amount: String,
    /// Its state, in words.
    pub status: String,
    /// Whether the terms wait for acceptance.
    pub pending: bool,
    /// When it was awarded.
    pub awarded_at: Instant,
    /// Paid so far, with the currency.
    pub paid: String,
    /// Still to be paid, with the currency.
    pub outstanding: String,
    /// The tranches in order.
    pub tranches: Vec<TrancheRow>,
    /// The reports owed, in order.
    pub reports: Vec<ReportRow>,
}

/// A tranche as the award page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct TrancheRow {
    /// Its position, from 1.
    pub number: i32,
    /// Its amount, with the currency.
    pub amount: String,
    /// When it is due.
    pub due: String,
    /// The condition written in the decision.
    pub condition: String,
    /// Paid against it, with the currency.
    pub paid: String,
    /// "Paid", "Next" or "To come", in words.
    pub state: String,
    /// Whether it is the next tranche to be paid.
    pub next: bool,
}

/// A report owed, as the award page and the dashboard show it.
#[derive(Debug, Clone, Serialize)]
pub struct ReportRow {
    /// The obligation's id (its page is `/portal/reports/{id}`).
    pub id: Uuid,
    /// Which report, in words.
    pub kind: String,
    /// When it is due.
    pub due: String,
    /// Its state, in words.
    pub status: String,
    /// Whether the organisation may still add files and submit it.
    pub open: bool,
    /// When it was submitted.
    pub submitted_at: Option<Instant>,
    /// The note sent with it.
    pub summary: Option<String>,
}

impl AwardView {
    /// The page of `award` for a reader of `language`.
    pub fn of(award: &AwardResponse, language: Language) -> Self {
        let currency = award.summary.currency;
        let tranches = tranche_rows(&award.tranches, currency, language);
        Self {
            id: award.summary.id,
            reference: award.summary.reference.clone(),
            organisation: award.summary.organisation_name.clone().unwrap_or_default(),
            amount: written(&award.summary.amount, currency, language),
            status: award_status(award.summary.status, language),
            pending: award.summary.status == AwardStatus::PendingAcceptance,
            awarded_at: instant(award.summary.awarded_at, language),
            paid: written(&award.totals.disbursed, currency, language),
            outstanding: written(&award.totals.outstanding, currency, language),
            tranches,
            reports: award
                .reporting_obligations
                .iter()
                .map(|report| ReportRow::of(report, language))
                .collect(),
        }
    }
}

/// The tranches in order; the first not paid in full is the next.
fn tranche_rows(tranches: &[AwardTrancheResponse], currency: Currency, language: Language) -> Vec<TrancheRow> {
    let mut next_found = false;
    tranches
        .iter()
        .map(|tranche| {
            let paid_in_full = is_paid_in_full(tranche);
            let next = !paid_in_full && !next_found;
            next_found |= next;
            TrancheRow::of(tranche, (paid_in_full, next), currency, language)
        })
        .collect()
}

impl TrancheRow {
    fn of(
        tranche: &AwardTrancheResponse,
        (paid_in_full, next): (bool, bool),
        currency: Currency,
        language: Language,
    ) -> Self {
        let state = match (paid_in_full, next) {
            (true, _) => "portal-tranche-paid",
            (false, true) => "portal-tranche-next",
            (false, false) => "portal-tranche-to-come",
        };
        Self {
            number: tranche.number,
            amount: written(&tranche.amount, currency, language),
            due: date(tranche.due_on, language),
            condition: tranche.condition.clone(),
            paid: written(&tranche.paid, currency, language),
            state: Message::new(state).render(language),
            next,
        }
    }
}

impl ReportRow {
    /// The row of a reporting obligation for a reader of `language`.
    pub fn of(report: &ObligationResponse, language: Language) -> Self {
        Self {
            id: report.id,
            kind: report_kind(report.kind, language),
            due: date(report.due_on, language),
            status: Message::new(format!("portal-report-status-{}", report.status.as_str())).render(language),
            open: report.status != ObligationStatus::Received,
            submitted_at: report.submitted_at.map(|at| instant(at, language)),
            summary: report.summary.clone(),
        }
    }
}

/// An award as the dashboard lists it, with what comes next.
#[derive(Debug, Clone, Serialize)]
pub struct AwardRow {
    /// Its id.
    pub id: Uuid,
    /// Its reference.
    pub reference: String,
    /// Its amount, with the currency.
    pub amount: String,
    /// Its state, in words.
    pub status: String,
    /// The next payment, in one sentence.
    pub next_payment: String,
    /// The next report, in one sentence.
    pub next_report: String,
}

impl AwardRow {
    /// The row of `award` with what comes next on it, for a reader of `language`.
    pub fn of(award: &award::Model, next: Option<&NextSteps>, language: Language) -> Self {
        let currency = award.currency;
        let next_payment = match (award.status, next.and_then(|next| next.tranche.as_ref())) {
            (AwardStatus::PendingAcceptance, _) => Message::new("portal-award-next-accept"),
            (AwardStatus::Active, Some(tranche)) => Message::new("portal-award-next-payment")
                .with("amount", amount(money::from_stored(tranche.amount), currency, language))
                .with("date", date(tranche.due_on, language)),
            _ => Message::new("portal-award-next-none"),
        };
        let next_report = match next.and_then(|next| next.report.as_ref()) {
            Some(report) => Message::new("portal-award-next-report")
                .with("report", report_kind(report.kind, language))
                .with("date", date(report.due_on, language)),
            None => Message::new("portal-award-next-none"),
        };
        Self {
            id: award.id,
            reference: award.reference.clone(),
            amount: amount(money::from_stored(award.amount), currency, language),
            status: award_status(award.status, language),
            next_payment: next_payment.render(language),
            next_report: next_report.render(language),
        }
    }
}

/// Who accepted an award's terms and when, as its page states it.
pub fn acceptance(name: &str, at: DateTime<Utc>, language: Language) -> String {
    Message::new("portal-award-accepted-by")
        .with("name", name.to_owned())
        .with("date", instant(at, language).text)
        .render_on_page(language)
}

/// A report's kind in words.
pub fn report_kind(kind: ReportKind, language: Language) -> String {
    Message::new(format!("portal-report-kind-{}", kind.as_str().replace('_', "-"))).render(language)
}

/// An award's state in words.
fn award_status(status: AwardStatus, language: Language) -> String {
    Message::new(format!("portal-award-status-{}", status.as_str().replace('_', "-"))).render(language)
}

/// Whether a tranche has been paid in full (its amounts are the service's exact decimals).
fn is_paid_in_full(tranche: &AwardTrancheResponse) -> bool {
    match (tranche.paid.parse::<Decimal>(), tranche.amount.parse::<Decimal>()) {
        (Ok(paid), Ok(amount)) => paid >= amount,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn tranche(number: i32, amount: &str, paid: &str) -> AwardTrancheResponse {
        AwardTrancheResponse {
            id: Uuid::new_v4(),
            number,
            amount: amount.to_owned(),
            percent: None,
            due_on: NaiveDate::from_ymd_opt(2027, 3, 1).unwrap(),
            condition: "signature".to_owned(),
            condition_report_id: None,
            condition_met: true,
            paid: paid.to_owned(),
            committed: paid.to_owned(),
        }
    }

    #[test]
    fn the_first_tranche_not_paid_in_full_is_the_next() {
        let currency = Currency::from_code("EUR").unwrap();
        let tranches = [
            tranche(1, "6000.00", "6000.00"),
            tranche(2, "2000.00", "500.00"),
            tranche(3, "2000.00", "0.00"),
        ];
        let rows = tranche_rows(&tranches, currency, Language::En);
        let marks: Vec<(&str, bool)> = rows.iter().map(|row| (row.state.as_str(), row.next)).collect();
        assert_eq!(marks, vec![("Paid", false), ("Next", true), ("To come", false)]);
        assert_eq!(rows[1].amount, "2,000.00\u{a0}EUR");
        assert_eq!(rows[1].paid, "500.00\u{a0}EUR");
        assert_eq!(rows[1].due, "1 March 2027");
    }
}
