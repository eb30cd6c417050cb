//! Creating an account, optionally as a member of a structure.
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait,
};

use crate::core::Db;
use crate::core::auth::{Password, hash_password};
use crate::core::entities::{account, membership, structure};
use crate::domain::account::parse_email;
use crate::domain::{AppError, Role};

/// What it takes to create an account.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub email: String,
    pub role: Role,
    pub display_name: Option<String>,
    pub structure_id: Option<i32>,
    pub password: Option<Password>,
}

/// Creates the account; `Conflict` when the email is taken, `NotFound` when the structure is not.
pub async fn add(db: &Db, new: NewAccount) -> Result<account::Model, AppError> {
    let txn = db.write().begin().await?;
    let created = insert(&txn, new).await?;
    txn.commit().await?;
    Ok(created)
}

/// Creates the account within the caller's transaction.
pub async fn insert(
    txn: &impl ConnectionTrait,
    new: NewAccount,
) -> Result<account::Model, AppError> {
    let email = parse_email(&new.email)?;
    let password_hash = new.password.as_ref().map(hash_password).transpose()?;
    let display_name = new
        .display_name
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| email.split('@').next().unwrap_or_default().to_owned());
    if account::Entity::find()
        .filter(account::Column::Email.eq(&email))
        .one(txn)
        .await?
        .is_some()
    {
        return Err(AppError::Conflict("account.email_taken".into()));
    }
    if let Some(id) = new.structure_id {
        structure::Entity::find_by_id(id)
            .one(txn)
            .await?
            .ok_or(AppError::NotFound)?;
    }
    let now = Utc::now();
    let created = account::ActiveModel {
        email: Set(email),
        display_name: Set(display_name),
        role: Set(new.role.as_str().to_owned()),
        password_hash: Set(password_hash),
        locale: Set("fr".to_owned()),
        created_at: Set(now),
        disabled_at: Set(None),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    if let Some(structure_id) = new.structure_id {
        membership::ActiveModel {
            account_id: Set(created.id),
            structure_id: Set(structure_id),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(created)
}
