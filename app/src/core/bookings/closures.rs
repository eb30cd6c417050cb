//! Site closures: days a whole site is shut (a move, works, the summer break), on top of the
//! public holidays; no booking is taken on them. Managers keep the list.
use chrono::NaiveDate;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::space::Bookable;
use crate::core::entities::{site, site_closure};
use crate::core::{Db, access};
use crate::domain::{AppError, ClosureView, FieldError, Viewer};

/// The longest closure, in days: a longer one is more likely a typo in the year.
const MAX_DAYS: i64 = 366;

/// Every site's closures ending today or later, soonest first (managers only).
pub async fn closures(
    db: &Db,
    viewer: &Viewer,
    today: NaiveDate,
) -> Result<Vec<ClosureView>, AppError> {
    access::manager(viewer)?;
    let sites = site::Entity::find().all(db.read()).await?;
    let rows = site_closure::Entity::find()
        .filter(site_closure::Column::EndsOn.gte(today))
        .order_by_asc(site_closure::Column::StartsOn)
        .all(db.read())
        .await?;
    Ok(rows
        .into_iter()
        .map(|c| ClosureView {
            id: c.id,
            site_id: c.site_id,
            site_name: sites
                .iter()
                .find(|s| s.id == c.site_id)
                .map(|s| s.name.clone())
                .unwrap_or_default(),
            starts_on: c.starts_on,
            ends_on: c.ends_on,
            reason: c.reason,
        })
        .collect())
}

/// Closes site `site_id` from `starts_on` to `ends_on` (both included), for `reason`.
/// Bookings already made on those days stay: the page says so, for the team to call them.
pub async fn add_closure(
    db: &Db,
    viewer: &Viewer,
    site_id: i32,
    (starts_on, ends_on): (&str, &str),
    reason: &str,
) -> Result<i32, AppError> {
    access::manager(viewer)?;
    let day = |text: &str, field: &str| {
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map_err(|_| FieldError::new(field, "time.date_invalid"))
    };
    let reason = reason.trim();
    let mut errors = Vec::new();
    let (from, to) = (day(starts_on, "starts_on"), day(ends_on, "ends_on"));
    match (&from, &to) {
        (Ok(a), Ok(b)) if b < a => errors.push(FieldError::new("ends_on", "closure.reversed")),
        (Ok(a), Ok(b)) if (*b - *a).num_days() >= MAX_DAYS => {
            errors.push(FieldError::new("ends_on", "closure.too_long"));
        }
        _ => {}
    }
    errors.extend(from.clone().err());
    errors.extend(to.clone().err());
    if reason.is_empty() || reason.chars().count() > 200 {
        errors.push(FieldError::new("reason", "closure.reason_invalid"));
    }
    let (Ok(from), Ok(to), true) = (from, to, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    site::Entity::find_by_id(site_id)
        .one(db.read())
        .await?
        .ok_or_else(|| AppError::invalid("site_id", "closure.site_unknown"))?;
    let row = site_closure::ActiveModel {
        site_id: Set(site_id),
        starts_on: Set(from),
        ends_on: Set(to),
        reason: Set(reason.to_owned()),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    Bookable::forget_recent(db);
    Ok(row.id)
}

/// Reopens: removes closure `id`.
pub async fn remove_closure(db: &Db, viewer: &Viewer, id: i32) -> Result<(), AppError> {
    access::manager(viewer)?;
    let gone = site_closure::Entity::delete_by_id(id)
        .exec(db.write())
        .await?;
    if gone.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Bookable::forget_recent(db);
    Ok(())
}
