//! A site's floors: one plan picture each (admins), and where each space lies on it
//! (managers), which the floor plan at `/book/plan` draws.
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};

use crate::core::entities::{floor_picture, site, space};
use crate::core::{Db, access};
use crate::domain::picture::check_picture;
use crate::domain::{AppError, Viewer};

/// Takes `bytes` as the plan picture of floor `floor` of site `site_id` (admins), in place of
/// the one before; refused with a named reason when it is too large, not a PNG or an SVG, or an
/// SVG that could run something.
pub async fn store_picture(
    db: &Db,
    viewer: &Viewer,
    site_id: i32,
    floor: i32,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    access::admin(viewer)?;
    if !(-5..=60).contains(&floor) {
        return Err(AppError::invalid("floor", "space.floor_invalid"));
    }
    let picture = check_picture(bytes).map_err(|key| AppError::invalid("file", key))?;
    let txn = db.begin_write().await?;
    site::Entity::find_by_id(site_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    floor_picture::Entity::delete_many()
        .filter(floor_picture::Column::SiteId.eq(site_id))
        .filter(floor_picture::Column::Floor.eq(floor))
        .exec(&txn)
        .await?;
    floor_picture::ActiveModel {
        site_id: Set(site_id),
        floor: Set(floor),
        content_type: Set(picture.content_type.to_owned()),
        data: Set(bytes.to_vec()),
        width: Set(picture.width),
        height: Set(picture.height),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The plan picture of floor `floor` of site `site_id`: its content type and bytes.
pub async fn picture(db: &Db, site_id: i32, floor: i32) -> Result<(String, Vec<u8>), AppError> {
    let row = floor_picture::Entity::find()
        .filter(floor_picture::Column::SiteId.eq(site_id))
        .filter(floor_picture::Column::Floor.eq(floor))
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((row.content_type, row.data))
}

/// The largest a coordinate or a side may be, in plan units.
const MAX_UNITS: i32 = 5000;

/// Draws space `id` at `rect` (x, y, width, height in plan units) on its floor's plan, or takes
/// it off the plan with none (managers).
pub async fn place_space(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    rect: Option<(i32, i32, i32, i32)>,
) -> Result<(), AppError> {
    access::manager(viewer)?;
    if let Some((x, y, w, h)) = rect {
        let mut errors = Vec::new();
        for (field, value, min) in [("x", x, 0), ("y", y, 0), ("w", w, 1), ("h", h, 1)] {
            if !(min..=MAX_UNITS).contains(&value) {
                errors.push(crate::domain::FieldError::new(field, "plan.rect_invalid"));
            }
        }
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
    }
    let row = space::Entity::find_by_id(id)
        .one(db.write())
        .await?
        .ok_or(AppError::NotFound)?;
    let mut change = row.into_active_model();
    let (x, y, w, h) = rect.unzip4();
    change.plan_x = Set(x);
    change.plan_y = Set(y);
    change.plan_w = Set(w);
    change.plan_h = Set(h);
    change.update(db.write()).await?;
    crate::core::bookings::Bookable::forget_recent(db);
    Ok(())
}

/// A rectangle or none, as four columns.
trait Unzip4 {
    fn unzip4(self) -> (Option<i32>, Option<i32>, Option<i32>, Option<i32>);
}

impl Unzip4 for Option<(i32, i32, i32, i32)> {
    fn unzip4(self) -> (Option<i32>, Option<i32>, Option<i32>, Option<i32>) {
        match self {
            Some((x, y, w, h)) => (Some(x), Some(y), Some(w), Some(h)),
            None => (None, None, None, None),
        }
    }
}
