//! Booking a space: the rules, the price, then the check and the insert under one writer.
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, SelectStatement, UnionType};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, EntityTrait,
    QueryFilter, QuerySelect, QueryTrait, Set,
};

use super::price;
use super::space::Bookable;
use crate::core::entities::{booking, booking_wait, structure};
use crate::core::{Db, access};
use crate::domain::rules::{LONGEST_HOLD, check};
use crate::domain::{
    AppError, BookingFor, BookingPreview, BookingStatus, BookingView, NewBooking, SpaceKind,
    StructureStatus, TimeRange, Viewer,
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

/// The bookings holding their slot, and the waiting-list offers still running at `now`, that
/// overlap `held` (buffers included) on `space_id`; booking `except` does not count.
pub(super) fn holders(
    space_id: i32,
    held: TimeRange,
    except: Option<i32>,
    now: DateTime<Utc>,
) -> SelectStatement {
    // A pending request holds its slot until its hold runs out, whether or not it has been
    // marked expired yet.
    let holding = Condition::any()
        .add(booking::Column::Status.eq(BookingStatus::Confirmed.as_str()))
        .add(
            Condition::all()
                .add(booking::Column::Status.eq(BookingStatus::Pending.as_str()))
                .add(booking::Column::HoldExpiresAt.gte(now)),
        );
    let mut bookings = booking::Entity::find()
        .select_only()
        .column(booking::Column::Id)
        .filter(booking::Column::SpaceId.eq(space_id))
        .filter(holding)
        .filter(booking::Column::StartsAt.gt(held.starts_at() - LONGEST_HOLD))
        .filter(booking::Column::StartsAt.lt(held.ends_at()))
        .filter(booking::Column::HeldUntil.gt(held.starts_at()));
    if let Some(id) = except {
        bookings = bookings.filter(booking::Column::Id.ne(id));
    }
    let offers = booking_wait::Entity::find()
        .select_only()
        .column(booking_wait::Column::Id)
        .filter(booking_wait::Column::SpaceId.eq(space_id))
        .filter(booking_wait::Column::Status.eq(super::waitlist::OFFERED))
        .filter(booking_wait::Column::OfferExpiresAt.gt(now))
        .filter(booking_wait::Column::StartsAt.gt(held.starts_at() - LONGEST_HOLD))
        .filter(booking_wait::Column::StartsAt.lt(held.ends_at()))
        .filter(booking_wait::Column::HeldUntil.gt(held.starts_at()));
    let mut both = bookings.into_query();
    both.union(UnionType::All, offers.into_query());
    both
}

/// Whether a booking or an offer is in the way of `held` on `space_id` ([`holders`]).
pub(super) async fn slot_taken(
    conn: &impl ConnectionTrait,
    space_id: i32,
    held: TimeRange,
    except: Option<i32>,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    // Both in one round trip: whatever answers first is in the way.
    let statement = conn
        .get_database_backend()
        .build(&holders(space_id, held, except, now));
    Ok(conn.query_one_raw(statement).await?.is_some())
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
        let day = super::paris_day(new.range.starts_at());
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

/// What booking `new` would cost and whether it would wait for approval, without booking it.
/// The same refusals as [`create`], a taken slot included.
pub async fn preview(
    db: &Db,
    viewer: &Viewer,
    new: &NewBooking,
    now: DateTime<Utc>,
) -> Result<BookingPreview, AppError> {
    let checked = check_request(db, viewer, new).await?;
    let held = check_rules(&checked.space, new.range, now)?;
    let (customer_kind, quote) = price::free_and_priced(
        db.read(),
        &checked.space,
        checked.structure.as_ref(),
        (new.range, held),
        None,
        now,
    )
    .await?
    .ok_or_else(AppError::overlap)?;
    Ok(BookingPreview {
        space_id: checked.space.row.id,
        space_name: checked.space.row.name.clone(),
        slot: new.range.into(),
        customer_kind,
        quote,
        needs_approval: checked.pending,
    })
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

/// Books `new` for its customer. Confirmed at once, or pending when the space needs a
/// manager's approval and the booker is not one. `Conflict("booking.overlap")` when the slot is
/// taken, whoever wins a race: the database has the last word. A confirmed booking is mailed to
/// the booker with its `.ics` invitation; links in the mail start with `base_url`.
pub async fn create(
    db: &Db,
    viewer: &Viewer,
    new: NewBooking,
    now: DateTime<Utc>,
    base_url: &str,
) -> Result<BookingView, AppError> {
    let checked = check_request(db, viewer, &new).await?;
    let held = check_rules(&checked.space, new.range, now)?;
    let (viewer, base_url) = (viewer.clone(), base_url.to_owned());
    db.change(Box::new(move |txn| {
        Box::pin(async move {
            // Only pending requests clash with pending ones in the database, so only they need
            // the requests whose hold ran out marked first; a confirmed booking's check looks
            // past them.
            if checked.pending {
                expire_holds(txn, checked.space.row.id, now).await?;
            }
            let row = insert(txn, &viewer, &checked, &new, (new.range, held), None, now)
                .await?
                .ok_or_else(AppError::overlap)?;
            super::notify::booked(txn, &viewer, row, &checked, &base_url, now).await
        })
    }))
    .await
}
