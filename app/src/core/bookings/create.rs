//! Booking a space: the rules, the price, then the check and the insert under one writer.
use chrono::{DateTime, Utc};

use super::checks::{check_request, check_rules, insert};
use super::price;
use super::slot::expire_holds;
use crate::core::Db;
use crate::domain::{AppError, BookingPreview, BookingView, NewBooking, Viewer};

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
