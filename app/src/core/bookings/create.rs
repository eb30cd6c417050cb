//! Booking a space: the rules, the price, then the check and the insert under one writer.
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::space::Bookable;
use super::{price, view};
use crate::core::entities::{booking, structure};
use crate::core::{Db, access};
use crate::domain::rules::check;
use crate::domain::{
    AppError, BookingFor, BookingPreview, BookingStatus, BookingView, NewBooking, SpaceKind,
    TimeRange, Viewer,
};

/// Marks the pending requests of `space_id` whose hold has run out as expired, so they stop
/// holding their slot.
pub(super) async fn expire_holds(
    conn: &impl ConnectionTrait,
    space_id: i32,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    booking::Entity::update_many()
        .col_expr(
            booking::Column::Status,
            Expr::value(BookingStatus::Expired.as_str()),
        )
        .filter(booking::Column::SpaceId.eq(space_id))
        .filter(booking::Column::Status.eq(BookingStatus::Pending.as_str()))
        .filter(booking::Column::HoldExpiresAt.lt(now))
        .exec(conn)
        .await?;
    Ok(())
}

/// Whether a booking holding its slot overlaps `held` (buffers included) on `space_id`.
pub(super) async fn slot_taken(
    conn: &impl ConnectionTrait,
    space_id: i32,
    held: TimeRange,
    except: Option<i32>,
) -> Result<bool, AppError> {
    let mut query = booking::Entity::find()
        .filter(booking::Column::SpaceId.eq(space_id))
        .filter(booking::Column::Status.is_in([
            BookingStatus::Pending.as_str(),
            BookingStatus::Confirmed.as_str(),
        ]))
        .filter(booking::Column::StartsAt.lt(held.ends_at()))
        .filter(booking::Column::HeldUntil.gt(held.starts_at()));
    if let Some(id) = except {
        query = query.filter(booking::Column::Id.ne(id));
    }
    Ok(query.one(conn).await?.is_some())
}

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

/// A request that passed every check but the other bookings.
struct Checked {
    space: Bookable,
    structure: Option<structure::Model>,
    /// The range the booking blocks, its buffer included.
    held: TimeRange,
    /// Whether it waits for a manager's approval.
    pending: bool,
}

/// Checks who may book, the space's capacity and its rules.
async fn check_request(
    db: &Db,
    viewer: &Viewer,
    new: &NewBooking,
    now: DateTime<Utc>,
) -> Result<Checked, AppError> {
    if let BookingFor::Structure(id) = new.customer {
        access::see_structure(viewer, id)?;
    }
    let space = Bookable::load(db.read(), new.space_id).await?;
    let structure = customer(db, viewer, &space, &new.customer).await?;
    if i64::from(new.attendees) > i64::from(space.row.capacity) {
        return Err(AppError::invalid(
            "attendees",
            &format!("booking.over_capacity|capacity={}", space.row.capacity),
        ));
    }
    check(&space.rules, new.range, now, &space.closures)
        .map_err(|breach| AppError::invalid(breach.field(), &breach.message_key()))?;
    let held = TimeRange::new(new.range.starts_at(), new.range.ends_at() + space.buffer())?;
    let pending = space.row.needs_approval && !viewer.is_manager();
    Ok(Checked {
        space,
        structure,
        held,
        pending,
    })
}

/// What booking `new` would cost and whether it would wait for approval, without booking it.
/// The same refusals as [`create`], a taken slot included.
pub async fn preview(
    db: &Db,
    viewer: &Viewer,
    new: &NewBooking,
    now: DateTime<Utc>,
) -> Result<BookingPreview, AppError> {
    let checked = check_request(db, viewer, new, now).await?;
    if slot_taken(db.read(), checked.space.row.id, checked.held, None).await? {
        return Err(AppError::Conflict("booking.overlap".into()));
    }
    let (customer_kind, quote) = price::price(
        db.read(),
        &checked.space,
        checked.structure.as_ref(),
        new.range,
    )
    .await?;
    Ok(BookingPreview {
        space_id: checked.space.row.id,
        space_name: checked.space.row.name.clone(),
        slot: new.range.into(),
        customer_kind,
        quote,
        needs_approval: checked.pending,
    })
}

/// Books `new` for its customer. Confirmed at once, or pending when the space needs a
/// manager's approval and the booker is not one. `Conflict("booking.overlap")` when the slot is
/// taken, whoever wins a race: the database has the last word.
pub async fn create(
    db: &Db,
    viewer: &Viewer,
    new: NewBooking,
    now: DateTime<Utc>,
) -> Result<BookingView, AppError> {
    let Checked {
        space,
        structure,
        held,
        pending,
    } = check_request(db, viewer, &new, now).await?;
    let (status, hold) = if pending {
        let hold = now + Duration::minutes(space.row.hold_minutes.into());
        (BookingStatus::Pending, Some(hold))
    } else {
        (BookingStatus::Confirmed, None)
    };
    let txn = db.begin_write().await?;
    expire_holds(&txn, space.row.id, now).await?;
    if slot_taken(&txn, space.row.id, held, None).await? {
        return Err(AppError::Conflict("booking.overlap".into()));
    }
    let (customer_kind, quote) = price::price(&txn, &space, structure.as_ref(), new.range).await?;
    let (customer_name, customer_email) = match new.customer {
        BookingFor::Outsider { name, email } => (Some(name), Some(email)),
        BookingFor::Structure(_) => (None, None),
    };
    let row = booking::ActiveModel {
        space_id: Set(space.row.id),
        structure_id: Set(structure.as_ref().map(|s| s.id)),
        customer_name: Set(customer_name),
        customer_email: Set(customer_email),
        booked_by: Set(Some(viewer.id)),
        title: Set(new.title),
        attendees: Set(i32::try_from(new.attendees).unwrap_or(i32::MAX)),
        starts_at: Set(new.range.starts_at()),
        ends_at: Set(new.range.ends_at()),
        held_until: Set(held.ends_at()),
        status: Set(status.as_str().to_owned()),
        hold_expires_at: Set(hold),
        customer_kind: Set(customer_kind.as_str().to_owned()),
        price_cents: Set(quote.total.cents()),
        included_minutes: Set(i32::try_from(quote.included_minutes).unwrap_or(0)),
        cancel_fee_cents: Set(0),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    view::view(db.read(), row).await
}
