//! Time: ranges of instants (with an offset from the outside, UTC inside), the Paris calendar
//! they fall in, and the clock that says what time it is.
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::AppError;

/// A non-empty, forward time range `[starts_at, ends_at)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRange {
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
}

impl TimeRange {
    /// Refuses an empty or reversed range.
    pub fn new(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>) -> Result<TimeRange, AppError> {
        if ends_at <= starts_at {
            return Err(AppError::invalid("ends_at", "time.range_reversed"));
        }
        Ok(TimeRange { starts_at, ends_at })
    }

    /// Reads two RFC 3339 instants with an explicit offset; `from_field`/`to_field` name them in errors.
    pub fn parse(
        from: &str,
        to: &str,
        from_field: &str,
        to_field: &str,
    ) -> Result<TimeRange, AppError> {
        let read = |raw: &str, field: &str| {
            DateTime::parse_from_rfc3339(raw.trim())
                .map(|t| t.with_timezone(&Utc))
                .map_err(|_| super::FieldError::new(field, "time.instant_invalid"))
        };
        match (read(from, from_field), read(to, to_field)) {
            (Ok(start), Ok(end)) => TimeRange::new(start, end)
                .map_err(|_| AppError::invalid(to_field, "time.range_reversed")),
            (a, b) => Err(AppError::Invalid(
                [a.err(), b.err()].into_iter().flatten().collect(),
            )),
        }
    }

    /// Reads a form's Paris day (`2027-03-02`) and wall-clock times (`14:00`, `16:30`). An end
    /// of `00:00` or `24:00` means midnight at the end of the day. A time the clocks skip (the
    /// spring change) counts as the first instant after the gap.
    pub fn from_paris(date: &str, from: &str, to: &str) -> Result<TimeRange, AppError> {
        use super::FieldError;
        let day = chrono::NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
            .map_err(|_| FieldError::new("date", "time.date_invalid"));
        // `None` stands for 24:00, allowed as an end only.
        let time = |raw: &str, field: &str, end: bool| {
            let raw = raw.trim();
            let raw = raw.get(..5).unwrap_or(raw);
            if end && raw == "24:00" {
                return Ok(None);
            }
            chrono::NaiveTime::parse_from_str(raw, "%H:%M")
                .map(Some)
                .map_err(|_| FieldError::new(field, "time.time_invalid"))
        };
        let (day, start, end) = (day, time(from, "from", false), time(to, "to", true));
        let (Ok(day), Ok(Some(start)), Ok(end)) = (&day, &start, &end) else {
            let fields = [day.err(), start.err(), end.err()];
            return Err(AppError::Invalid(fields.into_iter().flatten().collect()));
        };
        let end = match end {
            Some(end) if end > start => paris_instant(day.and_time(*end)),
            Some(end) if *end != chrono::NaiveTime::MIN => {
                return Err(AppError::invalid("to", "time.range_reversed"));
            }
            // 00:00 or 24:00: the midnight that ends the day.
            _ => paris_instant((*day + chrono::Days::new(1)).and_time(chrono::NaiveTime::MIN)),
        };
        TimeRange::new(paris_instant(day.and_time(*start)), end)
            .map_err(|_| AppError::invalid("to", "time.range_reversed"))
    }

    pub fn starts_at(&self) -> DateTime<Utc> {
        self.starts_at
    }

    pub fn ends_at(&self) -> DateTime<Utc> {
        self.ends_at
    }

    /// The real minutes the range spends on each calendar day in Paris, in order: what a booking
    /// is priced on. A range across a daylight-saving change counts the hour it really lasts.
    pub fn paris_day_minutes(&self) -> Vec<i64> {
        let mut minutes = Vec::new();
        let mut cursor = self.starts_at;
        while cursor < self.ends_at {
            let next_midnight = next_paris_midnight(cursor).min(self.ends_at);
            minutes.push((next_midnight - cursor).num_minutes());
            cursor = next_midnight;
        }
        minutes
    }
}

/// The instant of a Paris wall-clock time: the earlier one of an autumn repeat, and for a time
/// the spring change skips, the first instant after the gap.
pub fn paris_instant(local: chrono::NaiveDateTime) -> DateTime<Utc> {
    use chrono::TimeZone;
    // A gap lasts an hour in Paris; stepping a minute at a time finds its end.
    (0..=120)
        .find_map(|minute| {
            chrono_tz::Europe::Paris
                .from_local_datetime(&(local + chrono::Duration::minutes(minute)))
                .earliest()
        })
        .map_or_else(|| local.and_utc(), |t| t.with_timezone(&Utc))
}

/// The moment a form names by its Paris day (`2027-03-02`) and wall-clock time (`14:30`); an
/// empty day is `now`'s day and an empty time `now`'s time of day.
pub fn paris_moment(date: &str, time: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, AppError> {
    use super::FieldError;
    let (date, time) = (date.trim(), time.trim());
    if date.is_empty() && time.is_empty() {
        return Ok(now);
    }
    let local = now.with_timezone(&chrono_tz::Europe::Paris);
    let day = if date.is_empty() {
        Ok(local.date_naive())
    } else {
        NaiveDate::parse_from_str(date, "%Y-%m-%d")
            .map_err(|_| FieldError::new("date", "time.date_invalid"))
    };
    let clock = if time.is_empty() {
        Ok(local.time())
    } else {
        chrono::NaiveTime::parse_from_str(time.get(..5).unwrap_or(time), "%H:%M")
            .map_err(|_| FieldError::new("time", "time.time_invalid"))
    };
    match (day, clock) {
        (Ok(day), Ok(clock)) => Ok(paris_instant(day.and_time(clock))),
        (day, clock) => Err(AppError::Invalid(
            [day.err(), clock.err()].into_iter().flatten().collect(),
        )),
    }
}

/// The first Paris midnight after `at`, as an instant.
fn next_paris_midnight(at: DateTime<Utc>) -> DateTime<Utc> {
    paris_midnight(paris_day(at) + chrono::Days::new(1))
}

/// The Paris calendar day an instant falls on.
pub fn paris_day(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&chrono_tz::Europe::Paris).date_naive()
}

/// The Paris wall-clock time of an instant, as `14:05`.
pub fn paris_time(at: DateTime<Utc>) -> String {
    at.with_timezone(&chrono_tz::Europe::Paris)
        .format("%H:%M")
        .to_string()
}

/// The instant a Paris day starts.
pub fn paris_midnight(day: NaiveDate) -> DateTime<Utc> {
    paris_instant(day.and_time(chrono::NaiveTime::MIN))
}

/// The first day of the Paris month holding `at`, and the first day of the next month.
pub fn paris_month(at: DateTime<Utc>) -> (NaiveDate, NaiveDate) {
    let day = paris_day(at);
    let first = day.with_day(1).unwrap_or(day);
    let next = first
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(first);
    (first, next)
}

/// What time it is: the system's clock, or an instant that tests set and move. Every copy of a
/// set clock follows it, so a test moves the time of a whole running server at once.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    set: Option<Arc<Mutex<DateTime<Utc>>>>,
}

impl Clock {
    /// The system's clock.
    pub fn system() -> Clock {
        Clock::default()
    }

    /// A clock standing at `at` until it is [`set`](Clock::set) again.
    pub fn at(at: DateTime<Utc>) -> Clock {
        Clock {
            set: Some(Arc::new(Mutex::new(at))),
        }
    }

    /// Moves a clock made with [`Clock::at`] to `at`; the system's clock is not moved.
    pub fn set(&self, at: DateTime<Utc>) {
        if let Some(set) = &self.set {
            *set.lock().unwrap_or_else(PoisonError::into_inner) = at;
        }
    }

    /// The instant now.
    pub fn now(&self) -> DateTime<Utc> {
        match &self.set {
            Some(set) => *set.lock().unwrap_or_else(PoisonError::into_inner),
            None => Utc::now(),
        }
    }

    /// The Paris day now.
    pub fn today(&self) -> NaiveDate {
        paris_day(self.now())
    }
}

#[cfg(test)]
mod tests;
