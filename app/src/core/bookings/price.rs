//! The price of a booking for its customer: the space's rates for that kind of customer, the
//! structure's included meeting-room time still left this month, its solidarity discount.
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Func, Query, QueryStatementBuilder};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, QueryTrait};

use super::space::Bookable;
use crate::core::entities::{booking, lease, structure};
use crate::core::spaces::word;
use crate::domain::pricing::{PriceError, Quote, quote};
use crate::domain::time::{paris_midnight, paris_month};
use crate::domain::{AppError, BookingStatus, CustomerKind, SpaceKind, TimeRange};

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

/// The two sums that tell the meeting-room minutes `structure` has left in the Paris month of
/// `at`, as columns of one query: `granted`, what its leases signed and live on the month's
/// first day grant (its own monthly minutes aside), and `used`, what its bookings holding a
/// slot that month used, booking `except` aside.
fn included_sums(
    structure: &structure::Model,
    at: DateTime<Utc>,
    except: Option<i32>,
) -> [Expr; 2] {
    let (first, next) = paris_month(at);
    let granted = sum_of(
        lease::Entity::find()
            .filter(lease::Column::StructureId.eq(structure.id))
            .filter(crate::core::leases::live_on(first)),
        lease::Column::IncludedMinutesPerMonth,
    );
    let mut bookings = booking::Entity::find()
        .filter(booking::Column::StructureId.eq(structure.id))
        // Written out, not bound, so that both engines see it is the partial index's
        // condition (migration 000014) and read only the bookings that used included time.
        .filter(Expr::cust("included_minutes > 0"))
        .filter(booking::Column::Status.is_in([
            BookingStatus::Pending.as_str(),
            BookingStatus::Confirmed.as_str(),
        ]))
        .filter(booking::Column::StartsAt.gte(paris_midnight(first)))
        .filter(booking::Column::StartsAt.lt(paris_midnight(next)));
    if let Some(id) = except {
        bookings = bookings.filter(booking::Column::Id.ne(id));
    }
    [granted, sum_of(bookings, booking::Column::IncludedMinutes)]
}

/// Checks that `held` (the slot of `range`, buffer included) is free on `space`, booking
/// `except` aside, and gives the quote for `range` for `structure` or (when none) an outside
/// customer; none when the slot is taken. One query, whose included time is what is left when
/// it runs: inside the booking's write transaction, it is exact.
pub async fn free_and_priced(
    conn: &impl ConnectionTrait,
    space: &Bookable,
    structure: Option<&structure::Model>,
    (range, held): (TimeRange, TimeRange),
    except: Option<i32>,
    now: DateTime<Utc>,
) -> Result<Option<(CustomerKind, Quote)>, AppError> {
    let mut query = Query::select();
    query.expr_as(
        Expr::exists(super::slot::holders(space.row.id, held, except, now)),
        "taken",
    );
    // Only meeting rooms spend included time.
    let included_of = structure.filter(|_| space.kind == SpaceKind::MeetingRoom);
    if let Some(s) = included_of {
        let [granted, used] = included_sums(s, range.starts_at(), except);
        query.expr_as(granted, "granted").expr_as(used, "used");
    }
    let row = conn
        .query_one_raw(conn.get_database_backend().build(&query))
        .await?
        .ok_or(AppError::Internal)?;
    if row.try_get::<bool>("", "taken")? {
        return Ok(None);
    }
    let included = match included_of {
        Some(s) => {
            let granted =
                i64::from(s.included_minutes_per_month) + row.try_get::<i64>("", "granted")?;
            (granted - row.try_get::<i64>("", "used")?).max(0)
        }
        None => 0,
    };
    let (customer, discount) = match structure {
        Some(s) => (
            word(&s.customer_kind, "structures.customer_kind")?,
            u8::try_from(s.discount_percent.clamp(0, 100)).unwrap_or(0),
        ),
        None => (CustomerKind::Outsider, 0),
    };
    let card = space.rate_card(customer);
    let quote =
        quote(&card, &range.paris_day_minutes(), included, discount).map_err(|e| match e {
            PriceError::NoRate => AppError::invalid("space_id", "booking.no_rate"),
            PriceError::Invalid => AppError::Internal,
        })?;
    Ok(Some((customer, quote)))
}
