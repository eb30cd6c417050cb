//! Which spaces are free for a whole range: open then, by their rules, and not held by a
//! booking. What the catalogue's "free from … to …" asks.
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};

use super::read::busy;
use super::space::{closures_of, rules_of};
use crate::core::Db;
use crate::core::entities::space;
use crate::domain::rules::{Closure, check};
use crate::domain::{AppError, TimeRange};

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
