//! Signed checkpoints of the audit chain: the head's sequence and hash, when, the public
//! key and the Ed25519 signature (the key itself is never in the database).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditCheckpoints::Table)
                    .col(uuid(AuditCheckpoints::Id).primary_key())
                    .col(big_integer(AuditCheckpoints::Seq))
                    .col(text(AuditCheckpoints::Hash))
                    .col(timestamp_with_time_zone(AuditCheckpoints::SignedAt))
                    .col(text(AuditCheckpoints::PublicKey))
                    .col(text(AuditCheckpoints::Signature))
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            AuditCheckpoints::Table,
            "idx_audit_checkpoints_signed_at",
            &["signed_at"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuditCheckpoints::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum AuditCheckpoints {
    Table,
    Id,
    Seq,
    Hash,
    SignedAt,
    PublicKey,
    Signature,
}
