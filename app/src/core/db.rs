//! The connection to the database: SQLite (embedded) or PostgreSQL (production), one schema.
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use futures_util::FutureExt;
use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbErr,
    TransactionTrait,
};

use crate::core::writer::{Change, Writer, begin_immediate};
use crate::domain::AppError;

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
    /// SQLite's writer thread, which commits the changes waiting together (see `writer`).
    writer: Option<Writer>,
    /// Which of the databases this process opened it is.
    id: u64,
}

/// The number of the next database this process opens.
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

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
                let writer = Writer::start(write.clone())
                    .map_err(|e| DbErr::Custom(format!("cannot start the database writer: {e}")))?;
                Ok(Db {
                    read,
                    write,
                    engine,
                    writer: Some(writer),
                    id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
                })
            }
            Engine::Postgres => {
                let mut options = ConnectOptions::new(url);
                options
                    .max_connections(16)
                    .acquire_timeout(Duration::from_secs(10))
                    .sqlx_logging(false);
                without_reaper(&mut options);
                let pool = Database::connect(options).await?;
                Ok(Db {
                    read: pool.clone(),
                    write: pool,
                    engine,
                    writer: None,
                    id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
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
            Engine::Sqlite => begin_immediate(&self.write).await,
            Engine::Postgres => self.write.begin().await,
        }
    }

    /// Runs `change` in a write transaction and returns its result once committed; nothing of
    /// it is kept when it fails. On SQLite the writer thread runs it, with the changes waiting
    /// beside it, in one transaction under the write lock; on PostgreSQL it is a transaction of
    /// its own. A change must not wait on another change: it would wait on itself.
    pub async fn change<T: Send + 'static>(&self, change: Change<T>) -> Result<T, AppError> {
        if let Some(writer) = &self.writer {
            return writer.change(change).await;
        }
        let txn = self.begin_write().await?;
        let result = AssertUnwindSafe(change(&txn))
            .catch_unwind()
            .await
            .unwrap_or_else(|_| {
                tracing::error!("a change to the database panicked");
                Err(AppError::Internal)
            });
        match result {
            Ok(value) => {
                txn.commit().await?;
                Ok(value)
            }
            Err(error) => {
                txn.rollback().await?;
                Err(error)
            }
        }
    }

    /// Which of the databases this process opened it is: what a cache of rows read from it
    /// is keyed by. Every copy of a `Db` shares it.
    pub fn id(&self) -> u64 {
        self.id
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
        .acquire_timeout(Duration::from_secs(30))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
        });
    without_reaper(&mut options);
    options
}

/// Keeps connections open for the pool's life and opens them only when asked, so that sqlx runs
/// no maintenance task: in sqlx 0.9.0 its reaper can read a wrapped-around idle count and spin
/// at 100 % CPU for good (sqlx issue 3645), and a minimum of connections would be opened by a
/// second task racing the first connection (on a new SQLite file, both switch it to WAL and one
/// is refused as locked). A broken connection is still found and replaced when next acquired.
fn without_reaper(options: &mut ConnectOptions) {
    options
        .min_connections(0)
        .idle_timeout(None::<Duration>)
        .max_lifetime(None::<Duration>);
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
