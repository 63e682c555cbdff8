//! The payment ledger's rules, as pure functions: which entries a query selects, one entry
//! per disbursement and one negative entry per refund, its columns and cells, the cursor
//! that continues a page, and the totals per currency of the money that moved.
//!
//! An entry's date (`entry_on`) is the day the money moved: the payment date of a paid
//! disbursement, the day a refund was received; a disbursement not (yet) paid is dated by
//! its request. `from` and `to` select on it. Payments come first, by request date, then
//! refunds, by the day they were received: each part is read a page at a time on an index.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::table::Cell;
use crate::disbursements::rules::{DisbursementStatus, SourceKind};
use crate::money::Currency;

/// The status a ledger entry has: a disbursement's, or `refunded` for money that came back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LedgerStatus {
    /// Requested, awaiting approval.
    Requested,
    /// Approved, awaiting payment.
    Approved,
    /// Paid.
    Paid,
    /// Cancelled.
    Cancelled,
    /// Money paid out that the organisation refunded (a negative entry).
    Refunded,
}

impl LedgerStatus {
    /// The disbursement status this names (none for `refunded`).
    pub fn disbursement(self) -> Option<DisbursementStatus> {
        match self {
            Self::Requested => Some(DisbursementStatus::Requested),
            Self::Approved => Some(DisbursementStatus::Approved),
            Self::Paid => Some(DisbursementStatus::Paid),
            Self::Cancelled => Some(DisbursementStatus::Cancelled),
            Self::Refunded => None,
        }
    }

    /// The stored and written name.
    pub fn as_str(self) -> &'static str {
        self.disbursement().map_or("refunded", DisbursementStatus::as_str)
    }
}

/// What selects the ledger's entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LedgerFilter {
    /// The days of `entry_on`, both included.
    pub period: super::rules::Period,
    /// Only entries of this status.
    pub status: Option<LedgerStatus>,
    /// Only payments against awards of this call (refunds belong to events, so none).
    pub call_id: Option<Uuid>,
    /// Only payments and refunds of sponsorships to this event.
    pub event_id: Option<Uuid>,
    /// Only entries of this organisation.
    pub organisation_id: Option<Uuid>,
}

impl LedgerFilter {
    /// Whether disbursements can match.
    pub fn wants_payments(&self) -> bool {
        self.status != Some(LedgerStatus::Refunded)
    }

    /// Whether refunds can match: no other status and no call asked for.
    pub fn wants_refunds(&self) -> bool {
        matches!(self.status, None | Some(LedgerStatus::Refunded)) && self.call_id.is_none()
    }
}

/// A day before every entry: where a cursor starts.
pub fn before_all() -> NaiveDate {
    NaiveDate::from_ymd_opt(1899, 12, 31).unwrap_or_default()
}

/// Where the ledger continues: after this payment (by request date and id) or this
/// refund (by the day it was received and the sponsorship's id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LedgerCursor {
    /// After the payment requested on this day with this id.
    Payments(NaiveDate, Uuid),
    /// After the refund received on this day, of the sponsorship with this id.
    Refunds(NaiveDate, Uuid),
}

impl LedgerCursor {
    /// Where the ledger starts for `filter`.
    pub fn start(filter: &LedgerFilter) -> Option<Self> {
        let before_all = before_all();
        if filter.wants_payments() {
            Some(Self::Payments(before_all, Uuid::nil()))
        } else if filter.wants_refunds() {
            Some(Self::Refunds(before_all, Uuid::nil()))
        } else {
            None
        }
    }

    /// Where the ledger goes after a page: after its last entry when the page was full;
    /// else on to the refunds (when the page was of payments and refunds are wanted), or
    /// the end.
    pub fn after_page(self, last: Option<&LedgerEntry>, full: bool, filter: &LedgerFilter) -> Option<Self> {
        match (self, last) {
            (Self::Payments(..), Some(entry)) if full => Some(Self::Payments(entry.requested_on?, entry.id)),
            (Self::Refunds(..), Some(entry)) if full => Some(Self::Refunds(entry.entry_on, entry.id)),
            (Self::Payments(..), _) if filter.wants_refunds() => Self::start(&LedgerFilter {
                status: Some(LedgerStatus::Refunded),
                ..*filter
            }),
            _ => None,
        }
    }

    /// The cursor as the text a client sends back (`p.2026-11-03.<uuid>`).
    pub fn encode(self) -> String {
        match self {
            Self::Payments(day, id) => format!("p.{day}.{id}"),
            Self::Refunds(day, id) => format!("r.{day}.{id}"),
        }
    }

    /// Reads a cursor sent back; `None` when it is not one this ledger wrote.
    pub fn decode(text: &str) -> Option<Self> {
        let mut parts = text.splitn(3, '.');
        let (kind, day, id) = (parts.next()?, parts.next()?, parts.next()?);
        let day = NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?;
        let id = Uuid::parse_str(id).ok()?;
        match kind {
            "p" => Some(Self::Payments(day, id)),
            "r" => Some(Self::Refunds(day, id)),
            _ => None,
        }
    }
}

/// Where the money came from or went back to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LedgerSource {
    /// A payment against an award, perhaps against one of its tranches.
    Award {
        /// The award's reference.
        reference: String,
        /// The tranche's number.
        tranche: Option<i32>,
    },
    /// A payment to, or a refund from, a sponsored traveller.
    Sponsorship {
        /// The event's name.
        event: String,
        /// The traveller's name.
        traveller: String,
    },
}

impl LedgerSource {
    /// The source in words: `GD-2026-0001 · tranche 2`, `Vienna conference · Amina Yusuf`.
    pub fn describe(&self) -> String {
        match self {
            Self::Award {
                reference,
                tranche: Some(number),
            } => format!("{reference} · {number}"),
            Self::Award {
                reference,
                tranche: None,
            } => reference.clone(),
            Self::Sponsorship { event, traveller } => format!("{event} · {traveller}"),
        }
    }

    /// `award` or `sponsorship`.
    pub fn kind(&self) -> SourceKind {
        match self {
            Self::Award { .. } => SourceKind::Award,
            Self::Sponsorship { .. } => SourceKind::Sponsorship,
        }
    }
}

/// One entry of the ledger: a disbursement, or a refund (negative amounts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerEntry {
    /// The disbursement's id, or for a refund the sponsorship's.
    pub id: Uuid,
    /// The day the money moved (see the module's comment).
    pub entry_on: NaiveDate,
    /// The entry's status.
    pub status: LedgerStatus,
    /// When it was requested (none for a refund).
    pub requested_on: Option<NaiveDate>,
    /// When it was approved.
    pub approved_on: Option<NaiveDate>,
    /// When it was paid, or the refund received.
    pub paid_on: Option<NaiveDate>,
    /// The payee's reference (bank account) given with the request.
    pub payee_reference: String,
    /// The bank's reference of the payment or the refund.
    pub bank_reference: Option<String>,
    /// The amount paid (negative for a refund).
    pub amount: Decimal,
    /// Its currency.
    pub currency: Currency,
    /// The rate to the award's or sponsorship's currency, when they differ.
    pub fx_rate: Option<String>,
    /// The amount in the award's or sponsorship's currency.
    pub counted_amount: Decimal,
    /// The award's or sponsorship's currency.
    pub counted_currency: Currency,
    /// Where the money came from.
    pub source: LedgerSource,
    /// The organisation.
    pub organisation_id: Uuid,
    /// Its legal name (never redacted: the ledger is for finance).
    pub organisation_name: String,
    /// Who requested the payment, or recorded the refund.
    pub requested_by: String,
    /// Who approved the payment.
    pub approved_by: Option<String>,
}

/// The ledger's columns, in order.
pub const LEDGER_COLUMNS: [&str; 20] = [
    "entry_on",
    "status",
    "requested_on",
    "approved_on",
    "paid_on",
    "payee_reference",
    "bank_reference",
    "amount",
    "currency",
    "fx_rate",
    "counted_amount",
    "counted_currency",
    "source_kind",
    "source",
    "organisation",
    "organisation_id",
    "requested_by",
    "approved_by",
    "entry_id",
    "entry_kind",
];

/// An entry as cells, in the order of [`LEDGER_COLUMNS`].
pub fn ledger_cells(entry: &LedgerEntry) -> Vec<Cell> {
    let kind = if entry.status == LedgerStatus::Refunded {
        "refund"
    } else {
        "payment"
    };
    vec![
        Cell::Date(entry.entry_on),
        Cell::Text(entry.status.as_str().to_owned()),
        Cell::date(entry.requested_on),
        Cell::date(entry.approved_on),
        Cell::date(entry.paid_on),
        Cell::text(&entry.payee_reference),
        Cell::text(entry.bank_reference.as_deref().unwrap_or_default()),
        Cell::Money(entry.amount, entry.currency),
        Cell::Text(entry.currency.code().to_owned()),
        Cell::Text(entry.fx_rate.clone().unwrap_or_default()),
        Cell::Money(entry.counted_amount, entry.counted_currency),
        Cell::Text(entry.counted_currency.code().to_owned()),
        Cell::Text(entry.source.kind().as_str().to_owned()),
        Cell::text(entry.source.describe()),
        Cell::text(&entry.organisation_name),
        Cell::Text(entry.organisation_id.to_string()),
        Cell::text(&entry.requested_by),
        Cell::text(entry.approved_by.as_deref().unwrap_or_default()),
        Cell::Text(entry.id.to_string()),
        Cell::Text(kind.to_owned()),
    ]
}

/// The money that moved, per currency: paid disbursements plus refunds (negative), so
/// each total is what left the office's account net of what came back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MovedTotals(Vec<(Currency, Decimal)>);

impl MovedTotals {
    /// Adds an entry (only paid and refunded ones move money). Refuses a total beyond what a
    /// decimal holds.
    pub fn add(&mut self, entry: &LedgerEntry) -> Result<(), String> {
        if !matches!(entry.status, LedgerStatus::Paid | LedgerStatus::Refunded) {
            return Ok(());
        }
        self.add_amount(entry.currency, entry.amount)
    }

    /// Adds `amount` to the total of `currency`. Refuses a total beyond what a decimal holds.
    pub fn add_amount(&mut self, currency: Currency, amount: Decimal) -> Result<(), String> {
        let overflow = || format!("the {} total is too large", currency.code());
        match self.0.iter_mut().find(|(held, _)| *held == currency) {
            Some((_, total)) => *total = total.checked_add(amount).ok_or_else(overflow)?,
            None => self.0.push((currency, amount)),
        }
        Ok(())
    }

    /// The totals, by currency code.
    pub fn amounts(&self) -> Vec<(Currency, Decimal)> {
        let mut totals = self.0.clone();
        totals.sort_by_key(|(currency, _)| currency.code());
        totals
    }

    /// The totals rows, by currency code, each under the columns of [`LEDGER_COLUMNS`]:
    /// the label in the first column, the amount and currency in theirs.
    pub fn rows(&self, label: &str) -> Vec<Vec<Cell>> {
        self.amounts()
            .into_iter()
            .map(|(currency, total)| total_row(label, total, currency, Cell::Text(currency.code().to_owned())))
            .collect()
    }
}

/// A totals row under the columns of [`LEDGER_COLUMNS`]: `label` in the first column,
/// `amount` in `currency` in the amount's column, `currency_cell` in the currency's.
pub fn total_row(label: &str, amount: Decimal, currency: Currency, currency_cell: Cell) -> Vec<Cell> {
    let mut row = vec![Cell::Empty; LEDGER_COLUMNS.len()];
    row[0] = Cell::Text(label.to_owned());
    row[7] = Cell::Money(amount, currency);
    row[8] = currency_cell;
    row
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::rules::Period;

    fn filter() -> LedgerFilter {
        LedgerFilter {
            period: Period::everything(),
            status: None,
            call_id: None,
            event_id: None,
            organisation_id: None,
        }
    }

    fn entry(status: LedgerStatus, amount: &str, currency: &str) -> LedgerEntry {
        let day = NaiveDate::from_ymd_opt(2026, 11, 3).expect("date");
        LedgerEntry {
            id: Uuid::new_v4(),
            entry_on: day,
            status,
            requested_on: Some(day),
            approved_on: None,
            paid_on: None,
            payee_reference: "=cmd".to_owned(),
            bank_reference: None,
            amount: Decimal::from_str_exact(amount).expect("decimal"),
            currency: Currency::from_code(currency).expect("currency"),
            fx_rate: None,
            counted_amount: Decimal::from_str_exact(amount).expect("decimal"),
            counted_currency: Currency::from_code(currency).expect("currency"),
            source: LedgerSource::Award {
                reference: "GD-1".to_owned(),
                tranche: Some(2),
            },
            organisation_id: Uuid::nil(),
            organisation_name: "Voice".to_owned(),
            requested_by: "A".to_owned(),
            approved_by: None,
        }
    }

    #[test]
    fn refunds_follow_payments_unless_a_call_or_another_status_is_asked_for() {
        let all = filter();
        let start = LedgerCursor::start(&all).expect("start");
        assert!(matches!(start, LedgerCursor::Payments(..)));
        let next = start.after_page(None, false, &all);
        assert!(matches!(next, Some(LedgerCursor::Refunds(..))));
        let of_call = LedgerFilter {
            call_id: Some(Uuid::nil()),
            ..all
        };
        assert_eq!(start.after_page(None, false, &of_call), None);
        let refunds = LedgerFilter {
            status: Some(LedgerStatus::Refunded),
            ..all
        };
        assert!(matches!(LedgerCursor::start(&refunds), Some(LedgerCursor::Refunds(..))));
        let refunds_of_call = LedgerFilter {
            call_id: Some(Uuid::nil()),
            ..refunds
        };
        assert_eq!(LedgerCursor::start(&refunds_of_call), None);
    }

    #[test]
    fn a_cursor_reads_back_and_a_forged_one_is_refused() {
        let cursor = LedgerCursor::Refunds(NaiveDate::from_ymd_opt(2026, 11, 3).expect("date"), Uuid::nil());
        assert_eq!(LedgerCursor::decode(&cursor.encode()), Some(cursor));
        for forged in [
            "",
            "p",
            "x.2026-11-03.00000000-0000-0000-0000-000000000000",
            "p.2026-13-01.x",
        ] {
            assert_eq!(LedgerCursor::decode(forged), None, "{forged}");
        }
    }

    #[test]
    fn moved_totals_net_refunds_against_payments_per_currency_and_skip_unpaid_entries() {
        let mut totals = MovedTotals::default();
        for item in [
            entry(LedgerStatus::Paid, "1725.90", "USD"),
            entry(LedgerStatus::Refunded, "-725.90", "USD"),
            entry(LedgerStatus::Approved, "99", "USD"),
            entry(LedgerStatus::Paid, "1000", "JPY"),
        ] {
            totals.add(&item).expect("total");
        }
        let rows = totals.rows("Total");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0][7].csv_field(), "1000");
        assert_eq!(rows[1][7].csv_field(), "1000.00");
        assert_eq!(rows[1][8].csv_field(), "USD");
    }

    #[test]
    fn an_entry_s_cells_follow_the_columns_and_typed_text_is_inert() {
        let cells = ledger_cells(&entry(LedgerStatus::Paid, "10", "EUR"));
        assert_eq!(cells.len(), LEDGER_COLUMNS.len());
        assert_eq!(cells[5].csv_field(), "'=cmd");
        assert_eq!(cells[13].csv_field(), "GD-1 · 2");
        assert_eq!(cells[19].csv_field(), "payment");
    }
}
