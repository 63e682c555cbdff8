//! Applications of organisations to funding calls.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261123_000001_create_people::Users;
use crate::m20261123_000003_create_organisations::Organisations;
use crate::m20261123_000004_create_calls::Calls;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Applications::Table)
                    .col(uuid(Applications::Id).primary_key())
                    .col(uuid(Applications::CallId))
                    .col(uuid(Applications::OrganisationId))
                    .col(string(Applications::Title))
                    .col(text(Applications::Summary))
                    .col(big_integer(Applications::RequestedAmount))
                    .col(string_len(Applications::Currency, 3))
                    .col(json_binary(Applications::BudgetLines))
                    .col(json_binary(Applications::Answers))
                    .col(string(Applications::Status))
                    .col(timestamp_with_time_zone_null(Applications::SubmittedAt))
                    .col(json_binary_null(Applications::FailedCriteria))
                    .col(text_null(Applications::EligibilityReason))
                    .col(uuid_null(Applications::ScreenedBy))
                    .col(timestamp_with_time_zone_null(Applications::ScreenedAt))
                    .col(text_null(Applications::DecisionReason))
                    .col(uuid_null(Applications::DecidedBy))
                    .col(timestamp_with_time_zone_null(Applications::DecidedAt))
                    .col(uuid(Applications::CreatedBy))
                    .col(timestamp_with_time_zone(Applications::CreatedAt))
                    .col(timestamp_with_time_zone(Applications::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Applications::Table, Applications::CallId)
                            .to(Calls::Table, Calls::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Applications::Table, Applications::OrganisationId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Applications::Table, Applications::CreatedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Applications::Table, Applications::ScreenedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Applications::Table, Applications::DecidedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            Applications::Table,
            "idx_applications_call_status",
            &["call_id", "status"],
        )
        .await?;
        crate::index(
            manager,
            Applications::Table,
            "idx_applications_organisation",
            &["organisation_id"],
        )
        .await?;
        crate::index(manager, Applications::Table, "idx_applications_status", &["status"]).await?;
        crate::index(
            manager,
            Applications::Table,
            "idx_applications_created_by",
            &["created_by"],
        )
        .await?;
        crate::index(
            manager,
            Applications::Table,
            "idx_applications_decided_by",
            &["decided_by"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Applications::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub enum Applications {
    Table,
    Id,
    CallId,
    OrganisationId,
    Title,
    Summary,
    RequestedAmount,
    Currency,
    BudgetLines,
    Answers,
    Status,
    SubmittedAt,
    FailedCriteria,
    EligibilityReason,
    ScreenedBy,
    ScreenedAt,
    DecisionReason,
    DecidedBy,
    DecidedAt,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}
