//! Handlers of do-no-harm risk assessment.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use sea_orm::TransactionTrait;
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;
use uuid::Uuid;

use super::rules::{self, Approval, ResidualRating, Risk, RiskCategory, RiskStatus};
use super::store::{self, assessment, comment};
use crate::AppState;
use crate::applications::service::{Viewer, viewer_of};
use crate::applications::store as application_store;
use crate::audit::{self, AuditEntry};
use crate::auth::{CurrentUser, Officer, Role};
use crate::error::{AppError, AppResult, OnUnique, Problem, ProblemKind, Validator};
use crate::http::JsonBody;

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

/// Records the do-no-harm assessment of an application (officers); while it is not
/// approved, posting again replaces it (and any first approval).
#[utoipa::path(
    post, path = "/applications/{id}/risk-assessment", tag = "do-no-harm",
    params(("id" = Uuid, Path, description = "application id")),
    request_body = RiskAssessmentRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = RiskAssessmentResponse), (status = 200, description = "replaced", body = RiskAssessmentResponse),
        (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already approved", body = Problem), (status = 422, body = Problem),
    )
)]
pub async fn submit_risk_assessment(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<RiskAssessmentRequest>,
) -> AppResult<(StatusCode, Json<RiskAssessmentResponse>)> {
    application_store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("application"))?;
    let mut check = Validator::new();
    rules::check_risks(&body.risks, &mut check);
    check.finish()?;
    let now = state.now();
    let existing = store::of_application(&state.db, id).await?;
    let row = assessment::Model {
        id: existing.as_ref().map_or_else(Uuid::new_v4, |found| found.id),
        application_id: id,
        risks: json!(body.risks),
        residual_rating: body.residual_rating.as_str().to_owned(),
        status: RiskStatus::Submitted.as_str().to_owned(),
        submitted_by: user.id,
        submitted_at: now,
        first_approved_by: None,
        first_approved_at: None,
        second_approved_by: None,
        approved_at: None,
    };
    let txn = state.db.begin().await?;
    if let Some(found) = &existing {
        crate::db::lock_row(&txn, "risk_assessments", found.id).await?;
    }
    let status = match &existing {
        Some(_) => {
            if !store::resubmit(&txn, &row).await? {
                return Err(AppError::conflict(
                    ProblemKind::RiskApproved,
                    "the risk assessment is approved and can no longer change",
                ));
            }
            StatusCode::OK
        }
        None => {
            store::insert(&txn, row.clone()).await.on_unique(
                ProblemKind::RiskAssessmentExists,
                "the application already has a risk assessment",
            )?;
            StatusCode::CREATED
        }
    };
    let summary = json!({"residual_rating": body.residual_rating, "risks": body.risks.len()});
    audit::record(
        &txn,
        AuditEntry::created(user.id, "risk.submitted", "application", id, summary),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok((status, Json(respond(row, Vec::new()))))
}

/// The assessment of an application: officers and the organisation's members; reviewers
/// and anyone else get 404.
#[utoipa::path(
    get, path = "/applications/{id}/risk-assessment", tag = "do-no-harm",
    params(("id" = Uuid, Path, description = "application id")),
    security(("bearer" = [])),
    responses((status = 200, body = RiskAssessmentResponse), (status = 404, body = Problem))
)]
pub async fn get_risk_assessment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> AppResult<Json<RiskAssessmentResponse>> {
    let found = readable(&state, &user, id).await?;
    let comments = store::comments_of(&state.db, found.id).await?;
    Ok(Json(respond(found, comments)))
}

/// Approves an assessment (officers). A `high` residual needs two different officers.
#[utoipa::path(
    post, path = "/risk-assessments/{id}/approve", tag = "do-no-harm",
    params(("id" = Uuid, Path, description = "risk assessment id")),
    security(("bearer" = [])),
    responses(
        (status = 200, body = RiskAssessmentResponse), (status = 403, body = Problem), (status = 404, body = Problem),
        (status = 409, description = "already approved, or the same officer approves twice", body = Problem),
    )
)]
pub async fn approve_risk_assessment(
    State(state): State<AppState>,
    user: Officer,
    Path(id): Path<Uuid>,
) -> AppResult<Json<RiskAssessmentResponse>> {
    let now = state.now();
    let txn = state.db.begin().await?;
    crate::db::lock_row(&txn, "risk_assessments", id).await?;
    let found = store::find(&txn, id)
        .await?
        .ok_or(AppError::NotFound("risk assessment"))?;
    let status = RiskStatus::parse(&found.status);
    let residual = ResidualRating::parse(&found.residual_rating)
        .ok_or_else(|| AppError::Internal(format!("risk assessment {id} has an unknown rating")))?;
    let step = rules::approve(status, residual, found.first_approved_by, user.id)
        .map_err(|detail| AppError::conflict(ProblemKind::ApprovalRefused, detail))?;
    let (recorded, action) = match step {
        Approval::First => (
            store::first_approval(&txn, id, user.id, now).await?,
            "risk.first_approval",
        ),
        Approval::Complete => (
            store::approve(&txn, id, user.id, found.first_approved_by.is_some(), now).await?,
            "risk.approved",
        ),
    };
    if !recorded {
        return Err(AppError::conflict(
            ProblemKind::ConcurrentChange,
            "the risk assessment changed meanwhile; reload it",
        ));
    }
    let entry = AuditEntry::created(
        user.id,
        action,
        "application",
        found.application_id,
        json!({"residual_rating": residual}),
    );
    audit::record(&txn, entry, now).await?;
    let changed = store::find(&txn, id)
        .await?
        .ok_or(AppError::NotFound("risk assessment"))?;
    let comments = store::comments_of(&txn, id).await?;
    txn.commit().await?;
    Ok(Json(respond(changed, comments)))
}

/// Comments on an assessment (the organisation's members and officers).
#[utoipa::path(
    post, path = "/risk-assessments/{id}/comments", tag = "do-no-harm",
    params(("id" = Uuid, Path, description = "risk assessment id")),
    request_body = CommentRequest,
    security(("bearer" = [])),
    responses((status = 201, body = CommentResponse), (status = 404, body = Problem), (status = 422, body = Problem))
)]
pub async fn comment_on_risk_assessment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
    JsonBody(body): JsonBody<CommentRequest>,
) -> AppResult<(StatusCode, Json<CommentResponse>)> {
    let found = store::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("risk assessment"))?;
    readable(&state, &user, found.application_id).await?;
    let mut check = Validator::new();
    check.required_text("body", &body.body, 5_000);
    check.finish()?;
    let now = state.now();
    let row = comment::Model {
        id: Uuid::new_v4(),
        risk_assessment_id: id,
        author_id: user.id,
        body: body.body.trim().to_owned(),
        created_at: now,
    };
    let txn = state.db.begin().await?;
    let saved = store::insert_comment(&txn, row).await?;
    audit::record(
        &txn,
        AuditEntry::created(
            user.id,
            "risk.commented",
            "application",
            found.application_id,
            json!({"comment": saved.id}),
        ),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(CommentResponse {
            id: saved.id,
            author_id: saved.author_id,
            body: saved.body,
            created_at: saved.created_at,
        }),
    ))
}

/// The assessment if the caller may read it: officers and the organisation's members.
async fn readable(state: &AppState, user: &CurrentUser, application_id: Uuid) -> AppResult<assessment::Model> {
    let application = application_store::find(&state.db, application_id)
        .await?
        .ok_or(AppError::NotFound("application"))?;
    let allowed = user.has(Role::Officer)
        || viewer_of(&state.db, user, &application)
            .await
            .is_ok_and(|viewer| viewer == Viewer::Member);
    if !allowed {
        return Err(AppError::NotFound("risk assessment"));
    }
    store::of_application(&state.db, application_id)
        .await?
        .ok_or(AppError::NotFound("risk assessment"))
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

fn respond(row: assessment::Model, comments: Vec<comment::Model>) -> RiskAssessmentResponse {
    let risks: Vec<Risk> = serde_json::from_value(row.risks).unwrap_or_default();
    let residual = ResidualRating::parse(&row.residual_rating).unwrap_or(ResidualRating::Critical);
    let approved = RiskStatus::parse(&row.status) == RiskStatus::Approved;
    RiskAssessmentResponse {
        id: row.id,
        application_id: row.application_id,
        status: if approved {
            RiskStatus::Approved
        } else {
            RiskStatus::Submitted
        },
        highest_inherent_score: risks.iter().map(Risk::inherent_score).max().unwrap_or(0),
        risks: risk_responses(risks),
        residual_rating: residual,
        awaiting_second_approval: !approved && residual == ResidualRating::High && row.first_approved_by.is_some(),
        submitted_at: row.submitted_at,
        approved_at: row.approved_at,
        comments: comments
            .into_iter()
            .map(|comment| CommentResponse {
                id: comment.id,
                author_id: comment.author_id,
                body: comment.body,
                created_at: comment.created_at,
            })
            .collect(),
    }
}
