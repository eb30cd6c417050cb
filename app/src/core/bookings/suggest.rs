//! The free slots nearest to a taken one: what a conflict offers instead.
use chrono::{DateTime, Duration, Utc};

use super::read::busy;
use super::space::Bookable;
use crate::core::Db;
use crate::domain::availability::FreeSearch;
use crate::domain::time::paris_day;
use crate::domain::{AppError, Slot, TimeRange};

/// How many days, from the wanted one, suggestions are looked for in.
const SEARCH_DAYS: u32 = 14;

/// Up to `limit` free slots of `wanted`'s length on space `space_id`, nearest to it first.
pub async fn suggest(
    db: &Db,
    space_id: i32,
    wanted: TimeRange,
    now: DateTime<Utc>,
    limit: usize,
) -> Result<Vec<Slot>, AppError> {
    let space = Bookable::load(db.read(), space_id).await?;
    let windows = space.windows(paris_day(wanted.starts_at()), SEARCH_DAYS);
    let (Some(first), Some(last)) = (windows.first(), windows.last()) else {
        return Ok(Vec::new());
    };
    let span = TimeRange::new(first.starts_at(), last.ends_at())?;
    let taken: Vec<TimeRange> = busy(db, &[space_id], span, now)
        .await?
        .into_iter()
        .map(|(_, r)| r)
        .collect();
    let search = FreeSearch {
        windows: &windows,
        busy: &taken,
        duration: wanted.ends_at() - wanted.starts_at(),
        buffer: space.buffer(),
        step: Duration::minutes(space.rules.step_minutes.max(1)),
        earliest: space.earliest_start(now),
    };
    Ok(search
        .nearest(wanted, limit)
        .into_iter()
        .map(Slot::from)
        .collect())
}

/// How a refusal of `wanted` reads: for a taken slot, the i18n key naming the nearest free one
/// (with its instants as `starts_at` and `ends_at` arguments, for a link to it) and up to
/// `limit` free slots; any other error as it is.
pub async fn explain(
    db: &Db,
    error: AppError,
    space_id: i32,
    wanted: TimeRange,
    locale: crate::domain::Locale,
    limit: usize,
    now: DateTime<Utc>,
) -> (AppError, Vec<Slot>) {
    if error != AppError::overlap() {
        return (error, Vec::new());
    }
    let near = suggest(db, space_id, wanted, now, limit)
        .await
        .unwrap_or_default();
    match near.first() {
        Some(slot) => (
            AppError::Conflict(format!(
                "booking.overlap_suggestion|slot={}|starts_at={}|ends_at={}",
                slot.describe(locale),
                slot.starts_at.to_rfc3339(),
                slot.ends_at.to_rfc3339()
            )),
            near,
        ),
        None => (error, near),
    }
}
