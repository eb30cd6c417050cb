//! A market's days as its managers change them: one day cancelled or moved (or restored), its
//! producers, and who comes which day.
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, Set,
};

use super::calendar::series;
use super::markets::market_row;
use crate::core::entities::{event, event_exception, producer, roster_entry};
use crate::core::{Db, access};
use crate::domain::events::{ExceptionInput, ProducerInput, falls_on};
use crate::domain::{AppError, Viewer};

/// Raises the market's SEQUENCE: its feed changed.
async fn raise_sequence(
    conn: &impl ConnectionTrait,
    row: event::Model,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let sequence = row.sequence + 1;
    let mut change = row.into_active_model();
    change.sequence = Set(sequence);
    change.updated_at = Set(now);
    change.update(conn).await?;
    Ok(())
}

/// Whether the market `row` falls on `day`; an `Invalid` on `field` if not.
fn market_day(row: &event::Model, day: NaiveDate, field: &str) -> Result<(), AppError> {
    let (market, _) = series(row, &[])?.ok_or(AppError::Internal)?;
    if falls_on(&market, day)? {
        Ok(())
    } else {
        Err(AppError::invalid(field, "exception.not_a_market_day"))
    }
}

/// Cancels or moves one day of market `slug` (managers), in place of what was said of that
/// day before.
pub async fn change_day(
    db: &Db,
    viewer: &Viewer,
    slug: &str,
    input: ExceptionInput,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    access::manager(viewer)?;
    let txn = db.begin_write().await?;
    let row = market_row(&txn, slug).await?;
    let (opens, closes) = (
        row.opens.clone().unwrap_or_default(),
        row.closes.clone().unwrap_or_default(),
    );
    let new = input.read(&opens, &closes)?;
    market_day(&row, new.original_day, "day")?;
    event_exception::Entity::delete_many()
        .filter(event_exception::Column::EventId.eq(row.id))
        .filter(event_exception::Column::OriginalDay.eq(new.original_day))
        .exec(&txn)
        .await?;
    let (status, moved) = match new.moved {
        Some(moved) => ("moved", Some(moved)),
        None => ("cancelled", None),
    };
    event_exception::ActiveModel {
        event_id: Set(row.id),
        original_day: Set(new.original_day),
        status: Set(status.to_owned()),
        moved_day: Set(moved.as_ref().map(|m| m.0)),
        moved_opens: Set(moved.as_ref().map(|m| m.1.clone())),
        moved_closes: Set(moved.as_ref().map(|m| m.2.clone())),
        reason: Set(new.reason),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    raise_sequence(&txn, row, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Holds market `slug` on `day` as its series says again (managers); `NotFound` when that
/// day had no change.
pub async fn restore_day(
    db: &Db,
    viewer: &Viewer,
    slug: &str,
    day: NaiveDate,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    access::manager(viewer)?;
    let txn = db.begin_write().await?;
    let row = market_row(&txn, slug).await?;
    let gone = event_exception::Entity::delete_many()
        .filter(event_exception::Column::EventId.eq(row.id))
        .filter(event_exception::Column::OriginalDay.eq(day))
        .exec(&txn)
        .await?;
    if gone.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    raise_sequence(&txn, row, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Adds a producer to market `slug` (managers); gives its id.
pub async fn add_producer(
    db: &Db,
    viewer: &Viewer,
    slug: &str,
    input: ProducerInput,
) -> Result<i32, AppError> {
    access::manager(viewer)?;
    let input = input.read()?;
    let row = market_row(db.read(), slug).await?;
    let p = producer::ActiveModel {
        event_id: Set(row.id),
        name: Set(input.name),
        products: Set(input.products),
        town: Set(input.town),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    Ok(p.id)
}

/// The producer `id` of market `slug`; `NotFound` for another market's.
async fn producer_of(
    conn: &impl ConnectionTrait,
    slug: &str,
    id: i32,
) -> Result<producer::Model, AppError> {
    let row = market_row(conn, slug).await?;
    producer::Entity::find_by_id(id)
        .filter(producer::Column::EventId.eq(row.id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

/// Takes producer `id` off market `slug` and off its roster (managers).
pub async fn remove_producer(
    db: &Db,
    viewer: &Viewer,
    slug: &str,
    id: i32,
) -> Result<(), AppError> {
    access::manager(viewer)?;
    let txn = db.begin_write().await?;
    let p = producer_of(&txn, slug, id).await?;
    roster_entry::Entity::delete_many()
        .filter(roster_entry::Column::ProducerId.eq(p.id))
        .exec(&txn)
        .await?;
    producer::Entity::delete_by_id(p.id).exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// Says which producers of market `slug` come on `day`, a market day (managers): those in
/// `producers`, and no other.
pub async fn set_roster(
    db: &Db,
    viewer: &Viewer,
    slug: &str,
    day: NaiveDate,
    producers: Vec<i32>,
) -> Result<(), AppError> {
    access::manager(viewer)?;
    let txn = db.begin_write().await?;
    let row = market_row(&txn, slug).await?;
    market_day(&row, day, "day")?;
    let own: Vec<i32> = producer::Entity::find()
        .filter(producer::Column::EventId.eq(row.id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    if producers.iter().any(|id| !own.contains(id)) {
        return Err(AppError::invalid("producers", "roster.producer_unknown"));
    }
    roster_entry::Entity::delete_many()
        .filter(roster_entry::Column::ProducerId.is_in(own))
        .filter(roster_entry::Column::Day.eq(day))
        .exec(&txn)
        .await?;
    let mut coming = producers;
    coming.sort_unstable();
    coming.dedup();
    for producer_id in coming {
        roster_entry::ActiveModel {
            producer_id: Set(producer_id),
            day: Set(day),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(())
}
