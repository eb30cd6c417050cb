//! The free slots nearest to a taken one: what a conflict offers instead.
use chrono::{DateTime, Duration, Utc};

use super::read::busy;
use super::space::{Bookable, paris_date};
use crate::core::Db;
use crate::domain::availability::FreeSearch;
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
    let windows = space.windows(paris_date(wanted.starts_at()), SEARCH_DAYS);
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
