//! Funding calls. Money columns are 64-bit integers of ten-thousandths (see `grantdesk::money`).

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261123_000001_create_people::Users;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Calls::Table)
                    .col(uuid(Calls::Id).primary_key())
                    .col(string(Calls::Title))
                    .col(text(Calls::Description))
                    .col(json_binary(Calls::ThematicAreas))
                    .col(json_binary(Calls::EligibilityCriteria))
                    .col(json_binary(Calls::Rubric))
                    .col(string_len(Calls::Currency, 3))
                    .col(big_integer(Calls::BudgetCeiling))
                    .col(big_integer(Calls::MinGrant))
                    .col(big_integer(Calls::MaxGrant))
                    .col(timestamp_with_time_zone(Calls::OpensAt))
                    .col(timestamp_with_time_zone(Calls::ClosesAt))
                    .col(integer(Calls::AppealWindowDays))
                    .col(boolean(Calls::BlindReview))
                    .col(string(Calls::Status))
                    .col(text_null(Calls::CancelReason))
                    .col(uuid(Calls::CreatedBy))
                    .col(timestamp_with_time_zone(Calls::CreatedAt))
                    .col(timestamp_with_time_zone(Calls::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Calls::Table, Calls::CreatedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            Calls::Table,
            "idx_calls_status_closes",
            &["status", "closes_at"],
        )
        .await?;
        crate::index(manager, Calls::Table, "idx_calls_closes_at", &["closes_at"]).await?;
        crate::index(manager, Calls::Table, "idx_calls_created_by", &["created_by"]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Calls::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
pub enum Calls {
    Table,
    Id,
    Title,
    Description,
    ThematicAreas,
    EligibilityCriteria,
    Rubric,
    Currency,
    BudgetCeiling,
    MinGrant,
    MaxGrant,
    OpensAt,
    ClosesAt,
    AppealWindowDays,
    BlindReview,
    Status,
    CancelReason,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}
