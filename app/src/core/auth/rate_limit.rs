//! Rate limits shared by every process: a counter per bucket and fixed window in the database.
use chrono::{DateTime, Duration, DurationRound, Utc};
use sea_orm::{ConnectionTrait, DbBackend, EntityTrait, Statement};

use crate::core::entities::rate_limit;
use crate::domain::AppError;

/// How many hits a bucket allows per window.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub hits: i32,
    pub window: Duration,
}

/// Failed sign-ins per account, and per client address.
pub const SIGN_IN_ACCOUNT: Limit = Limit {
    hits: 10,
    window: Duration::minutes(15),
};
pub const SIGN_IN_IP: Limit = Limit {
    hits: 50,
    window: Duration::minutes(15),
};
/// Password reset requests per address typed, and per client address.
pub const RESET_ACCOUNT: Limit = Limit {
    hits: 5,
    window: Duration::hours(1),
};
pub const RESET_IP: Limit = Limit {
    hits: 20,
    window: Duration::hours(1),
};
/// Invitations sent per manager, and per client address.
pub const INVITE_ACCOUNT: Limit = Limit {
    hits: 60,
    window: Duration::hours(1),
};
pub const INVITE_IP: Limit = Limit {
    hits: 120,
    window: Duration::hours(1),
};

fn now_seconds() -> DateTime<Utc> {
    // Whole seconds: SQLite compares these as text, which needs one width.
    let now = Utc::now();
    now.duration_trunc(Duration::seconds(1)).unwrap_or(now)
}

fn too_many(window_start: DateTime<Utc>, limit: Limit, now: DateTime<Utc>) -> AppError {
    let wait = (window_start + limit.window - now).num_seconds().max(1);
    AppError::TooManyRequests(u64::try_from(wait).unwrap_or(1))
}

/// `TooManyRequests` when `bucket` has used up its window, without counting a hit.
pub async fn check(
    conn: &impl ConnectionTrait,
    bucket: &str,
    limit: Limit,
) -> Result<(), AppError> {
    let now = now_seconds();
    match rate_limit::Entity::find_by_id(bucket.to_owned())
        .one(conn)
        .await?
    {
        Some(row) if row.window_start > now - limit.window && row.hits >= limit.hits => {
            Err(too_many(row.window_start, limit, now))
        }
        _ => Ok(()),
    }
}

/// Counts one hit on `bucket`; `TooManyRequests` once the window's hits are used up.
pub async fn hit(conn: &impl ConnectionTrait, bucket: &str, limit: Limit) -> Result<(), AppError> {
    let now = now_seconds();
    let cutoff = now - limit.window;
    let backend = conn.get_database_backend();
    let (a, b, c) = match backend {
        DbBackend::Postgres => ("$1", "$2", "$3"),
        _ => ("?1", "?2", "?3"),
    };
    let sql = format!(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ({a}, {b}, 1) \
         ON CONFLICT (bucket) DO UPDATE SET \
         hits = CASE WHEN rate_limits.window_start <= {c} THEN 1 ELSE rate_limits.hits + 1 END, \
         window_start = CASE WHEN rate_limits.window_start <= {c} THEN excluded.window_start \
         ELSE rate_limits.window_start END \
         RETURNING hits, window_start"
    );
    let row = conn
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [bucket.into(), now.into(), cutoff.into()],
        ))
        .await?
        .ok_or(AppError::Internal)?;
    let hits: i32 = row.try_get("", "hits")?;
    let window_start: DateTime<Utc> = row.try_get("", "window_start")?;
    if hits > limit.hits {
        return Err(too_many(window_start, limit, now));
    }
    Ok(())
}
