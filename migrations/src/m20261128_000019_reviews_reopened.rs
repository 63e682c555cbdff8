//! Reviews freeze once their application is decided; an officer may reopen one (with a
//! reason) after an appeal sends the application back to review. `reviews` gets who
//! reopened it, when and why.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column per statement.
        for column in [
            timestamp_with_time_zone_null(Review::ReopenedAt),
            uuid_null(Review::ReopenedBy),
            text_null(Review::ReopenReason),
        ] {
            crate::add_column(manager, Review::Table, column).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Review::ReopenReason, Review::ReopenedBy, Review::ReopenedAt] {
            manager
                .alter_table(Table::alter().table(Review::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Review {
    #[sea_orm(iden = "reviews")]
    Table,
    ReopenedAt,
    ReopenedBy,
    ReopenReason,
}
