//! A call's criteria, rubric, thematic areas and regions kept as the JSON the call list
//! sends, written with the call whenever its terms change, so listing calls copies the
//! text instead of parsing and serialising the JSON columns again. Calls written before
//! have none until their terms next change; the list builds theirs from the columns.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::add_column(manager, Calls::Table, text_null(Calls::Listing).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Calls::Table)
                    .drop_column(Calls::Listing)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Calls {
    Table,
    Listing,
}
