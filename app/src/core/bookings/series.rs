//! Repeating bookings: every date of a series is checked and priced in one write transaction,
//! as it would be booked; the dates in the way are listed, and the series is booked only when
//! the booker has dropped them. Each date is then an ordinary booking, cancelled or moved alone.
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::checks::{Checked, check_request, check_rules, insert};
use super::read::see;
use super::slot::expire_holds;
use super::{cancel, view};
use crate::core::Db;
use crate::core::entities::{booking, booking_series};
use crate::domain::recurrence::{SeriesDate, SeriesPlan, occurrences};
use crate::domain::time::paris_day;
use crate::domain::{AppError, BookingStatus, BookingView, Money, NewBooking, Slot, Viewer};

/// Walks the dates of the series in a write transaction, booking each one that is free and
/// within the rules, and commits only when `commit` holds the base URL of the mail's links and
/// no date is in the way but the `skip` ones; the booker is then mailed the dates. The plan
/// says what happened, or would happen, to each date.
async fn walk(
    db: &Db,
    viewer: &Viewer,
    new: &NewBooking,
    rule: &str,
    skip: &[NaiveDate],
    commit: Option<&str>,
    now: DateTime<Utc>,
) -> Result<SeriesPlan, AppError> {
    let dates = occurrences(new.range, rule)?;
    let checked: Checked = check_request(db, viewer, new).await?;
    let space_id = checked.space.row.id;
    let txn = db.begin_write().await?;
    expire_holds(&txn, space_id, now).await?;
    let series = booking_series::ActiveModel {
        space_id: Set(space_id),
        structure_id: Set(checked.structure.as_ref().map(|s| s.id)),
        rule: Set(rule.trim().trim_start_matches("RRULE:").to_owned()),
        first_starts_at: Set(new.range.starts_at()),
        created_by: Set(Some(viewer.id)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let mut planned = Vec::with_capacity(dates.len());
    let mut inserted = Vec::new();
    for range in dates {
        let skipped = skip.contains(&paris_day(range.starts_at()));
        let mut date = SeriesDate {
            slot: Slot::from(range),
            problem: None,
            price_cents: Money::default(),
            skipped,
            booking_id: None,
        };
        match check_rules(&checked.space, range, now) {
            Err(AppError::Invalid(fields)) => {
                date.problem = fields.into_iter().next().map(|f| f.message);
            }
            Err(other) => return Err(other),
            Ok(_) if skipped => {}
            Ok(held) => {
                let booked = insert(
                    &txn,
                    viewer,
                    &checked,
                    new,
                    (range, held),
                    Some(series.id),
                    now,
                )
                .await?;
                if let Some(row) = booked {
                    date.price_cents = Money::from_cents(row.price_cents);
                    date.booking_id = Some(row.id);
                    inserted.push(row);
                } else {
                    date.problem = Some(AppError::overlap().detail_key());
                }
            }
        }
        planned.push(date);
    }
    let plan = SeriesPlan {
        series_id: None,
        space_id,
        space_name: checked.space.row.name.clone(),
        rule: series.rule.clone(),
        needs_approval: checked.pending,
        dates: planned,
    };
    let in_the_way = plan.in_the_way();
    let Some(base_url) = commit.filter(|_| in_the_way == 0 && !inserted.is_empty()) else {
        txn.rollback().await?;
        if commit.is_some() && in_the_way > 0 {
            return Err(AppError::Conflict(format!(
                "booking.series_conflict|count={in_the_way}"
            )));
        }
        if commit.is_some() {
            return Err(AppError::invalid("skip", "recurrence.nothing_left"));
        }
        let mut plan = plan;
        for date in &mut plan.dates {
            date.booking_id = None;
        }
        return Ok(plan);
    };
    let seen = view::views(&txn, inserted.clone()).await?;
    super::notify::confirmed(
        &txn,
        viewer,
        &checked.space.row,
        &inserted,
        &seen,
        base_url,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(SeriesPlan {
        series_id: Some(series.id),
        ..plan
    })
}

/// Every date of the series `new` starts, by `rule`, with what stands in the way of each and
/// the price of the others, as booking them now would give. Nothing is booked.
pub async fn plan_series(
    db: &Db,
    viewer: &Viewer,
    new: &NewBooking,
    rule: &str,
    now: DateTime<Utc>,
) -> Result<SeriesPlan, AppError> {
    walk(db, viewer, new, rule, &[], None, now).await
}

/// Books every date of the series but the `skip` ones (Paris days), all or nothing.
/// `Conflict("booking.series_conflict|count=N")` when N other dates are taken or break a rule:
/// [`plan_series`] lists them. The booker is mailed the dates, with an `.ics` invitation.
pub async fn create_series(
    db: &Db,
    viewer: &Viewer,
    new: &NewBooking,
    rule: &str,
    skip: &[NaiveDate],
    now: DateTime<Utc>,
    base_url: &str,
) -> Result<SeriesPlan, AppError> {
    walk(db, viewer, new, rule, skip, Some(base_url), now).await
}

/// Cancels the coming dates of series `id` (those still holding their slot), each by the
/// space's cancellation policy; past dates stay as they were.
pub async fn cancel_series(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    now: DateTime<Utc>,
) -> Result<Vec<BookingView>, AppError> {
    let series = booking_series::Entity::find_by_id(id)
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = booking::Entity::find()
        .filter(booking::Column::SeriesId.eq(series.id))
        .filter(booking::Column::StartsAt.gt(now))
        .filter(booking::Column::Status.is_in([
            BookingStatus::Pending.as_str(),
            BookingStatus::Confirmed.as_str(),
        ]))
        .order_by_asc(booking::Column::StartsAt)
        .all(db.read())
        .await?;
    match (series.structure_id, rows.first()) {
        (_, Some(row)) => see(viewer, row)?,
        (Some(structure), None) => crate::core::access::see_structure(viewer, structure)?,
        (None, None) => crate::core::access::manager(viewer)?,
    }
    let txn = db.begin_write().await?;
    let mut cancelled = Vec::with_capacity(rows.len());
    for row in rows {
        cancelled.push(cancel::cancel_row(&txn, viewer, row, now).await?);
    }
    txn.commit().await?;
    view::views(db.read(), cancelled).await
}
