//! The payments that carry an exchange rate, indexed apart (a partial index of the rows
//! whose `fx_rate` is set) by currency pair and date, so converting a report into a
//! reporting currency finds the latest rate of a pair by a seek, and the reports page lists
//! the currencies with rates from the index, not from every disbursement of ten years.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX idx_disbursements_rates ON disbursements \
                 (currency, counted_currency, requested_on, requested_at) WHERE fx_rate IS NOT NULL",
            )
            .await
            .map(|_| ())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX idx_disbursements_rates")
            .await
            .map(|_| ())
    }
}
