//! The first run. While no admin account exists, `solilab serve` makes a one-time link and logs
//! it; whoever opens it creates the first admin and the first site, and is signed in. Only the
//! link's digest is stored, and setting up deletes every link, so each works once.
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set,
    TransactionTrait,
};

use super::accounts::{self, NewAccount};
use super::auth::{Client, Password, start_session};
use super::entities::{account, setup_token};
use super::secret::{digest, new_secret};
use super::{Db, sites};
use crate::domain::{
    AppError, FieldError, Locale, NewSite, Role, SetupAccount, SiteInput, SiteView, Viewer,
};

/// Whether no enabled admin account exists yet.
pub async fn pending(db: &impl ConnectionTrait) -> Result<bool, AppError> {
    let admins = account::Entity::find()
        .filter(account::Column::Role.eq(Role::Admin.as_str()))
        .filter(account::Column::DisabledAt.is_null())
        .count(db)
        .await?;
    Ok(admins == 0)
}

/// A new one-time setup link under `base_url` while the site is not set up; `None` once it is.
pub async fn open_link(
    db: &Db,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<Option<String>, AppError> {
    if !pending(db.read()).await? {
        return Ok(None);
    }
    let token = new_secret("");
    setup_token::ActiveModel {
        token_hash: Set(digest(&token)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    Ok(Some(format!(
        "{}/setup?token={token}",
        base_url.trim_end_matches('/')
    )))
}

/// `NotFound` unless the site still waits to be set up and `token` is one of its links.
pub async fn check(db: &impl ConnectionTrait, token: &str) -> Result<(), AppError> {
    let known = setup_token::Entity::find()
        .filter(setup_token::Column::TokenHash.eq(digest(token)))
        .count(db)
        .await?;
    if known == 1 && pending(db).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// The first admin's account and the first site, checked together so that the form names
/// every bad field at once.
fn parse(account: &SetupAccount, site: SiteInput) -> Result<(Password, NewSite), AppError> {
    let mut errors: Vec<FieldError> = Vec::new();
    let mut field_errors = |error: AppError, rename: &[(&str, &str)]| match error {
        AppError::Invalid(fields) => {
            errors.extend(fields.into_iter().map(|mut f| {
                if let Some((_, to)) = rename.iter().find(|(from, _)| *from == f.field) {
                    f.field = (*to).to_owned();
                }
                f
            }));
            Ok(())
        }
        other => Err(other),
    };
    if let Err(e) = crate::domain::account::parse_email(&account.admin_email) {
        field_errors(e, &[("email", "admin_email")])?;
    }
    let password = match Password::parse(&account.password) {
        Ok(password) if password.as_str() == account.confirm => Some(password),
        Ok(_) => {
            field_errors(
                AppError::invalid("confirm", "account.password_mismatch"),
                &[],
            )?;
            None
        }
        Err(e) => {
            field_errors(e, &[])?;
            None
        }
    };
    let site = match NewSite::try_from(site) {
        Ok(site) => Some(site),
        Err(e) => {
            field_errors(e, &[])?;
            None
        }
    };
    match (password, site) {
        (Some(password), Some(site)) if errors.is_empty() => Ok((password, site)),
        _ => Err(AppError::Invalid(errors)),
    }
}

/// Creates the first admin and the first site, uses up every setup link and opens a session;
/// returns its secret and the site. `NotFound` when `token` is not a live link.
pub async fn complete(
    db: &Db,
    client: &Client,
    token: &str,
    account: SetupAccount,
    site: SiteInput,
    now: DateTime<Utc>,
) -> Result<(String, SiteView), AppError> {
    check(db.read(), token).await?;
    let (password, _) = parse(&account, site.clone())?;
    let txn = db.write().begin().await?;
    // Only one of two racing requests deletes the link it holds.
    let used = setup_token::Entity::delete_many()
        .filter(setup_token::Column::TokenHash.eq(digest(token)))
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 || !pending(&txn).await? {
        return Err(AppError::NotFound);
    }
    setup_token::Entity::delete_many().exec(&txn).await?;
    let row = accounts::insert(
        &txn,
        NewAccount {
            email: account.admin_email.clone(),
            role: Role::Admin,
            display_name: Some(account.admin_name.clone()),
            structure_id: None,
            password: Some(password),
        },
    )
    .await?;
    let admin = Viewer {
        id: row.id,
        email: row.email.clone(),
        display_name: row.display_name.clone(),
        role: Role::Admin,
        structures: Vec::new(),
        acting: None,
        mail_locale: Locale::default(),
    };
    let site = sites::insert(&txn, &admin, site, now).await?;
    let session = start_session(&txn, row.id, None, client).await?;
    txn.commit().await?;
    tracing::info!(admin = row.id, site = site.id, "Solilab is set up");
    Ok((session, site))
}

#[cfg(test)]
mod tests;
