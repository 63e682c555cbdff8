//! Reviewer assignments (with declared conflicts) and reviews.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261123_000001_create_people::Users;
use crate::m20261123_000005_create_applications::Applications;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ReviewAssignments::Table)
                    .col(uuid(ReviewAssignments::Id).primary_key())
                    .col(uuid(ReviewAssignments::ApplicationId))
                    .col(uuid(ReviewAssignments::ReviewerId))
                    .col(uuid(ReviewAssignments::AssignedBy))
                    .col(timestamp_with_time_zone(ReviewAssignments::AssignedAt))
                    .col(string(ReviewAssignments::Status))
                    .col(text_null(ReviewAssignments::ConflictReason))
                    .col(timestamp_with_time_zone_null(ReviewAssignments::EndedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReviewAssignments::Table, ReviewAssignments::ApplicationId)
                            .to(Applications::Table, Applications::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReviewAssignments::Table, ReviewAssignments::ReviewerId)
                            .to(Users::Table, Users::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReviewAssignments::Table, ReviewAssignments::AssignedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_review_assignments_application_reviewer")
                    .table(ReviewAssignments::Table)
                    .col(ReviewAssignments::ApplicationId)
                    .col(ReviewAssignments::ReviewerId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            ReviewAssignments::Table,
            "idx_review_assignments_reviewer_status",
            &["reviewer_id", "status"],
        )
        .await?;
        crate::index(
            manager,
            ReviewAssignments::Table,
            "idx_review_assignments_assigned_by",
            &["assigned_by"],
        )
        .await?;
        crate::index(
            manager,
            ReviewAssignments::Table,
            "idx_review_assignments_assigned_at",
            &["assigned_at"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Reviews::Table)
                    .col(uuid(Reviews::Id).primary_key())
                    .col(uuid_uniq(Reviews::AssignmentId))
                    .col(uuid(Reviews::ApplicationId))
                    .col(uuid(Reviews::ReviewerId))
                    .col(json_binary(Reviews::Scores))
                    .col(text(Reviews::Comment))
                    .col(timestamp_with_time_zone(Reviews::SubmittedAt))
                    .col(timestamp_with_time_zone(Reviews::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reviews::Table, Reviews::AssignmentId)
                            .to(ReviewAssignments::Table, ReviewAssignments::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reviews::Table, Reviews::ApplicationId)
                            .to(Applications::Table, Applications::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reviews::Table, Reviews::ReviewerId)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(manager, Reviews::Table, "idx_reviews_application", &["application_id"]).await?;
        crate::index(manager, Reviews::Table, "idx_reviews_reviewer", &["reviewer_id"]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Reviews::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ReviewAssignments::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum ReviewAssignments {
    Table,
    Id,
    ApplicationId,
    ReviewerId,
    AssignedBy,
    AssignedAt,
    Status,
    ConflictReason,
    EndedAt,
}

#[derive(DeriveIden)]
enum Reviews {
    Table,
    Id,
    AssignmentId,
    ApplicationId,
    ReviewerId,
    Scores,
    Comment,
    SubmittedAt,
    UpdatedAt,
}
