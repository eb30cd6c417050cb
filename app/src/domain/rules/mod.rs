//! The booking rules of a space, judged on the wall clock in Paris: opening hours, length, step,
//! notice, how far ahead, public holidays and site closures. A pure function.
use std::fmt;

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeDelta, Timelike, Utc, Weekday};
use chrono_tz::Europe::Paris;
use serde::{Deserialize, Serialize};

use super::holidays::is_french_public_holiday;
use super::time::paris_instant;
use super::{AppError, TimeRange};

pub mod form;

/// No booking holds a space longer than this: a day at most (the longest a space's rules allow)
/// plus its buffer (eight hours at most). Overlap checks look only this far back, so a space's
/// history does not slow them down.
pub const LONGEST_HOLD: TimeDelta = TimeDelta::hours(48);

/// Minutes in a day on the wall clock; a closing time of 24:00 is the next midnight.
const DAY_MINUTES: u16 = 1440;

/// The weekly opening hours of a space: per weekday, Monday first, closed or `[opens, closes)` in
/// minutes since local midnight. Stored and sent as its text form, e.g. `08:00-20:00,…,`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OpeningHours {
    days: [Option<(u16, u16)>; 7],
}

impl OpeningHours {
    /// Refuses an interval that is empty, reversed or beyond 24:00.
    pub fn new(days: [Option<(u16, u16)>; 7]) -> Result<OpeningHours, AppError> {
        let valid = |(opens, closes): (u16, u16)| opens < closes && closes <= DAY_MINUTES;
        if days.iter().flatten().all(|day| valid(*day)) {
            Ok(OpeningHours { days })
        } else {
            Err(invalid())
        }
    }

    /// Reads seven comma-separated entries, Monday first, each `HH:MM-HH:MM` or empty for closed.
    pub fn parse(text: &str) -> Result<OpeningHours, AppError> {
        let entries: Vec<&str> = text.split(',').map(str::trim).collect();
        let mut days = [None; 7];
        if entries.len() != days.len() {
            return Err(invalid());
        }
        for (day, entry) in days.iter_mut().zip(entries) {
            if !entry.is_empty() {
                let (opens, closes) = entry.split_once('-').ok_or_else(invalid)?;
                *day = Some((read_time(opens)?, read_time(closes)?));
            }
        }
        OpeningHours::new(days)
    }

    /// The opening interval of `weekday`, or `None` when the space is closed that day.
    pub fn day(&self, weekday: Weekday) -> Option<(u16, u16)> {
        self.days[weekday.num_days_from_monday() as usize]
    }
}

/// The one error of malformed opening hours: the message explains the whole format.
fn invalid() -> AppError {
    AppError::invalid("opening_hours", "rules.opening_hours_invalid")
}

/// Reads `HH:MM` into minutes since midnight; exactly two digits each, so the text round-trips.
fn read_time(text: &str) -> Result<u16, AppError> {
    let digits = |part: &str| match part.len() {
        2 if part.bytes().all(|b| b.is_ascii_digit()) => part.parse::<u16>().ok(),
        _ => None,
    };
    let (hours, minutes) = text.split_once(':').ok_or_else(invalid)?;
    match (digits(hours), digits(minutes)) {
        (Some(h), Some(m)) if m < 60 && h * 60 + m <= DAY_MINUTES => Ok(h * 60 + m),
        _ => Err(invalid()),
    }
}

impl fmt::Display for OpeningHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, day) in self.days.iter().enumerate() {
            if index > 0 {
                f.write_str(",")?;
            }
            if let Some((opens, closes)) = day {
                let (oh, om, ch, cm) = (opens / 60, opens % 60, closes / 60, closes % 60);
                write!(f, "{oh:02}:{om:02}-{ch:02}:{cm:02}")?;
            }
        }
        Ok(())
    }
}

impl TryFrom<String> for OpeningHours {
    type Error = AppError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        OpeningHours::parse(&text)
    }
}

impl From<OpeningHours> for String {
    fn from(hours: OpeningHours) -> String {
        hours.to_string()
    }
}

/// When and how a space may be booked. Lengths and notice are in real minutes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingRules {
    pub opening_hours: OpeningHours,
    pub min_minutes: i64,
    pub max_minutes: i64,
    /// Starts and lengths go by this many minutes, counted from local midnight.
    pub step_minutes: i64,
    /// Minutes kept free around each booking (cleaning, setting up): not judged by [`check`], it
    /// widens the overlap test against other bookings.
    pub buffer_minutes: i64,
    pub max_advance_days: i64,
    pub min_notice_minutes: i64,
}

impl Default for BookingRules {
    /// Monday to Friday 08:00–20:00, from 30 minutes to 10 hours by half-hours, a year ahead.
    fn default() -> Self {
        let weekday = Some((8 * 60, 20 * 60));
        let hours = [weekday, weekday, weekday, weekday, weekday, None, None];
        BookingRules {
            opening_hours: OpeningHours { days: hours },
            min_minutes: 30,
            max_minutes: 600,
            step_minutes: 30,
            buffer_minutes: 0,
            max_advance_days: 365,
            min_notice_minutes: 0,
        }
    }
}

/// Days the whole site is shut, both ends included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closure {
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub reason: String,
}

impl Closure {
    /// Whether the site is shut on `date`.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.starts_on <= date && date <= self.ends_on
    }
}

/// The rule a booking breaks; numbers are the rule's limit, to show the person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum RuleBreach {
    #[error("starts in the past")]
    InPast,
    #[error("less than {minutes} minutes' notice")]
    TooSoon { minutes: i64 },
    #[error("more than {days} days ahead")]
    TooFarAhead { days: i64 },
    #[error("shorter than {minutes} minutes")]
    TooShort { minutes: i64 },
    #[error("longer than {minutes} minutes")]
    TooLong { minutes: i64 },
    /// The start or the length is not on a step of this many minutes.
    #[error("not on a step of {minutes} minutes")]
    OffStep { minutes: i64 },
    /// Part of the range is outside the opening hours, or on a closed weekday.
    #[error("outside opening hours")]
    Closed,
    #[error("{date} is a public holiday")]
    Holiday { date: NaiveDate },
    #[error("the site is closed on {date}: {reason}")]
    SiteClosed { date: NaiveDate, reason: String },
}

impl RuleBreach {
    /// The i18n key with its arguments: `key|name=value|…`, dates written dd/mm/yyyy.
    pub fn message_key(&self) -> String {
        let day = |date: &NaiveDate| date.format("%d/%m/%Y").to_string();
        match self {
            RuleBreach::InPast => "rules.in_past".to_owned(),
            RuleBreach::TooSoon { minutes } => format!("rules.too_soon|minutes={minutes}"),
            RuleBreach::TooFarAhead { days } => format!("rules.too_far_ahead|days={days}"),
            RuleBreach::TooShort { minutes } => format!("rules.too_short|minutes={minutes}"),
            RuleBreach::TooLong { minutes } => format!("rules.too_long|minutes={minutes}"),
            RuleBreach::OffStep { minutes } => format!("rules.off_step|minutes={minutes}"),
            RuleBreach::Closed => "rules.closed".to_owned(),
            RuleBreach::Holiday { date } => format!("rules.holiday|date={}", day(date)),
            // A `|` typed in the reason would split it into a bogus argument.
            RuleBreach::SiteClosed { date, reason } => format!(
                "rules.site_closed|date={}|reason={}",
                day(date),
                reason.replace('|', "/")
            ),
        }
    }

    /// The input field the breach is shown beside.
    pub fn field(&self) -> &'static str {
        match self {
            RuleBreach::TooShort { .. } | RuleBreach::TooLong { .. } => "ends_at",
            _ => "starts_at",
        }
    }
}

/// Whether `range` may be booked at `now` under `rules`, the site being shut on `closures`.
pub fn check(
    rules: &BookingRules,
    range: TimeRange,
    now: DateTime<Utc>,
    closures: &[Closure],
) -> Result<(), RuleBreach> {
    let (starts, ends) = (range.starts_at(), range.ends_at());
    let local_start = starts.with_timezone(&Paris);
    if starts < now {
        return Err(RuleBreach::InPast);
    }
    // In seconds, saturating: limits typed by an administrator must not overflow.
    let seconds = |minutes: i64| minutes.saturating_mul(60);
    if (starts - now).num_seconds() < seconds(rules.min_notice_minutes) {
        return Err(RuleBreach::TooSoon {
            minutes: rules.min_notice_minutes,
        });
    }
    // Counted in Paris calendar days, so the last bookable day is bookable all day long.
    let today = now.with_timezone(&Paris).date_naive();
    if (local_start.date_naive() - today).num_days() > rules.max_advance_days {
        return Err(RuleBreach::TooFarAhead {
            days: rules.max_advance_days,
        });
    }
    // Real time, not wall time: 01:00–04:00 lasts two hours in March and four in October.
    let length = (ends - starts).num_seconds();
    if length < seconds(rules.min_minutes) {
        return Err(RuleBreach::TooShort {
            minutes: rules.min_minutes,
        });
    }
    if length > seconds(rules.max_minutes) {
        return Err(RuleBreach::TooLong {
            minutes: rules.max_minutes,
        });
    }
    let step = seconds(rules.step_minutes);
    let start_seconds = i64::from(local_start.num_seconds_from_midnight());
    if step > 0 && (start_seconds % step != 0 || length % step != 0) {
        return Err(RuleBreach::OffStep {
            minutes: rules.step_minutes,
        });
    }
    let mut cursor = starts;
    while cursor < ends {
        let local = cursor.with_timezone(&Paris);
        let date = local.date_naive();
        check_date(date, closures)?;
        let next_midnight = date
            .succ_opt()
            .map(|next| paris_instant(next.and_time(NaiveTime::MIN)))
            .filter(|midnight| *midnight > cursor);
        let part_ends = next_midnight.map_or(ends, |midnight| midnight.min(ends));
        let closes_at = match next_midnight {
            Some(midnight) if part_ends == midnight => u32::from(DAY_MINUTES) * 60,
            _ => part_ends.with_timezone(&Paris).num_seconds_from_midnight(),
        };
        let fits = rules
            .opening_hours
            .day(date.weekday())
            .is_some_and(|(opens, closes)| {
                u32::from(opens) * 60 <= local.num_seconds_from_midnight()
                    && closes_at <= u32::from(closes) * 60
            });
        if !fits {
            return Err(RuleBreach::Closed);
        }
        cursor = part_ends;
    }
    Ok(())
}

/// Refuses a public holiday or a day the site is shut.
fn check_date(date: NaiveDate, closures: &[Closure]) -> Result<(), RuleBreach> {
    if is_french_public_holiday(date) {
        return Err(RuleBreach::Holiday { date });
    }
    match closures.iter().find(|closure| closure.covers(date)) {
        Some(closure) => Err(RuleBreach::SiteClosed {
            date,
            reason: closure.reason.clone(),
        }),
        None => Ok(()),
    }
}

/// The opening hours of the Paris day `date` as instants, or `None` when nothing can be booked.
pub fn open_window(
    rules: &BookingRules,
    date: NaiveDate,
    closures: &[Closure],
) -> Option<TimeRange> {
    check_date(date, closures).ok()?;
    let (opens, closes) = rules.opening_hours.day(date.weekday())?;
    let at = |minutes: u16| {
        let midnight = date.and_time(NaiveTime::MIN);
        Some(paris_instant(midnight.checked_add_signed(
            TimeDelta::minutes(i64::from(minutes)),
        )?))
    };
    TimeRange::new(at(opens)?, at(closes)?).ok()
}

#[cfg(test)]
mod tests;
