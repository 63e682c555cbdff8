//! The change counter of what the public pages show: one row whose `counter` goes up in
//! the same transaction as any change to a call or an event. Every replica's cache of the
//! public home and call pages compares it with the counter it rendered at, so all agree.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PublicChanges::Table)
                    .col(integer(PublicChanges::Id).primary_key())
                    .col(big_integer(PublicChanges::Counter))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(PublicChanges::Table)
                    .columns([PublicChanges::Id, PublicChanges::Counter])
                    .values_panic([1.into(), 0i64.into()])
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PublicChanges::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum PublicChanges {
    Table,
    Id,
    Counter,
}
