//! The one writer of an SQLite database, with group commit.
//!
//! SQLite lets one connection write at a time, and a durable commit waits for the disk. When
//! each booking took the write lock, ran its statements and flushed on its own, the lock was held
//! through every hand-over between the server's threads and through one disk flush per booking.
//! Here the changes queue for a thread of their own, which runs the changes waiting together in
//! one write transaction, each in a savepoint of its own, and commits them with one flush. A change
//! that fails is rolled back to its savepoint and leaves the others alone; every caller hears
//! only once the transaction is committed, so a caller told "done" is on disk.
//!
//! On PostgreSQL, which has many writers and its own group commit, a change is simply its own
//! transaction (see [`crate::core::Db::change`]).
use std::panic::AssertUnwindSafe;

use futures_util::FutureExt;
use futures_util::future::BoxFuture;
use sea_orm::{ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr, TransactionTrait};
use tokio::sync::{mpsc, oneshot};

use crate::domain::AppError;

/// A change to the database, run in a write transaction it may share with others.
pub type Change<T> =
    Box<dyn for<'t> FnOnce(&'t DatabaseTransaction) -> BoxFuture<'t, Result<T, AppError>> + Send>;

/// At most this many changes share one transaction, so none waits behind too long a batch: each
/// caller waits for its whole batch. With 64 bookings a batch the first waited for 63 more; 16
/// still shares the flush (0.2 ms here) between enough bookings (0.3 ms each) that it costs
/// little, and booked more a second in the benchmark (BENCHMARKS.md), with a shorter tail.
const BATCH: usize = 16;
/// Changes waiting beyond this make their callers wait to queue.
const QUEUE: usize = 1024;

/// A change whose result has been put aside: whether it succeeded, and how to answer its caller
/// once the transaction has ended.
struct Ran {
    ok: bool,
    answer: Box<dyn FnOnce(Result<(), AppError>) + Send>,
}

type Job = Box<dyn for<'t> FnOnce(&'t DatabaseTransaction) -> BoxFuture<'t, Ran> + Send>;

/// The queue to the writer thread; the thread stops when the last handle is dropped.
#[derive(Clone, Debug)]
pub struct Writer {
    jobs: mpsc::Sender<Job>,
}

impl Writer {
    /// Starts the writer thread on `conn`, the write pool.
    pub fn start(conn: DatabaseConnection) -> std::io::Result<Writer> {
        let (jobs, queue) = mpsc::channel(QUEUE);
        // A runtime of its own: on the server's, a transaction waiting on SQLite's answer would
        // wait behind every request in the run queue while holding the write lock.
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        std::thread::Builder::new()
            .name("solilab-writer".into())
            .spawn(move || runtime.block_on(run(conn, queue)))?;
        Ok(Writer { jobs })
    }

    /// Runs `change` in the next write transaction, and returns its result once committed.
    pub async fn change<T: Send + 'static>(&self, change: Change<T>) -> Result<T, AppError> {
        let (tell, told) = oneshot::channel();
        let job: Job = Box::new(move |txn| {
            Box::pin(async move {
                let result = change(txn).await;
                Ran {
                    ok: result.is_ok(),
                    answer: Box::new(move |committed: Result<(), AppError>| {
                        let _ = tell.send(result.and_then(|value| committed.map(|()| value)));
                    }),
                }
            })
        });
        self.jobs.send(job).await.map_err(|_| gone())?;
        // No answer: the change panicked, or the writer stopped; either is logged there.
        told.await.map_err(|_| gone())?
    }
}

fn gone() -> AppError {
    tracing::error!("the database writer did not answer");
    AppError::Internal
}

/// A write transaction that takes SQLite's write lock at once (`BEGIN IMMEDIATE`), so what a
/// change checks cannot change before it writes, across processes too.
pub async fn begin_immediate(conn: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    conn.begin_with_options(sea_orm::TransactionOptions {
        sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

async fn run(conn: DatabaseConnection, mut queue: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(BATCH);
    while queue.recv_many(&mut batch, BATCH).await > 0 {
        commit(&conn, batch.drain(..)).await;
    }
}

/// Runs `jobs` in one transaction and answers each once it has ended.
async fn commit(conn: &DatabaseConnection, jobs: impl ExactSizeIterator<Item = Job>) {
    let txn = match begin_immediate(conn).await {
        Ok(txn) => txn,
        Err(error) => {
            tracing::error!(%error, "could not begin a write transaction");
            // Each waiting caller hears of it when its job is dropped unrun.
            return;
        }
    };
    // Alone, a change needs no savepoint: the transaction is its own.
    let alone = jobs.len() == 1;
    let mut ran = Vec::with_capacity(jobs.len());
    for job in jobs {
        let savepoint = match (alone, ran.is_empty()) {
            (true, _) => None,
            (false, true) => Some("SAVEPOINT change"),
            // The previous job's savepoint is released as this one's is set, in one round trip,
            // so that one savepoint at most is open: SQLite copies each page a job changes into
            // the journal of every savepoint open.
            (false, false) => Some("RELEASE change; SAVEPOINT change"),
        };
        match run_one(&txn, job, savepoint).await {
            Ok(done) => ran.push(done),
            Err(error) => {
                tracing::error!(%error, "a write transaction failed; its changes are undone");
                let error = AppError::from(error);
                for done in ran {
                    (done.answer)(Err(error.clone()));
                }
                return;
            }
        }
    }
    let ended = if alone && !ran.iter().all(|r| r.ok) {
        txn.rollback().await
    } else {
        // Committing also releases the savepoints still open.
        txn.commit().await
    };
    let ended = ended.map_err(|error| {
        tracing::error!(%error, "a write transaction did not commit");
        AppError::from(error)
    });
    for done in ran {
        (done.answer)(ended.clone());
    }
}

/// Runs `job` in `txn` after setting its `savepoint` (none when it is alone in the
/// transaction); a job that fails or panics is rolled back to it. `Err` when the transaction
/// itself broke.
async fn run_one(
    txn: &DatabaseTransaction,
    job: Job,
    savepoint: Option<&str>,
) -> Result<Ran, DbErr> {
    if let Some(sql) = savepoint {
        txn.execute_unprepared(sql).await?;
    }
    let ran = AssertUnwindSafe(job(txn))
        .catch_unwind()
        .await
        .unwrap_or_else(|_| {
            tracing::error!("a change to the database panicked");
            Ran {
                ok: false,
                answer: Box::new(|_| {}),
            }
        });
    if !ran.ok && savepoint.is_some() {
        txn.execute_unprepared("ROLLBACK TO change").await?;
    }
    Ok(ran)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use sea_orm::{ConnectionTrait, Statement};

    use crate::core::Db;
    use crate::db_test;
    use crate::domain::AppError;

    /// Writes `n` into the probe table, then fails when `n` is a multiple of 3 and panics for 7;
    /// the first change waits a little so that the others queue behind it and share a batch.
    async fn probe(db: &Db, n: i64) -> Result<i64, AppError> {
        db.change(Box::new(move |txn| {
            Box::pin(async move {
                let backend = txn.get_database_backend();
                let sql = match backend {
                    sea_orm::DbBackend::Postgres => "INSERT INTO writer_probe (n) VALUES ($1)",
                    _ => "INSERT INTO writer_probe (n) VALUES (?)",
                };
                txn.execute_raw(Statement::from_sql_and_values(backend, sql, [n.into()]))
                    .await?;
                if n == 0 {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                if n == 7 {
                    panic!("a change that panics");
                }
                if n % 3 == 0 && n > 0 {
                    return Err(AppError::Conflict("probe".into()));
                }
                Ok(n)
            })
        }))
        .await
    }

    db_test!(
        changes_that_fail_leave_no_trace_and_the_rest_commit,
        |db: Db| async move {
            db.write()
                .execute_unprepared("CREATE TABLE writer_probe (n BIGINT PRIMARY KEY)")
                .await
                .expect("probe table");
            let changes: Vec<_> = (0..40)
                .map(|n| {
                    let db = db.clone();
                    tokio::spawn(async move { (n, probe(&db, n).await) })
                })
                .collect();
            let mut kept = Vec::new();
            for change in changes {
                let (n, result) = change.await.expect("task");
                match n {
                    7 => assert_eq!(
                        result,
                        Err(AppError::Internal),
                        "a panic is an internal error"
                    ),
                    n if n % 3 == 0 && n > 0 => {
                        assert_eq!(result, Err(AppError::Conflict("probe".into())));
                    }
                    n => {
                        assert_eq!(result, Ok(n));
                        kept.push(n);
                    }
                }
            }
            // A change after the panic still commits: the writer lives on.
            assert_eq!(probe(&db, 100).await, Ok(100));
            kept.push(100);
            let rows = db
                .read()
                .query_all_raw(Statement::from_string(
                    db.read().get_database_backend(),
                    "SELECT n FROM writer_probe ORDER BY n",
                ))
                .await
                .expect("probe rows");
            let written: Vec<i64> = rows
                .iter()
                .map(|r| r.try_get_by_index(0).expect("n"))
                .collect();
            assert_eq!(written, kept, "only what succeeded is in the database");
        }
    );
}
