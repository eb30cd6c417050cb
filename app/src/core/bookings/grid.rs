//! The day grid of a site (for each bookable space, which half-hours are free, busy or closed)
//! and the week or day view of one space.
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::read::busy;
use super::space::{Bookable, closures_of, rules_of};
use crate::core::Db;
use crate::core::entities::{site, space};
use crate::core::spaces::word;
use crate::domain::grid::{Cell, DayGrid, GridRow, Slice, SpaceWeek, WeekRow};
use crate::domain::rules::open_window;
use crate::domain::time::paris_midnight;
use crate::domain::{AppError, SpaceKind, TimeRange};

/// The length of a column.
pub const COLUMN: Duration = Duration::minutes(30);

/// What the half-hour from `start` of space `space_id` is: busy when a booking of `taken`
/// holds it, free when within the day's open `window` and not before `earliest`, else closed.
fn cell(
    start: DateTime<Utc>,
    window: Option<TimeRange>,
    earliest: DateTime<Utc>,
    taken: &[(i32, TimeRange)],
    space_id: i32,
) -> Cell {
    let end = start + COLUMN;
    let open =
        window.is_some_and(|w| w.starts_at() <= start && end <= w.ends_at()) && start >= earliest;
    let held = taken
        .iter()
        .any(|(id, r)| *id == space_id && r.starts_at() < end && start < r.ends_at());
    match (open, held) {
        (_, true) => Cell::Busy,
        (true, false) => Cell::Free,
        (false, false) => Cell::Closed,
    }
}

/// `days` Paris days of space `space_id` from `first`, half-hour by half-hour, as seen at
/// `now`: the week view (seven days) or the day view (one). Every real half-hour of each day
/// is there, so a day when the clocks change has its 23 or 25 hours.
pub async fn space_week(
    db: &Db,
    space_id: i32,
    first: NaiveDate,
    days: u32,
    now: DateTime<Utc>,
) -> Result<SpaceWeek, AppError> {
    let bookable = Bookable::load(db.read(), space_id).await?;
    let row = &bookable.row;
    let dates: Vec<NaiveDate> = first.iter_days().take(days.clamp(1, 7) as usize).collect();
    let (Some(&start_day), Some(&last_day)) = (dates.first(), dates.last()) else {
        return Err(AppError::invalid("date", "time.date_invalid"));
    };
    let span = TimeRange::new(
        paris_midnight(start_day),
        paris_midnight(last_day + chrono::Days::new(1)),
    )?;
    let taken = busy(db, &[row.id], span, now).await?;
    let earliest = bookable.earliest_start(now);
    let paris = chrono_tz::Europe::Paris;
    // Every day's half-hours, labelled with their Paris wall-clock time.
    let mut per_day: Vec<Vec<(String, Slice)>> = Vec::with_capacity(dates.len());
    for date in &dates {
        let window = open_window(&bookable.rules, *date, &bookable.closures);
        let (mut at, end) = (
            paris_midnight(*date),
            paris_midnight(*date + chrono::Days::new(1)),
        );
        let mut slices = Vec::new();
        while at < end {
            let label = at.with_timezone(&paris).format("%H:%M").to_string();
            let cell = cell(at, window, earliest, &taken, row.id);
            slices.push((
                label,
                Slice {
                    starts_at: at,
                    cell,
                },
            ));
            at += COLUMN;
        }
        per_day.push(slices);
    }
    let mut labels: Vec<String> = per_day
        .iter()
        .flatten()
        .map(|(label, _)| label.clone())
        .collect();
    labels.sort();
    labels.dedup();
    let mut rows: Vec<WeekRow> = labels
        .into_iter()
        .map(|label| WeekRow {
            days: per_day
                .iter()
                .map(|slices| {
                    slices
                        .iter()
                        .filter(|(l, _)| *l == label)
                        .map(|(_, slice)| *slice)
                        .collect()
                })
                .collect(),
            label,
        })
        .collect();
    // Only the hours some day is open, usually or now, or booked: the night stays out.
    let usual = |label: &str| {
        let minutes = label
            .split_once(':')
            .and_then(|(h, m)| Some(h.parse::<u16>().ok()? * 60 + m.parse::<u16>().ok()?));
        minutes.is_some_and(|minutes| {
            dates.iter().any(|d| {
                bookable
                    .rules
                    .opening_hours
                    .day(d.weekday())
                    .is_some_and(|(opens, closes)| opens <= minutes && minutes < closes)
            })
        })
    };
    let shown = |row: &WeekRow| {
        usual(&row.label) || row.days.iter().flatten().any(|s| s.cell != Cell::Closed)
    };
    let first_shown = rows.iter().position(shown);
    let last_shown = rows.iter().rposition(shown);
    rows = match (first_shown, last_shown) {
        (Some(a), Some(b)) => rows.drain(a..=b).collect(),
        _ => Vec::new(),
    };
    Ok(SpaceWeek {
        space_id: row.id,
        name: row.name.clone(),
        kind: bookable.kind,
        capacity: row.capacity,
        days: dates.iter().map(ToString::to_string).collect(),
        rows,
    })
}

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
                .map(|&start| cell(start, window, earliest, &taken, row.id))
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
