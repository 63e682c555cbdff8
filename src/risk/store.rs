//! Persistence of risk assessments and their comments.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use super::rules::{ResidualRating, RiskStatus, Subject, SubjectKind};
use crate::error::AppResult;

crate::stored_as_text!(RiskStatus);
crate::stored_as_text!(ResidualRating);
crate::stored_as_text!(SubjectKind);

/// Entity of `risk_assessments`.
pub mod assessment {
    use sea_orm::entity::prelude::*;

    use crate::risk::rules::{ResidualRating, RiskStatus, Subject, SubjectKind};

    /// The do-no-harm assessment of one subject: an application or a sponsored trip
    /// (`subject_type` says which; exactly one of the two ids is set).
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "risk_assessments")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub subject_type: SubjectKind,
        #[sea_orm(unique)]
        pub application_id: Option<Uuid>,
        #[sea_orm(unique)]
        pub sponsorship_request_id: Option<Uuid>,
        #[sea_orm(column_type = "JsonBinary")]
        pub risks: Json,
        pub residual_rating: ResidualRating,
        pub status: RiskStatus,
        pub submitted_by: Uuid,
        pub submitted_at: DateTimeUtc,
        pub first_approved_by: Option<Uuid>,
        pub first_approved_at: Option<DateTimeUtc>,
        pub second_approved_by: Option<Uuid>,
        pub approved_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}

    impl Model {
        /// What the assessment is about; a row whose ids do not match its `subject_type`
        /// is corrupt.
        pub fn subject(&self) -> Result<Subject, String> {
            match (self.subject_type, self.application_id, self.sponsorship_request_id) {
                (SubjectKind::Application, Some(id), None) => Ok(Subject::Application(id)),
                (SubjectKind::SponsorshipRequest, None, Some(id)) => Ok(Subject::Sponsorship(id)),
                _ => Err(format!(
                    "risk assessment {} names no single subject of its type",
                    self.id
                )),
            }
        }
    }
}

/// Entity of `risk_comments`.
pub mod comment {
    use sea_orm::entity::prelude::*;

    /// A comment on an assessment.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "risk_comments")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub risk_assessment_id: Uuid,
        pub author_id: Uuid,
        pub body: String,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The assessment of a subject, if it has one.
pub async fn of_subject(db: &impl ConnectionTrait, subject: Subject) -> AppResult<Option<assessment::Model>> {
    let column = match subject {
        Subject::Application(_) => assessment::Column::ApplicationId,
        Subject::Sponsorship(_) => assessment::Column::SponsorshipRequestId,
    };
    Ok(assessment::Entity::find()
        .filter(column.eq(subject.id()))
        .one(db)
        .await?)
}

/// The statuses of the assessments of these sponsorship requests' trips, by request.
pub async fn statuses_of_sponsorships(
    db: &impl ConnectionTrait,
    ids: Vec<Uuid>,
) -> AppResult<Vec<(Option<Uuid>, RiskStatus)>> {
    Ok(assessment::Entity::find()
        .select_only()
        .column(assessment::Column::SponsorshipRequestId)
        .column(assessment::Column::Status)
        .filter(assessment::Column::SponsorshipRequestId.is_in(ids))
        .into_tuple()
        .all(db)
        .await?)
}

/// The assessments of these applications (one query, for lists).
pub async fn of_applications(db: &impl ConnectionTrait, ids: Vec<Uuid>) -> AppResult<Vec<assessment::Model>> {
    Ok(assessment::Entity::find()
        .filter(assessment::Column::ApplicationId.is_in(ids))
        .all(db)
        .await?)
}

/// The assessment with this id.
pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Option<assessment::Model>> {
    Ok(assessment::Entity::find_by_id(id).one(db).await?)
}

/// Inserts an assessment (one per subject: a second is a unique violation).
pub async fn insert(db: &impl ConnectionTrait, row: assessment::Model) -> Result<assessment::Model, sea_orm::DbErr> {
    assessment::ActiveModel::from(row).insert(db).await
}

/// Replaces the risks of an assessment not yet approved, clearing any first approval;
/// answers whether it was still unapproved.
pub async fn resubmit(db: &impl ConnectionTrait, row: &assessment::Model) -> AppResult<bool> {
    let result = assessment::Entity::update_many()
        .col_expr(assessment::Column::Risks, Expr::value(row.risks.clone()))
        .col_expr(assessment::Column::ResidualRating, Expr::value(row.residual_rating))
        .col_expr(assessment::Column::SubmittedBy, Expr::value(row.submitted_by))
        .col_expr(assessment::Column::SubmittedAt, Expr::value(row.submitted_at))
        .col_expr(assessment::Column::FirstApprovedBy, Expr::value(Option::<Uuid>::None))
        .col_expr(
            assessment::Column::FirstApprovedAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(assessment::Column::Id.eq(row.id))
        .filter(assessment::Column::Status.eq(RiskStatus::Submitted.as_str()))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Records a first approval if none is recorded yet; answers whether it was recorded.
pub async fn first_approval(db: &impl ConnectionTrait, id: Uuid, by: Uuid, now: DateTime<Utc>) -> AppResult<bool> {
    let result = assessment::Entity::update_many()
        .col_expr(assessment::Column::FirstApprovedBy, Expr::value(by))
        .col_expr(assessment::Column::FirstApprovedAt, Expr::value(now))
        .filter(assessment::Column::Id.eq(id))
        .filter(assessment::Column::Status.eq(RiskStatus::Submitted.as_str()))
        .filter(assessment::Column::FirstApprovedBy.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Approves an assessment still submitted; answers whether it was.
pub async fn approve(
    db: &impl ConnectionTrait,
    id: Uuid,
    by: Uuid,
    second: bool,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let mut update = assessment::Entity::update_many()
        .col_expr(assessment::Column::Status, Expr::value(RiskStatus::Approved.as_str()))
        .col_expr(assessment::Column::ApprovedAt, Expr::value(now));
    update = if second {
        update.col_expr(assessment::Column::SecondApprovedBy, Expr::value(by))
    } else {
        update
            .col_expr(assessment::Column::FirstApprovedBy, Expr::value(by))
            .col_expr(assessment::Column::FirstApprovedAt, Expr::value(now))
    };
    let result = update
        .filter(assessment::Column::Id.eq(id))
        .filter(assessment::Column::Status.eq(RiskStatus::Submitted.as_str()))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Comments on an assessment, oldest first.
pub async fn comments_of(db: &impl ConnectionTrait, id: Uuid) -> AppResult<Vec<comment::Model>> {
    Ok(comment::Entity::find()
        .filter(comment::Column::RiskAssessmentId.eq(id))
        .order_by_asc(comment::Column::CreatedAt)
        .all(db)
        .await?)
}

/// Inserts a comment.
pub async fn insert_comment(db: &impl ConnectionTrait, row: comment::Model) -> AppResult<comment::Model> {
    Ok(comment::ActiveModel::from(row).insert(db).await?)
}
