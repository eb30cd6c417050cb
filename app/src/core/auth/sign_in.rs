//! Signing in (with the session rotated) and signing out.
use std::sync::LazyLock;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};

use super::password::{Password, hash_password, verify_password};
use super::rate_limit::{self, SIGN_IN_ACCOUNT, SIGN_IN_IP};
use super::session::{end_session, start_session};
use super::{Caller, viewer_for};
use crate::core::Db;
use crate::core::audit::{self, Event};
use crate::core::entities::account;
use crate::domain::{AppError, AuditAction, Viewer};

/// A hash checked when the address is unknown, so that timing does not tell which accounts exist.
static DECOY: LazyLock<Option<String>> = LazyLock::new(|| {
    Password::parse("decoy password for unknown accounts")
        .ok()
        .and_then(|p| hash_password(&p).ok())
});

fn wrong() -> AppError {
    AppError::invalid("password", "auth.credentials_wrong")
}

/// Checks the password and starts a new session (ending the caller's previous one);
/// returns the new session's secret and who signed in.
pub async fn sign_in(
    db: &Db,
    caller: &Caller,
    email: &str,
    password: &str,
) -> Result<(String, Viewer), AppError> {
    let email = email.trim().to_lowercase();
    let ip_bucket = format!("sign_in:ip:{}", caller.client.ip.as_deref().unwrap_or("-"));
    let account_bucket = format!("sign_in:account:{email}");
    rate_limit::check(db.read(), &ip_bucket, SIGN_IN_IP).await?;
    rate_limit::check(db.read(), &account_bucket, SIGN_IN_ACCOUNT).await?;
    let found = account::Entity::find()
        .filter(account::Column::Email.eq(&email))
        .one(db.read())
        .await?;
    let stored = found.as_ref().and_then(|a| a.password_hash.clone());
    let candidate = password.to_owned();
    let matches = tokio::task::spawn_blocking(move || match stored {
        Some(hash) => verify_password(&hash, &candidate),
        None => {
            // Same work as a real check, then refuse.
            if let Some(decoy) = DECOY.as_deref() {
                verify_password(decoy, &candidate);
            }
            false
        }
    })
    .await
    .map_err(|_| AppError::Internal)?;
    let txn = db.write().begin().await?;
    let account = match found {
        Some(account) if matches && account.disabled_at.is_none() => account,
        other => {
            let mut event = Event::anonymous(AuditAction::SignInFailed)
                .email(&email)
                .ip(caller.client.ip.as_deref());
            if let Some(account) = other {
                event = event.subject(account.id);
            }
            audit::record(&txn, event).await?;
            rate_limit::hit(&txn, &ip_bucket, SIGN_IN_IP).await.ok();
            rate_limit::hit(&txn, &account_bucket, SIGN_IN_ACCOUNT)
                .await
                .ok();
            txn.commit().await?;
            return Err(wrong());
        }
    };
    if let Some(previous) = &caller.session {
        end_session(&txn, previous).await?;
    }
    let secret = start_session(&txn, account.id, None, &caller.client).await?;
    audit::record(
        &txn,
        Event::by(account.id, AuditAction::SignIn)
            .subject(account.id)
            .ip(caller.client.ip.as_deref()),
    )
    .await?;
    txn.commit().await?;
    let viewer = viewer_for(db, &account, None).await?;
    Ok((secret, viewer))
}

/// Ends the caller's session.
pub async fn sign_out(db: &Db, caller: &Caller) -> Result<(), AppError> {
    let txn = db.write().begin().await?;
    if let Some(secret) = &caller.session {
        end_session(&txn, secret).await?;
    }
    if let Some(viewer) = &caller.viewer {
        audit::record(
            &txn,
            Event::by(viewer.id, AuditAction::SignOut)
                .subject(viewer.id)
                .ip(caller.client.ip.as_deref()),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}
