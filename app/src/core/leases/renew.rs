//! Renewing a lease: a new draft lease follows it on the same space, with its rent as revised
//! and its indexation; the old one ends the day before.
use chrono::{Days, Utc};
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};

use super::create::{insert, lock_space};
use crate::core::Db;
use crate::core::entities::lease;
use crate::core::spaces::word;
use crate::domain::{
    AppError, AuditAction, LeaseStatus, LeaseView, RenewInput, Viewer, renewal_refused,
};

/// Renews lease `id` (managers of its structure): a draft from `input.starts_on`, the old lease
/// ending the day before. `Conflict` for a lease that no longer binds or was never signed.
pub async fn renew(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    input: &RenewInput,
) -> Result<LeaseView, AppError> {
    let txn = db.begin_write().await?;
    let old = super::managed(&txn, viewer, id).await?;
    let status: LeaseStatus = word(&old.status, "leases.status")?;
    if !status.is_live() {
        return Err(AppError::Conflict("lease.not_renewable".into()));
    }
    if let Some((field, key)) = renewal_refused(old.starts_on, old.ends_on, input) {
        return Err(AppError::invalid(field, key));
    }
    let space = lock_space(db, &txn, old.space_id).await?;
    let last_day = input
        .starts_on
        .checked_sub_days(Days::new(1))
        .ok_or(AppError::Internal)?;
    let next = lease::Model {
        id: 0,
        status: LeaseStatus::Draft.as_str().to_owned(),
        starts_on: input.starts_on,
        ends_on: input.ends_on,
        monthly_rent_cents: input.monthly_rent_cents.unwrap_or(old.monthly_rent_cents),
        notice_given_on: None,
        created_at: Utc::now(),
        created_by: Some(viewer.id),
        ..old.clone()
    };
    let mut ending = old.into_active_model();
    ending.ends_on = Set(Some(last_day));
    ending.update(&txn).await?;
    let view = insert(&txn, next, viewer, AuditAction::LeaseRenewed, &space.name).await?;
    txn.commit().await?;
    Ok(view)
}
