//! Decisions on applications (with the award amount and tranches) and appeals.

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
                    .table(Decisions::Table)
                    .col(uuid(Decisions::Id).primary_key())
                    .col(uuid(Decisions::ApplicationId))
                    .col(uuid(Decisions::CallId))
                    .col(string(Decisions::Outcome))
                    .col(text(Decisions::Reason))
                    .col(big_integer_null(Decisions::Amount))
                    .col(string_len(Decisions::Currency, 3))
                    .col(json_binary(Decisions::Tranches))
                    .col(text_null(Decisions::OverrideReason))
                    .col(uuid(Decisions::DecidedBy))
                    .col(timestamp_with_time_zone(Decisions::DecidedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Decisions::Table, Decisions::ApplicationId)
                            .to(Applications::Table, Applications::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Decisions::Table, Decisions::DecidedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            Decisions::Table,
            "idx_decisions_application",
            &["application_id"],
        )
        .await?;
        crate::index(
            manager,
            Decisions::Table,
            "idx_decisions_call_outcome",
            &["call_id", "outcome"],
        )
        .await?;
        crate::index(manager, Decisions::Table, "idx_decisions_decided_by", &["decided_by"]).await?;
        manager
            .create_table(
                Table::create()
                    .table(Appeals::Table)
                    .col(uuid(Appeals::Id).primary_key())
                    .col(uuid(Appeals::ApplicationId))
                    .col(string(Appeals::AppealedFrom))
                    .col(timestamp_with_time_zone(Appeals::FindingMadeAt))
                    .col(uuid(Appeals::FindingMadeBy))
                    .col(text(Appeals::Grounds))
                    .col(uuid(Appeals::FiledBy))
                    .col(timestamp_with_time_zone(Appeals::FiledAt))
                    .col(string(Appeals::Status))
                    .col(text_null(Appeals::ResolutionReason))
                    .col(uuid_null(Appeals::ResolvedBy))
                    .col(timestamp_with_time_zone_null(Appeals::ResolvedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Appeals::Table, Appeals::ApplicationId)
                            .to(Applications::Table, Applications::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Appeals::Table, Appeals::FiledBy)
                            .to(Users::Table, Users::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Appeals::Table, Appeals::ResolvedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_appeals_one_per_finding")
                    .table(Appeals::Table)
                    .col(Appeals::ApplicationId)
                    .col(Appeals::FindingMadeAt)
                    .unique()
                    .to_owned(),
            )
            .await?;
        crate::index(manager, Appeals::Table, "idx_appeals_status", &["status"]).await?;
        crate::index(manager, Appeals::Table, "idx_appeals_filed_by", &["filed_by"]).await?;
        crate::index(manager, Appeals::Table, "idx_appeals_resolved_by", &["resolved_by"]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Appeals::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Decisions::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Decisions {
    Table,
    Id,
    ApplicationId,
    CallId,
    Outcome,
    Reason,
    Amount,
    Currency,
    Tranches,
    OverrideReason,
    DecidedBy,
    DecidedAt,
}

#[derive(DeriveIden)]
enum Appeals {
    Table,
    Id,
    ApplicationId,
    AppealedFrom,
    FindingMadeAt,
    FindingMadeBy,
    Grounds,
    FiledBy,
    FiledAt,
    Status,
    ResolutionReason,
    ResolvedBy,
    ResolvedAt,
}
