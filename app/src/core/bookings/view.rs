//! From stored bookings to the views the API and the pages show, in batches.
use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::core::entities::{account, booking, space};
use crate::core::spaces::word;
use crate::domain::{AppError, BookingView, Money};

/// The views of `rows`, in the same order, with names read in three queries.
pub async fn views(
    conn: &impl ConnectionTrait,
    rows: Vec<booking::Model>,
) -> Result<Vec<BookingView>, AppError> {
    let ids = |f: fn(&booking::Model) -> Option<i32>| {
        let mut ids: Vec<i32> = rows.iter().filter_map(f).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let spaces: HashMap<i32, space::Model> = space::Entity::find()
        .filter(space::Column::Id.is_in(ids(|b| Some(b.space_id))))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let structures = crate::core::structures::names(conn, ids(|b| b.structure_id)).await?;
    let people: HashMap<i32, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(ids(|b| b.cancelled_by)))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| (a.id, a.display_name))
        .collect();
    rows.into_iter()
        .map(|row| {
            let space = spaces.get(&row.space_id).ok_or(AppError::Internal)?;
            let customer_name = match (row.structure_id, &row.customer_name) {
                (Some(id), _) => structures.get(&id).cloned().unwrap_or_default(),
                (None, Some(name)) => name.clone(),
                (None, None) => String::new(),
            };
            let cancelled_by = row.cancelled_by.and_then(|id| people.get(&id).cloned());
            seen(row, space, customer_name, cancelled_by)
        })
        .collect()
}

/// The view of `row`, of `space`, for the customer named `customer_name`, cancelled by the
/// person named `cancelled_by` if it was.
pub fn seen(
    row: booking::Model,
    space: &space::Model,
    customer_name: String,
    cancelled_by: Option<String>,
) -> Result<BookingView, AppError> {
    Ok(BookingView {
        id: row.id,
        space_id: row.space_id,
        space_name: space.name.clone(),
        space_code: space.code.clone(),
        structure_id: row.structure_id,
        customer_name,
        customer_kind: word(&row.customer_kind, "bookings.customer_kind")?,
        title: row.title,
        attendees: u32::try_from(row.attendees).unwrap_or(1),
        starts_at: row.starts_at,
        ends_at: row.ends_at,
        status: word(&row.status, "bookings.status")?,
        price_cents: Money::from_cents(row.price_cents),
        included_minutes: row.included_minutes,
        hold_expires_at: row.hold_expires_at,
        cancel_fee_cents: Money::from_cents(row.cancel_fee_cents),
        created_at: row.created_at,
        cancelled_at: row.cancelled_at,
        cancelled_by,
        decision_reason: row.decision_reason,
        series_id: row.series_id,
    })
}

/// The view of one row.
pub async fn view(
    conn: &impl ConnectionTrait,
    row: booking::Model,
) -> Result<BookingView, AppError> {
    views(conn, vec![row])
        .await?
        .pop()
        .ok_or(AppError::Internal)
}
