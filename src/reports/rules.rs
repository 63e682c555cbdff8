//! The rules of the disbursement report, as pure functions: what it groups by, its period,
//! its rows and how a row is written in CSV.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::table::Cell;
use crate::disbursements::rules::DisbursementStatus;
use crate::i18n::{Language, Message};
use crate::money::Currency;

/// What the report's totals are grouped by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    /// Month of the request (`2026-11`).
    #[default]
    Month,
    /// Funding call.
    Call,
    /// The organisation's country.
    Country,
    /// The UN M49 region of the organisation's country.
    Region,
    /// Currency of the payment.
    Currency,
    /// Status of the disbursement.
    Status,
}

/// The report's format.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// JSON.
    #[default]
    Json,
    /// CSV, streamed.
    Csv,
    /// An Excel workbook (sheets "Totals" and "Outstanding").
    Xlsx,
}

/// The days a report covers, both ends included (by the date a disbursement was requested).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
}

impl Period {
    /// Every date: the period of a query without `from` or `to`.
    pub fn everything() -> Self {
        Self {
            from: NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or_default(),
            to: NaiveDate::from_ymd_opt(9000, 12, 31).unwrap_or_default(),
        }
    }

    /// The period from the query; an open end covers everything on that side (up to the
    /// year 9000: SQLite compares stored instants as text, where a five-digit year would
    /// sort before 2026). Refuses a period that ends before it starts.
    pub fn new(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Self, String> {
        let everything = Self::everything();
        let from = from.unwrap_or(everything.from);
        let to = to.unwrap_or(everything.to);
        let last = everything.to;
        if from > last || to > last {
            return Err(format!("dates must not be after {last}"));
        }
        if to < from {
            return Err(format!("must not be before `from` ({from})"));
        }
        Ok(Self { from, to })
    }
}

/// Four amounts, one per status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct ByStatus {
    /// Requested, awaiting approval.
    #[schema(value_type = String)]
    pub requested: Decimal,
    /// Approved, awaiting payment.
    #[schema(value_type = String)]
    pub approved: Decimal,
    /// Paid.
    #[schema(value_type = String)]
    pub paid: Decimal,
    /// Cancelled.
    #[schema(value_type = String)]
    pub cancelled: Decimal,
    /// Refunded to the office (money paid out that came back).
    #[schema(value_type = String)]
    pub refunded: Decimal,
}

impl ByStatus {
    /// The amounts in `status` order.
    pub fn get(&self, status: DisbursementStatus) -> Decimal {
        match status {
            DisbursementStatus::Requested => self.requested,
            DisbursementStatus::Approved => self.approved,
            DisbursementStatus::Paid => self.paid,
            DisbursementStatus::Cancelled => self.cancelled,
        }
    }

    /// Paid minus refunded: what the office is out of pocket.
    pub fn net(&self) -> Decimal {
        self.paid - self.refunded
    }

    /// The sum of two sets of amounts; `None` beyond what a decimal holds.
    pub fn checked_add(&self, other: &Self) -> Option<Self> {
        Some(Self {
            requested: self.requested.checked_add(other.requested)?,
            approved: self.approved.checked_add(other.approved)?,
            paid: self.paid.checked_add(other.paid)?,
            cancelled: self.cancelled.checked_add(other.cancelled)?,
            refunded: self.refunded.checked_add(other.refunded)?,
        })
    }
}

/// A month group's name in `language` ("November 2026", "novembre 2026", "2026年11月")
/// from its key (`2026-11`); a key that is not a month stays as it is.
pub fn month_label(key: &str, language: Language) -> String {
    let parsed = key
        .split_once('-')
        .and_then(|(year, month)| Some((year.parse::<i32>().ok()?, month.parse::<i64>().ok()?)))
        .filter(|(_, month)| (1..=12).contains(month));
    match parsed {
        Some((year, month)) => Message::new("leftovers-report-month")
            .with("month", month)
            .with("year", year.to_string())
            .render(language),
        None => key.to_owned(),
    }
}

/// Totals of one group in one payment currency and one call currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotalsRow {
    /// The group's key (month, call id, country code, region, currency or status).
    pub group: String,
    /// The group's name for people (call title, country name; else the key).
    pub label: String,
    /// Currency of the payments.
    pub currency: Currency,
    /// Currency of the calls they count against.
    pub call_currency: Currency,
    /// How many disbursements.
    pub count: i64,
    /// Totals in the payment currency.
    pub amounts: ByStatus,
    /// Totals converted to the call currency (at each disbursement's rate).
    pub in_call_currency: ByStatus,
}

/// What kind of commitment is outstanding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CommitmentKind {
    /// An award pending acceptance or active.
    Award,
    /// A sponsorship approved (or travelled, or reconciled) and not yet paid in full.
    Sponsorship,
}

impl CommitmentKind {
    /// The written name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Award => "award",
            Self::Sponsorship => "sponsorship",
        }
    }
}

/// What a commitment still owes: committed minus paid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutstandingRow {
    /// An award or a sponsorship.
    pub kind: CommitmentKind,
    /// The award's or sponsorship's id.
    pub id: Uuid,
    /// Its reference (`GD-...`, or `SP-...` as on the sponsorship letter).
    pub reference: String,
    /// The organisation's legal name.
    pub organisation_name: String,
    /// The call's title, or for a sponsorship the event's name and the traveller's.
    pub call_title: String,
    /// The award's or event's currency.
    pub currency: Currency,
    /// Awarded, or the sponsorship's entitlement with its reconciliation adjustment.
    pub awarded: Decimal,
    /// Paid up to the period's end.
    pub paid: Decimal,
}

impl OutstandingRow {
    /// Committed minus paid.
    pub fn outstanding(&self) -> Decimal {
        self.awarded - self.paid
    }
}

/// A sponsorship's reference, as its letter prints it: `SP-<year of decision>-<first 8 hex
/// digits of its id>`.
pub fn sponsorship_reference(id: Uuid, decided_year: i32) -> String {
    format!("SP-{decided_year}-{}", id.simple().to_string()[..8].to_uppercase())
}

/// Where the outstanding commitments continue: after this award, or this sponsorship.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutstandingCursor {
    /// After the award with this id (`Uuid::nil()` to start).
    Awards(Uuid),
    /// After the sponsorship with this id.
    Sponsorships(Uuid),
}

impl OutstandingCursor {
    /// Where to go after a page: after its last row when full, else from awards on to
    /// sponsorships, or the end.
    pub fn after_page(self, last: Option<&OutstandingRow>, full: bool) -> Option<Self> {
        match (self, last) {
            (Self::Awards(_), Some(row)) if full => Some(Self::Awards(row.id)),
            (Self::Sponsorships(_), Some(row)) if full => Some(Self::Sponsorships(row.id)),
            (Self::Awards(_), _) => Some(Self::Sponsorships(Uuid::nil())),
            (Self::Sponsorships(_), _) => None,
        }
    }
}

/// A section of the disbursement report: a CSV file (`section=`) or a sheet of the workbook.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReportSection {
    /// Totals per group, payment currency and call currency.
    #[default]
    Totals,
    /// Totals per payment currency over every group.
    GrandTotals,
    /// What awards and sponsorships still owe.
    Outstanding,
}

impl ReportSection {
    /// Every section, in the workbook's order.
    pub const ALL: [Self; 3] = [Self::Totals, Self::GrandTotals, Self::Outstanding];

    /// The section's key (its sheet's name is `report-sheet-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Totals => "totals",
            Self::GrandTotals => "grand-totals",
            Self::Outstanding => "outstanding",
        }
    }

    /// The section's columns (each heading is `report-column-<key>`).
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Self::Totals => &TOTALS_COLUMNS,
            Self::GrandTotals => &GRAND_TOTALS_COLUMNS,
            Self::Outstanding => &OUTSTANDING_COLUMNS,
        }
    }
}

/// The columns of the totals: the group's name, then its key (call id, country code, ...).
pub const TOTALS_COLUMNS: [&str; 17] = [
    "group",
    "group_id",
    "currency",
    "count",
    "requested",
    "approved",
    "paid",
    "cancelled",
    "refunded",
    "net",
    "call_currency",
    "requested_in_call_currency",
    "approved_in_call_currency",
    "paid_in_call_currency",
    "cancelled_in_call_currency",
    "refunded_in_call_currency",
    "net_in_call_currency",
];

/// The columns of the grand totals.
pub const GRAND_TOTALS_COLUMNS: [&str; 8] = [
    "currency",
    "count",
    "requested",
    "approved",
    "paid",
    "cancelled",
    "refunded",
    "net",
];

/// The columns of the outstanding commitments.
pub const OUTSTANDING_COLUMNS: [&str; 8] = [
    "commitment_kind",
    "reference",
    "organisation",
    "call",
    "currency",
    "committed",
    "paid",
    "outstanding",
];

/// Amounts by status as cells: each status's, the refunds and the net.
pub fn amount_cells(amounts: &ByStatus, currency: Currency) -> Vec<Cell> {
    let mut cells: Vec<Cell> = DisbursementStatus::ALL
        .into_iter()
        .map(|status| Cell::Money(amounts.get(status), currency))
        .collect();
    cells.push(Cell::Money(amounts.refunded, currency));
    cells.push(Cell::Money(amounts.net(), currency));
    cells
}

/// A totals row as cells, in the order of [`TOTALS_COLUMNS`].
pub fn totals_cells(row: &TotalsRow) -> Vec<Cell> {
    let mut cells = vec![
        Cell::text(&row.label),
        Cell::text(&row.group),
        Cell::Text(row.currency.code().to_owned()),
        Cell::Count(row.count),
    ];
    cells.extend(amount_cells(&row.amounts, row.currency));
    cells.push(Cell::Text(row.call_currency.code().to_owned()));
    cells.extend(amount_cells(&row.in_call_currency, row.call_currency));
    cells
}

/// A grand total as cells, in the order of [`GRAND_TOTALS_COLUMNS`].
pub fn grand_total_cells(total: &GrandTotal) -> Vec<Cell> {
    let mut cells = vec![Cell::Text(total.currency.code().to_owned()), Cell::Count(total.count)];
    cells.extend(amount_cells(&total.amounts, total.currency));
    cells
}

/// An outstanding commitment as cells, in the order of [`OUTSTANDING_COLUMNS`].
pub fn outstanding_cells(row: &OutstandingRow) -> Vec<Cell> {
    vec![
        Cell::Text(row.kind.as_str().to_owned()),
        Cell::text(&row.reference),
        Cell::text(&row.organisation_name),
        Cell::text(&row.call_title),
        Cell::Text(row.currency.code().to_owned()),
        Cell::Money(row.awarded, row.currency),
        Cell::Money(row.paid, row.currency),
        Cell::Money(row.outstanding(), row.currency),
    ]
}

/// The totals of every group in one payment currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrandTotal {
    /// The payment currency.
    pub currency: Currency,
    /// How many disbursements.
    pub count: i64,
    /// Their totals by status, with the refunds.
    pub amounts: ByStatus,
}

/// The grand totals per payment currency, by currency code; `None` beyond what a decimal
/// holds.
pub fn grand_totals(rows: &[TotalsRow]) -> Option<Vec<GrandTotal>> {
    let mut totals: Vec<GrandTotal> = Vec::new();
    for row in rows {
        match totals.iter_mut().find(|total| total.currency == row.currency) {
            Some(total) => {
                total.count = total.count.checked_add(row.count)?;
                total.amounts = total.amounts.checked_add(&row.amounts)?;
            }
            None => totals.push(GrandTotal {
                currency: row.currency,
                count: row.count,
                amounts: row.amounts,
            }),
        }
    }
    totals.sort_by_key(|total| total.currency.code());
    Some(totals)
}

/// A group's refunds in one currency (the event's: refunds are of sponsorships).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundTotal {
    /// The group's key.
    pub group: String,
    /// The group's name.
    pub label: String,
    /// The event's currency.
    pub currency: Currency,
    /// The refunds' total.
    pub refunded: Decimal,
}

/// Adds each group's refunds to its totals row in the refunds' currency (as payment and as
/// call currency), or adds a row for a group with refunds and no such payments; keeps the
/// rows in (group, currency, call currency) order.
pub fn with_refunds(mut rows: Vec<TotalsRow>, refunds: &[RefundTotal]) -> Vec<TotalsRow> {
    for refund in refunds {
        let same = |row: &&mut TotalsRow| {
            row.group == refund.group && row.currency == refund.currency && row.call_currency == refund.currency
        };
        match rows.iter_mut().find(same) {
            Some(row) => {
                row.amounts.refunded += refund.refunded;
                row.in_call_currency.refunded += refund.refunded;
            }
            None => rows.push(TotalsRow {
                group: refund.group.clone(),
                label: refund.label.clone(),
                currency: refund.currency,
                call_currency: refund.currency,
                count: 0,
                amounts: ByStatus {
                    refunded: refund.refunded,
                    ..ByStatus::default()
                },
                in_call_currency: ByStatus {
                    refunded: refund.refunded,
                    ..ByStatus::default()
                },
            }),
        }
    }
    rows.sort_by(|left, right| {
        (&left.group, left.currency.code(), left.call_currency.code()).cmp(&(
            &right.group,
            right.currency.code(),
            right.call_currency.code(),
        ))
    });
    rows
}

/// Text as a spreadsheet cell that cannot run as a formula: a leading `=`, `+`, `-`, `@`,
/// tab or carriage return is escaped with `'` (names come from applicants).
pub fn inert_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// Totals of the outstanding rows per award currency: (currency, awarded, paid, outstanding).
pub fn outstanding_totals(rows: &[OutstandingRow]) -> Vec<(Currency, Decimal, Decimal, Decimal)> {
    let mut totals: Vec<(Currency, Decimal, Decimal, Decimal)> = Vec::new();
    for row in rows {
        match totals.iter_mut().find(|(currency, ..)| *currency == row.currency) {
            Some(total) => {
                total.1 += row.awarded;
                total.2 += row.paid;
                total.3 += row.outstanding();
            }
            None => totals.push((row.currency, row.awarded, row.paid, row.outstanding())),
        }
    }
    totals.sort_by_key(|(currency, ..)| currency.code());
    totals
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(text: &str) -> Decimal {
        Decimal::from_str_exact(text).expect("decimal")
    }

    fn cur(code: &str) -> Currency {
        Currency::from_code(code).expect("currency")
    }

    #[test]
    fn a_period_is_open_ended_by_default_and_never_backwards() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d);
        let open = Period::new(None, None).expect("open");
        assert!(open.from < day(1).expect("date") && open.to > day(30).expect("date"));
        assert!(Period::new(day(2), day(2)).is_ok());
        assert!(Period::new(day(3), day(2)).is_err());
        assert!(Period::new(None, NaiveDate::from_ymd_opt(9999, 12, 31)).is_err());
    }

    fn by_status(requested: &str, paid: &str, cancelled: &str) -> ByStatus {
        ByStatus {
            requested: dec(requested),
            approved: Decimal::ZERO,
            paid: dec(paid),
            cancelled: dec(cancelled),
            refunded: Decimal::ZERO,
        }
    }

    fn totals_row(group: &str, currency: &str, call_currency: &str) -> TotalsRow {
        TotalsRow {
            group: group.to_owned(),
            label: format!("Group {group}"),
            currency: cur(currency),
            call_currency: cur(call_currency),
            count: 3,
            amounts: by_status("150000", "20000", "5"),
            in_call_currency: by_status("307.45", "41", "0.01"),
        }
    }

    #[test]
    fn rows_are_written_with_each_currency_s_minor_unit_and_their_own_columns() {
        let row = totals_row("2026-11", "JPY", "KWD");
        let fields: Vec<String> = totals_cells(&row).iter().map(Cell::csv_field).collect();
        assert_eq!(
            fields,
            [
                "Group 2026-11",
                "2026-11",
                "JPY",
                "3",
                "150000",
                "0",
                "20000",
                "5",
                "0",
                "20000",
                "KWD",
                "307.450",
                "0.000",
                "41.000",
                "0.010",
                "0.000",
                "41.000"
            ]
        );
        assert_eq!(fields.len(), TOTALS_COLUMNS.len());
        let owed = OutstandingRow {
            kind: CommitmentKind::Award,
            id: Uuid::nil(),
            reference: "GD-2026-0000ABCD".to_owned(),
            organisation_name: "Voice".to_owned(),
            call_title: "Youth".to_owned(),
            currency: cur("EUR"),
            awarded: dec("24500"),
            paid: dec("14700"),
        };
        let fields: Vec<String> = outstanding_cells(&owed).iter().map(Cell::csv_field).collect();
        assert_eq!(fields.len(), OUTSTANDING_COLUMNS.len());
        assert_eq!(fields[5..], ["24500.00", "14700.00", "9800.00"]);
    }

    #[test]
    fn refunds_join_their_group_s_row_in_their_currency_and_the_net_is_paid_minus_refunded() {
        let rows = vec![totals_row("2026-11", "EUR", "EUR"), totals_row("2026-11", "USD", "EUR")];
        let refunds = [
            RefundTotal {
                group: "2026-11".to_owned(),
                label: "Group 2026-11".to_owned(),
                currency: cur("EUR"),
                refunded: dec("725.90"),
            },
            RefundTotal {
                group: "2026-10".to_owned(),
                label: "Group 2026-10".to_owned(),
                currency: cur("EUR"),
                refunded: dec("10"),
            },
        ];
        let rows = with_refunds(rows, &refunds);
        assert_eq!(rows.len(), 3);
        assert_eq!(
            (rows[0].group.as_str(), rows[0].count, rows[0].amounts.net()),
            ("2026-10", 0, dec("-10"))
        );
        assert_eq!(rows[1].amounts.refunded, dec("725.90"));
        assert_eq!(rows[1].amounts.net(), dec("19274.10"));
        assert_eq!(rows[1].in_call_currency.net(), dec("-684.90"));
        assert_eq!(
            rows[2].amounts.refunded,
            Decimal::ZERO,
            "the USD payments had no refund"
        );
        let grand = grand_totals(&rows).expect("totals");
        assert_eq!(grand.len(), 2);
        assert_eq!((grand[0].currency, grand[0].count), (cur("EUR"), 3));
        assert_eq!(grand[0].amounts.net(), dec("19264.10"));
    }

    #[test]
    fn outstanding_pages_run_through_awards_then_sponsorships() {
        let start = OutstandingCursor::Awards(Uuid::nil());
        assert_eq!(
            start.after_page(None, false),
            Some(OutstandingCursor::Sponsorships(Uuid::nil()))
        );
        assert_eq!(
            OutstandingCursor::Sponsorships(Uuid::nil()).after_page(None, false),
            None
        );
        assert_eq!(sponsorship_reference(Uuid::nil(), 2026), "SP-2026-00000000");
    }

    #[test]
    fn a_name_never_becomes_a_spreadsheet_formula() {
        assert_eq!(inert_cell("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
        assert_eq!(inert_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(inert_cell("-1+1"), "'-1+1");
        assert_eq!(inert_cell("Voice of Osh"), "Voice of Osh");
    }

    #[test]
    fn outstanding_totals_are_kept_apart_by_currency() {
        let row = |currency: &str, awarded: &str, paid: &str| OutstandingRow {
            kind: CommitmentKind::Award,
            id: Uuid::new_v4(),
            reference: String::new(),
            organisation_name: String::new(),
            call_title: String::new(),
            currency: cur(currency),
            awarded: dec(awarded),
            paid: dec(paid),
        };
        let totals = outstanding_totals(&[row("USD", "100", "10"), row("EUR", "50", "0"), row("USD", "20", "20")]);
        assert_eq!(
            totals,
            vec![
                (cur("EUR"), dec("50"), dec("0"), dec("50")),
                (cur("USD"), dec("120"), dec("30"), dec("90")),
            ]
        );
    }
}
