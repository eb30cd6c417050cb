//! The price of a booking for its customer: the space's rates for that kind of customer, the
//! structure's included meeting-room time still left this month, its solidarity discount.
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Func, Query, QueryStatementBuilder};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, QueryTrait};

use super::space::{Bookable, paris_month};
use crate::core::entities::{booking, lease, structure};
use crate::core::spaces::word;
use crate::domain::pricing::{PriceError, Quote, quote};
use crate::domain::{AppError, BookingStatus, CustomerKind, SpaceKind, TimeRange};

/// The start of a Paris calendar day, as an instant.
pub fn paris_midnight(date: chrono::NaiveDate) -> DateTime<Utc> {
    crate::domain::time::paris_instant(date.and_time(chrono::NaiveTime::MIN))
}

/// A sum of `column` over the rows `query` selects, as a column of another query (never null).
fn sum_of(query: sea_orm::Select<impl EntityTrait>, column: impl ColumnTrait) -> Expr {
    let sum = query
        .select_only()
        .expr(Func::coalesce([
            Func::sum(Expr::col(column)).into(),
            Expr::val(0),
        ]))
        .into_query();
    Expr::SubQuery(None, Box::new(sum.into_sub_query_statement()))
}

/// Meeting-room minutes `structure` has left in the Paris month of `at`: what it and its
/// leases signed and live on the month's first day grant, less what its bookings holding a
/// slot that month used. One query, run in the booking's transaction.
async fn included_left(
    conn: &impl ConnectionTrait,
    structure: &structure::Model,
    at: DateTime<Utc>,
) -> Result<i64, AppError> {
    let (first, next) = paris_month(at);
    let granted = sum_of(
        lease::Entity::find()
            .filter(lease::Column::StructureId.eq(structure.id))
            .filter(crate::core::leases::live_on(first)),
        lease::Column::IncludedMinutesPerMonth,
    );
    let used = sum_of(
        booking::Entity::find()
            .filter(booking::Column::StructureId.eq(structure.id))
            // Written out, not bound, so that both engines see it is the partial index's
            // condition (migration 000014) and read only the bookings that used included time.
            .filter(Expr::cust("included_minutes > 0"))
            .filter(booking::Column::Status.is_in([
                BookingStatus::Pending.as_str(),
                BookingStatus::Confirmed.as_str(),
            ]))
            .filter(booking::Column::StartsAt.gte(paris_midnight(first)))
            .filter(booking::Column::StartsAt.lt(paris_midnight(next))),
        booking::Column::IncludedMinutes,
    );
    let both = Query::select()
        .expr_as(granted, "granted")
        .expr_as(used, "used")
        .to_owned();
    let row = conn
        .query_one_raw(conn.get_database_backend().build(&both))
        .await?
        .ok_or(AppError::Internal)?;
    let granted =
        i64::from(structure.included_minutes_per_month) + row.try_get::<i64>("", "granted")?;
    let used: i64 = row.try_get("", "used")?;
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
