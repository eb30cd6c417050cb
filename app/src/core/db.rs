//! The connection to the database: SQLite (embedded) or PostgreSQL (production), one schema.
use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbErr,
    SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

/// Which engine a database runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    /// The engine a `DATABASE_URL` names, or `None` for one Solilab does not run on.
    pub fn of_url(url: &str) -> Option<Engine> {
        if url.starts_with("sqlite:") {
            Some(Engine::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Engine::Postgres)
        } else {
            None
        }
    }
}

/// The database, with a pool for reads and a pool for writes. SQLite allows one writer at a time,
/// so its write pool holds a single connection and writers queue in Rust instead of failing with
/// `SQLITE_BUSY`; on PostgreSQL both are the same pool.
#[derive(Clone, Debug)]
pub struct Db {
    read: DatabaseConnection,
    write: DatabaseConnection,
    engine: Engine,
    /// The bookable spaces read lately (see `bookings::cache`).
    spaces: crate::core::bookings::Kept<crate::core::bookings::Bookable>,
}

impl Db {
    /// Opens the database at `url`.
    pub async fn connect(url: &str) -> Result<Db, DbErr> {
        let engine = Engine::of_url(url).ok_or_else(|| {
            DbErr::Custom("DATABASE_URL must start with sqlite: or postgres://".into())
        })?;
        match engine {
            Engine::Sqlite => {
                let read = Database::connect(sqlite_options(url, 8)).await?;
                let write = Database::connect(sqlite_options(url, 1)).await?;
                Ok(Db {
                    read,
                    write,
                    engine,
                    spaces: Default::default(),
                })
            }
            Engine::Postgres => {
                let mut options = ConnectOptions::new(url);
                options
                    .max_connections(16)
                    .min_connections(1)
                    .acquire_timeout(Duration::from_secs(10))
                    .sqlx_logging(false);
                let pool = Database::connect(options).await?;
                Ok(Db {
                    read: pool.clone(),
                    write: pool,
                    engine,
                    spaces: Default::default(),
                })
            }
        }
    }

    /// The connection for queries that change nothing.
    pub fn read(&self) -> &DatabaseConnection {
        &self.read
    }

    /// The connection for changes (and reads that must see them in the same transaction).
    pub fn write(&self) -> &DatabaseConnection {
        &self.write
    }

    /// A write transaction that holds the write lock from its first statement: on SQLite
    /// `BEGIN IMMEDIATE`, so a check and the write it guards happen under one writer, across
    /// processes too; on PostgreSQL a plain transaction, the constraints doing the guarding.
    pub async fn begin_write(&self) -> Result<DatabaseTransaction, DbErr> {
        match self.engine {
            Engine::Sqlite => {
                self.write
                    .begin_with_options(TransactionOptions {
                        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                        ..TransactionOptions::default()
                    })
                    .await
            }
            Engine::Postgres => self.write.begin().await,
        }
    }

    /// The bookable spaces this process read lately.
    pub fn spaces(&self) -> &crate::core::bookings::Kept<crate::core::bookings::Bookable> {
        &self.spaces
    }

    /// The engine underneath.
    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// Applies the migrations not yet applied.
    pub async fn migrate(&self) -> Result<(), DbErr> {
        Migrator::up(self.write(), None).await
    }

    /// Whether the database answers a trivial query.
    pub async fn is_up(&self) -> bool {
        self.read.execute_unprepared("SELECT 1").await.is_ok()
    }

    /// Closes both pools.
    pub async fn close(self) -> Result<(), DbErr> {
        if self.engine == Engine::Sqlite {
            self.write.close().await?;
        }
        self.read.close().await
    }
}

fn sqlite_options(url: &str, connections: u32) -> ConnectOptions {
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(connections)
        .min_connections(1)
        .acquire_timeout(Duration::from_secs(30))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
        });
    options
}

#[cfg(test)]
mod tests {
    use sea_orm::{DbBackend, Statement};

    use super::*;
    use crate::core::testing::TestDb;

    async fn pragma(conn: &DatabaseConnection, name: &str) -> String {
        let row = conn
            .query_one_raw(Statement::from_string(
                DbBackend::Sqlite,
                format!("PRAGMA {name}"),
            ))
            .await
            .expect("pragma query")
            .expect("pragma row");
        row.try_get_by_index::<i64>(0)
            .map(|n| n.to_string())
            .or_else(|_| row.try_get_by_index::<String>(0))
            .expect("pragma value")
    }

    #[tokio::test]
    async fn sqlite_is_durable_and_checks_references() {
        let test_db = TestDb::new(Engine::Sqlite).await;
        for conn in [test_db.db.read(), test_db.db.write()] {
            assert_eq!(pragma(conn, "journal_mode").await, "wal");
            assert_eq!(pragma(conn, "foreign_keys").await, "1");
            assert_eq!(pragma(conn, "synchronous").await, "2", "FULL");
            assert_eq!(pragma(conn, "busy_timeout").await, "10000");
        }
        test_db.cleanup().await;
    }

    #[test]
    fn engines_are_told_apart_by_scheme() {
        assert_eq!(
            Engine::of_url("sqlite://data/solilab.db?mode=rwc"),
            Some(Engine::Sqlite)
        );
        assert_eq!(
            Engine::of_url("postgres://postgres@127.0.0.1/solilab"),
            Some(Engine::Postgres)
        );
        assert_eq!(Engine::of_url("postgresql://h/db"), Some(Engine::Postgres));
        assert_eq!(Engine::of_url("mysql://h/db"), None);
    }
}
