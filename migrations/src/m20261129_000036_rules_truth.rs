//! Rules that tell the truth: what a terminated award gave back to its call's budget (the
//! unpaid balance, in ten-thousandths like every amount), and an index that lets the
//! delivery worker find a later reminder of the same rule, subject and recipient (the
//! older one is then superseded, not sent).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::add_column(manager, Awards::Table, big_integer_null(Awards::ReleasedAmount)).await?;
        crate::index(
            manager,
            Outbox::Table,
            "idx_outbox_subject_rule",
            &["subject_id", "rule", "recipient"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_outbox_subject_rule")
                    .table(Outbox::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Awards::Table)
                    .drop_column(Awards::ReleasedAmount)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Awards {
    Table,
    ReleasedAmount,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
}
