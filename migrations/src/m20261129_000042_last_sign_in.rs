//! When each account last completed a sign-in (`users.last_sign_in_at`): set in the
//! transaction of every sign-in that completes (a portal session started, API tokens
//! issued), so the admins' users page keeps it after the sessions end. Accounts that signed
//! in before start from the latest session still on record (a portal session, or the first
//! refresh token of an API session); the others have none until they next sign in.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The latest portal session start of each account still on record.
const FROM_PORTAL_SESSIONS: &str = "UPDATE users SET last_sign_in_at = \
    (SELECT MAX(web_sessions.created_at) FROM web_sessions WHERE web_sessions.user_id = users.id)";

/// The latest API session start (the first token of its chain), where it is later.
const FROM_API_SESSIONS: &str = "UPDATE users SET last_sign_in_at = \
    (SELECT MAX(starts.created_at) FROM refresh_tokens starts WHERE starts.user_id = users.id \
      AND (starts.session_id = starts.id OR starts.session_id IS NULL)) \
    WHERE EXISTS (SELECT 1 FROM refresh_tokens starts WHERE starts.user_id = users.id \
      AND (starts.session_id = starts.id OR starts.session_id IS NULL) \
      AND (users.last_sign_in_at IS NULL OR starts.created_at > users.last_sign_in_at))";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::add_column(
            manager,
            Users::Table,
            timestamp_with_time_zone_null(Users::LastSignInAt),
        )
        .await?;
        let connection = manager.get_connection();
        connection.execute_unprepared(FROM_PORTAL_SESSIONS).await?;
        connection.execute_unprepared(FROM_API_SESSIONS).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::LastSignInAt)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    LastSignInAt,
}
