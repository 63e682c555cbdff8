//! Do-no-harm risk assessments of applications and the comments of the organisation.

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
                    .table(RiskAssessments::Table)
                    .col(uuid(RiskAssessments::Id).primary_key())
                    .col(uuid_uniq(RiskAssessments::ApplicationId))
                    .col(json_binary(RiskAssessments::Risks))
                    .col(string(RiskAssessments::ResidualRating))
                    .col(string(RiskAssessments::Status))
                    .col(uuid(RiskAssessments::SubmittedBy))
                    .col(timestamp_with_time_zone(RiskAssessments::SubmittedAt))
                    .col(uuid_null(RiskAssessments::FirstApprovedBy))
                    .col(timestamp_with_time_zone_null(RiskAssessments::FirstApprovedAt))
                    .col(uuid_null(RiskAssessments::SecondApprovedBy))
                    .col(timestamp_with_time_zone_null(RiskAssessments::ApprovedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(RiskAssessments::Table, RiskAssessments::ApplicationId)
                            .to(Applications::Table, Applications::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(RiskAssessments::Table, RiskAssessments::SubmittedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(RiskAssessments::Table, RiskAssessments::FirstApprovedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(RiskAssessments::Table, RiskAssessments::SecondApprovedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            RiskAssessments::Table,
            "idx_risk_assessments_status",
            &["status"],
        )
        .await?;
        crate::index(
            manager,
            RiskAssessments::Table,
            "idx_risk_assessments_submitted_by",
            &["submitted_by"],
        )
        .await?;
        crate::index(
            manager,
            RiskAssessments::Table,
            "idx_risk_assessments_first_approver",
            &["first_approved_by"],
        )
        .await?;
        crate::index(
            manager,
            RiskAssessments::Table,
            "idx_risk_assessments_second_approver",
            &["second_approved_by"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(RiskComments::Table)
                    .col(uuid(RiskComments::Id).primary_key())
                    .col(uuid(RiskComments::RiskAssessmentId))
                    .col(uuid(RiskComments::AuthorId))
                    .col(text(RiskComments::Body))
                    .col(timestamp_with_time_zone(RiskComments::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(RiskComments::Table, RiskComments::RiskAssessmentId)
                            .to(RiskAssessments::Table, RiskAssessments::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(RiskComments::Table, RiskComments::AuthorId)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            RiskComments::Table,
            "idx_risk_comments_assessment",
            &["risk_assessment_id"],
        )
        .await?;
        crate::index(manager, RiskComments::Table, "idx_risk_comments_author", &["author_id"]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RiskComments::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(RiskAssessments::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum RiskAssessments {
    Table,
    Id,
    ApplicationId,
    Risks,
    ResidualRating,
    Status,
    SubmittedBy,
    SubmittedAt,
    FirstApprovedBy,
    FirstApprovedAt,
    SecondApprovedBy,
    ApprovedAt,
}

#[derive(DeriveIden)]
enum RiskComments {
    Table,
    Id,
    RiskAssessmentId,
    AuthorId,
    Body,
    CreatedAt,
}
