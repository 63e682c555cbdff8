//! The query and the JSON body of the disbursement report.

use crate::i18n::Language;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::ledger_rules::{LedgerCursor, LedgerEntry, LedgerFilter, LedgerSource, LedgerStatus};
use super::rules::{
    self, ByStatus, CommitmentKind, Format, GrandTotal, GroupBy, OutstandingRow, Period, ReportSection, TotalsRow,
};
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
    /// The language of the CSV and XLSX title, headings and labels (`en`, the default, `fr`,
    /// `es`, `ar`, `ru`, `zh`); the data stays as it is.
    pub lang: Option<Language>,
    /// The CSV's section: `totals` (default), `grand_totals` or `outstanding`, each a table
    /// with its own columns. The XLSX has one sheet per section.
    #[param(inline)]
    pub section: Option<ReportSection>,
    /// Whether the CSV starts with a UTF-8 byte-order mark, for Excel (default `true`).
    pub excel: Option<bool>,
    /// A currency (ISO 4217) to give the grand totals in as well, converted at the rates
    /// the system holds (recorded on payments, else the events' exchange rates), each named
    /// with its source and date: `reporting_totals` in JSON; in the CSV (sections `totals`
    /// and `grand_totals`) and the XLSX, a grand-total row "All currencies in …" and a line
    /// per rate used. 422 naming the pair when a rate is missing.
    pub reporting_currency: Option<Currency>,
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
    /// Refunded (money paid out that came back, by the day it was received).
    pub refunded: String,
    /// Paid minus refunded.
    pub net: String,
}

/// An award's or a sponsorship's outstanding commitment.
#[derive(Debug, Serialize, ToSchema)]
pub struct OutstandingResponse {
    /// `award` or `sponsorship`.
    pub kind: CommitmentKind,
    /// The award's id (null for a sponsorship).
    pub award_id: Option<Uuid>,
    /// The sponsorship's id (null for an award).
    pub sponsorship_id: Option<Uuid>,
    /// Its reference (`GD-...`, or `SP-...` as on the sponsorship letter).
    pub reference: String,
    /// The organisation (never redacted: this report is internal).
    pub organisation_name: String,
    /// The call, or the event and the traveller.
    pub call_title: String,
    /// Currency.
    pub currency: Currency,
    /// Awarded, or the sponsorship's entitlement with its reconciliation adjustment.
    pub awarded: String,
    /// Paid by the period's end.
    pub paid: String,
    /// Awarded minus paid.
    pub outstanding: String,
}

/// Totals of every group in one payment currency.
#[derive(Debug, Serialize, ToSchema)]
pub struct GrandTotalResponse {
    /// The payment currency.
    pub currency: Currency,
    /// How many disbursements.
    pub count: i64,
    /// Totals by status, with refunds and the net.
    pub amounts: AmountsResponse,
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
    /// Totals per payment currency over every group.
    pub grand_totals: Vec<GrandTotalResponse>,
    /// Awarded minus paid, per open award.
    pub outstanding: Vec<OutstandingResponse>,
    /// Outstanding per currency.
    pub outstanding_totals: Vec<OutstandingTotal>,
    /// The grand totals in the `reporting_currency` asked for, with each rate used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reporting_totals: Option<ReportingTotalsResponse>,
}

/// The grand totals converted into one reporting currency.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportingTotalsResponse {
    /// The reporting currency.
    pub currency: Currency,
    /// How many disbursements.
    pub count: i64,
    /// Totals by status, with refunds and the net, converted.
    pub amounts: AmountsResponse,
    /// The rate used for each other payment currency, with its source and date.
    pub rates: Vec<super::fx::RateUsed>,
}

impl From<super::fx::ReportingTotals> for ReportingTotalsResponse {
    fn from(totals: super::fx::ReportingTotals) -> Self {
        Self {
            currency: totals.currency,
            count: totals.count,
            amounts: amounts(&totals.amounts, totals.currency),
            rates: totals.rates,
        }
    }
}

impl DisbursementReport {
    /// The report of `period`: the totals grouped by `group_by` and every outstanding
    /// commitment, with the outstanding totals per currency.
    pub fn new(
        period: Period,
        group_by: GroupBy,
        totals: &[TotalsRow],
        grand_totals: &[GrandTotal],
        outstanding: &[OutstandingRow],
    ) -> Self {
        let mut report = json_report(period, group_by, totals, outstanding);
        report.grand_totals = grand_totals
            .iter()
            .map(|total| GrandTotalResponse {
                currency: total.currency,
                count: total.count,
                amounts: amounts(&total.amounts, total.currency),
            })
            .collect();
        report
    }
}

fn amounts(by_status: &ByStatus, currency: Currency) -> AmountsResponse {
    let format = |amount: Decimal| money::format_amount(amount, currency);
    AmountsResponse {
        requested: format(by_status.requested),
        approved: format(by_status.approved),
        paid: format(by_status.paid),
        cancelled: format(by_status.cancelled),
        refunded: format(by_status.refunded),
        net: format(by_status.net()),
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
        grand_totals: Vec::new(),
        reporting_totals: None,
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
                kind: row.kind,
                award_id: (row.kind == CommitmentKind::Award).then_some(row.id),
                sponsorship_id: (row.kind == CommitmentKind::Sponsorship).then_some(row.id),
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

/// Parameters of `GET /reports/payments`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct LedgerQuery {
    /// First day, included, of the entry's date (the day the money moved: paid, or the
    /// refund received; the request date for a payment not yet made); open when left out.
    pub from: Option<NaiveDate>,
    /// Last day, included; open when left out.
    pub to: Option<NaiveDate>,
    /// Only entries of this status (`refunded` for refunds only).
    #[param(inline)]
    pub status: Option<LedgerStatus>,
    /// Only payments against awards of this call (refunds, which belong to events, are then
    /// left out).
    pub call_id: Option<Uuid>,
    /// Only payments and refunds of sponsorships to this event.
    pub event_id: Option<Uuid>,
    /// Only entries of this organisation.
    pub organisation_id: Option<Uuid>,
    /// `json` (default, a page), `csv` (streamed, every entry) or `xlsx` (at most 100,000
    /// entries).
    #[param(inline)]
    pub format: Option<Format>,
    /// The language of the headings and labels of the CSV and XLSX (default `en`).
    pub lang: Option<Language>,
    /// Whether the CSV starts with a UTF-8 byte-order mark, for Excel (default `true`).
    pub excel: Option<bool>,
    /// JSON page size (default 50, at most 500).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<u64>,
    /// The `next_cursor` of the previous JSON page.
    pub cursor: Option<String>,
    /// A currency (ISO 4217) to give the money moved (paid, net of refunds, over every
    /// entry selected, not one page) in as well, converted at the rates the system holds
    /// (recorded on payments, else the events' exchange rates), each named with its source
    /// and date: `reporting_total` in JSON; in the CSV and XLSX, a total row "All
    /// currencies in …" after the totals per currency, and a line per rate used. 422 naming
    /// the pair when a rate is missing.
    pub reporting_currency: Option<Currency>,
}

impl LedgerQuery {
    /// The filter it asks for; a period that ends before it starts is refused on `to`.
    pub fn filter(&self) -> Result<LedgerFilter, String> {
        Ok(LedgerFilter {
            period: Period::new(self.from, self.to)?,
            status: self.status,
            call_id: self.call_id,
            event_id: self.event_id,
            organisation_id: self.organisation_id,
        })
    }

    /// The cursor sent back, if any; one this ledger did not write is refused on `cursor`.
    pub fn cursor(&self) -> Result<Option<LedgerCursor>, crate::error::AppError> {
        self.cursor
            .as_deref()
            .map(|text| {
                LedgerCursor::decode(text).ok_or_else(|| {
                    crate::error::AppError::field("cursor", crate::i18n::Message::new("report-cursor-invalid"))
                })
            })
            .transpose()
    }

    /// The JSON page size: 50 by default, at most 500.
    pub fn limit(&self) -> u64 {
        crate::http::PageQuery {
            limit: self.limit,
            offset: None,
        }
        .limit()
    }
}

/// One entry of the payment ledger: a disbursement, or a refund with negative amounts.
#[derive(Debug, Serialize, ToSchema)]
pub struct LedgerEntryResponse {
    /// `payment` or `refund`.
    pub kind: String,
    /// The disbursement's id, or for a refund the sponsorship's.
    pub id: Uuid,
    /// The day the money moved (paid, or refund received); the request date while unpaid.
    pub entry_on: NaiveDate,
    /// `requested`, `approved`, `paid`, `cancelled` or `refunded`.
    pub status: LedgerStatus,
    /// When the payment was requested.
    pub requested_on: Option<NaiveDate>,
    /// When it was approved.
    pub approved_on: Option<NaiveDate>,
    /// When it was paid, or the refund received.
    pub paid_on: Option<NaiveDate>,
    /// The payee's reference given with the request.
    pub payee_reference: String,
    /// The bank's reference of the payment or the refund.
    pub bank_reference: Option<String>,
    /// The amount (negative for a refund).
    pub amount: String,
    /// Its currency.
    pub currency: Currency,
    /// The rate to the award's or sponsorship's currency, when they differ.
    pub fx_rate: Option<String>,
    /// The amount in the award's or sponsorship's currency.
    pub counted_amount: String,
    /// The award's or sponsorship's currency.
    pub counted_currency: Currency,
    /// `award` or `sponsorship`.
    pub source_kind: String,
    /// The award's reference, or the event's name.
    pub source_reference: String,
    /// The tranche's number, for a payment against a tranche.
    pub tranche: Option<i32>,
    /// The traveller, for a sponsorship.
    pub traveller: Option<String>,
    /// The organisation.
    pub organisation_id: Uuid,
    /// Its legal name: the ledger is for finance, so never redacted.
    pub organisation_name: String,
    /// Who requested the payment, or recorded the refund.
    pub requested_by: String,
    /// Who approved the payment.
    pub approved_by: Option<String>,
}

impl From<&LedgerEntry> for LedgerEntryResponse {
    fn from(entry: &LedgerEntry) -> Self {
        let (source_reference, tranche, traveller) = match &entry.source {
            LedgerSource::Award { reference, tranche } => (reference.clone(), *tranche, None),
            LedgerSource::Sponsorship { event, traveller } => (event.clone(), None, Some(traveller.clone())),
        };
        Self {
            kind: if entry.status == LedgerStatus::Refunded {
                "refund"
            } else {
                "payment"
            }
            .to_owned(),
            id: entry.id,
            entry_on: entry.entry_on,
            status: entry.status,
            requested_on: entry.requested_on,
            approved_on: entry.approved_on,
            paid_on: entry.paid_on,
            payee_reference: entry.payee_reference.clone(),
            bank_reference: entry.bank_reference.clone(),
            amount: money::format_amount(entry.amount, entry.currency),
            currency: entry.currency,
            fx_rate: entry.fx_rate.clone(),
            counted_amount: money::format_amount(entry.counted_amount, entry.counted_currency),
            counted_currency: entry.counted_currency,
            source_kind: entry.source.kind().as_str().to_owned(),
            source_reference,
            tranche,
            traveller,
            organisation_id: entry.organisation_id,
            organisation_name: entry.organisation_name.clone(),
            requested_by: entry.requested_by.clone(),
            approved_by: entry.approved_by.clone(),
        }
    }
}

/// A page of the payment ledger.
#[derive(Debug, Serialize, ToSchema)]
pub struct LedgerPage {
    /// The entries: payments by request date, then refunds by the day received.
    pub items: Vec<LedgerEntryResponse>,
    /// Where the next page starts (`cursor=`); `null` on the last page.
    pub next_cursor: Option<String>,
    /// The money moved over every entry selected, in the `reporting_currency` asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reporting_total: Option<ReportingTotalResponse>,
}

/// The money moved, converted into one reporting currency.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportingTotalResponse {
    /// The reporting currency.
    pub currency: Currency,
    /// Paid, net of refunds, each currency's total converted and rounded once.
    pub amount: String,
    /// The rate used for each other currency, with its source and date.
    pub rates: Vec<super::fx::RateUsed>,
}

impl From<super::fx::ReportingAmount> for ReportingTotalResponse {
    fn from(total: super::fx::ReportingAmount) -> Self {
        Self {
            currency: total.currency,
            amount: money::format_amount(total.amount, total.currency),
            rates: total.rates,
        }
    }
}

impl LedgerPage {
    /// The page of `entries`, continued at `next`.
    pub fn new(entries: &[LedgerEntry], next: Option<LedgerCursor>) -> Self {
        Self {
            items: entries.iter().map(LedgerEntryResponse::from).collect(),
            next_cursor: next.map(LedgerCursor::encode),
            reporting_total: None,
        }
    }
}
