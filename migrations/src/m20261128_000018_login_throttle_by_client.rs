//! Failed sign-ins remember the client address they came from, so throttling is per
//! (email, client) and per client rather than per email alone (a stranger can no longer
//! lock an account out), and whether the attempt is still being checked (an attempt in
//! flight counts against parallel guesses but does not make its client a failing one).
//! Indexed by client and by instant, for the throttle's reads and the pruning job.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::add_column(
            manager,
            LoginFailures::Table,
            string(LoginFailures::Client).default("unknown").to_owned(),
        )
        .await?;
        crate::add_column(
            manager,
            LoginFailures::Table,
            boolean(LoginFailures::Pending).default(false).to_owned(),
        )
        .await?;
        crate::index(
            manager,
            LoginFailures::Table,
            "idx_login_failures_client_time",
            &["client", "failed_at"],
        )
        .await?;
        crate::index(manager, LoginFailures::Table, "idx_login_failures_time", &["failed_at"]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in ["idx_login_failures_time", "idx_login_failures_client_time"] {
            manager
                .drop_index(Index::drop().name(name).table(LoginFailures::Table).to_owned())
                .await?;
        }
        for column in [LoginFailures::Pending, LoginFailures::Client] {
            manager
                .alter_table(
                    Table::alter()
                        .table(LoginFailures::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum LoginFailures {
    Table,
    Client,
    Pending,
}
