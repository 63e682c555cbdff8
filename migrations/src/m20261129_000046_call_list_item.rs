//! A call's whole list item kept as the JSON text `GET /calls` sends, in two parts around
//! the two fields that change with the clock (`status`, `accepting_applications`):
//! `list_head` (from `{"id"` to the regions, written with the terms) and `list_tail` (from
//! `"cancel_reason"` to the closing brace, written with the terms and with every change of
//! status). The list writes them straight into the response instead of reading and
//! serialising each column. They replace `listing` (migration 40), which kept only the
//! JSON columns. Calls written before have none until they next change; the list builds
//! theirs from the columns meanwhile.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::add_column(manager, Calls::Table, text_null(Calls::ListHead).to_owned()).await?;
        crate::add_column(manager, Calls::Table, text_null(Calls::ListTail).to_owned()).await?;
        drop_column(manager, Calls::Listing).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::add_column(manager, Calls::Table, text_null(Calls::Listing).to_owned()).await?;
        drop_column(manager, Calls::ListTail).await?;
        drop_column(manager, Calls::ListHead).await
    }
}

/// One column dropped per statement (SQLite alters one thing at a time).
async fn drop_column(manager: &SchemaManager<'_>, column: Calls) -> Result<(), DbErr> {
    manager
        .alter_table(Table::alter().table(Calls::Table).drop_column(column).to_owned())
        .await
}

#[derive(DeriveIden)]
enum Calls {
    Table,
    Listing,
    ListHead,
    ListTail,
}
