//! The unread notifications of a person, indexed apart (a partial index of the rows whose
//! `read_at` is empty), so the header's unread count reads only those, and no further than
//! it counts (`reminders::store::unread_count`), however many read ones have piled up.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("CREATE INDEX idx_outbox_unread ON outbox (user_id) WHERE read_at IS NULL")
            .await
            .map(|_| ())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX idx_outbox_unread")
            .await
            .map(|_| ())
    }
}
