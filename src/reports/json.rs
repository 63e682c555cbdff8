//! The query and the JSON body of the disbursement report.

use crate::i18n::Language;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::rules::{self, ByStatus, Format, GroupBy, OutstandingRow, Period, TotalsRow};
use crate::money::{self, Currency};

/// Parameters of `GET /reports/disbursements`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ReportQuery {
    /// First day (by request date), included; open when left out.
    pub from: Option<NaiveDate>,
    /// Last day, included; open when left out. Payments count as paid up to this day.
    pub to: Option<NaiveDate>,
    /// `month` (default), `call`, `country`, `region`, `currency` or `status`.
    pub group_by: Option<GroupBy>,
    /// `json` (default), `csv` or `xlsx`.
    #[param(inline)]
    pub format: Option<Format>,
    /// The language of the CSV and XLSX headings and labels (`en`, `fr`, `es`, `ar`, `ru`,
    /// `zh`); the data stays as it is. Without it, headings are the column keys.
    pub lang: Option<Language>,
}

/// Totals of one group, payment currency and call currency.
#[derive(Debug, Serialize, ToSchema)]
pub struct TotalsResponse {
    /// The group's key.
    pub group: String,
    /// Its name.
    pub label: String,
    /// Currency of the payments.
    pub currency: Currency,
    /// How many disbursements.
    pub count: i64,
    /// Totals in `currency`.
    pub amounts: AmountsResponse,
    /// Currency of the calls.
    pub call_currency: Currency,
    /// Totals converted to `call_currency`.
    pub in_call_currency: AmountsResponse,
}

/// Amounts by status.
#[derive(Debug, Serialize, ToSchema)]
pub struct AmountsResponse {
    /// Requested.
    pub requested: String,
    /// Approved.
    pub approved: String,
    /// Paid.
    pub paid: String,
    /// Cancelled.
    pub cancelled: String,
}

/// An award's outstanding commitment.
#[derive(Debug, Serialize, ToSchema)]
pub struct OutstandingResponse {
    /// The award.
    pub award_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// The organisation (never redacted: this report is internal).
    pub organisation_name: String,
    /// The call.
    pub call_title: String,
    /// Currency.
    pub currency: Currency,
    /// Awarded.
    pub awarded: String,
    /// Paid by the period's end.
    pub paid: String,
    /// Awarded minus paid.
    pub outstanding: String,
}

/// Outstanding commitments of one currency.
#[derive(Debug, Serialize, ToSchema)]
pub struct OutstandingTotal {
    /// Currency.
    pub currency: Currency,
    /// Awarded.
    pub awarded: String,
    /// Paid.
    pub paid: String,
    /// Outstanding.
    pub outstanding: String,
}

/// The disbursement report.
#[derive(Debug, Serialize, ToSchema)]
pub struct DisbursementReport {
    /// First day covered.
    pub from: NaiveDate,
    /// Last day covered.
    pub to: NaiveDate,
    /// The grouping.
    pub group_by: GroupBy,
    /// Totals per group and currency.
    pub totals: Vec<TotalsResponse>,
    /// Awarded minus paid, per open award.
    pub outstanding: Vec<OutstandingResponse>,
    /// Outstanding per currency.
    pub outstanding_totals: Vec<OutstandingTotal>,
}

impl DisbursementReport {
    /// The report of `period`: the totals grouped by `group_by` and every outstanding
    /// commitment, with the outstanding totals per currency.
    pub fn new(period: Period, group_by: GroupBy, totals: &[TotalsRow], outstanding: &[OutstandingRow]) -> Self {
        json_report(period, group_by, totals, outstanding)
    }
}

fn amounts(by_status: &ByStatus, currency: Currency) -> AmountsResponse {
    let format = |amount: Decimal| money::format_amount(amount, currency);
    AmountsResponse {
        requested: format(by_status.requested),
        approved: format(by_status.approved),
        paid: format(by_status.paid),
        cancelled: format(by_status.cancelled),
    }
}

fn json_report(
    period: Period,
    group_by: GroupBy,
    totals: &[TotalsRow],
    outstanding: &[OutstandingRow],
) -> DisbursementReport {
    DisbursementReport {
        from: period.from,
        to: period.to,
        group_by,
        totals: totals
            .iter()
            .map(|row| TotalsResponse {
                group: row.group.clone(),
                label: row.label.clone(),
                currency: row.currency,
                count: row.count,
                amounts: amounts(&row.amounts, row.currency),
                call_currency: row.call_currency,
                in_call_currency: amounts(&row.in_call_currency, row.call_currency),
            })
            .collect(),
        outstanding: outstanding
            .iter()
            .map(|row| OutstandingResponse {
                award_id: row.award_id,
                reference: row.reference.clone(),
                organisation_name: row.organisation_name.clone(),
                call_title: row.call_title.clone(),
                currency: row.currency,
                awarded: money::format_amount(row.awarded, row.currency),
                paid: money::format_amount(row.paid, row.currency),
                outstanding: money::format_amount(row.outstanding(), row.currency),
            })
            .collect(),
        outstanding_totals: rules::outstanding_totals(outstanding)
            .into_iter()
            .map(|(currency, awarded, paid, outstanding)| OutstandingTotal {
                currency,
                awarded: money::format_amount(awarded, currency),
                paid: money::format_amount(paid, currency),
                outstanding: money::format_amount(outstanding, currency),
            })
            .collect(),
    }
}
