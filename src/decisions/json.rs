//! Request and response bodies of decisions and appeals.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::rules::{AppealStatus, Outcome, Tranche, TrancheInput};
use super::store::{appeal, decision};
use crate::awards::rules::ReportKind;
use crate::error::{AppError, AppResult};
use crate::money::{self, Amount, Currency};

/// A tranche as asked for: `percent` or `amount`.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrancheRequest {
    /// Share of the award in percent, as a decimal string (e.g. `"60"` or `"33.5"`; a JSON
    /// number or an exponent is refused, as for amounts).
    pub percent: Option<Amount>,
    /// Or a fixed amount in the award's currency.
    pub amount: Option<Amount>,
    /// Due date.
    pub due_on: NaiveDate,
    /// Condition, e.g. "interim report received".
    #[serde(default)]
    pub condition: String,
    /// The reporting obligation (position in `reporting_obligations`, from 0) that must be
    /// received before this tranche is paid.
    pub condition_report: Option<usize>,
}

impl From<TrancheRequest> for TrancheInput {
    fn from(request: TrancheRequest) -> Self {
        Self {
            percent: request.percent.map(|percent| percent.0),
            amount: request.amount.map(|amount| amount.0),
            due_on: request.due_on,
            condition: request.condition,
            report: request.condition_report,
        }
    }
}

/// A reporting obligation of an award, as decided.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ObligationRequest {
    /// Which report.
    pub kind: ReportKind,
    /// When it is due.
    pub due_on: NaiveDate,
}

/// `POST /applications/{id}/decision`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionRequest {
    /// `awarded` or `rejected`.
    pub outcome: Outcome,
    /// The reason the applicant reads.
    pub reason: String,
    /// Awarded amount (required when awarding): at most the requested amount and the call's maximum.
    pub amount: Option<Amount>,
    /// Tranches of the award (percents totalling 100 or amounts totalling the award).
    #[serde(default)]
    pub tranches: Vec<TrancheRequest>,
    /// Reports the organisation owes (interim / final, narrative / financial) with due dates.
    #[serde(default)]
    pub reporting_obligations: Vec<ObligationRequest>,
    /// Why the officer decides without any submitted review (audited).
    pub override_reason: Option<String>,
}

/// A tranche of an award.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TrancheResponse {
    /// Position, from 1.
    pub number: usize,
    /// Amount.
    pub amount: String,
    /// The percent asked for.
    #[schema(value_type = Option<String>)]
    pub percent: Option<Decimal>,
    /// Due date.
    pub due_on: NaiveDate,
    /// Condition.
    pub condition: String,
}

/// A decision as the applicant reads it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DecisionResponse {
    /// Id.
    pub id: Uuid,
    /// `awarded` or `rejected`.
    pub outcome: Outcome,
    /// The reason.
    pub reason: String,
    /// Awarded amount.
    pub amount: Option<String>,
    /// Currency.
    pub currency: Currency,
    /// Tranches.
    pub tranches: Vec<TrancheResponse>,
    /// When.
    pub decided_at: DateTime<Utc>,
    /// The award created by an `awarded` decision.
    pub award_id: Option<Uuid>,
}

impl DecisionResponse {
    /// The response for a stored decision.
    /// Tranches that do not read are an internal error naming the decision.
    pub fn from_model(row: &decision::Model) -> AppResult<Self> {
        let currency = row.currency;
        let tranches: Vec<Tranche> = serde_json::from_value(row.tranches.clone())
            .map_err(|_| AppError::Internal(format!("decision {} has unreadable tranches", row.id)))?;
        Ok(Self {
            id: row.id,
            outcome: row.outcome,
            reason: row.reason.clone(),
            amount: row
                .amount
                .map(|amount| money::format_amount(money::from_stored(amount), currency)),
            currency,
            tranches: tranches
                .into_iter()
                .map(|tranche| TrancheResponse {
                    number: tranche.number,
                    amount: money::format_amount(tranche.amount, currency),
                    percent: tranche.percent,
                    due_on: tranche.due_on,
                    condition: tranche.condition,
                })
                .collect(),
            decided_at: row.decided_at,
            award_id: None,
        })
    }
}

/// `POST /applications/{id}/appeals`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AppealRequest {
    /// Why the finding should change.
    pub grounds: String,
}

/// How an appeal ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// The finding stands.
    Upheld,
    /// The finding is set aside; the application goes back to review.
    Overturned,
}

impl Resolution {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        self.status().as_str()
    }

    /// The status the appeal ends in.
    pub fn status(self) -> AppealStatus {
        match self {
            Self::Upheld => AppealStatus::Upheld,
            Self::Overturned => AppealStatus::Overturned,
        }
    }
}

/// `POST /appeals/{id}/resolution`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResolutionRequest {
    /// `upheld` or `overturned`.
    pub outcome: Resolution,
    /// The reason the applicant reads.
    pub reason: String,
}

/// An appeal.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AppealResponse {
    /// Id.
    pub id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// `rejected` or `ineligible`.
    pub appealed_from: String,
    /// The grounds.
    pub grounds: String,
    /// `open`, `upheld` or `overturned`.
    pub status: String,
    /// When filed.
    pub filed_at: DateTime<Utc>,
    /// The resolution's reason.
    pub resolution_reason: Option<String>,
    /// When resolved.
    pub resolved_at: Option<DateTime<Utc>>,
}

impl From<&appeal::Model> for AppealResponse {
    fn from(row: &appeal::Model) -> Self {
        Self {
            id: row.id,
            application_id: row.application_id,
            appealed_from: row.appealed_from.as_str().to_owned(),
            grounds: row.grounds.clone(),
            status: row.status.as_str().to_owned(),
            filed_at: row.filed_at,
            resolution_reason: row.resolution_reason.clone(),
            resolved_at: row.resolved_at,
        }
    }
}
