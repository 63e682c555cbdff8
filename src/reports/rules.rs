//! The rules of the disbursement report, as pure functions: what it groups by, its period,
//! its rows and how a row is written in CSV.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::disbursements::rules::DisbursementStatus;
use crate::i18n::Language;
use crate::money::{self, Currency};

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
    /// The period from the query; an open end covers everything on that side (up to the
    /// year 9000: SQLite compares stored instants as text, where a five-digit year would
    /// sort before 2026). Refuses a period that ends before it starts.
    pub fn new(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Self, String> {
        let from = from.unwrap_or(NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or_default());
        let to = to.unwrap_or(NaiveDate::from_ymd_opt(9000, 12, 31).unwrap_or_default());
        let last = NaiveDate::from_ymd_opt(9000, 12, 31).unwrap_or_default();
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

/// What an award still owes: awarded minus paid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutstandingRow {
    /// The award.
    pub award_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// The organisation's legal name.
    pub organisation_name: String,
    /// The call's title.
    pub call_title: String,
    /// The award's currency.
    pub currency: Currency,
    /// Awarded.
    pub awarded: Decimal,
    /// Paid up to the period's end.
    pub paid: Decimal,
}

impl OutstandingRow {
    /// Awarded minus paid.
    pub fn outstanding(&self) -> Decimal {
        self.awarded - self.paid
    }
}

/// The CSV header: one table for both sections; a column that does not apply to a
/// section's rows is left empty.
pub const CSV_HEADER: [&str; 16] = [
    "section",
    "group",
    "label",
    "currency",
    "count",
    "requested",
    "approved",
    "paid",
    "cancelled",
    "call_currency",
    "requested_in_call_currency",
    "approved_in_call_currency",
    "paid_in_call_currency",
    "cancelled_in_call_currency",
    "awarded",
    "outstanding",
];

/// A heading or label of the CSV and XLSX reports: its key (`paid_in_call_currency`,
/// `totals`) when no language is asked for, so scripts keep reading the same names; else the
/// catalogue's `report-<kind>-<key>` in that language (`kind` is `column` or `section`).
pub fn label(kind: &str, key: &str, language: Option<Language>) -> String {
    match language {
        None => key.to_owned(),
        Some(language) => crate::i18n::text(language, &format!("report-{kind}-{}", key.replace('_', "-"))),
    }
}

/// The name of a workbook's sheet: `fallback` when no language is asked for, else the
/// catalogue's `report-sheet-<key>` in that language.
pub fn sheet_name(key: &str, fallback: &str, language: Option<Language>) -> String {
    language.map_or_else(
        || fallback.to_owned(),
        |language| crate::i18n::text(language, &format!("report-sheet-{key}")),
    )
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

/// A totals row as CSV fields.
pub fn totals_record(row: &TotalsRow) -> Vec<String> {
    let mut record = vec![
        "totals".to_owned(),
        inert_cell(&row.group),
        inert_cell(&row.label),
        row.currency.code().to_owned(),
        row.count.to_string(),
    ];
    record.extend(DisbursementStatus::ALL.map(|status| money::format_amount(row.amounts.get(status), row.currency)));
    record.push(row.call_currency.code().to_owned());
    record.extend(
        DisbursementStatus::ALL.map(|status| money::format_amount(row.in_call_currency.get(status), row.call_currency)),
    );
    record.extend([String::new(), String::new()]);
    record
}

/// An outstanding-commitment row as CSV fields.
pub fn outstanding_record(row: &OutstandingRow) -> Vec<String> {
    let amount = |value: Decimal| money::format_amount(value, row.currency);
    let mut record = vec![
        "outstanding".to_owned(),
        row.reference.clone(),
        inert_cell(&format!("{} / {}", row.organisation_name, row.call_title)),
        row.currency.code().to_owned(),
        String::new(),
        String::new(),
        String::new(),
        amount(row.paid),
        String::new(),
    ];
    record.extend(std::iter::repeat_n(String::new(), 5));
    record.extend([amount(row.awarded), amount(row.outstanding())]);
    record
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

    #[test]
    fn rows_are_written_with_each_currency_s_minor_unit() {
        let row = TotalsRow {
            group: "2026-11".to_owned(),
            label: "2026-11".to_owned(),
            currency: cur("JPY"),
            call_currency: cur("KWD"),
            count: 3,
            amounts: ByStatus {
                requested: dec("150000"),
                approved: Decimal::ZERO,
                paid: dec("20000"),
                cancelled: dec("5"),
            },
            in_call_currency: ByStatus {
                requested: dec("307.45"),
                approved: Decimal::ZERO,
                paid: dec("41"),
                cancelled: dec("0.01"),
            },
        };
        assert_eq!(
            totals_record(&row),
            [
                "totals", "2026-11", "2026-11", "JPY", "3", "150000", "0", "20000", "5", "KWD", "307.450", "0.000",
                "41.000", "0.010", "", ""
            ]
        );
        assert_eq!(totals_record(&row).len(), CSV_HEADER.len());
        let owed = OutstandingRow {
            award_id: Uuid::nil(),
            reference: "GD-2026-0000ABCD".to_owned(),
            organisation_name: "Voice".to_owned(),
            call_title: "Youth".to_owned(),
            currency: cur("EUR"),
            awarded: dec("24500"),
            paid: dec("14700"),
        };
        let record = outstanding_record(&owed);
        assert_eq!(record.len(), CSV_HEADER.len());
        assert_eq!(&record[14..], ["24500.00", "9800.00"]);
        assert_eq!(record[7], "14700.00");
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
            award_id: Uuid::new_v4(),
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
