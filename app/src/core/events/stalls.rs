//! The stall plan: managers give an accepted exhibitor a stall of its edition. A stall holds
//! one exhibitor at most: a unique index says so, and two managers clicking at once get one
//! assignment and one `409`.
use chrono::Utc;
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};

use crate::core::entities::{application, stall};
use crate::core::{Db, access};
use crate::domain::events::ApplicationStatus;
use crate::domain::{AppError, Viewer};

/// Gives application `id` the stall `stall_id`, or takes its stall back with `None`
/// (managers only).
pub async fn assign_stall(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    stall_id: Option<i32>,
) -> Result<(), AppError> {
    access::manager(viewer)?;
    let txn = db.begin_write().await?;
    let row = application::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(stall_id) = stall_id {
        if row.status != ApplicationStatus::Accepted.as_str() {
            return Err(AppError::Conflict("stall.not_accepted".into()));
        }
        stall::Entity::find_by_id(stall_id)
            .one(&txn)
            .await?
            .filter(|s| s.edition_id == row.edition_id)
            .ok_or_else(|| AppError::invalid("stall_id", "stall.unknown"))?;
    }
    let mut change = row.into_active_model();
    change.stall_id = Set(stall_id);
    change.updated_at = Set(Utc::now());
    change
        .update(&txn)
        .await
        .map_err(|e| match AppError::from(e) {
            AppError::Conflict(_) => AppError::Conflict("stall.taken".into()),
            other => other,
        })?;
    txn.commit().await.map_err(|e| match AppError::from(e) {
        AppError::Conflict(_) => AppError::Conflict("stall.taken".into()),
        other => other,
    })?;
    Ok(())
}
