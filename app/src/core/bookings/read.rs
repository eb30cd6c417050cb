//! Reading bookings: one, a structure's list, and when a space is busy.
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::view;
use crate::core::entities::{booking, booking_wait};
use crate::core::{Db, access};
use crate::domain::availability::merge;
use crate::domain::rules::LONGEST_HOLD;
use crate::domain::{
    AppError, Availability, BookingQuery, BookingStatus, BookingView, Slot, TimeRange, Viewer,
    WaitStatus,
};

/// The longest range one availability or list query covers.
pub const MAX_QUERY_DAYS: i64 = 93;

/// Who may see a booking: members of its structure and managers; to others it does not exist.
pub(super) fn see(viewer: &Viewer, row: &booking::Model) -> Result<(), AppError> {
    match row.structure_id {
        Some(id) => access::see_structure(viewer, id),
        None if viewer.is_manager() => Ok(()),
        None => Err(AppError::NotFound),
    }
}

/// Booking `id`, for its structure's members and managers.
pub async fn get(db: &Db, viewer: &Viewer, id: i32) -> Result<BookingView, AppError> {
    let row = booking::Entity::find_by_id(id)
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    see(viewer, &row)?;
    view::view(db.read(), row).await
}

/// A range from two optional instants; each end defaults around `now`.
fn query_range(query: &BookingQuery, now: DateTime<Utc>) -> Result<TimeRange, AppError> {
    let from = query.from.as_deref().filter(|v| !v.trim().is_empty());
    let to = query.to.as_deref().filter(|v| !v.trim().is_empty());
    let default_from = (now - Duration::days(30)).to_rfc3339();
    let range = TimeRange::parse(
        from.unwrap_or(&default_from),
        to.unwrap_or(&(now + Duration::days(60)).to_rfc3339()),
        "from",
        "to",
    )?;
    if range.ends_at() - range.starts_at() > Duration::days(MAX_QUERY_DAYS * 4) {
        return Err(AppError::invalid("to", "booking.range_too_long"));
    }
    Ok(range)
}

/// The bookings of a structure (or, with none given, of every structure the viewer may see),
/// overlapping the query's range, by start.
pub async fn list(
    db: &Db,
    viewer: &Viewer,
    query: &BookingQuery,
    now: DateTime<Utc>,
) -> Result<Vec<BookingView>, AppError> {
    let structure = match query.structure_id.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(raw) => Some(
            raw.parse::<i32>()
                .map_err(|_| AppError::invalid("structure_id", "booking.structure_invalid"))?,
        ),
    };
    let range = query_range(query, now)?;
    let mut select = booking::Entity::find()
        .filter(booking::Column::StartsAt.lt(range.ends_at()))
        .filter(booking::Column::EndsAt.gt(range.starts_at()));
    select = match structure {
        Some(id) => {
            access::see_structure(viewer, id)?;
            select.filter(booking::Column::StructureId.eq(id))
        }
        None if viewer.is_manager() => select,
        None => select
            .filter(booking::Column::StructureId.is_in(viewer.structures.iter().map(|s| s.id))),
    };
    let rows = select
        .order_by_asc(booking::Column::StartsAt)
        .order_by_asc(booking::Column::Id)
        .limit(2000)
        .all(db.read())
        .await?;
    view::views(db.read(), rows).await
}

/// When space `space_id` is taken within `range`: the held stretches of its confirmed bookings
/// and live pending requests, merged, without who holds them.
pub async fn availability(
    db: &Db,
    space_id: i32,
    range: TimeRange,
    now: DateTime<Utc>,
) -> Result<Availability, AppError> {
    if range.ends_at() - range.starts_at() > Duration::days(MAX_QUERY_DAYS) {
        return Err(AppError::invalid("to", "booking.range_too_long"));
    }
    super::space::Bookable::load(db.read(), space_id).await?;
    let busy = busy(db, &[space_id], range, now).await?;
    Ok(Availability {
        busy: busy.into_iter().map(|(_, r)| Slot::from(r)).collect(),
    })
}

/// A booking as availability reads it: space, status, start, held until, hold expiry.
type HeldRow = (
    i32,
    String,
    DateTime<Utc>,
    DateTime<Utc>,
    Option<DateTime<Utc>>,
);

/// The merged held ranges of `spaces` within `range`, as `(space_id, range)` pairs by space.
pub async fn busy(
    db: &Db,
    spaces: &[i32],
    range: TimeRange,
    now: DateTime<Utc>,
) -> Result<Vec<(i32, TimeRange)>, AppError> {
    let rows: Vec<HeldRow> = booking::Entity::find()
        .select_only()
        .column(booking::Column::SpaceId)
        .column(booking::Column::Status)
        .column(booking::Column::StartsAt)
        .column(booking::Column::HeldUntil)
        .column(booking::Column::HoldExpiresAt)
        .filter(booking::Column::SpaceId.is_in(spaces.iter().copied()))
        .filter(booking::Column::Status.is_in([
            BookingStatus::Pending.as_str(),
            BookingStatus::Confirmed.as_str(),
        ]))
        .filter(booking::Column::StartsAt.gt(range.starts_at() - LONGEST_HOLD))
        .filter(booking::Column::StartsAt.lt(range.ends_at()))
        .filter(booking::Column::HeldUntil.gt(range.starts_at()))
        .order_by_asc(booking::Column::SpaceId)
        .order_by_asc(booking::Column::StartsAt)
        .into_tuple()
        .all(db.read())
        .await?;
    let mut by_space: std::collections::BTreeMap<i32, Vec<TimeRange>> = Default::default();
    for (space, status, starts, held, hold) in rows {
        let live = status == BookingStatus::Confirmed.as_str() || hold.is_some_and(|h| h >= now);
        if let (true, Ok(r)) = (live, TimeRange::new(starts, held)) {
            by_space.entry(space).or_default().push(r);
        }
    }
    // A slot offered to the first in a waiting list is held for them meanwhile.
    let offers: Vec<(i32, DateTime<Utc>, DateTime<Utc>)> = booking_wait::Entity::find()
        .select_only()
        .column(booking_wait::Column::SpaceId)
        .column(booking_wait::Column::StartsAt)
        .column(booking_wait::Column::HeldUntil)
        .filter(booking_wait::Column::SpaceId.is_in(spaces.iter().copied()))
        .filter(booking_wait::Column::Status.eq(WaitStatus::Offered.as_str()))
        .filter(booking_wait::Column::OfferExpiresAt.gt(now))
        .filter(booking_wait::Column::StartsAt.gt(range.starts_at() - LONGEST_HOLD))
        .filter(booking_wait::Column::StartsAt.lt(range.ends_at()))
        .filter(booking_wait::Column::HeldUntil.gt(range.starts_at()))
        .into_tuple()
        .all(db.read())
        .await?;
    for (space, starts, held) in offers {
        if let Ok(r) = TimeRange::new(starts, held) {
            by_space.entry(space).or_default().push(r);
        }
    }
    Ok(by_space
        .into_iter()
        .flat_map(|(space, ranges)| merge(ranges).into_iter().map(move |r| (space, r)))
        .collect())
}
