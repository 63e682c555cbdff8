//! A sponsored trip confirmed by the organisation after it took place: who of its members
//! confirmed that the traveller went, and when (with the tickets and receipts uploaded as
//! documents of the request). The office's own attendance check stays `travelled_by`.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column per statement.
        for column in [
            uuid_null(Sponsorship::TripConfirmedBy),
            timestamp_with_time_zone_null(Sponsorship::TripConfirmedAt),
        ] {
            crate::add_column(manager, Sponsorship::Table, column).await?;
        }
        crate::index(
            manager,
            Sponsorship::Table,
            "idx_sponsorships_trip_confirmed_by",
            &["trip_confirmed_by"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_sponsorships_trip_confirmed_by")
                    .table(Sponsorship::Table)
                    .to_owned(),
            )
            .await?;
        for column in [Sponsorship::TripConfirmedBy, Sponsorship::TripConfirmedAt] {
            manager
                .alter_table(Table::alter().table(Sponsorship::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Sponsorship {
    #[sea_orm(iden = "sponsorship_requests")]
    Table,
    TripConfirmedBy,
    TripConfirmedAt,
}
