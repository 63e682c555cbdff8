//! Invitations to join an organisation: a member invites an email address, the person with
//! that email accepts or declines with the token the email carried (only its SHA-256 is
//! stored). An invitation is `pending` until it is accepted, declined or revoked; it expires
//! 14 days after it was made (`expires_at`), which needs no write.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261123_000001_create_people::Users;
use crate::m20261123_000003_create_organisations::Organisations;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Invitations::Table)
                    .col(uuid(Invitations::Id).primary_key())
                    .col(uuid(Invitations::OrganisationId))
                    .col(string(Invitations::Email))
                    .col(string_uniq(Invitations::TokenHash))
                    .col(string(Invitations::Status))
                    .col(uuid(Invitations::InvitedBy))
                    .col(timestamp_with_time_zone(Invitations::ExpiresAt))
                    .col(uuid_null(Invitations::SettledBy))
                    .col(timestamp_with_time_zone_null(Invitations::SettledAt))
                    .col(timestamp_with_time_zone(Invitations::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Invitations::Table, Invitations::OrganisationId)
                            .to(Organisations::Table, Organisations::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Invitations::Table, Invitations::InvitedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            Invitations::Table,
            "idx_invitations_organisation",
            &["organisation_id", "created_at"],
        )
        .await?;
        crate::index(manager, Invitations::Table, "idx_invitations_email", &["email"]).await?;
        crate::index(
            manager,
            Invitations::Table,
            "idx_invitations_invited_by",
            &["invited_by"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Invitations::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Invitations {
    #[sea_orm(iden = "organisation_invitations")]
    Table,
    Id,
    OrganisationId,
    Email,
    TokenHash,
    Status,
    InvitedBy,
    ExpiresAt,
    SettledBy,
    SettledAt,
    CreatedAt,
}
