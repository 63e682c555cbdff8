//! Audit events committed with their change but not yet linked into the hash chain. A
//! write stores its events here inside its own transaction, without the chain's lock, so
//! that PostgreSQL can flush many writes' commits together; right after the commit the
//! same request links what is pending into `audit_events` under the chain's lock
//! (`audit::link`), and so do the scheduler every minute and `grantdesk serve` at start,
//! for events whose writer died between the two commits. `ord` keeps the order they were
//! stored in; a linked row is deleted in the transaction that links it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditPending::Table)
                    .col(big_pk_auto(AuditPending::Ord))
                    .col(uuid(AuditPending::Id))
                    .col(uuid_null(AuditPending::ActorId))
                    .col(string(AuditPending::Action))
                    .col(string(AuditPending::SubjectType))
                    .col(string(AuditPending::SubjectId))
                    .col(json_binary(AuditPending::Summary))
                    .col(text_null(AuditPending::Reason))
                    .col(timestamp_with_time_zone(AuditPending::OccurredAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuditPending::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum AuditPending {
    Table,
    Ord,
    Id,
    ActorId,
    Action,
    SubjectType,
    SubjectId,
    Summary,
    Reason,
    OccurredAt,
}
