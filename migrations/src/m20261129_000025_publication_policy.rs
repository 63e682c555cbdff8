//! Each organisation gets a `publication_policy`: what the open-data exports may show of
//! its grants (`full`, `anonymised`, `region_only`, `withheld`). New and existing
//! organisations start `anonymised`; one already marked `do_not_publish` starts `withheld`.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::add_column(
            manager,
            Organisation::Table,
            text(Organisation::PublicationPolicy).default("anonymised").to_owned(),
        )
        .await?;
        manager
            .get_connection()
            .execute_unprepared("UPDATE organisations SET publication_policy = 'withheld' WHERE do_not_publish = TRUE")
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Organisation::Table)
                    .drop_column(Organisation::PublicationPolicy)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Organisation {
    #[sea_orm(iden = "organisations")]
    Table,
    PublicationPolicy,
}
