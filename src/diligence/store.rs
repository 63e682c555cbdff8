//! Persistence of due-diligence assessments and sanctions matches.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::rules::{AssessmentStatus, ChecklistItem, MatchOutcome, RiskRating};
use crate::error::{AppError, AppResult};

crate::stored_as_text!(AssessmentStatus);
crate::stored_as_text!(RiskRating);
crate::stored_as_text!(MatchOutcome);

/// Entity of `due_diligence`.
pub mod assessment {
    use sea_orm::entity::prelude::*;

    use crate::diligence::rules::{AssessmentStatus, RiskRating};

    /// A due-diligence assessment of an organisation.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "due_diligence")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub organisation_id: Uuid,
        pub status: AssessmentStatus,
        #[sea_orm(column_type = "JsonBinary")]
        pub items: Json,
        pub risk_rating: Option<RiskRating>,
        pub opened_by: Uuid,
        pub opened_at: DateTimeUtc,
        pub screened_at: Option<DateTimeUtc>,
        #[sea_orm(column_type = "JsonBinary", nullable)]
        pub screened_subjects: Option<Json>,
        pub list_version_id: Option<Uuid>,
        pub list_generated_at: Option<DateTimeUtc>,
        pub completed_by: Option<Uuid>,
        pub completed_at: Option<DateTimeUtc>,
        pub valid_until: Option<DateTimeUtc>,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Entity of `sanctions_matches`.
pub mod sanctions_match {
    use sea_orm::entity::prelude::*;

    use crate::diligence::rules::MatchOutcome;

    /// A candidate match found by screening, with its adjudication.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sanctions_matches")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub assessment_id: Uuid,
        pub subject_name: String,
        pub list_entry_id: String,
        pub reference_number: String,
        pub entry_name: String,
        pub matched_name: String,
        pub score_basis_points: i32,
        pub outcome: Option<MatchOutcome>,
        pub reason: Option<String>,
        pub adjudicated_by: Option<Uuid>,
        pub adjudicated_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The assessment with this id.
pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<assessment::Model>> {
    Ok(assessment::Entity::find_by_id(id).one(db).await?)
}

/// Assessments of an organisation, newest first.
pub async fn of_organisation(db: &impl ConnectionTrait, organisation_id: Uuid) -> AppResult<Vec<assessment::Model>> {
    Ok(of_organisation_query(organisation_id).all(db).await?)
}

/// The query of an organisation's assessments, newest first; served by the index
/// `(organisation_id, opened_at DESC)` of migration 37.
pub fn of_organisation_query(organisation_id: Uuid) -> sea_orm::Select<assessment::Entity> {
    assessment::Entity::find()
        .filter(assessment::Column::OrganisationId.eq(organisation_id))
        .order_by_desc(assessment::Column::OpenedAt)
}

/// The assessments of these organisations, newest first (one query, for lists).
pub async fn of_organisations(db: &impl ConnectionTrait, ids: Vec<Uuid>) -> AppResult<Vec<assessment::Model>> {
    Ok(assessment::Entity::find()
        .filter(assessment::Column::OrganisationId.is_in(ids))
        .order_by_desc(assessment::Column::OpenedAt)
        .all(db)
        .await?)
}

/// The most recently completed assessment of an organisation.
pub async fn latest_completed(
    db: &impl ConnectionTrait,
    organisation_id: Uuid,
) -> AppResult<Option<assessment::Model>> {
    Ok(assessment::Entity::find()
        .filter(assessment::Column::OrganisationId.eq(organisation_id))
        .filter(assessment::Column::CompletedAt.is_not_null())
        .order_by_desc(assessment::Column::CompletedAt)
        .one(db)
        .await?)
}

/// Inserts an assessment; a second open one for the organisation is a unique violation.
pub async fn insert(db: &impl ConnectionTrait, row: assessment::Model) -> Result<assessment::Model, sea_orm::DbErr> {
    assessment::ActiveModel::from(row).insert(db).await
}

/// Locks the assessment until the transaction ends: checklist changes, screenings,
/// adjudications and completion of one assessment run one after the other.
pub async fn lock(db: &impl ConnectionTrait, id: Uuid) -> AppResult<()> {
    Ok(crate::db::lock_row(db, "due_diligence", id).await?)
}

/// Saves the checklist and rating of an assessment that is still open; answers whether it was.
pub async fn save_checklist(db: &impl ConnectionTrait, row: &assessment::Model) -> AppResult<bool> {
    let result = assessment::Entity::update_many()
        .col_expr(assessment::Column::Items, Expr::value(row.items.clone()))
        .col_expr(assessment::Column::RiskRating, Expr::value(row.risk_rating))
        .col_expr(assessment::Column::UpdatedAt, Expr::value(row.updated_at))
        .filter(assessment::Column::Id.eq(row.id))
        .filter(assessment::Column::Status.eq(AssessmentStatus::Open))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Records a screening of an assessment that is still open: when, which names, against
/// which list; answers whether it was open.
pub async fn record_screening(db: &impl ConnectionTrait, row: &assessment::Model) -> AppResult<bool> {
    let result = assessment::Entity::update_many()
        .col_expr(assessment::Column::ScreenedAt, Expr::value(row.screened_at))
        .col_expr(
            assessment::Column::ScreenedSubjects,
            Expr::value(row.screened_subjects.clone()),
        )
        .col_expr(assessment::Column::ListVersionId, Expr::value(row.list_version_id))
        .col_expr(assessment::Column::ListGeneratedAt, Expr::value(row.list_generated_at))
        .col_expr(assessment::Column::UpdatedAt, Expr::value(row.updated_at))
        .filter(assessment::Column::Id.eq(row.id))
        .filter(assessment::Column::Status.eq(AssessmentStatus::Open))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Completes an open assessment; answers whether it was still open.
pub async fn complete(
    db: &impl ConnectionTrait,
    id: Uuid,
    status: AssessmentStatus,
    completed_by: Uuid,
    now: DateTime<Utc>,
    valid_until: DateTime<Utc>,
) -> AppResult<bool> {
    let result = assessment::Entity::update_many()
        .col_expr(assessment::Column::Status, Expr::value(status))
        .col_expr(assessment::Column::CompletedBy, Expr::value(completed_by))
        .col_expr(assessment::Column::CompletedAt, Expr::value(now))
        .col_expr(assessment::Column::ValidUntil, Expr::value(valid_until))
        .col_expr(assessment::Column::UpdatedAt, Expr::value(now))
        .filter(assessment::Column::Id.eq(id))
        .filter(assessment::Column::Status.eq(AssessmentStatus::Open))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// The matches of an assessment, best score first.
pub async fn matches_of(db: &impl ConnectionTrait, assessment_id: Uuid) -> AppResult<Vec<sanctions_match::Model>> {
    Ok(sanctions_match::Entity::find()
        .filter(sanctions_match::Column::AssessmentId.eq(assessment_id))
        .order_by_desc(sanctions_match::Column::ScoreBasisPoints)
        .order_by_asc(sanctions_match::Column::Id)
        .all(db)
        .await?)
}

/// Deletes the unadjudicated matches of an assessment that are not in `keep`; an
/// officer's finding is never deleted.
pub async fn delete_matches_except(db: &impl ConnectionTrait, assessment_id: Uuid, keep: Vec<Uuid>) -> AppResult<()> {
    sanctions_match::Entity::delete_many()
        .filter(sanctions_match::Column::AssessmentId.eq(assessment_id))
        .filter(sanctions_match::Column::Outcome.is_null())
        .filter(sanctions_match::Column::Id.is_not_in(keep))
        .exec(db)
        .await?;
    Ok(())
}

/// Inserts a match.
pub async fn insert_match(db: &impl ConnectionTrait, row: sanctions_match::Model) -> AppResult<()> {
    sanctions_match::ActiveModel::from(row).insert(db).await?;
    Ok(())
}

/// Records an adjudication.
pub async fn adjudicate(
    db: &impl ConnectionTrait,
    id: Uuid,
    outcome: MatchOutcome,
    reason: &str,
    by: Uuid,
    now: DateTime<Utc>,
) -> AppResult<()> {
    sanctions_match::Entity::update_many()
        .col_expr(sanctions_match::Column::Outcome, Expr::value(outcome))
        .col_expr(sanctions_match::Column::Reason, Expr::value(reason))
        .col_expr(sanctions_match::Column::AdjudicatedBy, Expr::value(by))
        .col_expr(sanctions_match::Column::AdjudicatedAt, Expr::value(now))
        .filter(sanctions_match::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// The checklist of a stored assessment; a checklist that does not read is a corrupt row,
/// an internal error rather than an empty list.
pub fn items_of(row: &assessment::Model) -> AppResult<Vec<ChecklistItem>> {
    serde_json::from_value(row.items.clone())
        .map_err(|error| AppError::Internal(format!("due_diligence {} has a corrupt checklist: {error}", row.id)))
}

/// The names a stored assessment was screened for (none before its first screening); a
/// list that does not read is a corrupt row.
pub fn screened_subjects_of(row: &assessment::Model) -> AppResult<Vec<String>> {
    row.screened_subjects
        .clone()
        .map(serde_json::from_value)
        .transpose()
        .map(Option::unwrap_or_default)
        .map_err(|error| {
            AppError::Internal(format!(
                "due_diligence {} has corrupt screened subjects: {error}",
                row.id
            ))
        })
}
