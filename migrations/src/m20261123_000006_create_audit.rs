//! The append-only, hash-chained audit trail. No code path updates or deletes its rows.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditEvents::Table)
                    .col(big_integer(AuditEvents::Seq).primary_key())
                    .col(uuid_uniq(AuditEvents::Id))
                    .col(uuid_null(AuditEvents::ActorId))
                    .col(string(AuditEvents::Action))
                    .col(string(AuditEvents::SubjectType))
                    .col(string(AuditEvents::SubjectId))
                    .col(json_binary(AuditEvents::Summary))
                    .col(text_null(AuditEvents::Reason))
                    .col(timestamp_with_time_zone(AuditEvents::OccurredAt))
                    .col(string(AuditEvents::PrevHash))
                    .col(string(AuditEvents::Hash))
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            AuditEvents::Table,
            "idx_audit_subject",
            &["subject_type", "subject_id"],
        )
        .await?;
        crate::index(manager, AuditEvents::Table, "idx_audit_actor", &["actor_id"]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuditEvents::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Seq,
    Id,
    ActorId,
    Action,
    SubjectType,
    SubjectId,
    Summary,
    Reason,
    OccurredAt,
    PrevHash,
    Hash,
}
