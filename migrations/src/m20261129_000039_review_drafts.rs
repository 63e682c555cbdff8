//! A review is a draft until its reviewer submits it: `reviews.status` is `draft` (saved,
//! still changing, not counted) or `submitted` (final, counted in the ranking). Reviews
//! written before are all submitted, the default.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::add_column(
            manager,
            Reviews::Table,
            string(Reviews::Status).default("submitted").to_owned(),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Reviews::Table)
                    .drop_column(Reviews::Status)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Reviews {
    Table,
    Status,
}
