//! Managers add a space to a site, with its prices; its booking rules start from the
//! defaults and change on its rules page.
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::core::entities::{site, space, space_rate};
use crate::core::{Db, access};
use crate::domain::{AppError, BookingMode, CustomerKind, NewSpace, RateUnit, SpaceView, Viewer};

/// Adds `new` (managers only); `409` when its site already has a space with its code.
pub async fn create(db: &Db, viewer: &Viewer, new: NewSpace) -> Result<SpaceView, AppError> {
    access::manager(viewer)?;
    let txn = db.begin_write().await?;
    let id = insert(&txn, new).await?;
    txn.commit().await.map_err(code_taken)?;
    super::get(db, id).await
}

/// Writes `new` with its prices in `txn`; gives its id.
pub(crate) async fn insert(txn: &impl ConnectionTrait, new: NewSpace) -> Result<i32, AppError> {
    let site = site::Entity::find()
        .filter(site::Column::Slug.eq(new.site.as_str()))
        .one(txn)
        .await?
        .ok_or_else(|| AppError::invalid("site", "space.site_unknown"))?;
    let mode = if new.kind.is_bookable() {
        BookingMode::Hourly
    } else {
        BookingMode::Lease
    };
    let row = space::ActiveModel {
        site_id: Set(site.id),
        code: Set(new.code),
        name: Set(new.name),
        kind: Set(new.kind.as_str().to_owned()),
        floor: Set(new.floor),
        capacity: Set(new.capacity),
        area_m2: Set(new.area_m2),
        booking_mode: Set(mode.as_str().to_owned()),
        needs_approval: Set(new.needs_approval),
        equipment: Set(new.equipment.join(",")),
        step_free_access: Set(new.step_free_access),
        accessible_toilets: Set(new.accessible_toilets),
        hearing_loop: Set(new.hearing_loop),
        description_fr: Set(new.description_fr),
        description_en: Set(new.description_en),
        active: Set(true),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await
    .map_err(code_taken)?;
    insert_rates(txn, row.id, new.rates).await?;
    Ok(row.id)
}

/// A unique violation on a space is its code taken on its site.
pub(super) fn code_taken(error: sea_orm::DbErr) -> AppError {
    match AppError::from(error) {
        AppError::Conflict(_) => AppError::Conflict("space.code_taken".into()),
        other => other,
    }
}

/// Stores the prices of space `space_id`.
pub(super) async fn insert_rates(
    txn: &impl ConnectionTrait,
    space_id: i32,
    rates: Vec<(CustomerKind, RateUnit, i64)>,
) -> Result<(), AppError> {
    for (customer, unit, cents) in rates {
        space_rate::ActiveModel {
            space_id: Set(space_id),
            customer: Set(customer.as_str().to_owned()),
            unit: Set(unit.as_str().to_owned()),
            price_cents: Set(cents),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
