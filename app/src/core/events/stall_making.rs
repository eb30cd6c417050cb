//! An edition's stall types and its stall plan as managers make them: types added, stalls
//! generated in numbered rows, one stall renumbered or moved, one nobody holds removed; and
//! the edition as anyone reads it, holders named once its list is published.
use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, Set,
};

use super::edition::edition_of;
use super::plan::stall_types;
use crate::core::entities::{application, edition, stall, stall_type};
use crate::core::{Db, access};
use crate::domain::events::{EditionDetail, EditionInput, StallRow, StallTypeInput, StallsInput};
use crate::domain::{AppError, Viewer};

/// A unique violation on a stall is its number taken in its edition.
fn number_taken(error: sea_orm::DbErr) -> AppError {
    match AppError::from(error) {
        AppError::Conflict(_) => AppError::Conflict("stalls.number_taken".into()),
        other => other,
    }
}

/// Adds a stall type to edition `id` (managers); gives its id.
pub async fn add_stall_type(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    input: &StallTypeInput,
) -> Result<i32, AppError> {
    access::manager(viewer)?;
    let input = input.read()?;
    edition::Entity::find_by_id(id)
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    let row = stall_type::ActiveModel {
        edition_id: Set(id),
        name: Set(input.name),
        width_cm: Set(input.width_cm),
        depth_cm: Set(input.depth_cm),
        price_cents: Set(input.price_cents),
        power: Set(input.power),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    Ok(row.id)
}

/// Adds the stalls `input` asks for to edition `id`'s plan (managers), in rows below its
/// stalls; gives how many. `Conflict` when a number is taken: then none is added.
pub async fn add_stalls(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    input: &StallsInput,
) -> Result<usize, AppError> {
    access::manager(viewer)?;
    let txn = db.begin_write().await?;
    edition::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let kind = stall_type::Entity::find_by_id(input.stall_type_id)
        .filter(stall_type::Column::EditionId.eq(id))
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::invalid("stall_type_id", "stalls.type_unknown"))?;
    let existing = stall::Entity::find()
        .filter(stall::Column::EditionId.eq(id))
        .all(&txn)
        .await?;
    let lowest = existing.iter().map(|s| s.y + s.h).max().unwrap_or(0);
    let next = existing.iter().map(|s| s.number).max().unwrap_or(0) + 1;
    let places = input.places(kind.width_cm, lowest, next)?;
    let count = places.len();
    stall::Entity::insert_many(places.into_iter().map(|p| stall::ActiveModel {
        edition_id: Set(id),
        stall_type_id: Set(kind.id),
        number: Set(p.number),
        x: Set(p.x),
        y: Set(p.y),
        w: Set(p.w),
        h: Set(p.h),
        ..Default::default()
    }))
    .exec(&txn)
    .await
    .map_err(number_taken)?;
    txn.commit().await.map_err(number_taken)?;
    Ok(count)
}

/// Whether an application holds stall `id`.
async fn held(conn: &impl ConnectionTrait, id: i32) -> Result<bool, AppError> {
    Ok(application::Entity::find()
        .filter(application::Column::StallId.eq(id))
        .one(conn)
        .await?
        .is_some())
}

/// Removes stall `id` from its plan (managers); `Conflict` while an exhibitor holds it.
pub async fn remove_stall(db: &Db, viewer: &Viewer, id: i32) -> Result<(), AppError> {
    access::manager(viewer)?;
    let txn = db.begin_write().await?;
    stall::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if held(&txn, id).await? {
        return Err(AppError::Conflict("stalls.held".into()));
    }
    stall::Entity::delete_by_id(id).exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// Gives stall `id` the number `number` (managers); `Conflict` when another stall of its
/// edition has it.
pub async fn renumber_stall(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    number: i32,
) -> Result<(), AppError> {
    access::manager(viewer)?;
    if !(1..=99_000).contains(&number) {
        return Err(AppError::invalid("number", "stalls.number_invalid"));
    }
    let row = stall::Entity::find_by_id(id)
        .one(db.write())
        .await?
        .ok_or(AppError::NotFound)?;
    let mut change = row.into_active_model();
    change.number = Set(number);
    change.update(db.write()).await.map_err(number_taken)?;
    Ok(())
}

/// Moves or resizes stall `id` on its edition's plan (managers): x, y, width and height in plan
/// units.
pub async fn move_stall(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    (x, y, w, h): (i32, i32, i32, i32),
) -> Result<(), AppError> {
    access::manager(viewer)?;
    let mut errors = Vec::new();
    for (field, value, min) in [("x", x, 0), ("y", y, 0), ("w", w, 1), ("h", h, 1)] {
        if !(min..=5000).contains(&value) {
            errors.push(crate::domain::FieldError::new(field, "plan.rect_invalid"));
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let row = stall::Entity::find_by_id(id)
        .one(db.write())
        .await?
        .ok_or(AppError::NotFound)?;
    let mut change = row.into_active_model();
    change.x = Set(x);
    change.y = Set(y);
    change.w = Set(w);
    change.h = Set(h);
    change.update(db.write()).await?;
    Ok(())
}

/// Edition `id` with its stall types and stalls by number; holders are named once its list
/// of exhibitors is published. Anyone may read it.
pub async fn edition_detail(db: &Db, id: i32) -> Result<EditionDetail, AppError> {
    let (ed, ev) = edition_of(db.read(), id).await?;
    let types = stall_types(db.read(), id).await?;
    let names: HashMap<i32, String> = types.iter().map(|t| (t.id, t.name.clone())).collect();
    let holders: HashMap<i32, String> = if ed.published {
        application::Entity::find()
            .filter(application::Column::EditionId.eq(id))
            .all(db.read())
            .await?
            .into_iter()
            .filter_map(|a| a.stall_id.map(|s| (s, a.organisation)))
            .collect()
    } else {
        HashMap::new()
    };
    let stalls = stall::Entity::find()
        .filter(stall::Column::EditionId.eq(id))
        .order_by_asc(stall::Column::Number)
        .all(db.read())
        .await?
        .into_iter()
        .map(|s| StallRow {
            id: s.id,
            number: s.number,
            stall_type_id: s.stall_type_id,
            stall_type: names.get(&s.stall_type_id).cloned().unwrap_or_default(),
            x: s.x,
            y: s.y,
            w: s.w,
            h: s.h,
            holder: holders.get(&s.id).cloned(),
        })
        .collect();
    let day = |d: chrono::NaiveDate| d.to_string();
    Ok(EditionDetail {
        id: ed.id,
        event_slug: ev.slug,
        event_name: ev.name,
        year: ed.year,
        input: EditionInput {
            starts_on: day(ed.starts_on),
            ends_on: day(ed.ends_on),
            opens: ed.opens,
            closes: ed.closes,
            call_opens_on: day(ed.call_opens_on),
            call_closes_on: day(ed.call_closes_on),
            published: ed.published,
        },
        stall_types: types,
        stalls,
    })
}
