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

/// A pooled connection idle at least this long is checked (one round trip) before it is
/// handed out; one used more recently is not, so a request's statements do not each pay
/// a ping.
const PING_IF_IDLE_FOR: Duration = Duration::from_secs(30);

/// Opens the database named by the settings.
pub async fn connect(settings: &ConnectSettings) -> Result<DatabaseConnection, DbErr> {
    Database::connect(options(settings)).await
}

/// The pool's options for `settings`.
fn options(settings: &ConnectSettings) -> ConnectOptions {
    let mut options = ConnectOptions::new(settings.url.clone());
    options
        .sqlx_logging(false)
        .acquire_timeout(Duration::from_secs(10))
        .test_before_acquire_if_idle_for(PING_IF_IDLE_FOR);
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
    options
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

/// Counts one more change to what the public pages show (a call or an event), in the
/// caller's transaction, so that every replica's page cache sees it when it commits
/// (migration 33, `public_changes`). A store helper shared by the domains whose rows the
/// public pages show (calls, events), so neither calls the other's store.
pub async fn bump_public_changes(db: &impl sea_orm::ConnectionTrait) -> Result<(), DbErr> {
    db.execute_unprepared("UPDATE public_changes SET counter = counter + 1 WHERE id = 1")
        .await?;
    Ok(())
}

/// How many changes the public pages have seen: the value [`bump_public_changes`] raises.
pub async fn public_changes(db: &impl sea_orm::ConnectionTrait) -> Result<i64, DbErr> {
    let statement = sea_orm::Statement::from_string(
        db.get_database_backend(),
        "SELECT counter FROM public_changes WHERE id = 1",
    );
    let row = db.query_one_raw(statement).await?;
    Ok(match row {
        Some(row) => row.try_get::<i64>("", "counter")?,
        None => 0,
    })
}

/// Whether the database is PostgreSQL (some queries differ by engine).
pub fn is_postgres(db: &impl sea_orm::ConnectionTrait) -> bool {
    db.get_database_backend() == DbBackend::Postgres
}

/// Stores a Rust enum (or newtype) of the domain as a text column: the entity's field is
/// the typed value, never a `String` compared by hand. The type must have
/// `fn as_str(&self) -> &'static str` (or `code`) and `fn parse(&str) -> Option<Self>`
/// (or `from_code`); a stored text that does not parse fails the read with a database
/// error naming the column, the row's id, the value and the type, which answers as a
/// logged internal error: a corrupt value is never replaced by a default.
///
/// `rules.rs` stays free of sea-orm: the enum lives there, this macro is invoked in the
/// domain's `store.rs`.
#[macro_export]
macro_rules! stored_as_text {
    ($type:ty) => {
        $crate::stored_as_text!($type, as_str, parse);
    };
    ($type:ty, $to:ident, $from:ident) => {
        impl ::std::convert::From<$type> for ::sea_orm::Value {
            fn from(value: $type) -> Self {
                value.$to().to_owned().into()
            }
        }

        impl ::sea_orm::TryGetable for $type {
            fn try_get_by<I: ::sea_orm::ColIdx>(
                result: &::sea_orm::QueryResult,
                index: I,
            ) -> ::std::result::Result<Self, ::sea_orm::TryGetError> {
                let text = <String as ::sea_orm::TryGetable>::try_get_by(result, index)?;
                <$type>::$from(&text).ok_or_else(|| {
                    let row = <::uuid::Uuid as ::sea_orm::TryGetable>::try_get_by(result, "id")
                        .map_or_else(|_| "?".to_owned(), |id| id.to_string());
                    ::sea_orm::TryGetError::DbErr(::sea_orm::DbErr::Type(format!(
                        "corrupt stored value in column {:?} of row {}: {:?} is not a valid {}",
                        index,
                        row,
                        text,
                        stringify!($type)
                    )))
                })
            }
        }

        impl ::sea_orm::sea_query::ValueType for $type {
            fn try_from(value: ::sea_orm::Value) -> ::std::result::Result<Self, ::sea_orm::sea_query::ValueTypeErr> {
                let text = <String as ::sea_orm::sea_query::ValueType>::try_from(value)?;
                <$type>::$from(&text).ok_or(::sea_orm::sea_query::ValueTypeErr)
            }

            fn type_name() -> String {
                stringify!($type).to_owned()
            }

            fn array_type() -> ::sea_orm::sea_query::ArrayType {
                ::sea_orm::sea_query::ArrayType::String
            }

            fn column_type() -> ::sea_orm::sea_query::ColumnType {
                ::sea_orm::sea_query::ColumnType::String(::sea_orm::sea_query::StringLen::None)
            }
        }

        impl ::sea_orm::sea_query::Nullable for $type {
            fn null() -> ::sea_orm::Value {
                ::sea_orm::Value::String(None)
            }
        }

        impl ::sea_orm::IntoActiveValue<$type> for $type {
            fn into_active_value(self) -> ::sea_orm::ActiveValue<$type> {
                ::sea_orm::ActiveValue::Set(self)
            }
        }
    };
}

/// A raw statement for the engine: the SQL numbers placeholders `$1` as PostgreSQL does,
/// and SQLite gets `?1`.
pub fn statement(db: &impl sea_orm::ConnectionTrait, sql: &str, values: Vec<sea_orm::Value>) -> sea_orm::Statement {
    let backend = db.get_database_backend();
    let sql = if backend == DbBackend::Sqlite {
        sql.replace('$', "?")
    } else {
        sql.to_owned()
    };
    sea_orm::Statement::from_sql_and_values(backend, sql, values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_connection_in_use_is_handed_out_without_a_ping_and_an_idle_one_is_checked() {
        for url in ["sqlite::memory:", "postgres://postgres@127.0.0.1:5432/test"] {
            let options = options(&ConnectSettings::for_url(url));
            assert!(!options.get_test_before_acquire(), "{url}: no ping on every acquire");
            assert_eq!(
                options.get_test_before_acquire_if_idle_for(),
                Some(PING_IF_IDLE_FOR),
                "{url}"
            );
        }
    }
}
