//! API tokens: random, shown once, stored as a SHA-256 digest; each carries its account's rights.
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter,
    QueryOrder, QueryTrait, Set,
};

use super::add::parse_email;
use crate::core::Db;
use crate::core::audit::{self, Event};
use crate::core::entities::{account, api_token};
use crate::core::secret::{digest, new_secret};
use crate::domain::{AppError, AuditAction, TokenView, Viewer};

const PREFIX: &str = "sl_";

async fn insert_token(
    conn: &impl ConnectionTrait,
    account_id: i32,
    name: &str,
) -> Result<String, AppError> {
    let token = new_secret(PREFIX);
    let name = match name.trim() {
        "" => "cli",
        n => n,
    };
    api_token::ActiveModel {
        account_id: Set(account_id),
        name: Set(name.chars().take(120).collect()),
        token_hash: Set(digest(&token)),
        created_at: Set(Utc::now()),
        last_used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(token)
}

/// Issues a new token for the account with `email` and returns it; only its digest is kept.
pub async fn issue_token(db: &Db, email: &str, name: &str) -> Result<String, AppError> {
    let email = parse_email(email)?;
    let owner = account::Entity::find()
        .filter(account::Column::Email.eq(&email))
        .filter(account::Column::DisabledAt.is_null())
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    insert_token(db.write(), owner.id, name).await
}

/// Creates a token for the signed-in person; the secret is returned once, here.
pub async fn create_token(db: &Db, viewer: &Viewer, name: &str) -> Result<String, AppError> {
    if name.trim().is_empty() {
        return Err(AppError::invalid("name", "tokens.name_required"));
    }
    let txn = sea_orm::TransactionTrait::begin(db.write()).await?;
    let token = insert_token(&txn, viewer.id, name).await?;
    audit::record(
        &txn,
        Event::by(viewer.id, AuditAction::TokenCreated).detail(name.trim()),
    )
    .await?;
    txn.commit().await?;
    Ok(token)
}

/// The signed-in person's live tokens, newest first.
pub async fn list_tokens(db: &Db, viewer: &Viewer) -> Result<Vec<TokenView>, AppError> {
    Ok(api_token::Entity::find()
        .filter(api_token::Column::AccountId.eq(viewer.id))
        .filter(api_token::Column::RevokedAt.is_null())
        .order_by_desc(api_token::Column::Id)
        .all(db.read())
        .await?
        .into_iter()
        .map(|t| TokenView {
            id: t.id,
            name: t.name,
            created_at: t.created_at,
            last_used_at: t.last_used_at,
        })
        .collect())
}

/// Revokes one of the signed-in person's tokens; someone else's answers `NotFound`.
pub async fn revoke_token(db: &Db, viewer: &Viewer, id: i32) -> Result<(), AppError> {
    let txn = sea_orm::TransactionTrait::begin(db.write()).await?;
    let revoked = api_token::Entity::update_many()
        .col_expr(api_token::Column::RevokedAt, Utc::now().into())
        .filter(api_token::Column::Id.eq(id))
        .filter(api_token::Column::AccountId.eq(viewer.id))
        .filter(api_token::Column::RevokedAt.is_null())
        .exec(&txn)
        .await?;
    if revoked.rows_affected != 1 {
        return Err(AppError::NotFound);
    }
    audit::record(
        &txn,
        Event::by(viewer.id, AuditAction::TokenRevoked).detail(&id.to_string()),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The person a live token of an enabled account speaks for, if any; notes when the token was
/// last used.
pub async fn viewer_for_token(db: &Db, token: &str) -> Result<Option<Viewer>, AppError> {
    if !token.starts_with(PREFIX) {
        return Ok(None);
    }
    // The token, its account and the account's structures in one query: every API request
    // starts here.
    let mut query = api_token::Entity::find()
        .find_also_related(account::Entity)
        .filter(api_token::Column::TokenHash.eq(digest(token)))
        .filter(api_token::Column::RevokedAt.is_null())
        .into_query();
    crate::core::auth::join_structures(&mut query);
    let conn = db.read();
    let rows = conn
        .query_all_raw(conn.get_database_backend().build(&query))
        .await?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let row = api_token::Model::from_query_result(first, "A_")?;
    let Some(account) = account::Model::from_query_result_optional(first, "B_")? else {
        return Ok(None);
    };
    let now = Utc::now();
    // One write a minute at most, so that a busy script does not serialise on the token row.
    if row
        .last_used_at
        .is_none_or(|at| now - at > Duration::minutes(1))
    {
        api_token::Entity::update_many()
            .col_expr(api_token::Column::LastUsedAt, now.into())
            .filter(api_token::Column::Id.eq(row.id))
            .exec(db.write())
            .await?;
    }
    if account.disabled_at.is_some() {
        return Ok(None);
    }
    let structures = crate::core::auth::structures_of(&rows)?;
    Ok(Some(crate::core::auth::viewer_of(
        &account, structures, None,
    )))
}
