//! Database connection and migrations. SQLite (the embedded default) and PostgreSQL run
//! the same migrations.
//!
//! SQLite runs in WAL mode with `synchronous=NORMAL`, `foreign_keys=ON` and a busy
//! timeout, through a single pooled connection: SQLite has one writer at a time anyway,
//! and one connection means a transaction that reads and then writes can never fail with
//! `SQLITE_BUSY_SNAPSHOT`. PostgreSQL gets a pool sized to the machine.

use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbBackend, DbErr};

/// How to open the database.
#[derive(Debug, Clone)]
pub struct ConnectSettings {
    /// The database URL.
    pub url: String,
    /// PostgreSQL only: the schema to use (tests give each its own).
    pub schema: Option<String>,
    /// PostgreSQL only: the pool size.
    pub max_connections: u32,
}

impl ConnectSettings {
    /// Settings for serving: a pool of 2 x cores + 2 on PostgreSQL.
    pub fn for_url(url: &str) -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |count| count.get() as u32);
        Self {
            url: url.to_owned(),
            schema: None,
            max_connections: cores * 2 + 2,
        }
    }
}

/// Opens the database named by the settings.
pub async fn connect(settings: &ConnectSettings) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(settings.url.clone());
    options.sqlx_logging(false).acquire_timeout(Duration::from_secs(10));
    if settings.url.starts_with("sqlite:") {
        options
            .max_connections(1)
            .min_connections(1)
            .map_sqlx_sqlite_opts(|sqlite| {
                sqlite
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(5))
            });
    } else {
        options.max_connections(settings.max_connections);
        if let Some(schema) = &settings.schema {
            options.set_schema_search_path(schema.clone());
        }
    }
    Database::connect(options).await
}

/// Runs every pending migration.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}

/// Locks a row until the transaction ends, so that concurrent transactions touching the
/// same record run one after the other (PostgreSQL `SELECT ... FOR UPDATE`; SQLite has a
/// single writer). `table` is always a constant of the code, never user input.
pub async fn lock_row(txn: &impl sea_orm::ConnectionTrait, table: &'static str, id: uuid::Uuid) -> Result<(), DbErr> {
    if is_postgres(txn) {
        txn.execute_raw(sea_orm::Statement::from_sql_and_values(
            DbBackend::Postgres,
            format!("SELECT id FROM {table} WHERE id = $1 FOR UPDATE"),
            [id.into()],
        ))
        .await?;
    }
    Ok(())
}

/// Whether the database is PostgreSQL (some queries differ by engine).
pub fn is_postgres(db: &impl sea_orm::ConnectionTrait) -> bool {
    db.get_database_backend() == DbBackend::Postgres
}
