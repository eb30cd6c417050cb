//! The bookable spaces as bookings read them (row, rules, rates, the site's closures), kept in
//! the process for a moment: every booking reads them, and they change a few times a year.
//! A change made in this process forgets them at once; another process sees it after at most
//! [`KEPT_FOR`]. The database's guards (no overlap, one writer) never depend on this copy.
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a thing is kept before it is read again.
pub const KEPT_FOR: Duration = Duration::from_secs(2);

/// Things read lately, by the database they were read from and their id, with when they were
/// read. A process may open several databases (tests do); each keeps its own.
#[derive(Debug)]
pub struct Kept<T> {
    items: Mutex<HashMap<(u64, i32), (Instant, T)>>,
}

impl<T> Default for Kept<T> {
    fn default() -> Self {
        Kept {
            items: Mutex::default(),
        }
    }
}

impl<T: Clone> Kept<T> {
    /// Thing `id` of database `db` as read less than [`KEPT_FOR`] ago, if it was.
    pub fn get(&self, db: u64, id: i32) -> Option<T> {
        let items = self.items.lock().ok()?;
        items
            .get(&(db, id))
            .filter(|(read, _)| read.elapsed() < KEPT_FOR)
            .map(|(_, item)| item.clone())
    }

    /// Keeps `item`, just read, as thing `id` of database `db`; lets go of what is too old.
    pub fn put(&self, db: u64, id: i32, item: T) {
        if let Ok(mut items) = self.items.lock() {
            items.retain(|_, (read, _)| read.elapsed() < KEPT_FOR);
            items.insert((db, id), (Instant::now(), item));
        }
    }

    /// Forgets everything read from database `db`: something they were read from changed.
    pub fn forget(&self, db: u64) {
        if let Ok(mut items) = self.items.lock() {
            items.retain(|(from, _), _| *from != db);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thing_is_kept_for_a_moment_and_forgotten_on_change() {
        let kept = Kept::default();
        assert_eq!(kept.get(1, 1), None);
        let old = Instant::now()
            .checked_sub(KEPT_FOR)
            .expect("an earlier instant");
        if let Ok(mut items) = kept.items.lock() {
            items.insert((1, 7), (old, "read long ago"));
        }
        assert_eq!(kept.get(1, 7), None, "read too long ago");
        kept.put(1, 7, "just read");
        kept.put(2, 7, "another database's");
        assert_eq!(kept.get(1, 7), Some("just read"));
        kept.forget(1);
        assert_eq!(kept.get(1, 7), None);
        assert_eq!(kept.get(2, 7), Some("another database's"));
    }
}
