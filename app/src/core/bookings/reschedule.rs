//! Moving a booking to another time of the same space: one date of a series alone, or any
//! coming booking. Judged and priced as a new booking would be, without counting itself.
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};

use super::checks::{check_request, check_rules};
use super::read::see;
use super::slot::expire_holds;
use super::{price, view};
use crate::core::Db;
use crate::core::entities::booking;
use crate::domain::{
    AppError, BookingFor, BookingStatus, BookingView, NewBooking, TimeRange, Viewer,
};

/// Moves booking `id` to `range`. `Conflict("booking.not_movable")` once it has started or no
/// longer holds a slot, `Conflict("booking.overlap")` when the new slot is taken. A tenant's
/// move on a space needing approval waits for it again.
pub async fn reschedule(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    range: TimeRange,
    now: DateTime<Utc>,
) -> Result<BookingView, AppError> {
    let row = booking::Entity::find_by_id(id)
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    see(viewer, &row)?;
    let status: BookingStatus = crate::core::spaces::word(&row.status, "bookings.status")?;
    if !status.holds_slot() || row.starts_at <= now {
        return Err(AppError::Conflict("booking.not_movable".into()));
    }
    let customer = match (row.structure_id, &row.customer_name, &row.customer_email) {
        (Some(structure), _, _) => BookingFor::Structure(structure),
        (None, Some(name), Some(email)) => BookingFor::Outsider {
            name: name.clone(),
            email: email.clone(),
        },
        _ => return Err(AppError::Internal),
    };
    let new = NewBooking {
        space_id: row.space_id,
        customer,
        range,
        title: row.title.clone(),
        attendees: u32::try_from(row.attendees).unwrap_or(1),
    };
    let checked = check_request(db, viewer, &new).await?;
    let held = check_rules(&checked.space, range, now)?;
    let txn = db.begin_write().await?;
    expire_holds(&txn, row.space_id, now).await?;
    // Priced as if it were not booked yet: its own included minutes go back to the month.
    let (customer_kind, quote) = price::free_and_priced(
        &txn,
        &checked.space,
        checked.structure.as_ref(),
        (range, held),
        Some(id),
        now,
    )
    .await?
    .ok_or_else(AppError::overlap)?;
    let pending = status == BookingStatus::Pending || checked.pending;
    let mut change = row.into_active_model();
    change.starts_at = Set(range.starts_at());
    change.ends_at = Set(range.ends_at());
    change.held_until = Set(held.ends_at());
    change.customer_kind = Set(customer_kind.as_str().to_owned());
    change.price_cents = Set(quote.total.cents());
    change.included_minutes = Set(i32::try_from(quote.included_minutes).unwrap_or(0));
    if pending {
        change.status = Set(BookingStatus::Pending.as_str().to_owned());
        change.hold_expires_at = Set(Some(
            now + Duration::minutes(checked.space.row.hold_minutes.into()),
        ));
    }
    let row = change.update(&txn).await?;
    txn.commit().await?;
    view::view(db.read(), row).await
}
