//! The outbox of reminders: one row per message and recipient, also the recipient's in-app
//! notification. The dedup key (rule, subject, occurrence, recipient) is unique, so a job
//! run twice, or on several replicas at once, enqueues each reminder once. And the calendar
//! feeds: one revocable token per user (only its SHA-256 is stored).

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261123_000001_create_people::Users;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .col(uuid(Outbox::Id).primary_key())
                    .col(uuid(Outbox::UserId))
                    .col(string(Outbox::Recipient))
                    .col(string(Outbox::Rule))
                    .col(string(Outbox::Template))
                    .col(uuid_null(Outbox::SubjectId))
                    .col(string(Outbox::Subject))
                    .col(text(Outbox::Body))
                    .col(string_uniq(Outbox::DedupKey))
                    .col(string(Outbox::Status))
                    .col(integer(Outbox::Attempts))
                    .col(text_null(Outbox::LastError))
                    .col(timestamp_with_time_zone(Outbox::NextAttemptAt))
                    .col(timestamp_with_time_zone_null(Outbox::LeaseUntil))
                    .col(timestamp_with_time_zone_null(Outbox::ExpiresAt))
                    .col(timestamp_with_time_zone_null(Outbox::SentAt))
                    .col(timestamp_with_time_zone_null(Outbox::ReadAt))
                    .col(timestamp_with_time_zone(Outbox::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Outbox::Table, Outbox::UserId)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(manager, Outbox::Table, "idx_outbox_due", &["status", "next_attempt_at"]).await?;
        crate::index(manager, Outbox::Table, "idx_outbox_user", &["user_id", "created_at"]).await?;
        manager
            .create_table(
                Table::create()
                    .table(CalendarFeeds::Table)
                    .col(uuid(CalendarFeeds::UserId).primary_key())
                    .col(string_uniq(CalendarFeeds::TokenHash))
                    .col(timestamp_with_time_zone(CalendarFeeds::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CalendarFeeds::Table, CalendarFeeds::UserId)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CalendarFeeds::Table).to_owned())
            .await?;
        manager.drop_table(Table::drop().table(Outbox::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    UserId,
    Recipient,
    Rule,
    Template,
    SubjectId,
    Subject,
    Body,
    DedupKey,
    Status,
    Attempts,
    LastError,
    NextAttemptAt,
    LeaseUntil,
    ExpiresAt,
    SentAt,
    ReadAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CalendarFeeds {
    Table,
    UserId,
    TokenHash,
    CreatedAt,
}
