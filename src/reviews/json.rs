//! Request and response bodies of review.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::applications::rules::ApplicationStatus;

/// `POST /applications/{id}/assignments`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssignRequest {
    /// A user holding the reviewer role.
    pub reviewer_id: Uuid,
}

/// `POST /applications/{id}/conflicts`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConflictRequest {
    /// Why the reviewer cannot review this application impartially.
    pub reason: String,
}

/// `PUT /applications/{id}/reviews/mine`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewRequest {
    /// One whole-number score per rubric criterion key.
    pub scores: BTreeMap<String, i64>,
    /// The reviewer's comment.
    pub comment: String,
    /// `true` saves a draft the reviewer may change again, which counts nowhere; absent or
    /// `false` submits the review, which is then final and counts in the ranking.
    #[serde(default)]
    pub draft: bool,
}

/// An assignment of a reviewer.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssignmentResponse {
    /// Id.
    pub id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// The reviewer.
    pub reviewer_id: Uuid,
    /// The reviewer's name.
    pub reviewer_name: Option<String>,
    /// `active` or `conflict_declared`.
    pub status: String,
    /// The conflict the reviewer declared.
    pub conflict_reason: Option<String>,
    /// When assigned.
    pub assigned_at: DateTime<Utc>,
    /// When the assignment ended.
    pub ended_at: Option<DateTime<Utc>>,
    /// Whether the reviewer has submitted a review.
    pub reviewed: bool,
    /// Whether the reviewer has saved a draft they have not submitted yet.
    pub in_progress: bool,
}

/// A review.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewResponse {
    /// Id.
    pub id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// The reviewer.
    pub reviewer_id: Uuid,
    /// The reviewer's name.
    pub reviewer_name: Option<String>,
    /// Score per criterion.
    pub scores: BTreeMap<String, i64>,
    /// Weighted score on a 0-100 scale.
    #[schema(value_type = String)]
    pub weighted_score: Decimal,
    /// Comment.
    pub comment: String,
    /// First submitted (for a draft: first saved).
    pub submitted_at: DateTime<Utc>,
    /// Last revised.
    pub updated_at: DateTime<Utc>,
    /// When an officer last reopened it after an appeal sent the application back to review.
    pub reopened_at: Option<DateTime<Utc>>,
    /// Why it was reopened.
    pub reopen_reason: Option<String>,
    /// `draft` (saved, may change, not counted) or `submitted` (final, counted).
    pub status: String,
}

/// `POST /applications/{id}/reviews/{reviewer_id}/reopen`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReopenRequest {
    /// Why the review is reopened (recorded in the audit trail).
    #[schema(min_length = 1)]
    pub reason: String,
}

/// Query of `GET /calls/{id}/ranking`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct RankingQuery {
    /// Size of the top group whose representation is summarised (default 10).
    pub top: Option<usize>,
    /// Which regions the representation counts by: `office` (default: the office's
    /// planning regions) or `m49` (UN M49 continents).
    #[param(inline)]
    pub regions: Option<crate::reference::RegionScheme>,
}

/// One application in the ranking.
#[derive(Debug, Serialize, ToSchema)]
pub struct RankingEntry {
    /// 1 for the first.
    pub rank: usize,
    /// The application.
    pub application_id: Uuid,
    /// Its title.
    pub title: String,
    /// Its state.
    pub status: ApplicationStatus,
    /// The organisation.
    pub organisation_id: Uuid,
    /// The organisation's legal name.
    pub organisation_name: Option<String>,
    /// Mean weighted score (0-100) of its reviews.
    #[schema(value_type = Option<String>)]
    pub weighted_mean: Option<Decimal>,
    /// Mean of reviewer-normalised z-scores.
    #[schema(value_type = Option<String>)]
    pub normalised_mean: Option<Decimal>,
    /// Number of reviews.
    pub review_count: usize,
    /// Highest minus lowest weighted score among its reviews.
    #[schema(value_type = Option<String>)]
    pub spread: Option<Decimal>,
}

/// How the top group is made up.
#[derive(Debug, Serialize, ToSchema)]
pub struct Representation {
    /// Size of the group summarised.
    pub top: usize,
    /// Applications in the group.
    pub count: usize,
    /// Count per UN M49 region.
    pub by_region: BTreeMap<String, usize>,
    /// Women-led organisations.
    pub women_led: usize,
    /// Youth-led organisations.
    pub youth_led: usize,
}

/// `GET /calls/{id}/ranking`.
#[derive(Debug, Serialize, ToSchema)]
pub struct RankingResponse {
    /// The call.
    pub call_id: Uuid,
    /// How the order is made, in words.
    pub method: &'static str,
    /// Applications in rank order.
    pub items: Vec<RankingEntry>,
    /// Representation of the top group.
    pub representation: Representation,
}
