//! Who reads which language: a user's `preferred_language` (emails to the person, the
//! portal) and an organisation's `correspondence_language` (letters and emails to it). Both
//! hold one of the codes `en`, `fr`, `es`, `ar`, `ru`, `zh`; existing rows read English.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::add_column(
            manager,
            Users::Table,
            string(Users::PreferredLanguage).default("en").take(),
        )
        .await?;
        crate::add_column(
            manager,
            Organisations::Table,
            string(Organisations::CorrespondenceLanguage).default("en").take(),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Organisations::Table)
                    .drop_column(Organisations::CorrespondenceLanguage)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::PreferredLanguage)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    PreferredLanguage,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    CorrespondenceLanguage,
}
