//! Repeating bookings: an RRULE (RFC 5545) from the first booking's Paris wall-clock time.
//! "Every Tuesday 9–11 until June" stays 9–11 in Paris on both sides of a clock change.
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{AppError, Money, Slot};

/// The most dates one series may hold: two years of weeks.
pub const MAX_OCCURRENCES: usize = 104;

/// How often a booking repeats, as the booking page offers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    Weekly,
    Fortnightly,
    /// The same weekday of the month: the second Tuesday, the last Friday.
    Monthly,
}

impl Frequency {
    /// The form's value: `weekly`, `fortnightly`, `monthly`; anything else repeats nothing.
    pub fn parse(value: &str) -> Option<Frequency> {
        match value.trim() {
            "weekly" => Some(Frequency::Weekly),
            "fortnightly" => Some(Frequency::Fortnightly),
            "monthly" => Some(Frequency::Monthly),
            _ => None,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Frequency::Weekly => "weekly",
            Frequency::Fortnightly => "fortnightly",
            Frequency::Monthly => "monthly",
        }
    }

    /// The RRULE for repeating from the Paris day `first` until the Paris day `until`
    /// (included). UNTIL is the end of that day as a UTC instant, as RFC 5545 asks when the
    /// start has a time zone.
    pub fn rule(self, first: NaiveDate, until: NaiveDate) -> Result<String, AppError> {
        if until <= first {
            return Err(AppError::invalid("until", "recurrence.until_before"));
        }
        let end_of_day = super::time::paris_instant(
            (until + chrono::Days::new(1)).and_time(chrono::NaiveTime::MIN),
        ) - chrono::Duration::seconds(1);
        let until = end_of_day.format("%Y%m%dT%H%M%SZ");
        let weekday = &format!("{:?}", first.weekday()).to_uppercase()[..2];
        Ok(match self {
            Frequency::Weekly => format!("FREQ=WEEKLY;UNTIL={until}"),
            Frequency::Fortnightly => format!("FREQ=WEEKLY;INTERVAL=2;UNTIL={until}"),
            Frequency::Monthly => {
                // The fifth of a weekday is not in every month: call it the last one.
                let nth = (first.day0() / 7) + 1;
                let last = first + chrono::Days::new(7);
                let nth = if last.month() == first.month() {
                    nth.to_string()
                } else {
                    "-1".to_owned()
                };
                format!("FREQ=MONTHLY;BYDAY={nth}{weekday};UNTIL={until}")
            }
        })
    }
}

/// One date of a series and what became of it, or would.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SeriesDate {
    #[serde(flatten)]
    pub slot: Slot,
    /// Why this date cannot be booked, as an i18n key (`booking.overlap`, a rule), if it cannot.
    pub problem: Option<String>,
    /// Its price excluding VAT, in cents; 0 for a date not booked.
    #[cfg_attr(feature = "ssr", schema(value_type = i64))]
    pub price_cents: Money,
    /// Whether the booker dropped it.
    pub skipped: bool,
    /// The booking made for it.
    pub booking_id: Option<i32>,
}

impl SeriesDate {
    /// Whether this date is booked, or would be.
    pub fn booked(&self) -> bool {
        self.problem.is_none() && !self.skipped
    }
}

/// A repeating booking, planned or made: `POST /api/v1/booking-series` and its `check`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SeriesPlan {
    /// Set once booked.
    pub series_id: Option<i32>,
    pub space_id: i32,
    pub space_name: String,
    /// The RRULE the dates follow.
    pub rule: String,
    /// Whether each date waits for a manager's approval.
    pub needs_approval: bool,
    pub dates: Vec<SeriesDate>,
}

impl SeriesPlan {
    /// Dates not dropped that are taken or break a rule.
    pub fn in_the_way(&self) -> usize {
        self.dates
            .iter()
            .filter(|d| d.problem.is_some() && !d.skipped)
            .count()
    }

    /// Dates booked, or that would be.
    pub fn booked(&self) -> usize {
        self.dates.iter().filter(|d| d.booked()).count()
    }

    /// The price of the dates booked.
    pub fn total(&self) -> Money {
        Money::from_cents(self.dates.iter().map(|d| d.price_cents.cents()).sum())
    }

    /// The Paris days of the dates in the way, `2027-03-09,2027-03-16`: what to drop.
    pub fn days_in_the_way(&self) -> String {
        self.dates
            .iter()
            .filter(|d| d.problem.is_some())
            .map(|d| {
                d.slot
                    .starts_at
                    .with_timezone(&chrono_tz::Europe::Paris)
                    .format("%Y-%m-%d")
                    .to_string()
            })
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// The body of `POST /api/v1/booking-series` and `POST /api/v1/booking-series/check`: the first
/// date as for one booking, the rule, and the Paris days to drop.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SeriesInput {
    #[serde(flatten)]
    pub booking: super::BookingInput,
    /// An RRULE that ends (`UNTIL` or `COUNT`), e.g. `FREQ=WEEKLY;UNTIL=20270629T215959Z`.
    pub rule: String,
    /// Days (`2027-03-09`) not to book, in Paris time.
    #[serde(default)]
    pub skip: Vec<String>,
}

/// Reads days to drop: `2027-03-09`, from a list or a comma-separated field.
pub fn parse_days<S: AsRef<str>>(days: &[S]) -> Result<Vec<NaiveDate>, AppError> {
    days.iter()
        .flat_map(|d| d.as_ref().split(',').map(str::trim).collect::<Vec<_>>())
        .filter(|d| !d.is_empty())
        .map(|d| {
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| AppError::invalid("skip", "time.date_invalid"))
        })
        .collect()
}

/// The dates of a series whose first date is `first`, by `rule` (an RRULE without `DTSTART`):
/// each at the same Paris wall-clock times as the first, `first` included. The rule must end
/// (`UNTIL` or `COUNT`) within [`MAX_OCCURRENCES`] dates.
#[cfg(feature = "ssr")]
pub fn occurrences(first: super::TimeRange, rule: &str) -> Result<Vec<super::TimeRange>, AppError> {
    use super::TimeRange;
    use super::time::paris_instant;
    let invalid = || AppError::invalid("rule", "recurrence.invalid");
    let rule = rule.trim().trim_start_matches("RRULE:");
    let upper = rule.to_ascii_uppercase();
    if !upper.contains("UNTIL=") && !upper.contains("COUNT=") {
        return Err(AppError::invalid("rule", "recurrence.unbounded"));
    }
    let paris = chrono_tz::Europe::Paris;
    let start = first.starts_at().with_timezone(&paris).naive_local();
    let end = first.ends_at().with_timezone(&paris).naive_local();
    let wall_length = end - start;
    let dt_start = first
        .starts_at()
        .with_timezone(&rrule::Tz::Tz(chrono_tz::Europe::Paris));
    let parsed: rrule::RRule<rrule::Unvalidated> = rule.parse().map_err(|_| invalid())?;
    let validated = parsed.validate(dt_start).map_err(|_| invalid())?;
    let result = rrule::RRuleSet::new(dt_start)
        .rrule(validated)
        .all(u16::try_from(MAX_OCCURRENCES + 1).unwrap_or(u16::MAX));
    if result.dates.len() > MAX_OCCURRENCES {
        return Err(AppError::invalid(
            "rule",
            &format!("recurrence.too_many|max={MAX_OCCURRENCES}"),
        ));
    }
    let mut ranges = Vec::with_capacity(result.dates.len());
    for date in result.dates {
        let local = date.naive_local();
        let range = TimeRange::new(paris_instant(local), paris_instant(local + wall_length))?;
        if ranges.last() != Some(&range) {
            ranges.push(range);
        }
    }
    if ranges.first() != Some(&first) {
        ranges.insert(0, first);
    }
    Ok(ranges)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::domain::TimeRange;

    fn paris(date: &str, from: &str, to: &str) -> TimeRange {
        TimeRange::from_paris(date, from, to).expect("range")
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn every_tuesday_until_june_keeps_paris_hours_across_the_spring_change() {
        let first = paris("2027-03-02", "09:00", "11:00");
        let rule = Frequency::Weekly
            .rule(day("2027-03-02"), day("2027-06-29"))
            .expect("rule");
        assert_eq!(rule, "FREQ=WEEKLY;UNTIL=20270629T215959Z");
        let dates = occurrences(first, &rule).expect("dates");
        assert_eq!(dates.len(), 18, "2 March to 29 June 2027 is 18 Tuesdays");
        assert_eq!(dates[0], first);
        // 23 March is in winter time (UTC+1), 30 March in summer time (UTC+2): 9:00 both.
        assert_eq!(dates[3], paris("2027-03-23", "09:00", "11:00"));
        assert_eq!(
            dates[3].starts_at().to_rfc3339(),
            "2027-03-23T08:00:00+00:00"
        );
        assert_eq!(
            dates[4].starts_at().to_rfc3339(),
            "2027-03-30T07:00:00+00:00"
        );
        assert_eq!(dates[17], paris("2027-06-29", "09:00", "11:00"));
        assert!(
            dates
                .iter()
                .all(|d| (d.ends_at() - d.starts_at()).num_minutes() == 120)
        );
    }

    #[test]
    fn the_autumn_change_keeps_the_wall_clock_too() {
        let first = paris("2027-10-24", "10:00", "12:00");
        let rule = Frequency::Weekly
            .rule(day("2027-10-24"), day("2027-11-07"))
            .expect("rule");
        let dates = occurrences(first, &rule).expect("dates");
        assert_eq!(
            dates,
            vec![
                first,
                paris("2027-10-31", "10:00", "12:00"),
                paris("2027-11-07", "10:00", "12:00"),
            ]
        );
        assert_eq!(
            dates[0].starts_at().to_rfc3339(),
            "2027-10-24T08:00:00+00:00"
        );
        assert_eq!(
            dates[1].starts_at().to_rfc3339(),
            "2027-10-31T09:00:00+00:00"
        );
    }

    #[test]
    fn a_night_across_the_change_lasts_its_real_length() {
        // Saturday 22:00 to Sunday 04:00 over the last Sunday of March: five real hours.
        let first = paris("2027-03-20", "22:00", "24:00");
        let first = TimeRange::new(
            first.starts_at(),
            first.ends_at() + chrono::Duration::hours(4),
        )
        .expect("night");
        let dates = occurrences(first, "FREQ=WEEKLY;COUNT=2").expect("dates");
        assert_eq!((dates[0].ends_at() - dates[0].starts_at()).num_hours(), 6);
        assert_eq!((dates[1].ends_at() - dates[1].starts_at()).num_hours(), 5);
    }

    #[test]
    fn fortnightly_and_monthly_rules() {
        let rule = Frequency::Fortnightly
            .rule(day("2027-01-05"), day("2027-02-16"))
            .expect("rule");
        let dates = occurrences(paris("2027-01-05", "14:00", "15:00"), &rule).expect("dates");
        assert_eq!(dates.len(), 4);
        assert_eq!(dates[3], paris("2027-02-16", "14:00", "15:00"));

        // 9 March 2027 is the second Tuesday; 30 March the last one.
        let rule = Frequency::Monthly
            .rule(day("2027-03-09"), day("2027-06-30"))
            .expect("rule");
        assert!(rule.starts_with("FREQ=MONTHLY;BYDAY=2TU;"), "{rule}");
        let dates = occurrences(paris("2027-03-09", "18:00", "20:00"), &rule).expect("dates");
        let days: Vec<String> = dates
            .iter()
            .map(|d| {
                d.starts_at()
                    .with_timezone(&chrono_tz::Europe::Paris)
                    .format("%d/%m")
                    .to_string()
            })
            .collect();
        assert_eq!(days, ["09/03", "13/04", "11/05", "08/06"]);
        let rule = Frequency::Monthly
            .rule(day("2027-03-30"), day("2027-05-31"))
            .expect("rule");
        assert!(rule.contains("BYDAY=-1TU"), "{rule}");
    }

    #[test]
    fn refusals_name_the_problem() {
        let first = paris("2027-03-02", "09:00", "11:00");
        let key = |e: AppError| match e {
            AppError::Invalid(f) => f[0].message.clone(),
            other => format!("{other:?}"),
        };
        assert_eq!(
            key(occurrences(first, "FREQ=WEEKLY").expect_err("refused")),
            "recurrence.unbounded"
        );
        assert_eq!(
            key(occurrences(first, "FREQ=SOMETIMES;COUNT=3").expect_err("refused")),
            "recurrence.invalid"
        );
        assert_eq!(
            key(occurrences(first, "FREQ=DAILY;COUNT=500").expect_err("refused")),
            "recurrence.too_many|max=104"
        );
        assert_eq!(
            key(Frequency::Weekly
                .rule(day("2027-03-02"), day("2027-03-01"))
                .expect_err("refused")),
            "recurrence.until_before"
        );
        assert_eq!(
            occurrences(first, "RRULE:FREQ=DAILY;COUNT=3")
                .expect("prefix allowed")
                .len(),
            3
        );
    }
}
