//! The UN travel rules: an event's authorised travel period (`travel_days_before`,
//! `travel_days_after`, both 1 by default) and its local area (cities whose travellers get
//! no DSA and no terminal expenses); a sponsorship request's nights beyond that period paid
//! only with an officer's authorisation (who and why).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column per statement.
        for column in [
            integer(Events::TravelDaysBefore).default(1).to_owned(),
            integer(Events::TravelDaysAfter).default(1).to_owned(),
            text(Events::LocalArea).default("[]").to_owned(),
        ] {
            crate::add_column(manager, Events::Table, column).await?;
        }
        for column in [
            text_null(SponsorshipRequests::ExtraNightsReason),
            uuid_null(SponsorshipRequests::ExtraNightsAuthorisedBy),
        ] {
            crate::add_column(manager, SponsorshipRequests::Table, column).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            SponsorshipRequests::ExtraNightsAuthorisedBy,
            SponsorshipRequests::ExtraNightsReason,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(SponsorshipRequests::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for column in [Events::LocalArea, Events::TravelDaysAfter, Events::TravelDaysBefore] {
            manager
                .alter_table(Table::alter().table(Events::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Events {
    Table,
    TravelDaysBefore,
    TravelDaysAfter,
    LocalArea,
}

#[derive(DeriveIden)]
enum SponsorshipRequests {
    Table,
    ExtraNightsReason,
    ExtraNightsAuthorisedBy,
}
