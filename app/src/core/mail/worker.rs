//! The worker: claims due mails (each by one worker only, even across processes), sends them, and
//! reschedules failures with exponential backoff.
use std::time::Duration;

use chrono::{DateTime, Utc};
use lettre::message::Mailbox;
use sea_orm::{ActiveModelTrait, DbBackend, EntityTrait, IntoActiveModel, Set, Statement};

use super::Transport;
use crate::core::entities::mail_outbox;
use crate::core::{Db, Engine};
use crate::domain::AppError;

/// How many mails one pass takes at most.
const BATCH: i64 = 20;
/// How long a claim holds before another worker may retry the mail (a crashed worker's mails).
const LEASE_SECONDS: i64 = 120;

/// The wait before the next attempt after `attempts` failures: 5 s, 10 s, 20 s… up to one hour.
pub fn backoff(attempts: i32) -> chrono::Duration {
    let exponent = u32::try_from(attempts.saturating_sub(1))
        .unwrap_or(0)
        .min(12);
    chrono::Duration::seconds((5_i64 << exponent).min(3600))
}

/// Marks up to `BATCH` due mails as taken by this worker and returns them. On PostgreSQL
/// `FOR UPDATE SKIP LOCKED` lets several processes claim side by side without sharing a mail;
/// SQLite has one writer, so the statement alone is enough.
async fn claim(db: &Db, now: DateTime<Utc>) -> Result<Vec<mail_outbox::Model>, AppError> {
    let lease_end = now + chrono::Duration::seconds(LEASE_SECONDS);
    let statement = match db.engine() {
        Engine::Postgres => Statement::from_sql_and_values(
            DbBackend::Postgres,
            "UPDATE mail_outbox SET locked_until = $1 WHERE id IN (
                SELECT id FROM mail_outbox
                WHERE sent_at IS NULL AND next_attempt_at <= $2 AND (locked_until IS NULL OR locked_until < $2)
                ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
             RETURNING *",
            [lease_end.into(), now.into(), BATCH.into()],
        ),
        Engine::Sqlite => Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "UPDATE mail_outbox SET locked_until = ? WHERE id IN (
                SELECT id FROM mail_outbox
                WHERE sent_at IS NULL AND next_attempt_at <= ? AND (locked_until IS NULL OR locked_until < ?)
                ORDER BY id LIMIT ?)
             RETURNING *",
            [lease_end.into(), now.into(), now.into(), BATCH.into()],
        ),
    };
    let mut claimed = mail_outbox::Entity::find()
        .from_raw_sql(statement)
        .all(db.write())
        .await?;
    claimed.sort_by_key(|m| m.id);
    Ok(claimed)
}

/// Sends the mails due at `now`; returns how many left. Failures stay in the outbox for later.
pub async fn deliver_due(
    db: &Db,
    transport: &Transport,
    from: &Mailbox,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let mut sent = 0;
    for mail in claim(db, now).await? {
        let outcome = transport.send(from, &mail).await;
        let attempts = mail.attempts;
        let id = mail.id;
        let mut row = mail.into_active_model();
        row.locked_until = Set(None);
        match outcome {
            Ok(()) => {
                row.sent_at = Set(Some(Utc::now()));
                row.last_error = Set(None);
                sent += 1;
            }
            Err(error) => {
                let attempts = attempts.saturating_add(1);
                tracing::warn!(mail = id, attempts, %error, "mail not sent; will retry");
                row.attempts = Set(attempts);
                row.next_attempt_at = Set(now + backoff(attempts));
                row.last_error = Set(Some(error.chars().take(1000).collect()));
            }
        }
        row.update(db.write()).await?;
    }
    Ok(sent)
}

/// Runs for the life of the server: a pass every `every`, logging what it cannot do.
pub async fn run_worker(db: Db, transport: Transport, from: Mailbox, every: Duration) {
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        match deliver_due(&db, &transport, &from, Utc::now()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(sent = n, "mail sent"),
            Err(error) => tracing::warn!(?error, "mail worker pass failed"),
        }
    }
}
