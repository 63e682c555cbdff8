//! Request and response bodies of awards and their reporting obligations.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::rules::{AwardStatus, ObligationStatus, ReportKind};
use super::store::{award, obligation};
use crate::money::{self, Currency};

/// Filters of `GET /awards`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct AwardQuery {
    /// Only in this state.
    pub status: Option<AwardStatus>,
    /// Only of this call.
    pub call_id: Option<Uuid>,
    /// Only of this organisation.
    pub organisation_id: Option<Uuid>,
    /// Page size (default 50, at most 500).
    pub limit: Option<u64>,
    /// Number of items to skip.
    pub offset: Option<u64>,
    /// The `next_cursor` of the page before.
    pub cursor: Option<String>,
    /// Count the matching items on a later page too (`total`).
    pub count: Option<bool>,
}

/// A tranche of an award, with what has been disbursed against it.
#[derive(Debug, Serialize, ToSchema)]
pub struct AwardTrancheResponse {
    /// Id (disbursements name it).
    pub id: Uuid,
    /// Position, from 1.
    pub number: i32,
    /// Amount.
    pub amount: String,
    /// The percent it was set as.
    pub percent: Option<String>,
    /// Due date.
    pub due_on: NaiveDate,
    /// Condition.
    pub condition: String,
    /// The reporting obligation whose receipt is the condition.
    pub condition_report_id: Option<Uuid>,
    /// Whether the condition is met (no linked report, or the report received).
    pub condition_met: bool,
    /// Paid against this tranche.
    pub paid: String,
    /// Requested, approved or paid against this tranche.
    pub committed: String,
}

/// A report the organisation owes.
#[derive(Debug, Serialize, ToSchema)]
pub struct ObligationResponse {
    /// Id.
    pub id: Uuid,
    /// The award.
    pub award_id: Uuid,
    /// Position, from 1.
    pub number: i32,
    /// Which report.
    pub kind: ReportKind,
    /// When it is due.
    pub due_on: NaiveDate,
    /// State.
    pub status: ObligationStatus,
    /// The organisation's summary, when submitted here.
    pub summary: Option<String>,
    /// When submitted.
    pub submitted_at: Option<DateTime<Utc>>,
    /// The office's note on receipt.
    pub note: Option<String>,
    /// When received.
    pub received_at: Option<DateTime<Utc>>,
}

/// Money of an award, in its currency.
#[derive(Debug, Serialize, ToSchema)]
pub struct AwardTotals {
    /// Requested, awaiting approval.
    pub requested: String,
    /// Approved, awaiting payment.
    pub approved: String,
    /// Paid (disbursed).
    pub disbursed: String,
    /// Awarded minus paid.
    pub outstanding: String,
    /// Awarded minus requested, approved and paid: what may still be requested.
    pub available: String,
}

/// An award as a list shows it: the part of [`AwardResponse`] that needs no other table
/// than its organisation's name.
#[derive(Debug, Serialize, ToSchema)]
pub struct AwardSummary {
    /// Id.
    pub id: Uuid,
    /// Reference printed on letters and payments.
    pub reference: String,
    /// The call.
    pub call_id: Uuid,
    /// The organisation.
    pub organisation_id: Uuid,
    /// The organisation's legal name.
    pub organisation_name: Option<String>,
    /// Amount.
    pub amount: String,
    /// Currency.
    pub currency: Currency,
    /// State.
    pub status: AwardStatus,
    /// When awarded.
    pub awarded_at: DateTime<Utc>,
}

impl AwardSummary {
    /// The summary of a stored award, with its organisation's legal name.
    pub fn new(row: &award::Model, organisation_name: Option<String>) -> Self {
        Self {
            id: row.id,
            reference: row.reference.clone(),
            call_id: row.call_id,
            organisation_id: row.organisation_id,
            organisation_name,
            amount: money::format_amount(money::from_stored(row.amount), row.currency),
            currency: row.currency,
            status: row.status,
            awarded_at: row.awarded_at,
        }
    }
}

/// An award: its summary, with its tranches, reports and money.
#[derive(Debug, Serialize, ToSchema)]
pub struct AwardResponse {
    /// What a list shows of it.
    #[serde(flatten)]
    pub summary: AwardSummary,
    /// The application.
    pub application_id: Uuid,
    /// Tranches.
    pub tranches: Vec<AwardTrancheResponse>,
    /// Reports owed.
    pub reporting_obligations: Vec<ObligationResponse>,
    /// Money disbursed and outstanding.
    pub totals: AwardTotals,
    /// Who accepted the terms.
    pub accepted_by: Option<Uuid>,
    /// When.
    pub accepted_at: Option<DateTime<Utc>>,
    /// When completed or terminated.
    pub closed_at: Option<DateTime<Utc>>,
    /// Why it was terminated, or the completion note.
    pub closure_reason: Option<String>,
    /// What its termination returned to the call's budget: the part of the award not
    /// paid (absent unless terminated).
    pub released_amount: Option<String>,
}

impl ObligationResponse {
    /// The response for a stored reporting obligation.
    pub fn from_model(row: &obligation::Model) -> Self {
        Self {
            id: row.id,
            award_id: row.award_id,
            number: row.number,
            kind: row.kind,
            due_on: row.due_on,
            status: row.status,
            summary: row.summary.clone(),
            submitted_at: row.submitted_at,
            note: row.note.clone(),
            received_at: row.received_at,
        }
    }
}

/// `POST /awards/{id}/complete` and `/terminate`.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CloseRequest {
    /// Why (required to terminate; a note to complete).
    pub reason: Option<String>,
}

/// `POST /reporting-obligations/{id}/submit`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SubmitReportRequest {
    /// A note: what the report says, where it was sent, or why there is no file. Needed
    /// when no file was uploaded to the obligation (`POST /reporting-obligations/{id}/documents`).
    pub summary: Option<String>,
}

/// `POST /reporting-obligations/{id}/receive`.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReceiveReportRequest {
    /// The office's note.
    pub note: Option<String>,
}
