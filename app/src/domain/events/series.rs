//! A market's days (*les jours de marché*): an RRULE in Europe/Paris wall-clock time, so the
//! Saturday market opens at 08:00 in Paris in winter and in summer, with days cancelled or moved.
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use super::super::AppError;
use super::super::time::paris_instant;

/// The most days one reading of a calendar returns: more than seven years of Saturdays.
pub const MAX_OCCURRENCES: usize = 400;

/// How a market repeats, in Paris wall-clock time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarketSeries {
    /// An RRULE body without `DTSTART`, e.g. `FREQ=WEEKLY;BYDAY=SA`.
    pub rule: String,
    /// The first market day; the series starts there at `opens`.
    pub first_day: NaiveDate,
    pub opens: NaiveTime,
    /// At or before `opens`, the market closes the next day.
    pub closes: NaiveTime,
    /// The last day the series may fall on, included.
    #[serde(default)]
    pub until: Option<NaiveDate>,
}

/// What became of one market day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExceptionKind {
    /// No market that day.
    Cancelled,
    /// The market is held on another day, or at other hours.
    Moved {
        day: NaiveDate,
        opens: NaiveTime,
        closes: NaiveTime,
    },
}

/// A market day cancelled or moved, and why (shown to visitors).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeriesException {
    /// The day the series would have fallen on.
    pub original_day: NaiveDate,
    pub kind: ExceptionKind,
    pub reason: String,
}

/// One market day as the calendar shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occurrence {
    /// The day the series gives; the key of its exception, if any.
    pub original_day: NaiveDate,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Whether it was moved from its day or hours.
    pub moved: bool,
}

/// The instants of a Paris day's opening hours. A closing time at or before the opening time
/// is the next day's: a night market until 01:00, or until midnight written `00:00`.
pub fn paris_span(
    day: NaiveDate,
    opens: NaiveTime,
    closes: NaiveTime,
) -> (DateTime<Utc>, DateTime<Utc>) {
    let closing_day = if closes > opens {
        day
    } else {
        day.succ_opt().unwrap_or(day)
    };
    (
        paris_instant(day.and_time(opens)),
        paris_instant(closing_day.and_time(closes)),
    )
}

/// Checks that an RRULE body (without `DTSTART`) can be read, and repeats by days at least.
#[cfg(feature = "ssr")]
pub fn validate_rule(rule: &str) -> Result<(), AppError> {
    let day = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(NaiveDate::MIN);
    parse_rule(rule, paris_start(day, NaiveTime::MIN)).map(|_| ())
}

/// The market days of `series` on the Paris days `from` to `to`, both included, sorted by
/// start, [`MAX_OCCURRENCES`] at most: cancelled days dropped, moved ones on their new day
/// (kept when that day is in the range, wherever the original one is).
#[cfg(feature = "ssr")]
pub fn occurrences(
    series: &MarketSeries,
    exceptions: &[SeriesException],
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Occurrence>, AppError> {
    let in_range = |day: NaiveDate| from <= day && day <= to;
    let mut days = series_days(series, from, to, MAX_OCCURRENCES + exceptions.len())?;
    for exception in exceptions {
        let original = exception.original_day;
        if let ExceptionKind::Moved { day, .. } = exception.kind
            && in_range(day)
            && !in_range(original)
            && falls_on(series, original)?
        {
            days.push(original);
        }
    }
    days.sort_unstable();
    days.dedup();
    let mut found: Vec<Occurrence> = days
        .into_iter()
        .filter_map(|original_day| {
            let exception = exceptions.iter().find(|e| e.original_day == original_day);
            let (day, opens, closes, moved) = match exception.map(|e| &e.kind) {
                None => (original_day, series.opens, series.closes, false),
                Some(ExceptionKind::Cancelled) => return None,
                Some(ExceptionKind::Moved { day, opens, closes }) => {
                    if !in_range(*day) {
                        return None;
                    }
                    (*day, *opens, *closes, true)
                }
            };
            let (starts_at, ends_at) = paris_span(day, opens, closes);
            Some(Occurrence {
                original_day,
                starts_at,
                ends_at,
                moved,
            })
        })
        .collect();
    found.sort_by_key(|o| (o.starts_at, o.original_day));
    found.truncate(MAX_OCCURRENCES);
    Ok(found)
}

/// Whether the series gives a market day on `day` (before any exception).
#[cfg(feature = "ssr")]
pub fn falls_on(series: &MarketSeries, day: NaiveDate) -> Result<bool, AppError> {
    Ok(series_days(series, day, day, 1)?.contains(&day))
}

/// A Paris wall-clock time as the rrule crate wants it.
#[cfg(feature = "ssr")]
fn paris_start(day: NaiveDate, time: NaiveTime) -> DateTime<rrule::Tz> {
    paris_instant(day.and_time(time)).with_timezone(&rrule::Tz::Tz(chrono_tz::Europe::Paris))
}

/// Reads an RRULE body against its start; a rule repeating within a day is no market's.
#[cfg(feature = "ssr")]
fn parse_rule(rule: &str, start: DateTime<rrule::Tz>) -> Result<rrule::RRule, AppError> {
    use rrule::Frequency;
    let invalid = || AppError::invalid("rule", "event.rule_invalid");
    let body = rule.trim().trim_start_matches("RRULE:");
    let parsed: rrule::RRule<rrule::Unvalidated> = body.parse().map_err(|_| invalid())?;
    if matches!(
        parsed.get_freq(),
        Frequency::Hourly | Frequency::Minutely | Frequency::Secondly
    ) {
        return Err(invalid());
    }
    parsed.validate(start).map_err(|_| invalid())
}

/// The Paris days the series falls on from `from` to `to` (both included, and no later than
/// its `until`), `limit` at most.
#[cfg(feature = "ssr")]
fn series_days(
    series: &MarketSeries,
    from: NaiveDate,
    to: NaiveDate,
    limit: usize,
) -> Result<Vec<NaiveDate>, AppError> {
    let start = paris_start(series.first_day, series.opens);
    let rule = parse_rule(&series.rule, start)?;
    let from = from.max(series.first_day);
    let to = series.until.map_or(to, |until| until.min(to));
    if to < from {
        return Ok(Vec::new());
    }
    // The end of the day `to`: one second before the next Paris midnight.
    let after = paris_start(from, NaiveTime::MIN);
    let before =
        paris_start(to.succ_opt().unwrap_or(to), NaiveTime::MIN) - chrono::Duration::seconds(1);
    let dates = rrule::RRuleSet::new(start)
        .rrule(rule)
        .after(after)
        .before(before)
        .all(u16::try_from(limit).unwrap_or(u16::MAX))
        .dates;
    let mut days: Vec<NaiveDate> = dates.iter().map(DateTime::date_naive).collect();
    days.dedup();
    Ok(days)
}

#[cfg(all(test, feature = "ssr"))]
mod tests;
