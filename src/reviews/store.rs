//! Persistence of assignments and reviews.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::rules::{AssignmentStatus, ReviewStatus};
use crate::error::AppResult;

crate::stored_as_text!(AssignmentStatus);
crate::stored_as_text!(ReviewStatus);

/// Entity of `review_assignments`.
pub mod assignment {
    use sea_orm::entity::prelude::*;

    use crate::reviews::rules::AssignmentStatus;

    /// A reviewer assigned to an application.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "review_assignments")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub application_id: Uuid,
        pub reviewer_id: Uuid,
        pub assigned_by: Uuid,
        pub assigned_at: DateTimeUtc,
        pub status: AssignmentStatus,
        pub conflict_reason: Option<String>,
        pub ended_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// Entity of `reviews`.
pub mod review {
    use sea_orm::entity::prelude::*;

    use crate::reviews::rules::ReviewStatus;

    /// A reviewer's scores and comment on an application.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "reviews")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        #[sea_orm(unique)]
        pub assignment_id: Uuid,
        pub application_id: Uuid,
        pub reviewer_id: Uuid,
        #[sea_orm(column_type = "JsonBinary")]
        pub scores: Json,
        pub comment: String,
        pub submitted_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        pub reopened_at: Option<DateTimeUtc>,
        pub reopened_by: Option<Uuid>,
        pub reopen_reason: Option<String>,
        /// A draft until the reviewer submits it (migration 39).
        pub status: ReviewStatus,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// The reviewer's assignment to the application, whatever its status.
pub async fn find_assignment(
    db: &impl ConnectionTrait,
    application_id: Uuid,
    reviewer_id: Uuid,
) -> AppResult<Option<assignment::Model>> {
    Ok(assignment::Entity::find()
        .filter(assignment::Column::ApplicationId.eq(application_id))
        .filter(assignment::Column::ReviewerId.eq(reviewer_id))
        .one(db)
        .await?)
}

/// Whether the reviewer holds an active assignment to the application.
pub async fn is_assigned(db: &impl ConnectionTrait, application_id: Uuid, reviewer_id: Uuid) -> AppResult<bool> {
    Ok(find_assignment(db, application_id, reviewer_id)
        .await?
        .is_some_and(|found| found.status == AssignmentStatus::Active))
}

/// Every assignment of an application, oldest first.
pub async fn assignments_of(db: &impl ConnectionTrait, application_id: Uuid) -> AppResult<Vec<assignment::Model>> {
    Ok(assignments_query(application_id).all(db).await?)
}

/// The query of an application's assignments, oldest first; served by the index
/// `(application_id, assigned_at)` of migration 37.
pub fn assignments_query(application_id: Uuid) -> sea_orm::Select<assignment::Entity> {
    assignment::Entity::find()
        .filter(assignment::Column::ApplicationId.eq(application_id))
        .order_by_asc(assignment::Column::AssignedAt)
}

/// Inserts an assignment; a second assignment of the same reviewer is a unique violation.
pub async fn insert_assignment(
    db: &impl ConnectionTrait,
    row: assignment::Model,
) -> Result<assignment::Model, sea_orm::DbErr> {
    assignment::ActiveModel::from(row).insert(db).await
}

/// Ends an active assignment with a declared conflict; answers whether it was active.
pub async fn end_with_conflict(
    db: &impl ConnectionTrait,
    id: Uuid,
    reason: &str,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let result = assignment::Entity::update_many()
        .col_expr(
            assignment::Column::Status,
            Expr::value(AssignmentStatus::ConflictDeclared),
        )
        .col_expr(assignment::Column::ConflictReason, Expr::value(reason))
        .col_expr(assignment::Column::EndedAt, Expr::value(now))
        .filter(assignment::Column::Id.eq(id))
        .filter(assignment::Column::Status.eq(AssignmentStatus::Active))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// The review written under an assignment.
pub async fn review_of_assignment(db: &impl ConnectionTrait, assignment_id: Uuid) -> AppResult<Option<review::Model>> {
    Ok(review::Entity::find()
        .filter(review::Column::AssignmentId.eq(assignment_id))
        .one(db)
        .await?)
}

/// Locks the application's row until the transaction ends, so a review is never written
/// while a decision on the application is being made (the decision changes that row).
pub async fn lock_application(db: &impl ConnectionTrait, application_id: Uuid) -> AppResult<()> {
    Ok(crate::db::lock_row(db, "applications", application_id).await?)
}

/// Inserts or replaces the review of an assignment.
pub async fn save_review(db: &impl ConnectionTrait, row: review::Model, exists: bool) -> AppResult<review::Model> {
    let active = review::ActiveModel::from(row).reset_all();
    Ok(if exists {
        active.update(db).await?
    } else {
        active.insert(db).await?
    })
}

/// Submitted reviews of an application under active assignments, oldest first (drafts
/// count nowhere).
pub async fn reviews_of(db: &impl ConnectionTrait, application_id: Uuid) -> AppResult<Vec<review::Model>> {
    Ok(reviews_query(application_id).all(db).await?)
}

/// The query of an application's submitted reviews under active assignments, oldest
/// first; served by the index `(application_id, submitted_at)` of migration 37.
pub fn reviews_query(application_id: Uuid) -> sea_orm::Select<review::Entity> {
    review::Entity::find()
        .filter(review::Column::ApplicationId.eq(application_id))
        .filter(review::Column::Status.eq(ReviewStatus::Submitted))
        .filter(review::Column::AssignmentId.in_subquery(active_assignment_ids()))
        .order_by_asc(review::Column::SubmittedAt)
}

/// Submitted reviews of many applications under active assignments (one query, for the
/// ranking).
pub async fn reviews_of_many(db: &impl ConnectionTrait, application_ids: Vec<Uuid>) -> AppResult<Vec<review::Model>> {
    Ok(review::Entity::find()
        .filter(review::Column::ApplicationId.is_in(application_ids))
        .filter(review::Column::Status.eq(ReviewStatus::Submitted))
        .filter(review::Column::AssignmentId.in_subquery(active_assignment_ids()))
        .all(db)
        .await?)
}

/// How many submitted reviews an application has under active assignments.
pub async fn review_count(db: &impl ConnectionTrait, application_id: Uuid) -> AppResult<u64> {
    Ok(review::Entity::find()
        .filter(review::Column::ApplicationId.eq(application_id))
        .filter(review::Column::Status.eq(ReviewStatus::Submitted))
        .filter(review::Column::AssignmentId.in_subquery(active_assignment_ids()))
        .count(db)
        .await?)
}

/// Ids of applications assigned (actively) to a reviewer, as a sub-query.
pub fn assigned_to(reviewer_id: Uuid) -> sea_orm::sea_query::SelectStatement {
    sea_orm::sea_query::Query::select()
        .column(assignment::Column::ApplicationId)
        .from(assignment::Entity)
        .and_where(assignment::Column::ReviewerId.eq(reviewer_id))
        .and_where(assignment::Column::Status.eq(AssignmentStatus::Active))
        .to_owned()
}

fn active_assignment_ids() -> sea_orm::sea_query::SelectStatement {
    sea_orm::sea_query::Query::select()
        .column(assignment::Column::Id)
        .from(assignment::Entity)
        .and_where(assignment::Column::Status.eq(AssignmentStatus::Active))
        .to_owned()
}

/// A reviewer's active assignments, newest first (at most `limit`).
pub async fn active_assignments_of_reviewer(
    db: &impl ConnectionTrait,
    reviewer_id: Uuid,
    limit: u64,
) -> AppResult<Vec<assignment::Model>> {
    Ok(assignment::Entity::find()
        .filter(assignment::Column::ReviewerId.eq(reviewer_id))
        .filter(assignment::Column::Status.eq(AssignmentStatus::Active))
        .order_by_desc(assignment::Column::AssignedAt)
        .limit(limit)
        .all(db)
        .await?)
}

/// The reviews written under these assignments, drafts too (one query).
pub async fn reviews_of_assignments(
    db: &impl ConnectionTrait,
    assignment_ids: Vec<Uuid>,
) -> AppResult<Vec<review::Model>> {
    Ok(review::Entity::find()
        .filter(review::Column::AssignmentId.is_in(assignment_ids))
        .all(db)
        .await?)
}

/// Every assignment of these applications, oldest first (one query).
pub async fn assignments_of_many(
    db: &impl ConnectionTrait,
    application_ids: Vec<Uuid>,
) -> AppResult<Vec<assignment::Model>> {
    Ok(assignment::Entity::find()
        .filter(assignment::Column::ApplicationId.is_in(application_ids))
        .order_by_asc(assignment::Column::AssignedAt)
        .all(db)
        .await?)
}
