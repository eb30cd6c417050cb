//! A place in line: joining it, seeing one's places, leaving it.
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::core::Db;
use crate::core::bookings::checks::{check_request, check_rules};
use crate::core::bookings::slot::slot_taken;
use crate::core::entities::{booking_wait, space};
use crate::domain::{AppError, BookingFor, NewBooking, Viewer, WaitStatus, WaitView};

/// The places still in line: waiting, or offered the slot now.
pub(super) const IN_LINE: [&str; 2] = [WaitStatus::Waiting.as_str(), WaitStatus::Offered.as_str()];

/// A place as its person sees it.
pub(super) fn to_view(row: booking_wait::Model, space_name: String) -> WaitView {
    WaitView {
        id: row.id,
        space_id: row.space_id,
        space_name,
        title: row.title,
        starts_at: row.starts_at,
        ends_at: row.ends_at,
        offered: row.status == WaitStatus::Offered.as_str(),
        offer_expires_at: row.offer_expires_at,
    }
}

/// The name of space `id`.
pub(super) async fn space_name(conn: &impl ConnectionTrait, id: i32) -> Result<String, AppError> {
    Ok(space::Entity::find_by_id(id)
        .one(conn)
        .await?
        .map(|s| s.name)
        .unwrap_or_default())
}

/// Puts `viewer` in line for `new`'s slot, which must be taken (and otherwise bookable).
/// `Conflict("waitlist.slot_free")` when it is free: book it instead.
pub async fn join(
    db: &Db,
    viewer: &Viewer,
    new: &NewBooking,
    now: DateTime<Utc>,
) -> Result<WaitView, AppError> {
    let BookingFor::Structure(structure_id) = new.customer else {
        return Err(AppError::invalid(
            "structure_id",
            "booking.structure_missing",
        ));
    };
    let checked = check_request(db, viewer, new).await?;
    let held = check_rules(&checked.space, new.range, now)?;
    let space_id = checked.space.row.id;
    if !slot_taken(db.read(), space_id, held, None, now).await? {
        return Err(AppError::Conflict("waitlist.slot_free".into()));
    }
    let already = booking_wait::Entity::find()
        .filter(booking_wait::Column::AccountId.eq(viewer.id))
        .filter(booking_wait::Column::SpaceId.eq(space_id))
        .filter(booking_wait::Column::StartsAt.eq(new.range.starts_at()))
        .filter(booking_wait::Column::EndsAt.eq(new.range.ends_at()))
        .filter(booking_wait::Column::Status.is_in(IN_LINE))
        .one(db.read())
        .await?;
    if already.is_some() {
        return Err(AppError::Conflict("waitlist.already".into()));
    }
    let row = booking_wait::ActiveModel {
        space_id: Set(space_id),
        structure_id: Set(structure_id),
        account_id: Set(viewer.id),
        title: Set(new.title.clone()),
        attendees: Set(i32::try_from(new.attendees).unwrap_or(1)),
        starts_at: Set(new.range.starts_at()),
        ends_at: Set(new.range.ends_at()),
        held_until: Set(held.ends_at()),
        status: Set(WaitStatus::Waiting.as_str().to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    Ok(to_view(row, checked.space.row.name.clone()))
}

/// `viewer`'s places in line still to come, soonest first.
pub async fn mine(db: &Db, viewer: &Viewer, now: DateTime<Utc>) -> Result<Vec<WaitView>, AppError> {
    let rows = booking_wait::Entity::find()
        .filter(booking_wait::Column::AccountId.eq(viewer.id))
        .filter(booking_wait::Column::Status.is_in(IN_LINE))
        .filter(booking_wait::Column::StartsAt.gt(now))
        .order_by_asc(booking_wait::Column::StartsAt)
        .all(db.read())
        .await?;
    let mut views = Vec::with_capacity(rows.len());
    for row in rows {
        let name = space_name(db.read(), row.space_id).await?;
        views.push(to_view(row, name));
    }
    Ok(views)
}

/// Leaves the line (and lets an offer go).
pub async fn withdraw(db: &Db, viewer: &Viewer, id: i32) -> Result<(), AppError> {
    let done = booking_wait::Entity::update_many()
        .col_expr(
            booking_wait::Column::Status,
            Expr::value(WaitStatus::Withdrawn.as_str()),
        )
        .filter(booking_wait::Column::Id.eq(id))
        .filter(booking_wait::Column::AccountId.eq(viewer.id))
        .filter(booking_wait::Column::Status.is_in(IN_LINE))
        .exec(db.write())
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}
