//! Application forms of calls: one row per call that has a form, holding its ordered
//! questions as JSON (see `grantdesk::forms::rules::Question`).

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261123_000001_create_people::Users;
use crate::m20261123_000004_create_calls::Calls;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CallForms::Table)
                    .col(uuid(CallForms::CallId).primary_key())
                    .col(json_binary(CallForms::Questions))
                    .col(uuid(CallForms::UpdatedBy))
                    .col(timestamp_with_time_zone(CallForms::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CallForms::Table, CallForms::CallId)
                            .to(Calls::Table, Calls::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CallForms::Table, CallForms::UpdatedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::index(manager, CallForms::Table, "idx_call_forms_updated_by", &["updated_by"]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CallForms::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum CallForms {
    Table,
    CallId,
    Questions,
    UpdatedBy,
    UpdatedAt,
}
