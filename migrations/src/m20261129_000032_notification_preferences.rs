//! Each person's notification preferences: the kinds they do not want by email (they still
//! see them in the app) and, for officers, one email a day instead of one per event.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(NotificationPreferences::Table)
                    .col(uuid(NotificationPreferences::UserId).primary_key())
                    .col(text(NotificationPreferences::EmailOff))
                    .col(boolean(NotificationPreferences::DailyDigest))
                    .col(timestamp_with_time_zone(NotificationPreferences::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(NotificationPreferences::Table, NotificationPreferences::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(NotificationPreferences::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum NotificationPreferences {
    Table,
    UserId,
    EmailOff,
    DailyDigest,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
