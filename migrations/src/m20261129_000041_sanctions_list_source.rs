//! Where each imported version of the sanctions list came from: `source` is the name of
//! the file it was read from (the command line's file, the workspace's upload, the demo's
//! fixture, an API import's `file_name`), or, for an API import that names none, the
//! schema location the list's XML declares (the official list names its publisher's site,
//! scsanctions.un.org), or `CONSOLIDATED_LIST` when it declares none. Versions imported
//! before were all read as a `CONSOLIDATED_LIST` document (the importer refuses anything
//! else) and nothing more of them is known: they get `CONSOLIDATED_LIST`.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::add_column(
            manager,
            SanctionsListVersions::Table,
            text(SanctionsListVersions::Source)
                .default("CONSOLIDATED_LIST")
                .to_owned(),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(SanctionsListVersions::Table)
                    .drop_column(SanctionsListVersions::Source)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum SanctionsListVersions {
    Table,
    Source,
}
