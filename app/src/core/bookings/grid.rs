//! The day grid of a site: for each bookable space, which half-hours are free, busy or closed.
use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::read::busy;
use super::space::{closures_of, rules_of};
use crate::core::Db;
use crate::core::entities::{site, space};
use crate::core::spaces::word;
use crate::domain::grid::{Cell, DayGrid, GridRow};
use crate::domain::rules::open_window;
use crate::domain::{AppError, SpaceKind, TimeRange};

/// The length of a column.
pub const COLUMN: Duration = Duration::minutes(30);

/// The grid of `date` for the site `site` (the first site when none), meeting rooms and event
/// spaces (and desks when `desks`), as seen at `now`.
pub async fn day_grid(
    db: &Db,
    site_slug: Option<&str>,
    date: NaiveDate,
    desks: bool,
    now: DateTime<Utc>,
) -> Result<DayGrid, AppError> {
    let mut sites = site::Entity::find().order_by_asc(site::Column::Id);
    if let Some(slug) = site_slug {
        sites = sites.filter(site::Column::Slug.eq(slug));
    }
    let site = sites.one(db.read()).await?.ok_or(AppError::NotFound)?;
    let closures = closures_of(db.read(), site.id).await?;
    let mut kinds = vec![
        SpaceKind::MeetingRoom.as_str(),
        SpaceKind::EventSpace.as_str(),
    ];
    if desks {
        kinds.push(SpaceKind::CoworkingDesk.as_str());
    }
    let rows = space::Entity::find()
        .filter(space::Column::SiteId.eq(site.id))
        .filter(space::Column::Active.eq(true))
        .filter(space::Column::Kind.is_in(kinds))
        .order_by_asc(space::Column::Capacity)
        .order_by_asc(space::Column::Code)
        .all(db.read())
        .await?;
    let mut windows = Vec::with_capacity(rows.len());
    for row in &rows {
        windows.push(open_window(&rules_of(row)?, date, &closures));
    }
    let (Some(first), Some(last)) = (
        windows.iter().flatten().map(TimeRange::starts_at).min(),
        windows.iter().flatten().map(TimeRange::ends_at).max(),
    ) else {
        return Ok(DayGrid {
            date: date.to_string(),
            columns: Vec::new(),
            rows: Vec::new(),
        });
    };
    let mut columns = Vec::new();
    let mut at = first;
    while at < last {
        columns.push(at);
        at += COLUMN;
    }
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let taken = busy(db, &ids, TimeRange::new(first, last)?, now).await?;
    let grid_rows = rows
        .iter()
        .zip(windows)
        .map(|(row, window)| {
            let earliest = now + Duration::minutes(row.min_notice_minutes.into());
            let cells = columns
                .iter()
                .map(|&start| {
                    let end = start + COLUMN;
                    let open = window.is_some_and(|w| w.starts_at() <= start && end <= w.ends_at())
                        && start >= earliest;
                    let held = taken
                        .iter()
                        .any(|(id, r)| *id == row.id && r.starts_at() < end && start < r.ends_at());
                    match (open, held) {
                        (_, true) => Cell::Busy,
                        (true, false) => Cell::Free,
                        (false, false) => Cell::Closed,
                    }
                })
                .collect();
            Ok(GridRow {
                space_id: row.id,
                name: row.name.clone(),
                kind: word(&row.kind, "spaces.kind")?,
                capacity: row.capacity,
                cells,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok(DayGrid {
        date: date.to_string(),
        columns,
        rows: grid_rows,
    })
}
