//! A message of the outbox may go to an email address that has no account yet: an
//! invitation to join an organisation reaches a person before they register. `user_id`
//! becomes optional (a message without one is never an in-app notification). PostgreSQL
//! drops the constraint in place; SQLite cannot, so the table is rebuilt with its rows,
//! its unique dedup key and its indexes.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The rebuilt table's name until it replaces the old one (SQLite).
const REBUILT: &str = "outbox_rebuilt";

const COLUMNS: &str = "id, user_id, recipient, rule, template, subject_id, subject, body, dedup_key, status, \
                       attempts, last_error, next_attempt_at, lease_until, expires_at, sent_at, read_at, created_at";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            db.execute_unprepared("ALTER TABLE outbox ALTER COLUMN user_id DROP NOT NULL")
                .await?;
            return Ok(());
        }
        manager.create_table(rebuilt_table()).await?;
        db.execute_unprepared(&format!(
            "INSERT INTO {REBUILT} ({COLUMNS}) SELECT {COLUMNS} FROM outbox"
        ))
        .await?;
        manager
            .drop_table(Table::drop().table(Alias::new("outbox")).to_owned())
            .await?;
        manager
            .rename_table(
                Table::rename()
                    .table(Alias::new(REBUILT), Alias::new("outbox"))
                    .to_owned(),
            )
            .await?;
        crate::index(
            manager,
            Alias::new("outbox"),
            "idx_outbox_due",
            &["status", "next_attempt_at"],
        )
        .await?;
        crate::index(
            manager,
            Alias::new("outbox"),
            "idx_outbox_user",
            &["user_id", "created_at"],
        )
        .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration(
            "messages to addresses without an account cannot be put back under a required user".to_owned(),
        ))
    }
}

/// The outbox as migration 15 made it, with an optional `user_id`.
fn rebuilt_table() -> TableCreateStatement {
    let column = |name: &'static str| Alias::new(name);
    Table::create()
        .table(Alias::new(REBUILT))
        .col(uuid(column("id")).primary_key())
        .col(uuid_null(column("user_id")))
        .col(string(column("recipient")))
        .col(string(column("rule")))
        .col(string(column("template")))
        .col(uuid_null(column("subject_id")))
        .col(string(column("subject")))
        .col(text(column("body")))
        .col(string_uniq(column("dedup_key")))
        .col(string(column("status")))
        .col(integer(column("attempts")))
        .col(text_null(column("last_error")))
        .col(timestamp_with_time_zone(column("next_attempt_at")))
        .col(timestamp_with_time_zone_null(column("lease_until")))
        .col(timestamp_with_time_zone_null(column("expires_at")))
        .col(timestamp_with_time_zone_null(column("sent_at")))
        .col(timestamp_with_time_zone_null(column("read_at")))
        .col(timestamp_with_time_zone(column("created_at")))
        .foreign_key(
            ForeignKey::create()
                .from(Alias::new(REBUILT), column("user_id"))
                .to(Alias::new("users"), column("id")),
        )
        .to_owned()
}
