//! The checks a booking passes before it is written (who books, for whom, the space's capacity
//! and rules), and its insert once the slot is free.
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, DatabaseTransaction, EntityTrait, Set};

use super::price;
use super::space::Bookable;
use crate::core::entities::{booking, structure};
use crate::core::{Db, access};
use crate::domain::rules::check;
use crate::domain::time::paris_day;
use crate::domain::{
    AppError, BookingFor, BookingStatus, NewBooking, SpaceKind, StructureStatus, TimeRange, Viewer,
};

/// Who may book for whom, and the structure's row when there is one.
async fn customer(
    db: &Db,
    viewer: &Viewer,
    space: &Bookable,
    customer: &BookingFor,
) -> Result<Option<structure::Model>, AppError> {
    match customer {
        BookingFor::Structure(id) => {
            access::see_structure(viewer, *id)?;
            let row = structure::Entity::find_by_id(*id)
                .one(db.read())
                .await?
                .ok_or(AppError::NotFound)?;
            Ok(Some(row))
        }
        BookingFor::Outsider { .. } => {
            access::manager(viewer)?;
            if space.kind != SpaceKind::EventSpace {
                return Err(AppError::invalid(
                    "customer_name",
                    "booking.outsider_event_only",
                ));
            }
            Ok(None)
        }
    }
}

/// A request whose customer, rights and attendees were checked; each date still has the
/// space's rules and the other bookings to pass.
pub(super) struct Checked {
    pub space: Bookable,
    pub structure: Option<structure::Model>,
    /// Whether it waits for a manager's approval.
    pub pending: bool,
}

/// Checks who may book, for whom, and the space's capacity.
pub(super) async fn check_request(
    db: &Db,
    viewer: &Viewer,
    new: &NewBooking,
) -> Result<Checked, AppError> {
    if let BookingFor::Structure(id) = new.customer {
        access::see_structure(viewer, id)?;
    }
    let space = Bookable::recent(db, new.space_id).await?;
    let structure = customer(db, viewer, &space, &new.customer).await?;
    if let Some(row) = &structure {
        // A structure that left may book until its last day, not after.
        let day = paris_day(new.range.starts_at());
        if row.status == StructureStatus::Former.as_str() && row.left_on.is_none_or(|d| d < day) {
            return Err(AppError::invalid("structure_id", "booking.structure_left"));
        }
    }
    if i64::from(new.attendees) > i64::from(space.row.capacity) {
        return Err(AppError::invalid(
            "attendees",
            &format!("booking.over_capacity|capacity={}", space.row.capacity),
        ));
    }
    let pending = space.row.needs_approval && !viewer.is_manager();
    Ok(Checked {
        space,
        structure,
        pending,
    })
}

/// Checks `range` against the space's rules; the range it would block, buffer included.
pub(super) fn check_rules(
    space: &Bookable,
    range: TimeRange,
    now: DateTime<Utc>,
) -> Result<TimeRange, AppError> {
    check(&space.rules, range, now, &space.closures)
        .map_err(|breach| AppError::invalid(breach.field(), &breach.message_key()))?;
    TimeRange::new(range.starts_at(), range.ends_at() + space.buffer())
}

/// Inserts the booking of `new` at `range`, in the caller's write transaction, when its slot is
/// free (none when it is taken): priced then, so included time goes to the first dates booked.
pub(super) async fn insert(
    txn: &DatabaseTransaction,
    viewer: &Viewer,
    checked: &Checked,
    new: &NewBooking,
    (range, held): (TimeRange, TimeRange),
    series_id: Option<i32>,
    now: DateTime<Utc>,
) -> Result<Option<booking::Model>, AppError> {
    let space = &checked.space;
    let Some((customer_kind, quote)) = price::free_and_priced(
        txn,
        space,
        checked.structure.as_ref(),
        (range, held),
        None,
        now,
    )
    .await?
    else {
        return Ok(None);
    };
    let (status, hold) = if checked.pending {
        let hold = now + Duration::minutes(space.row.hold_minutes.into());
        (BookingStatus::Pending, Some(hold))
    } else {
        (BookingStatus::Confirmed, None)
    };
    let (customer_name, customer_email) = match &new.customer {
        BookingFor::Outsider { name, email } => (Some(name.clone()), Some(email.clone())),
        BookingFor::Structure(_) => (None, None),
    };
    let row = booking::ActiveModel {
        space_id: Set(space.row.id),
        structure_id: Set(checked.structure.as_ref().map(|s| s.id)),
        customer_name: Set(customer_name),
        customer_email: Set(customer_email),
        booked_by: Set(Some(viewer.id)),
        title: Set(new.title.clone()),
        attendees: Set(i32::try_from(new.attendees).unwrap_or(i32::MAX)),
        starts_at: Set(range.starts_at()),
        ends_at: Set(range.ends_at()),
        held_until: Set(held.ends_at()),
        status: Set(status.as_str().to_owned()),
        hold_expires_at: Set(hold),
        customer_kind: Set(customer_kind.as_str().to_owned()),
        price_cents: Set(quote.total.cents()),
        included_minutes: Set(i32::try_from(quote.included_minutes).unwrap_or(0)),
        cancel_fee_cents: Set(0),
        created_at: Set(now),
        series_id: Set(series_id),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(Some(row))
}
