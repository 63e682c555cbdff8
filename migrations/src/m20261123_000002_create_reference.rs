//! Reference data: ISO 3166-1 countries with their UN M49 region. Rows are loaded at
//! start-up from `fixtures/countries.csv` (see `grantdesk::reference`).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Countries::Table)
                    .col(string_len(Countries::Iso2, 2).primary_key())
                    .col(string_len(Countries::Iso3, 3))
                    .col(integer_null(Countries::IsoNumeric))
                    .col(string(Countries::Name))
                    .col(string(Countries::OfficialName))
                    .col(string(Countries::M49Region))
                    .col(string(Countries::M49Subregion))
                    .col(integer_null(Countries::OecdDacCode))
                    .col(integer_null(Countries::Obsolete))
                    .to_owned(),
            )
            .await?;
        crate::index(manager, Countries::Table, "idx_countries_region", &["m49_region"]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Countries::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub enum Countries {
    Table,
    Iso2,
    Iso3,
    IsoNumeric,
    Name,
    OfficialName,
    #[sea_orm(iden = "m49_region")]
    M49Region,
    #[sea_orm(iden = "m49_subregion")]
    M49Subregion,
    OecdDacCode,
    Obsolete,
}
