//! Changing one's password: every session ends, a new one starts for this browser.
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set, TransactionTrait};

use super::Caller;
use super::password::{Password, hash_password, verify_password};
use super::session::{end_all_sessions, start_session};
use crate::core::Db;
use crate::core::audit::{self, Event};
use crate::core::entities::account;
use crate::domain::{AppError, AuditAction};

/// Checks `current`, sets `new`, ends every session of the account and returns a new one's secret.
pub async fn change_password(
    db: &Db,
    caller: &Caller,
    current: &str,
    new: &str,
    confirm: &str,
) -> Result<String, AppError> {
    let viewer = caller.signed_in()?;
    let password = Password::parse(new)?;
    if new != confirm {
        return Err(AppError::invalid("confirm", "account.password_mismatch"));
    }
    let account = account::Entity::find_by_id(viewer.id)
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    let stored = account.password_hash.clone().unwrap_or_default();
    let candidate = current.to_owned();
    let (matches, hash) = tokio::task::spawn_blocking(move || {
        (
            verify_password(&stored, &candidate),
            hash_password(&password),
        )
    })
    .await
    .map_err(|_| AppError::Internal)?;
    if !matches {
        return Err(AppError::invalid(
            "current",
            "account.current_password_wrong",
        ));
    }
    let txn = db.write().begin().await?;
    let mut row = account.into_active_model();
    row.password_hash = Set(Some(hash?));
    row.update(&txn).await?;
    end_all_sessions(&txn, viewer.id).await?;
    let secret = start_session(&txn, viewer.id, viewer.acting, &caller.client).await?;
    audit::record(
        &txn,
        Event::by(viewer.id, AuditAction::PasswordChanged)
            .subject(viewer.id)
            .ip(caller.client.ip.as_deref()),
    )
    .await?;
    txn.commit().await?;
    Ok(secret)
}
