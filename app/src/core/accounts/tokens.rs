//! API tokens: random, shown once, stored as a SHA-256 digest.
use chrono::Utc;
use rand::RngCore;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};

use super::add::parse_email;
use crate::core::Db;
use crate::core::entities::{account, api_token};
use crate::domain::AppError;

const PREFIX: &str = "sl_";

fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
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
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = format!("{PREFIX}{}", hex::encode(bytes));
    let name = match name.trim() {
        "" => "cli",
        n => n,
    };
    api_token::ActiveModel {
        account_id: Set(owner.id),
        name: Set(name.chars().take(120).collect()),
        token_hash: Set(digest(&token)),
        created_at: Set(Utc::now()),
        last_used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    Ok(token)
}

/// The enabled account a live token belongs to, if any.
pub async fn account_for_token(db: &Db, token: &str) -> Result<Option<account::Model>, AppError> {
    if !token.starts_with(PREFIX) {
        return Ok(None);
    }
    let Some(row) = api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(digest(token)))
        .filter(api_token::Column::RevokedAt.is_null())
        .one(db.read())
        .await?
    else {
        return Ok(None);
    };
    Ok(account::Entity::find_by_id(row.account_id)
        .filter(account::Column::DisabledAt.is_null())
        .one(db.read())
        .await?)
}
