//! Awards created by `awarded` decisions, and their tranches.

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
                    .table(Awards::Table)
                    .col(uuid(Awards::Id).primary_key())
                    .col(string_uniq(Awards::Reference))
                    .col(uuid_uniq(Awards::ApplicationId))
                    .col(uuid(Awards::DecisionId))
                    .col(uuid(Awards::CallId))
                    .col(uuid(Awards::OrganisationId))
                    .col(big_integer(Awards::Amount))
                    .col(string_len(Awards::Currency, 3))
                    .col(string(Awards::Status))
                    .col(uuid(Awards::AwardedBy))
                    .col(timestamp_with_time_zone(Awards::AwardedAt))
                    .col(uuid_null(Awards::AcceptedBy))
                    .col(timestamp_with_time_zone_null(Awards::AcceptedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Awards::Table, Awards::ApplicationId)
                            .to(Applications::Table, Applications::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Awards::Table, Awards::AwardedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Awards::Table, Awards::AcceptedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(manager, Awards::Table, "idx_awards_call_status", &["call_id", "status"]).await?;
        crate::index(manager, Awards::Table, "idx_awards_organisation", &["organisation_id"]).await?;
        crate::index(manager, Awards::Table, "idx_awards_decision", &["decision_id"]).await?;
        crate::index(manager, Awards::Table, "idx_awards_awarded_by", &["awarded_by"]).await?;
        crate::index(manager, Awards::Table, "idx_awards_accepted_by", &["accepted_by"]).await?;
        manager
            .create_table(
                Table::create()
                    .table(AwardTranches::Table)
                    .col(uuid(AwardTranches::Id).primary_key())
                    .col(uuid(AwardTranches::AwardId))
                    .col(integer(AwardTranches::Number))
                    .col(big_integer(AwardTranches::Amount))
                    .col(string_null(AwardTranches::Percent))
                    .col(date(AwardTranches::DueOn))
                    .col(text(AwardTranches::Condition))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AwardTranches::Table, AwardTranches::AwardId)
                            .to(Awards::Table, Awards::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(manager, AwardTranches::Table, "idx_award_tranches_award", &["award_id"]).await?;
        crate::index(manager, AwardTranches::Table, "idx_award_tranches_due_on", &["due_on"]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AwardTranches::Table).to_owned())
            .await?;
        manager.drop_table(Table::drop().table(Awards::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
pub enum Awards {
    Table,
    Id,
    Reference,
    ApplicationId,
    DecisionId,
    CallId,
    OrganisationId,
    Amount,
    Currency,
    Status,
    AwardedBy,
    AwardedAt,
    AcceptedBy,
    AcceptedAt,
}

#[derive(DeriveIden)]
pub enum AwardTranches {
    Table,
    Id,
    AwardId,
    Number,
    Amount,
    Percent,
    DueOn,
    Condition,
}
