//! Which spaces are free for a whole range: open then, by their rules, and not held by a
//! booking. What the catalogue's "free from … to …" and the search page ask.
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};

use super::read::busy;
use super::space::{closures_of, rules_of};
use crate::core::Db;
use crate::core::entities::space;
use crate::domain::rules::{Closure, check};
use crate::domain::{AppError, NearbySlots, SearchResult, SpaceFilter, TimeRange};

/// The ids of `spaces` that could be booked for `range` at `now`.
pub async fn free_among(
    db: &Db,
    spaces: &[space::Model],
    range: TimeRange,
    now: DateTime<Utc>,
) -> Result<HashSet<i32>, AppError> {
    let mut closures: HashMap<i32, Vec<Closure>> = HashMap::new();
    let mut open = Vec::new();
    for row in spaces {
        if let std::collections::hash_map::Entry::Vacant(entry) = closures.entry(row.site_id) {
            entry.insert(closures_of(db.read(), row.site_id).await?);
        }
        let site_closures = closures.get(&row.site_id).map_or(&[][..], Vec::as_slice);
        if check(&rules_of(row)?, range, now, site_closures).is_ok() {
            open.push(row.id);
        }
    }
    let mut free: HashSet<i32> = open.iter().copied().collect();
    for (space, _) in busy(db, &open, range, now).await? {
        free.remove(&space);
    }
    Ok(free)
}

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
    let mut free = crate::core::spaces::list(db, &filter).await?;
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
