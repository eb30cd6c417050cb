//! The search page's question: which spaces for so many people are free for a whole range,
//! and when none is, the nearest free slots of those that fit.
use chrono::{DateTime, Utc};

use crate::core::Db;
use crate::domain::{AppError, NearbySlots, SearchResult, SpaceFilter, TimeRange};

/// How many spaces a search lists, and how many it offers other slots of.
const LISTED: usize = 12;
const NEARBY_SPACES: usize = 3;

/// Bookable spaces for `people` free for `range`, smallest fitting first; when none is, the
/// nearest free slots of the smallest fitting spaces.
pub async fn find(
    db: &Db,
    range: TimeRange,
    people: u32,
    site: Option<String>,
    now: DateTime<Utc>,
) -> Result<SearchResult, AppError> {
    let filter = SpaceFilter {
        site,
        min_capacity: Some(people),
        free: Some(range),
        kind: None,
    };
    let mut free = crate::core::spaces::list(db, &filter, now).await?;
    free.sort_by_key(|s| (s.capacity, s.kind, s.code.clone()));
    if !free.is_empty() {
        free.truncate(LISTED);
        return Ok(SearchResult {
            free,
            nearby: Vec::new(),
        });
    }
    let mut fitting: Vec<_> = crate::core::spaces::list(
        db,
        &SpaceFilter {
            free: None,
            ..filter
        },
        now,
    )
    .await?
    .into_iter()
    .filter(|s| s.kind.is_bookable())
    .collect();
    fitting.sort_by_key(|s| (s.capacity, s.kind, s.code.clone()));
    let mut nearby = Vec::new();
    for space in fitting.into_iter().take(NEARBY_SPACES) {
        let slots = super::suggest(db, space.id, range, now, 2).await?;
        if !slots.is_empty() {
            nearby.push(NearbySlots { space, slots });
        }
    }
    Ok(SearchResult {
        free: Vec::new(),
        nearby,
    })
}
