//! Sessions of the web portal: a browser holds a random token in an `HttpOnly` cookie and
//! the database keeps only its SHA-256, with the token that each form must echo (CSRF), so a
//! session can be revoked and is shared by every replica. A session ends 2 hours after it was
//! last used or 12 hours after it began, whichever comes first (`expires_at`).

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
                    .table(WebSessions::Table)
                    .col(uuid(WebSessions::Id).primary_key())
                    .col(string_uniq(WebSessions::TokenHash))
                    .col(uuid(WebSessions::UserId))
                    .col(string(WebSessions::CsrfToken))
                    .col(string(WebSessions::Client))
                    .col(timestamp_with_time_zone(WebSessions::CreatedAt))
                    .col(timestamp_with_time_zone(WebSessions::LastSeenAt))
                    .col(timestamp_with_time_zone(WebSessions::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(WebSessions::Table, WebSessions::UserId)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(manager, WebSessions::Table, "idx_web_sessions_user", &["user_id"]).await?;
        crate::index(manager, WebSessions::Table, "idx_web_sessions_expiry", &["expires_at"]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(WebSessions::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum WebSessions {
    Table,
    Id,
    TokenHash,
    UserId,
    CsrfToken,
    Client,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
}
