//! Request and response bodies of risk assessment, with their OpenAPI schemas.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::rules::{ResidualRating, Risk, RiskCategory, RiskStatus};
use super::store::{assessment, comment};
use crate::error::{AppError, AppResult};

/// `POST /applications/{id}/risk-assessment`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RiskAssessmentRequest {
    /// The risks with their mitigations.
    pub risks: Vec<Risk>,
    /// What remains after mitigation.
    pub residual_rating: ResidualRating,
}

/// `POST /risk-assessments/{id}/comments`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CommentRequest {
    /// The comment.
    pub body: String,
}

/// A risk with its inherent score.
#[derive(Debug, Serialize, ToSchema)]
pub struct RiskResponse {
    /// Category.
    pub category: RiskCategory,
    /// What could happen.
    pub description: String,
    /// 1-5.
    pub likelihood: u8,
    /// 1-5.
    pub impact: u8,
    /// Likelihood x impact.
    pub inherent_score: u8,
    /// Agreed mitigation.
    pub mitigation: String,
}

/// A comment.
#[derive(Debug, Serialize, ToSchema)]
pub struct CommentResponse {
    /// Id.
    pub id: Uuid,
    /// Author.
    pub author_id: Uuid,
    /// Text.
    pub body: String,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// A risk assessment.
#[derive(Debug, Serialize, ToSchema)]
pub struct RiskAssessmentResponse {
    /// Id.
    pub id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// `submitted` or `approved`.
    pub status: RiskStatus,
    /// Risks.
    pub risks: Vec<RiskResponse>,
    /// Highest inherent score.
    pub highest_inherent_score: u8,
    /// Residual rating.
    pub residual_rating: ResidualRating,
    /// Whether a second officer's approval is still needed.
    pub awaiting_second_approval: bool,
    /// Submitted.
    pub submitted_at: DateTime<Utc>,
    /// Approved.
    pub approved_at: Option<DateTime<Utc>>,
    /// Comments of the organisation and officers.
    pub comments: Vec<CommentResponse>,
}

/// The do-no-harm assessment of a trip.
#[derive(Debug, Serialize, ToSchema)]
pub struct TripRiskResponse {
    /// The sponsorship request.
    pub sponsorship_id: Uuid,
    /// `submitted` or `approved`.
    pub status: RiskStatus,
    /// Risks.
    pub risks: Vec<RiskResponse>,
    /// Highest inherent score.
    pub highest_inherent_score: u8,
    /// Residual rating.
    pub residual_rating: ResidualRating,
    /// Whether a second officer's approval is still needed.
    pub awaiting_second_approval: bool,
    /// Submitted.
    pub submitted_at: DateTime<Utc>,
    /// Approved.
    pub approved_at: Option<DateTime<Utc>>,
}

impl RiskAssessmentResponse {
    /// The assessment of an application as answered, with its comments.
    pub fn of(row: assessment::Model, comments: Vec<comment::Model>) -> AppResult<Self> {
        let application_id = row
            .application_id
            .ok_or_else(|| AppError::Internal(format!("risk assessment {} is not of an application", row.id)))?;
        let risks = risks_of(&row)?;
        Ok(Self {
            id: row.id,
            application_id,
            status: row.status,
            highest_inherent_score: risks.iter().map(Risk::inherent_score).max().unwrap_or(0),
            risks: risk_responses(risks),
            residual_rating: row.residual_rating,
            awaiting_second_approval: awaiting_second_approval(&row),
            submitted_at: row.submitted_at,
            approved_at: row.approved_at,
            comments: comments.into_iter().map(CommentResponse::of).collect(),
        })
    }
}

impl TripRiskResponse {
    /// The assessment of a sponsored trip as answered.
    pub fn of(sponsorship_id: Uuid, row: &assessment::Model) -> AppResult<Self> {
        let risks = risks_of(row)?;
        Ok(Self {
            sponsorship_id,
            status: row.status,
            highest_inherent_score: risks.iter().map(Risk::inherent_score).max().unwrap_or(0),
            risks: risk_responses(risks),
            residual_rating: row.residual_rating,
            awaiting_second_approval: awaiting_second_approval(row),
            submitted_at: row.submitted_at,
            approved_at: row.approved_at,
        })
    }
}

impl CommentResponse {
    /// A comment as answered.
    pub fn of(comment: comment::Model) -> Self {
        Self {
            id: comment.id,
            author_id: comment.author_id,
            body: comment.body,
            created_at: comment.created_at,
        }
    }
}

/// The risks as answered, each with its inherent score.
pub fn risk_responses(risks: Vec<Risk>) -> Vec<RiskResponse> {
    risks
        .into_iter()
        .map(|risk| RiskResponse {
            inherent_score: risk.inherent_score(),
            category: risk.category,
            description: risk.description,
            likelihood: risk.likelihood,
            impact: risk.impact,
            mitigation: risk.mitigation,
        })
        .collect()
}

/// The stored risks; unreadable ones are an internal error, never an empty list.
fn risks_of(row: &assessment::Model) -> AppResult<Vec<Risk>> {
    super::service::risks_of(row)
}

/// Whether a high residual waits for its second officer.
fn awaiting_second_approval(row: &assessment::Model) -> bool {
    row.status == RiskStatus::Submitted
        && row.residual_rating == ResidualRating::High
        && row.first_approved_by.is_some()
}
