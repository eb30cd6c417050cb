//! Managers change a space's fields and prices, and retire a space that nothing holds any
//! more: it leaves the catalogue and takes no new booking or lease; its history stays.
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};

use crate::core::bookings::Bookable;
use crate::core::entities::{booking, lease, space, space_rate, structure};
use crate::core::{Db, access};
use crate::domain::time::paris_day;
use crate::domain::{
    AppError, BookingMode, BookingStatus, LeaseStatus, NewSpace, SpaceHolder, SpaceInput,
    SpacePatch, SpaceView, Viewer,
};

/// Changes the fields `patch` gives (managers); the space as changed must pass every rule of a
/// new one, and keep its way of being booked (hourly or by lease).
pub async fn update(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    patch: SpacePatch,
) -> Result<SpaceView, AppError> {
    access::manager(viewer)?;
    let current = super::get(db, id).await?;
    let mode = current.summary.booking_mode;
    let new = NewSpace::try_from(SpaceInput::from(current).patched(patch))?;
    if new.kind.is_bookable() != (mode == BookingMode::Hourly) {
        return Err(AppError::invalid("kind", "space.kind_mode_change"));
    }
    let txn = db.write().begin().await?;
    let row = space::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut row = row.into_active_model();
    row.code = Set(new.code);
    row.name = Set(new.name);
    row.kind = Set(new.kind.as_str().to_owned());
    row.floor = Set(new.floor);
    row.capacity = Set(new.capacity);
    row.area_m2 = Set(new.area_m2);
    row.needs_approval = Set(new.needs_approval);
    row.equipment = Set(new.equipment.join(","));
    row.step_free_access = Set(new.step_free_access);
    row.accessible_toilets = Set(new.accessible_toilets);
    row.hearing_loop = Set(new.hearing_loop);
    row.description_fr = Set(new.description_fr);
    row.description_en = Set(new.description_en);
    row.update(&txn).await.map_err(super::create::code_taken)?;
    space_rate::Entity::delete_many()
        .filter(space_rate::Column::SpaceId.eq(id))
        .exec(&txn)
        .await?;
    super::create::insert_rates(&txn, id, new.rates).await?;
    txn.commit().await?;
    Bookable::forget_recent(db);
    super::get(db, id).await
}

/// The coming bookings (confirmed or awaiting approval) and the leases not ended that hold
/// space `id` at `now`, soonest first (managers).
pub async fn holders(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    now: DateTime<Utc>,
) -> Result<Vec<SpaceHolder>, AppError> {
    access::manager(viewer)?;
    let today = paris_day(now);
    let bookings = booking::Entity::find()
        .filter(booking::Column::SpaceId.eq(id))
        .filter(booking::Column::EndsAt.gt(now))
        .filter(booking::Column::Status.is_in([
            BookingStatus::Confirmed.as_str(),
            BookingStatus::Pending.as_str(),
        ]))
        .order_by_asc(booking::Column::StartsAt)
        .all(db.read())
        .await?;
    let leases = lease::Entity::find()
        .filter(lease::Column::SpaceId.eq(id))
        .filter(lease::Column::Status.ne(LeaseStatus::Ended.as_str()))
        .filter(
            Condition::any()
                .add(lease::Column::EndsOn.is_null())
                .add(lease::Column::EndsOn.gte(today)),
        )
        .order_by_asc(lease::Column::StartsOn)
        .all(db.read())
        .await?;
    let mut ids: Vec<i32> = bookings.iter().filter_map(|b| b.structure_id).collect();
    ids.extend(leases.iter().map(|l| l.structure_id));
    let names: std::collections::HashMap<i32, String> = structure::Entity::find()
        .filter(structure::Column::Id.is_in(ids))
        .all(db.read())
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let name_of = |id: Option<i32>, fallback: Option<String>| {
        id.and_then(|id| names.get(&id).cloned())
            .or(fallback)
            .unwrap_or_default()
    };
    let mut held: Vec<SpaceHolder> = bookings
        .into_iter()
        .map(|b| SpaceHolder {
            kind: "booking".into(),
            id: b.id,
            holder: name_of(b.structure_id, b.customer_name),
            from: paris_day(b.starts_at),
            until: Some(paris_day(b.ends_at)),
        })
        .collect();
    held.extend(leases.into_iter().map(|l| SpaceHolder {
        kind: "lease".into(),
        id: l.id,
        holder: name_of(Some(l.structure_id), None),
        from: l.starts_on,
        until: l.ends_on,
    }));
    held.sort_by_key(|h| h.from);
    Ok(held)
}

/// What retiring a space did.
#[derive(Debug, PartialEq)]
pub enum Retired {
    /// The space left the catalogue.
    Done,
    /// Nothing changed: these hold the space.
    Held(Vec<SpaceHolder>),
}

/// Retires space `id` (managers) unless a coming booking or a running lease holds it.
pub async fn retire(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    now: DateTime<Utc>,
) -> Result<Retired, AppError> {
    access::manager(viewer)?;
    super::get(db, id).await?;
    // On SQLite the write lock is taken first, so no booking lands between the check and the
    // retirement.
    let txn = db.begin_write().await?;
    let held = holders(db, viewer, id, now).await?;
    if !held.is_empty() {
        return Ok(Retired::Held(held));
    }
    space::Entity::update_many()
        .col_expr(space::Column::Active, false.into())
        .filter(space::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Bookable::forget_recent(db);
    Ok(Retired::Done)
}

#[cfg(test)]
mod tests;
