//! The bookable spaces as bookings read them (row, rules, rates, the site's closures), kept in
//! the process for a moment: every booking reads them, and they change a few times a year.
//! A change made in this process forgets them at once; another process sees it after at most
//! [`KEPT_FOR`]. The database's guards (no overlap, one writer) never depend on this copy.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a thing is kept before it is read again.
pub const KEPT_FOR: Duration = Duration::from_secs(2);

/// Things read lately, by id, with when they were read.
#[derive(Clone, Debug)]
pub struct Kept<T> {
    items: Arc<Mutex<HashMap<i32, (Instant, T)>>>,
}

impl<T> Default for Kept<T> {
    fn default() -> Self {
        Kept {
            items: Arc::default(),
        }
    }
}

impl<T: Clone> Kept<T> {
    /// Thing `id` as read less than [`KEPT_FOR`] ago, if it was.
    pub fn get(&self, id: i32) -> Option<T> {
        let items = self.items.lock().ok()?;
        items
            .get(&id)
            .filter(|(read, _)| read.elapsed() < KEPT_FOR)
            .map(|(_, item)| item.clone())
    }

    /// Keeps `item`, just read, as thing `id`.
    pub fn put(&self, id: i32, item: T) {
        if let Ok(mut items) = self.items.lock() {
            items.insert(id, (Instant::now(), item));
        }
    }

    /// Forgets everything: something they were read from changed.
    pub fn forget(&self) {
        if let Ok(mut items) = self.items.lock() {
            items.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thing_is_kept_for_a_moment_and_forgotten_on_change() {
        let kept = Kept::default();
        assert_eq!(kept.get(1), None);
        let old = Instant::now()
            .checked_sub(KEPT_FOR)
            .expect("an earlier instant");
        if let Ok(mut items) = kept.items.lock() {
            items.insert(7, (old, "read long ago"));
        }
        assert_eq!(kept.get(7), None, "read too long ago");
        kept.put(7, "just read");
        assert_eq!(kept.get(7), Some("just read"));
        kept.forget();
        assert_eq!(kept.get(7), None);
    }
}
