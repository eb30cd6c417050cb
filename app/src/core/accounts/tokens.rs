//! API tokens: random, shown once, stored as a SHA-256 digest; each carries its account's rights.
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::core::Db;
use crate::core::audit::{self, Event};
use crate::core::auth::TOKEN_PREFIX;
use crate::core::entities::{account, api_token};
use crate::core::secret::{digest, new_secret};
use crate::domain::account::parse_email;
use crate::domain::{AppError, AuditAction, TokenView, Viewer};

async fn insert_token(
    conn: &impl ConnectionTrait,
    account_id: i32,
    name: &str,
) -> Result<String, AppError> {
    let token = new_secret(TOKEN_PREFIX);
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
