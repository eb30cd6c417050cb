//! The approval queue: pending requests for spaces that need a manager's yes, approved or
//! refused with a reason; the requester is mailed either way, in their language.
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, Set,
};

use super::{notify, view};
use crate::core::entities::booking;
use crate::core::{Db, access};
use crate::domain::{AppError, BookingStatus, BookingView, Viewer};

/// Pending requests still holding their slot, oldest first (managers only).
pub async fn queue(
    db: &Db,
    viewer: &Viewer,
    now: DateTime<Utc>,
) -> Result<Vec<BookingView>, AppError> {
    access::manager(viewer)?;
    let rows = booking::Entity::find()
        .filter(booking::Column::Status.eq(BookingStatus::Pending.as_str()))
        .filter(booking::Column::HoldExpiresAt.gte(now))
        .order_by_asc(booking::Column::CreatedAt)
        .all(db.read())
        .await?;
    view::views(db.read(), rows).await
}

/// A manager's decision on a pending request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Refuse { reason: String },
}

/// Approves or refuses pending request `id` (managers only). `Conflict("booking.overlap")` when
/// approving would overlap a confirmed booking; `Conflict("booking.not_pending")` when it was
/// decided already or its hold ran out.
pub async fn decide(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    decision: Decision,
    now: DateTime<Utc>,
    base_url: &str,
) -> Result<BookingView, AppError> {
    access::manager(viewer)?;
    if let Decision::Refuse { reason } = &decision {
        let length = reason.trim().chars().count();
        if length == 0 || length > 500 {
            return Err(AppError::invalid("reason", "booking.reason_invalid"));
        }
    }
    let txn = db.begin_write().await?;
    let row = booking::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let live = row.status == BookingStatus::Pending.as_str()
        && row.hold_expires_at.is_some_and(|h| h >= now);
    if !live {
        return Err(AppError::Conflict("booking.not_pending".into()));
    }
    let mut change = row.into_active_model();
    change.decided_by = Set(Some(viewer.id));
    change.decided_at = Set(Some(now));
    change.hold_expires_at = Set(None);
    match decision {
        Decision::Approve => {
            change.status = Set(BookingStatus::Confirmed.as_str().to_owned());
        }
        Decision::Refuse { reason } => {
            change.status = Set(BookingStatus::Refused.as_str().to_owned());
            change.decision_reason = Set(Some(reason.trim().to_owned()));
        }
    }
    let row = change.update(&txn).await?;
    notify::decided(&txn, &row, base_url, now).await?;
    txn.commit().await?;
    view::view(db.read(), row).await
}
