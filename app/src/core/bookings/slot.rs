//! Whether a slot is free: the bookings and waiting-list offers that hold it, and the pending
//! requests whose hold ran out.
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, SelectStatement, UnionType};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, QueryTrait,
};

use crate::core::entities::{booking, booking_wait};
use crate::domain::rules::LONGEST_HOLD;
use crate::domain::{AppError, BookingStatus, TimeRange, WaitStatus};

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
        .filter(booking_wait::Column::Status.eq(WaitStatus::Offered.as_str()))
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
