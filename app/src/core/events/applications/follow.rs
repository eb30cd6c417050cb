//! Following an application by its secret link: reading it, editing it while the call is open,
//! declaring sales after the day.
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, Set,
};

use super::apply::{call_open, check_stall_type};
use super::view::view;
use crate::core::Db;
use crate::core::entities::application;
use crate::core::events::edition::edition_of;
use crate::core::secret::digest;
use crate::core::spaces::word;
use crate::domain::events::{ApplicationStatus, NewApplication};
use crate::domain::{AppError, ApplicationView};

/// The application behind a follow link; `NotFound` for an unknown secret.
async fn by_secret(
    conn: &impl ConnectionTrait,
    secret: &str,
) -> Result<application::Model, AppError> {
    application::Entity::find()
        .filter(application::Column::TokenHash.eq(digest(secret.trim())))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

/// What the applicant's follow page shows.
pub async fn followed(
    db: &Db,
    secret: &str,
    today: NaiveDate,
) -> Result<ApplicationView, AppError> {
    let row = by_secret(db.read(), secret).await?;
    let (ed, ev) = edition_of(db.read(), row.edition_id).await?;
    view(db, row, &ed, &ev, today).await
}

/// Changes an application through its follow link, while the call is open and it is not
/// decided.
pub async fn edit_followed(
    db: &Db,
    secret: &str,
    new: NewApplication,
    today: NaiveDate,
) -> Result<(), AppError> {
    let txn = db.begin_write().await?;
    let row = by_secret(&txn, secret).await?;
    let (ed, _) = edition_of(&txn, row.edition_id).await?;
    call_open(&ed, today)?;
    if !matches!(
        word::<ApplicationStatus>(&row.status, "applications.status")?,
        ApplicationStatus::Received | ApplicationStatus::Waiting
    ) {
        return Err(AppError::Conflict("application.decided".into()));
    }
    check_stall_type(&txn, ed.id, new.stall_type_id).await?;
    let mut change = row.into_active_model();
    change.organisation = Set(new.organisation);
    change.siret = Set(new.siret.map(|s| s.as_str().to_owned()));
    change.legal_form = Set(new.legal_form.as_str().to_owned());
    change.sector = Set(new.sector.as_str().to_owned());
    change.contact_name = Set(new.contact_name);
    change.email = Set(new.email);
    change.phone = Set(new.phone);
    change.products = Set(new.products);
    change.stall_type_id = Set(new.stall_type_id);
    change.needs = Set(new.needs);
    change.updated_at = Set(Utc::now());
    change.update(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// Records the sales an accepted exhibitor declares after the day, in cents.
pub async fn declare_sales(
    db: &Db,
    secret: &str,
    cents: i64,
    today: NaiveDate,
) -> Result<(), AppError> {
    if !(0..=100_000_000).contains(&cents) {
        return Err(AppError::invalid("sales", "application.sales_invalid"));
    }
    let txn = db.begin_write().await?;
    let row = by_secret(&txn, secret).await?;
    let (ed, _) = edition_of(&txn, row.edition_id).await?;
    if today < ed.starts_on || row.status != ApplicationStatus::Accepted.as_str() {
        return Err(AppError::Conflict("application.sales_not_open".into()));
    }
    let mut change = row.into_active_model();
    change.sales_cents = Set(Some(cents));
    change.updated_at = Set(Utc::now());
    change.update(&txn).await?;
    txn.commit().await?;
    Ok(())
}
