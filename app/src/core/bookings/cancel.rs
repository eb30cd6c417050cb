//! Cancelling a booking: by its structure's members or a manager; kept in history with who
//! and when, and charged by the space's policy when late.
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, IntoActiveModel, Set};

use super::read::see;
use super::view;
use crate::core::Db;
use crate::core::entities::{booking, space};
use crate::domain::{AppError, BookingStatus, BookingView, Viewer};

/// The fee for cancelling a confirmed booking of `price` at `now`: nothing until the space's
/// free period before the start, then its percentage of the price (rounded down).
pub fn cancellation_fee(
    price_cents: i64,
    starts_at: DateTime<Utc>,
    now: DateTime<Utc>,
    free_hours: i32,
    fee_percent: i32,
) -> i64 {
    if starts_at - now >= Duration::hours(free_hours.into()) {
        0
    } else {
        price_cents * i64::from(fee_percent.clamp(0, 100)) / 100
    }
}

/// Cancels booking `id`. `Conflict` when it no longer holds a slot.
pub async fn cancel(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    now: DateTime<Utc>,
) -> Result<BookingView, AppError> {
    let txn = db.begin_write().await?;
    let row = booking::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    see(viewer, &row)?;
    let row = cancel_row(&txn, viewer, row, now).await?;
    txn.commit().await?;
    view::view(db.read(), row).await
}

/// Cancels `row`, which `viewer` may see, charging the late fee its space's policy sets.
pub(super) async fn cancel_row(
    conn: &impl ConnectionTrait,
    viewer: &Viewer,
    row: booking::Model,
    now: DateTime<Utc>,
) -> Result<booking::Model, AppError> {
    let status: BookingStatus = crate::core::spaces::word(&row.status, "bookings.status")?;
    if !status.holds_slot() {
        return Err(AppError::Conflict("booking.not_cancellable".into()));
    }
    let space = space::Entity::find_by_id(row.space_id)
        .one(conn)
        .await?
        .ok_or(AppError::Internal)?;
    let fee = if status == BookingStatus::Confirmed {
        cancellation_fee(
            row.price_cents,
            row.starts_at,
            now,
            space.cancel_free_hours,
            space.cancel_fee_percent,
        )
    } else {
        0
    };
    let mut change = row.into_active_model();
    change.status = Set(BookingStatus::Cancelled.as_str().to_owned());
    change.cancelled_at = Set(Some(now));
    change.cancelled_by = Set(Some(viewer.id));
    change.cancel_fee_cents = Set(fee);
    Ok(change.update(conn).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .expect("instant")
            .with_timezone(&Utc)
    }

    #[test]
    fn cancelling_is_free_until_the_policy_says() {
        let start = at("2027-03-02T14:00:00+01:00");
        let day_before = at("2027-03-01T14:00:00+01:00");
        assert_eq!(cancellation_fee(9000, start, day_before, 24, 50), 0);
        let later = at("2027-03-01T14:01:00+01:00");
        assert_eq!(cancellation_fee(9000, start, later, 24, 50), 4500);
        assert_eq!(
            cancellation_fee(999, start, later, 24, 50),
            499,
            "rounded down"
        );
        assert_eq!(cancellation_fee(9000, start, later, 24, 0), 0);
    }
}
