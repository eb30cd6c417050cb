//! Free and busy time of a space: pure functions over ranges, for suggestions and day grids.
use chrono::Duration;

use super::TimeRange;

/// Merges overlapping or touching ranges, in order.
pub fn merge(mut ranges: Vec<TimeRange>) -> Vec<TimeRange> {
    ranges.sort_by_key(TimeRange::starts_at);
    let mut merged: Vec<TimeRange> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.starts_at() <= last.ends_at() => {
                if range.ends_at() > last.ends_at() {
                    *last = TimeRange::new(last.starts_at(), range.ends_at()).unwrap_or(*last);
                }
            }
            _ => merged.push(range),
        }
    }
    merged
}

/// What a new booking must fit around.
#[derive(Clone, Debug)]
pub struct FreeSearch<'a> {
    /// Opening windows, one per day, in order.
    pub windows: &'a [TimeRange],
    /// Ranges already held (buffers included), merged and in order.
    pub busy: &'a [TimeRange],
    /// The booking's length.
    pub duration: Duration,
    /// The space's buffer after each booking.
    pub buffer: Duration,
    /// Starts are a multiple of this from the window's opening.
    pub step: Duration,
    /// No start before this instant.
    pub earliest: chrono::DateTime<chrono::Utc>,
}

impl FreeSearch<'_> {
    /// Every free slot of the search's length, in order, at most `limit`.
    pub fn slots(&self, limit: usize) -> Vec<TimeRange> {
        let mut found = Vec::new();
        if self.step <= Duration::zero() || self.duration <= Duration::zero() {
            return found;
        }
        for window in self.windows {
            let mut start = window.starts_at();
            while start + self.duration <= window.ends_at() && found.len() < limit {
                let held_end = start + self.duration + self.buffer;
                let clash = self
                    .busy
                    .iter()
                    .find(|b| b.starts_at() < held_end && start < b.ends_at());
                match clash {
                    Some(busy) => {
                        // Jump past the clash, back onto the window's grid of steps.
                        let past = busy.ends_at() - window.starts_at();
                        let steps = (past.num_seconds() + self.step.num_seconds() - 1)
                            / self.step.num_seconds();
                        start = window.starts_at() + self.step * steps as i32;
                    }
                    None => {
                        if start >= self.earliest
                            && let Ok(slot) = TimeRange::new(start, start + self.duration)
                        {
                            found.push(slot);
                        }
                        start += self.step;
                    }
                }
            }
        }
        found
    }

    /// The free slots nearest to `wanted`'s start, closest first, at most `limit`.
    pub fn nearest(&self, wanted: TimeRange, limit: usize) -> Vec<TimeRange> {
        let mut slots = self.slots(usize::MAX);
        slots.sort_by_key(|s| ((s.starts_at() - wanted.starts_at()).abs(), s.starts_at()));
        slots.truncate(limit);
        slots
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};

    use super::*;

    fn at(hhmm: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(&format!("2027-03-02T{hhmm}:00+01:00"))
            .expect("instant")
            .with_timezone(&Utc)
    }

    fn range(from: &str, to: &str) -> TimeRange {
        TimeRange::new(at(from), at(to)).expect("range")
    }

    fn search<'a>(windows: &'a [TimeRange], busy: &'a [TimeRange], buffer: i64) -> FreeSearch<'a> {
        FreeSearch {
            windows,
            busy,
            duration: Duration::hours(2),
            buffer: Duration::minutes(buffer),
            step: Duration::minutes(30),
            earliest: at("00:00"),
        }
    }

    #[test]
    fn touching_ranges_merge() {
        let merged = merge(vec![
            range("14:00", "15:00"),
            range("09:00", "10:00"),
            range("10:00", "11:00"),
            range("14:30", "14:45"),
        ]);
        assert_eq!(
            merged,
            vec![range("09:00", "11:00"), range("14:00", "15:00")]
        );
    }

    #[test]
    fn slots_fit_between_bookings_on_the_step_grid() {
        let windows = [range("08:00", "20:00")];
        let busy = [range("09:00", "12:00"), range("14:00", "18:00")];
        let slots = search(&windows, &busy, 0).slots(10);
        assert_eq!(
            slots,
            vec![range("12:00", "14:00"), range("18:00", "20:00"),]
        );
    }

    #[test]
    fn a_buffer_keeps_a_gap_before_the_next_booking() {
        let windows = [range("08:00", "20:00")];
        let busy = [range("10:30", "11:00")];
        let slots = search(&windows, &busy, 30).slots(2);
        assert_eq!(
            slots,
            vec![range("08:00", "10:00"), range("11:00", "13:00")]
        );
    }

    #[test]
    fn nearest_slots_come_closest_first_and_not_in_the_past() {
        let windows = [range("08:00", "20:00")];
        let busy = [range("13:00", "16:00")];
        let mut s = search(&windows, &busy, 0);
        s.earliest = at("10:30");
        let near = s.nearest(range("14:00", "16:00"), 2);
        assert_eq!(near, vec![range("16:00", "18:00"), range("16:30", "18:30")]);
        let before = s.nearest(range("11:00", "13:00"), 1);
        assert_eq!(before, vec![range("11:00", "13:00")]);
    }
}
