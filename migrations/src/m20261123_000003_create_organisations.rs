//! Civil-society organisations and their members.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261123_000001_create_people::Users;
use crate::m20261123_000002_create_reference::Countries;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Organisations::Table)
                    .col(uuid(Organisations::Id).primary_key())
                    .col(string(Organisations::LegalName))
                    .col(string_null(Organisations::ShortName))
                    .col(string_len(Organisations::Country, 2))
                    .col(string_null(Organisations::RegistrationNumber))
                    .col(integer_null(Organisations::YearFounded))
                    .col(json_binary(Organisations::ThematicAreas))
                    .col(boolean(Organisations::WomenLed))
                    .col(boolean(Organisations::YouthLed))
                    .col(boolean(Organisations::DoNotPublish))
                    .col(timestamp_with_time_zone(Organisations::CreatedAt))
                    .col(timestamp_with_time_zone(Organisations::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Organisations::Table, Organisations::Country)
                            .to(Countries::Table, Countries::Iso2),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(manager, Organisations::Table, "idx_organisations_country", &["country"]).await?;
        crate::index(
            manager,
            Organisations::Table,
            "idx_organisations_legal_name",
            &["legal_name"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(OrganisationMembers::Table)
                    .col(uuid(OrganisationMembers::OrganisationId))
                    .col(uuid(OrganisationMembers::UserId))
                    .col(timestamp_with_time_zone(OrganisationMembers::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(OrganisationMembers::OrganisationId)
                            .col(OrganisationMembers::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrganisationMembers::Table, OrganisationMembers::OrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrganisationMembers::Table, OrganisationMembers::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            OrganisationMembers::Table,
            "idx_organisation_members_user",
            &["user_id"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(OrganisationMembers::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Organisations::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub enum Organisations {
    Table,
    Id,
    LegalName,
    ShortName,
    Country,
    RegistrationNumber,
    YearFounded,
    ThematicAreas,
    WomenLed,
    YouthLed,
    DoNotPublish,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OrganisationMembers {
    Table,
    OrganisationId,
    UserId,
    CreatedAt,
}
