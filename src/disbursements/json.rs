//! Request and response bodies of disbursements, and the headers of a retried request.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::rules::{DisbursementStatus, SourceKind};
use super::store::disbursement;
use crate::money::{self, Amount, Currency};
use crate::sponsorships::payments::Purpose;

/// The header that makes a disbursement request safe to retry.
pub const IDEMPOTENCY_KEY: &str = "idempotency-key";

/// The header set on the answer to a retry: the disbursement was created by an earlier request.
pub const REPLAYED: &str = "idempotent-replayed";

/// `POST /awards/{id}/disbursements` and `POST /sponsorship-requests/{id}/disbursements`.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DisbursementRequest {
    /// The tranche paid (optional; without it the payment counts against the award only).
    pub tranche_id: Option<Uuid>,
    /// Amount in `currency`.
    pub amount: Amount,
    /// Currency of the payment.
    pub currency: Currency,
    /// Units of the award's currency per unit of `currency`; required when they differ.
    pub fx_rate: Option<Amount>,
    /// The payee's bank reference (account or payment instruction).
    pub payee_reference: String,
}

/// `POST /disbursements/{id}/approve` (the body may be left out).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApproveRequest {
    /// Why the tranche is paid although its condition is not met (audited).
    pub override_reason: Option<String>,
}

/// `POST /disbursements/{id}/pay`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PayRequest {
    /// The date the bank executed the payment.
    pub paid_on: NaiveDate,
    /// The bank's payment reference.
    pub payment_reference: String,
}

/// `POST /disbursements/{id}/cancel`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CancelRequest {
    /// Why.
    pub reason: String,
}

/// Filters of `GET /disbursements`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    /// Only in this status (`requested` is finance's approval queue).
    pub status: Option<DisbursementStatus>,
    /// Page size (default 50, at most 500).
    pub limit: Option<u64>,
    /// Number of items to skip.
    pub offset: Option<u64>,
    /// The `next_cursor` of the page before.
    pub cursor: Option<String>,
    /// Count the matching items on a later page too (`total`).
    pub count: Option<bool>,
}

/// A disbursement.
#[derive(Debug, Serialize, ToSchema)]
pub struct DisbursementResponse {
    /// Id.
    pub id: Uuid,
    /// `award` or `sponsorship`.
    pub source_kind: SourceKind,
    /// The award paid.
    pub award_id: Option<Uuid>,
    /// The tranche paid.
    pub tranche_id: Option<Uuid>,
    /// The sponsorship paid.
    pub sponsorship_id: Option<Uuid>,
    /// For a sponsorship: `advance` or `balance`.
    pub purpose: Option<Purpose>,
    /// The organisation paid.
    pub organisation_id: Uuid,
    /// Amount paid, in `currency`.
    pub amount: String,
    /// Currency of the payment.
    pub currency: Currency,
    /// Units of `counted_currency` per unit of `currency`, when they differ.
    pub fx_rate: Option<String>,
    /// What it counts against the award or sponsorship: `amount x fx_rate`, rounded to the minor unit.
    pub counted_amount: String,
    /// The award's (or event's) currency.
    pub counted_currency: Currency,
    /// The payee's bank reference.
    pub payee_reference: String,
    /// State.
    pub status: DisbursementStatus,
    /// Who requested it (staff only; left out for the organisation's members).
    pub requested_by: Option<Uuid>,
    /// When.
    pub requested_at: DateTime<Utc>,
    /// Who approved it, never the requester (staff only).
    pub approved_by: Option<Uuid>,
    /// When.
    pub approved_at: Option<DateTime<Utc>>,
    /// Why it was approved although the tranche's condition was not met (staff only).
    pub override_reason: Option<String>,
    /// The bank's payment date.
    pub paid_on: Option<NaiveDate>,
    /// The bank's payment reference.
    pub payment_reference: Option<String>,
    /// When the payment was recorded.
    pub paid_at: Option<DateTime<Utc>>,
    /// When it was cancelled.
    pub cancelled_at: Option<DateTime<Utc>>,
    /// Why.
    pub cancel_reason: Option<String>,
}

impl DisbursementResponse {
    /// The response as an organisation's member reads it: without the office's internal
    /// notes and the names of its staff.
    pub fn for_member(self) -> Self {
        Self {
            requested_by: None,
            approved_by: None,
            override_reason: None,
            ..self
        }
    }

    /// The response for `staff` (everything) or for the organisation's members.
    pub fn for_reader(row: &disbursement::Model, staff: bool) -> Self {
        let full = Self::from_model(row);
        if staff { full } else { full.for_member() }
    }

    /// The response for a stored disbursement.
    pub fn from_model(row: &disbursement::Model) -> Self {
        let (currency, counted_currency) = (row.currency, row.counted_currency);
        Self {
            id: row.id,
            source_kind: row.source_kind,
            award_id: row.award_id,
            tranche_id: row.tranche_id,
            sponsorship_id: row.sponsorship_id,
            purpose: row.purpose,
            organisation_id: row.organisation_id,
            amount: money::format_amount(money::from_stored(row.amount), currency),
            currency,
            fx_rate: row.fx_rate.clone(),
            counted_amount: money::format_amount(money::from_stored(row.counted_amount), counted_currency),
            counted_currency,
            payee_reference: row.payee_reference.clone(),
            status: row.status,
            requested_by: Some(row.requested_by),
            requested_at: row.requested_at,
            approved_by: row.approved_by,
            approved_at: row.approved_at,
            override_reason: row.override_reason.clone(),
            paid_on: row.paid_on,
            payment_reference: row.payment_reference.clone(),
            paid_at: row.paid_at,
            cancelled_at: row.cancelled_at,
            cancel_reason: row.cancel_reason.clone(),
        }
    }
}
