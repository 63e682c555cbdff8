//! Request and response bodies of applications.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::rules::{ApplicationStatus, BudgetLine};
use super::store::application;
use crate::calls::json::StoredCall;
use crate::calls::rules::EligibilityCriterion;
use crate::error::{AppError, AppResult};
use crate::money::{self, Amount, Currency};

/// A budget line as sent.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetLineRequest {
    /// What the money is for.
    pub description: String,
    /// How much, in the call's currency.
    pub amount: Amount,
}

impl From<BudgetLineRequest> for BudgetLine {
    fn from(line: BudgetLineRequest) -> Self {
        Self {
            description: line.description.trim().to_owned(),
            amount: line.amount.0,
        }
    }
}

/// `POST /calls/{id}/applications`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateApplicationRequest {
    /// The applying organisation (the caller must be a member).
    pub organisation_id: Uuid,
    /// Title of the project.
    pub title: String,
    /// Summary of the project.
    pub summary: String,
    /// Amount requested: within the call's min and max grant and equal to the budget lines.
    pub requested_amount: Amount,
    /// Must be the call's currency when sent.
    pub currency: Option<Currency>,
    /// Budget lines.
    pub budget_lines: Vec<BudgetLineRequest>,
    /// Answers to the call's questions.
    #[serde(default)]
    pub answers: serde_json::Map<String, serde_json::Value>,
}

/// `PATCH /applications/{id}` (drafts only): only the fields sent change.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateApplicationRequest {
    /// Title.
    pub title: Option<String>,
    /// Summary.
    pub summary: Option<String>,
    /// Amount requested.
    pub requested_amount: Option<Amount>,
    /// Must be the call's currency when sent.
    pub currency: Option<Currency>,
    /// Budget lines (replace all).
    pub budget_lines: Option<Vec<BudgetLineRequest>>,
    /// Answers (replace all).
    pub answers: Option<serde_json::Map<String, serde_json::Value>>,
}

/// `POST /applications/{id}/eligibility`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EligibilityRequest {
    /// The finding.
    pub eligible: bool,
    /// Keys of the criteria the application fails (when ineligible).
    #[serde(default)]
    pub failed_criteria: Vec<String>,
    /// The reason the applicant reads (required when ineligible).
    pub reason: Option<String>,
}

/// Filters of `GET /applications`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ApplicationsQuery {
    /// Only this call.
    pub call_id: Option<Uuid>,
    /// Only this state.
    pub status: Option<ApplicationStatus>,
    /// Only this organisation.
    pub organisation_id: Option<Uuid>,
    /// Page size (default 50, at most 500).
    pub limit: Option<u64>,
    /// Number to skip.
    pub offset: Option<u64>,
    /// The `next_cursor` of the page before.
    pub cursor: Option<String>,
    /// Count the matching items on a later page too (`total`).
    pub count: Option<bool>,
}

/// A budget line as shown.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BudgetLineResponse {
    /// What the money is for.
    pub description: String,
    /// How much.
    pub amount: String,
}

/// The eligibility finding, as the applicant reads it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EligibilityResponse {
    /// The finding.
    pub eligible: bool,
    /// The criteria failed, with their published wording.
    pub failed_criteria: Vec<EligibilityCriterion>,
    /// The reason.
    pub reason: Option<String>,
    /// When.
    pub screened_at: Option<DateTime<Utc>>,
}

/// One finding or decision in an application's history, as the audit trail recorded it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FindingRecord {
    /// What happened: `found_eligible`, `found_ineligible`, `awarded`, `rejected`,
    /// `appealed`, `appeal_upheld` or `appeal_overturned`.
    pub action: String,
    /// When.
    pub at: DateTime<Utc>,
    /// The staff member who made it (shown to staff; `null` for the organisation's
    /// members, who read what was decided and why, not who on the staff acted).
    pub by: Option<Uuid>,
    /// The reasons given (for an appeal, its grounds).
    pub reason: Option<String>,
    /// Keys of the eligibility criteria found unmet (a screening only).
    pub failed_criteria: Vec<String>,
}

/// An application.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ApplicationResponse {
    /// Id.
    pub id: Uuid,
    /// The call.
    pub call_id: Uuid,
    /// The call's title.
    pub call_title: Option<String>,
    /// The applying organisation (hidden from reviewers of a blind-review call).
    pub organisation_id: Option<Uuid>,
    /// The organisation's legal name (hidden likewise).
    pub organisation_name: Option<String>,
    /// Whether the organisation's identity is withheld from this reader.
    pub identity_hidden: bool,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Amount requested.
    pub requested_amount: String,
    /// Currency (the call's).
    pub currency: Currency,
    /// Budget lines.
    pub budget_lines: Vec<BudgetLineResponse>,
    /// Answers.
    pub answers: serde_json::Value,
    /// State.
    pub status: ApplicationStatus,
    /// When it was submitted.
    pub submitted_at: Option<DateTime<Utc>>,
    /// The eligibility finding, once screened.
    pub eligibility: Option<EligibilityResponse>,
    /// The latest award or rejection, with its reason.
    pub decision: Option<crate::decisions::json::DecisionResponse>,
    /// The award, when the application is awarded.
    pub award_id: Option<Uuid>,
    /// The latest appeal.
    pub appeal: Option<crate::decisions::json::AppealResponse>,
    /// Every finding and decision made on the application, oldest first, including those
    /// an appeal overturned (on `GET /applications/{id}` only; absent from lists).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<Vec<FindingRecord>>,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last changed.
    pub updated_at: DateTime<Utc>,
}

impl ApplicationResponse {
    /// The same response without the organisation's identity (blind review).
    pub fn without_identity(self) -> Self {
        Self {
            organisation_id: None,
            organisation_name: None,
            identity_hidden: true,
            ..self
        }
    }
}

/// Stored budget lines (amounts as strings in the call's currency).
pub fn stored_lines(lines: &[BudgetLine], currency: Currency) -> serde_json::Value {
    serde_json::Value::Array(
        lines
            .iter()
            .map(|line| serde_json::json!({"description": line.description, "amount": money::format_amount(line.amount, currency)}))
            .collect(),
    )
}

/// Reads an application's stored budget lines back; a line that does not read is a
/// corrupt row, an internal error naming the application, never silently dropped.
pub fn read_lines(row: &application::Model) -> AppResult<Vec<BudgetLine>> {
    let corrupt = || AppError::Internal(format!("application {} has unreadable budget lines", row.id));
    row.budget_lines
        .as_array()
        .ok_or_else(corrupt)?
        .iter()
        .map(|line| {
            let description = line.get("description")?.as_str()?.to_owned();
            let amount = money::parse_decimal(line.get("amount")?.as_str()?).ok()?;
            Some(BudgetLine { description, amount })
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(corrupt)
}

impl ApplicationResponse {
    /// The response for a row, with its call (for criteria wording) and organisation name.
    /// A stored value that does not read (budget lines, failed criteria) is an internal
    /// error naming the application.
    pub fn build(
        row: application::Model,
        call: Option<&StoredCall>,
        organisation_name: Option<String>,
    ) -> AppResult<Self> {
        let currency = row.currency;
        let status = row.status;
        let failed_keys: Vec<String> = match row.failed_criteria.clone() {
            Some(value) => serde_json::from_value(value)
                .map_err(|_| AppError::Internal(format!("application {} has unreadable failed criteria", row.id)))?,
            None => Vec::new(),
        };
        let lines = read_lines(&row)?;
        let screened = row.failed_criteria.is_some();
        let eligibility = screened.then(|| EligibilityResponse {
            eligible: failed_keys.is_empty(),
            failed_criteria: failed_keys
                .iter()
                .map(|key| {
                    call.and_then(|call| {
                        call.terms
                            .eligibility_criteria
                            .iter()
                            .find(|criterion| &criterion.key == key)
                    })
                    .cloned()
                    .unwrap_or_else(|| EligibilityCriterion {
                        key: key.clone(),
                        description: String::new(),
                    })
                })
                .collect(),
            reason: row.eligibility_reason.clone(),
            screened_at: row.screened_at,
        });
        Ok(Self {
            id: row.id,
            call_id: row.call_id,
            call_title: call.map(|call| call.terms.title.clone()),
            organisation_id: Some(row.organisation_id),
            organisation_name,
            identity_hidden: false,
            title: row.title,
            summary: row.summary,
            requested_amount: money::format_amount(money::from_stored(row.requested_amount), currency),
            currency,
            budget_lines: lines
                .into_iter()
                .map(|line| BudgetLineResponse {
                    description: line.description,
                    amount: money::format_amount(line.amount, currency),
                })
                .collect(),
            answers: row.answers,
            status,
            submitted_at: row.submitted_at,
            eligibility,
            decision: None,
            award_id: None,
            appeal: None,
            history: None,
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}
