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
mod tests {
    use super::*;

    #[test]
    fn offsets_are_required_and_kept() {
        let range = TimeRange::parse(
            "2027-03-02T14:00:00+01:00",
            "2027-03-02T16:00:00+01:00",
            "from",
            "to",
        )
        .expect("valid range");
        assert_eq!(range.starts_at().to_rfc3339(), "2027-03-02T13:00:00+00:00");
        let err = TimeRange::parse("2027-03-02T14:00:00", "2027-03-02T16:00:00Z", "from", "to")
            .expect_err("no offset");
        assert_eq!(err, AppError::invalid("from", "time.instant_invalid"));
    }

    #[test]
    fn empty_and_reversed_ranges_are_refused() {
        let t = "2027-03-02T14:00:00+01:00";
        assert!(TimeRange::parse(t, t, "from", "to").is_err());
        assert!(TimeRange::parse("2027-03-02T15:00:00+01:00", t, "from", "to").is_err());
    }

    #[test]
    fn a_moment_is_read_from_a_day_and_a_time_in_paris() {
        let now = DateTime::parse_from_rfc3339("2027-03-02T08:15:00Z")
            .expect("instant")
            .with_timezone(&Utc);
        assert_eq!(paris_moment("", "", now), Ok(now));
        let at = |s: &str| {
            DateTime::parse_from_rfc3339(s)
                .expect("instant")
                .with_timezone(&Utc)
        };
        assert_eq!(
            paris_moment("2027-07-14", "10:30", now),
            Ok(at("2027-07-14T10:30:00+02:00"))
        );
        // Only a time: today; only a day: the time of day it is now.
        assert_eq!(
            paris_moment("", "18:00", now),
            Ok(at("2027-03-02T18:00:00+01:00"))
        );
        assert_eq!(
            paris_moment("2027-03-05", "", now),
            Ok(at("2027-03-05T09:15:00+01:00"))
        );
        let Err(AppError::Invalid(fields)) = paris_moment("05/03", "25h", now) else {
            panic!("both fields are wrong")
        };
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(names, ["date", "time"]);
    }

    #[test]
    fn both_bad_fields_are_reported() {
        let err = TimeRange::parse("x", "y", "free_from", "free_to").expect_err("invalid");
        let AppError::Invalid(fields) = err else {
            panic!("expected Invalid")
        };
        assert_eq!(fields.len(), 2);
    }

    fn instant(raw: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(raw)
            .expect("instant")
            .with_timezone(&Utc)
    }

    #[test]
    fn days_and_months_are_those_of_paris() {
        // 23:30 UTC is already the next day in Paris, winter and summer alike.
        assert_eq!(
            paris_day(instant("2027-03-02T23:30:00Z")).to_string(),
            "2027-03-03"
        );
        assert_eq!(
            paris_day(instant("2027-07-14T21:59:00Z")).to_string(),
            "2027-07-14"
        );
        assert_eq!(
            paris_day(instant("2027-07-14T22:00:00Z")).to_string(),
            "2027-07-15"
        );
        assert_eq!(paris_time(instant("2027-07-14T22:05:00Z")), "00:05");
        let (first, next) = paris_month(instant("2027-03-31T22:30:00Z"));
        assert_eq!(
            (first.to_string(), next.to_string()),
            ("2027-04-01".into(), "2027-05-01".into())
        );
        let day = NaiveDate::from_ymd_opt(2027, 3, 28).expect("day");
        assert_eq!(paris_midnight(day), instant("2027-03-27T23:00:00Z"));
        assert_eq!(
            paris_midnight(day + chrono::Days::new(1)),
            instant("2027-03-28T22:00:00Z")
        );
    }

    #[test]
    fn a_set_clock_stands_still_until_moved_with_all_its_copies() {
        let clock = Clock::at(instant("2027-03-02T23:30:00Z"));
        let copy = clock.clone();
        assert_eq!(copy.now(), instant("2027-03-02T23:30:00Z"));
        assert_eq!(copy.today().to_string(), "2027-03-03");
        clock.set(instant("2027-12-31T12:00:00Z"));
        assert_eq!(copy.now(), instant("2027-12-31T12:00:00Z"));
        assert_eq!(copy.today().to_string(), "2027-12-31");
        let system = Clock::system();
        system.set(instant("2000-01-01T00:00:00Z"));
        assert!(system.now() > instant("2026-01-01T00:00:00Z"));
    }

    fn range(from: &str, to: &str) -> TimeRange {
        TimeRange::parse(from, to, "from", "to").expect("valid")
    }

    #[test]
    fn a_range_is_split_at_paris_midnights() {
        assert_eq!(
            range("2027-03-02T14:00:00+01:00", "2027-03-02T16:30:00+01:00").paris_day_minutes(),
            [150]
        );
        // 22:00 to 02:00 Paris time: two hours on each day, whatever the offset written.
        assert_eq!(
            range("2027-03-02T21:00:00Z", "2027-03-03T01:00:00Z").paris_day_minutes(),
            [120, 120]
        );
        assert_eq!(
            range("2027-03-01T00:00:00+01:00", "2027-03-04T00:00:00+01:00").paris_day_minutes(),
            [1440, 1440, 1440]
        );
    }

    #[test]
    fn forms_are_read_in_paris_time() {
        let winter = TimeRange::from_paris("2027-03-02", "14:00", "16:30").expect("valid");
        assert_eq!(
            winter,
            range("2027-03-02T14:00:00+01:00", "2027-03-02T16:30:00+01:00")
        );
        let summer = TimeRange::from_paris("2027-07-06", "09:00", "24:00").expect("valid");
        assert_eq!(
            summer,
            range("2027-07-06T09:00:00+02:00", "2027-07-07T00:00:00+02:00")
        );
        // 01:00 to 04:00 on the night the clocks go forward lasts two real hours.
        let spring = TimeRange::from_paris("2027-03-28", "01:00", "04:00").expect("valid");
        assert_eq!(spring.paris_day_minutes(), [120]);
        let Err(AppError::Invalid(fields)) = TimeRange::from_paris("2027-02-30", "9h", "10:00")
        else {
            panic!("refused")
        };
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(names, ["date", "from"]);
        assert_eq!(
            TimeRange::from_paris("2027-03-02", "16:00", "14:00"),
            Err(AppError::invalid("to", "time.range_reversed"))
        );
    }

    #[test]
    fn the_last_sunday_of_march_has_23_hours() {
        // 28 March 2027: at 02:00 the clocks jump to 03:00.
        assert_eq!(
            range("2027-03-28T01:00:00+01:00", "2027-03-28T04:00:00+02:00").paris_day_minutes(),
            [120],
            "01:00 to 04:00 on the wall lasts two hours"
        );
        assert_eq!(
            range("2027-03-28T00:00:00+01:00", "2027-03-29T00:00:00+02:00").paris_day_minutes(),
            [23 * 60]
        );
    }

    #[test]
    fn the_last_sunday_of_october_has_25_hours() {
        // 31 October 2027: at 03:00 the clocks go back to 02:00.
        assert_eq!(
            range("2027-10-31T01:00:00+02:00", "2027-10-31T04:00:00+01:00").paris_day_minutes(),
            [240],
            "01:00 to 04:00 on the wall lasts four hours"
        );
        assert_eq!(
            range("2027-10-31T00:00:00+02:00", "2027-11-01T00:00:00+01:00").paris_day_minutes(),
            [25 * 60]
        );
    }
}
