//! The price of a booking for its customer: the space's rates for that kind of customer, the
//! structure's included meeting-room time still left this month, its solidarity discount.
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use super::space::{Bookable, paris_month};
use crate::core::entities::{booking, lease, structure};
use crate::core::spaces::word;
use crate::domain::pricing::{PriceError, Quote, quote};
use crate::domain::{AppError, BookingStatus, CustomerKind, SpaceKind, TimeRange};

/// The start of a Paris calendar day, as an instant.
pub fn paris_midnight(date: chrono::NaiveDate) -> DateTime<Utc> {
    crate::domain::time::paris_instant(date.and_time(chrono::NaiveTime::MIN))
}

/// The meeting-room minutes a month granted by the leases of structure `id` that are signed
/// and cover the month's first day.
async fn lease_grants(
    conn: &impl ConnectionTrait,
    id: i32,
    first: chrono::NaiveDate,
) -> Result<i64, AppError> {
    let grants: Vec<i32> = lease::Entity::find()
        .select_only()
        .column(lease::Column::IncludedMinutesPerMonth)
        .filter(lease::Column::StructureId.eq(id))
        .filter(crate::core::leases::live_on(first))
        .into_tuple()
        .all(conn)
        .await?;
    Ok(grants.into_iter().map(i64::from).sum())
}

/// Meeting-room minutes `structure` has left in the Paris month of `at`.
async fn included_left(
    conn: &impl ConnectionTrait,
    structure: &structure::Model,
    at: DateTime<Utc>,
) -> Result<i64, AppError> {
    let (first, next) = paris_month(at);
    let granted = i64::from(structure.included_minutes_per_month)
        + lease_grants(conn, structure.id, first).await?;
    if granted <= 0 {
        return Ok(0);
    }
    let used: Vec<i32> = booking::Entity::find()
        .select_only()
        .column(booking::Column::IncludedMinutes)
        .filter(booking::Column::StructureId.eq(structure.id))
        .filter(booking::Column::Status.is_in([
            BookingStatus::Pending.as_str(),
            BookingStatus::Confirmed.as_str(),
        ]))
        .filter(booking::Column::StartsAt.gte(paris_midnight(first)))
        .filter(booking::Column::StartsAt.lt(paris_midnight(next)))
        .into_tuple()
        .all(conn)
        .await?;
    let used: i64 = used.into_iter().map(i64::from).sum();
    Ok((granted - used).max(0))
}

/// The quote for `range` of `space`, for `structure` or (when none) an outside customer.
pub async fn price(
    conn: &impl ConnectionTrait,
    space: &Bookable,
    structure: Option<&structure::Model>,
    range: TimeRange,
) -> Result<(CustomerKind, Quote), AppError> {
    let (customer, included, discount) = match structure {
        Some(s) => {
            let customer: CustomerKind = word(&s.customer_kind, "structures.customer_kind")?;
            let included = if space.kind == SpaceKind::MeetingRoom {
                included_left(conn, s, range.starts_at()).await?
            } else {
                0
            };
            let discount = u8::try_from(s.discount_percent.clamp(0, 100)).unwrap_or(0);
            (customer, included, discount)
        }
        None => (CustomerKind::Outsider, 0, 0),
    };
    let card = space.rate_card(customer);
    let quote =
        quote(&card, &range.paris_day_minutes(), included, discount).map_err(|e| match e {
            PriceError::NoRate => AppError::invalid("space_id", "booking.no_rate"),
            PriceError::Invalid => AppError::Internal,
        })?;
    Ok((customer, quote))
}
