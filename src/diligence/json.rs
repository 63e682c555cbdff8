//! Request and response bodies of due diligence.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::rules::Standing;
use super::rules::{AssessmentStatus, ChecklistItem, ItemStatus, MatchOutcome, RiskRating};
use super::service::{Assessment, OrganisationDiligence};
use super::store::{assessment, items_of, sanctions_match};
use crate::error::AppResult;

/// One item change in `PATCH /due-diligence/{id}`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemUpdateRequest {
    /// Checklist key.
    pub key: String,
    /// New status.
    pub status: ItemStatus,
    /// Evidence note.
    pub note: Option<String>,
    /// Whether the item may pass only with a document of evidence attached (kept when
    /// absent).
    pub requires_evidence: Option<bool>,
}

/// `PATCH /due-diligence/{id}`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateDueDiligenceRequest {
    /// Item changes.
    #[serde(default)]
    pub items: Vec<ItemUpdateRequest>,
    /// Overall risk rating.
    pub risk_rating: Option<RiskRating>,
}

/// `POST /due-diligence/{id}/matches/{match_id}/adjudication`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AdjudicationRequest {
    /// `false_positive` or `true_match`.
    pub outcome: MatchOutcome,
    /// Why (e.g. different date of birth, different country).
    pub reason: String,
}

/// A candidate match.
#[derive(Debug, Serialize, ToSchema)]
pub struct MatchResponse {
    /// Id.
    pub id: Uuid,
    /// The list entry's `DATAID`.
    pub list_entry_id: String,
    /// The entry's reference number.
    pub reference_number: String,
    /// The entry's listed name.
    pub name: String,
    /// The entry's name (or alias) that matched.
    pub matched_name: String,
    /// The screened name.
    pub subject_name: String,
    /// Similarity, 0 to 1.
    pub score: f64,
    /// The officer's finding.
    pub outcome: Option<MatchOutcome>,
    /// Why.
    pub reason: Option<String>,
    /// When.
    pub adjudicated_at: Option<DateTime<Utc>>,
}

impl From<sanctions_match::Model> for MatchResponse {
    fn from(row: sanctions_match::Model) -> Self {
        Self {
            id: row.id,
            list_entry_id: row.list_entry_id,
            reference_number: row.reference_number,
            name: row.entry_name,
            matched_name: row.matched_name,
            subject_name: row.subject_name,
            score: f64::from(row.score_basis_points) / 10_000.0,
            outcome: row.outcome,
            reason: row.reason,
            adjudicated_at: row.adjudicated_at,
        }
    }
}

/// A due-diligence assessment.
#[derive(Debug, Serialize, ToSchema)]
pub struct DueDiligenceResponse {
    /// Id.
    pub id: Uuid,
    /// The organisation.
    pub organisation_id: Uuid,
    /// `open`, `passed` or `failed`.
    pub status: AssessmentStatus,
    /// The checklist.
    pub items: Vec<ChecklistItem>,
    /// Overall rating.
    pub risk_rating: Option<RiskRating>,
    /// Candidate sanctions matches.
    pub matches: Vec<MatchResponse>,
    /// When the organisation was last screened.
    pub screened_at: Option<DateTime<Utc>>,
    /// `dateGenerated` of the list it was screened against.
    pub list_generated_at: Option<DateTime<Utc>>,
    /// Opened.
    pub opened_at: DateTime<Utc>,
    /// Completed.
    pub completed_at: Option<DateTime<Utc>>,
    /// Valid until.
    pub valid_until: Option<DateTime<Utc>>,
}

impl DueDiligenceResponse {
    /// The response for an assessment and its matches; a stored checklist that does not
    /// read fails (a corrupt row is an internal error, never an empty checklist).
    pub fn build(row: assessment::Model, matches: Vec<sanctions_match::Model>) -> AppResult<Self> {
        Ok(Self {
            items: items_of(&row)?,
            id: row.id,
            organisation_id: row.organisation_id,
            status: row.status,
            risk_rating: row.risk_rating,
            matches: matches.into_iter().map(MatchResponse::from).collect(),
            screened_at: row.screened_at,
            list_generated_at: row.list_generated_at,
            opened_at: row.opened_at,
            completed_at: row.completed_at,
            valid_until: row.valid_until,
        })
    }
}

impl TryFrom<Assessment> for DueDiligenceResponse {
    type Error = crate::error::AppError;

    fn try_from(assessment: Assessment) -> AppResult<Self> {
        Self::build(assessment.row, assessment.matches)
    }
}

/// The assessments of an organisation and its standing.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationDiligenceResponse {
    /// `valid`, `expired`, `failed` or `missing`.
    pub standing: String,
    /// Until when the standing is valid.
    pub valid_until: Option<DateTime<Utc>>,
    /// True when a name the latest passed assessment screened (legal name, short name, a
    /// member's name) changed since: awards and an award's payments wait for a new screening.
    pub rescreening_required: bool,
    /// Assessments, newest first (without matches).
    pub assessments: Vec<DueDiligenceResponse>,
}

impl TryFrom<OrganisationDiligence> for OrganisationDiligenceResponse {
    type Error = crate::error::AppError;

    fn try_from(diligence: OrganisationDiligence) -> AppResult<Self> {
        let (standing, valid_until) = match diligence.standing {
            Standing::Valid(until) => ("valid", Some(until)),
            Standing::Expired(at) => ("expired", Some(at)),
            Standing::Failed => ("failed", None),
            Standing::Missing => ("missing", None),
        };
        Ok(Self {
            standing: standing.to_owned(),
            valid_until,
            rescreening_required: diligence.rescreening_required,
            assessments: diligence
                .assessments
                .into_iter()
                .map(|row| DueDiligenceResponse::build(row, Vec::new()))
                .collect::<AppResult<_>>()?,
        })
    }
}
