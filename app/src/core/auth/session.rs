//! Sessions in the database, shared by every process: a random secret in the cookie, its
//! digest in the table, an idle timeout and an absolute one.
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter,
    QueryTrait, Set,
};

use super::Client;
use super::viewer::{rows_with_structures, structures_of, viewer_of};
use crate::core::Db;
use crate::core::entities::{account, session};
use crate::core::secret::{digest, new_secret};
use crate::domain::{AppError, Viewer};

/// A session unused for this long ends.
pub const IDLE_TIMEOUT: Duration = Duration::hours(2);
/// A session ends this long after sign-in, however active.
pub const ABSOLUTE_TIMEOUT: Duration = Duration::days(7);
/// `last_seen_at` is written at most this often, to spare the database a write per request.
const TOUCH_EVERY: Duration = Duration::minutes(1);

/// Starts a session for `account_id` and returns the secret for the cookie.
pub async fn start_session(
    conn: &impl ConnectionTrait,
    account_id: i32,
    acting: Option<i32>,
    client: &Client,
) -> Result<String, AppError> {
    let secret = new_secret("");
    let now = Utc::now();
    session::ActiveModel {
        token_hash: Set(digest(&secret)),
        account_id: Set(account_id),
        acting_structure_id: Set(acting),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(now + ABSOLUTE_TIMEOUT),
        client_ip: Set(client.ip.clone()),
        user_agent: Set(client
            .user_agent
            .as_ref()
            .map(|ua| ua.chars().take(300).collect())),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(secret)
}

/// The person a live session is for, acting for the structure chosen in it; a dead session is
/// deleted and gives `None`.
pub(super) async fn resolve(
    db: &Db,
    secret: &str,
    now: DateTime<Utc>,
) -> Result<Option<Viewer>, AppError> {
    // The session, its account and the account's structures in one query: every page a
    // signed-in person opens starts here.
    let query = session::Entity::find()
        .find_also_related(account::Entity)
        .filter(session::Column::TokenHash.eq(digest(secret)))
        .into_query();
    let rows = rows_with_structures(db, query).await?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let row = session::Model::from_query_result(first, "A_")?;
    let account = account::Model::from_query_result_optional(first, "B_")?
        .filter(|account| account.disabled_at.is_none());
    let alive = now < row.expires_at && now - row.last_seen_at < IDLE_TIMEOUT;
    let Some(account) = account.filter(|_| alive) else {
        session::Entity::delete_by_id(row.id)
            .exec(db.write())
            .await?;
        return Ok(None);
    };
    if now - row.last_seen_at > TOUCH_EVERY {
        session::Entity::update_many()
            .col_expr(session::Column::LastSeenAt, now.into())
            .filter(session::Column::Id.eq(row.id))
            .exec(db.write())
            .await?;
    }
    let structures = structures_of(&rows)?;
    Ok(Some(viewer_of(
        &account,
        structures,
        row.acting_structure_id,
    )))
}

/// Ends the session whose cookie carries `secret`.
pub async fn end_session(conn: &impl ConnectionTrait, secret: &str) -> Result<(), AppError> {
    session::Entity::delete_many()
        .filter(session::Column::TokenHash.eq(digest(secret)))
        .exec(conn)
        .await?;
    Ok(())
}

/// Ends every session of an account (password changed, account disabled).
pub async fn end_all_sessions(
    conn: &impl ConnectionTrait,
    account_id: i32,
) -> Result<(), AppError> {
    session::Entity::delete_many()
        .filter(session::Column::AccountId.eq(account_id))
        .exec(conn)
        .await?;
    Ok(())
}
