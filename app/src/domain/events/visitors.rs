//! The visitor counts managers record after an edition's day: per entrance, by the hour or as
//! the day's total, and how they add up without counting anyone twice.
use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::super::{AppError, FieldError};

/// One count as recorded: visitors through one entrance on one day, in one hour (`Some(14)`
/// is 14:00–15:00) or over the whole day (`None`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitorCount {
    pub id: i32,
    pub day: NaiveDate,
    pub entrance: String,
    pub hour: Option<i32>,
    pub visitors: i32,
}

/// The count form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitorCountInput {
    pub day: String,
    pub entrance: String,
    /// An hour 0–23, or empty for the day's total.
    #[serde(default)]
    pub hour: String,
    pub visitors: String,
}

/// A count that passed its rules, for an edition held from `starts_on` to `ends_on`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewVisitorCount {
    pub day: NaiveDate,
    pub entrance: String,
    pub hour: Option<i32>,
    pub visitors: i32,
}

/// The most visitors one count may hold: more than any entrance sees in a day.
pub const MAX_VISITORS: i32 = 1_000_000;

impl NewVisitorCount {
    /// Checks a typed count against the edition's days and `today`: the day must be one of
    /// the edition's and not in the future, the entrance named, the hour 0–23 or empty, the
    /// visitors a whole number from 0.
    pub fn parse(
        input: &VisitorCountInput,
        starts_on: NaiveDate,
        ends_on: NaiveDate,
        today: NaiveDate,
    ) -> Result<Self, AppError> {
        let mut errors = Vec::new();
        let day = match input.day.trim().parse::<NaiveDate>() {
            Ok(day) if day < starts_on || day > ends_on => {
                errors.push(FieldError::new("day", "visitors.day_outside"));
                None
            }
            Ok(day) if day > today => {
                errors.push(FieldError::new("day", "visitors.day_future"));
                None
            }
            Ok(day) => Some(day),
            Err(_) => {
                errors.push(FieldError::new("day", "visitors.day_invalid"));
                None
            }
        };
        let entrance = input.entrance.trim();
        if entrance.is_empty() || entrance.chars().count() > 100 {
            errors.push(FieldError::new("entrance", "visitors.entrance_invalid"));
        }
        let hour = match input.hour.trim() {
            "" => Some(None),
            raw => raw
                .parse::<i32>()
                .ok()
                .filter(|h| (0..24).contains(h))
                .map(Some),
        };
        if hour.is_none() {
            errors.push(FieldError::new("hour", "visitors.hour_invalid"));
        }
        let visitors = input
            .visitors
            .trim()
            .replace([' ', '\u{202f}', '\u{a0}'], "")
            .parse::<i32>()
            .ok()
            .filter(|v| (0..=MAX_VISITORS).contains(v));
        if visitors.is_none() {
            errors.push(FieldError::new("visitors", "visitors.count_invalid"));
        }
        match (day, hour, visitors) {
            (Some(day), Some(hour), Some(visitors)) if errors.is_empty() => Ok(NewVisitorCount {
                day,
                entrance: entrance.to_owned(),
                hour,
                visitors,
            }),
            _ => Err(AppError::Invalid(errors)),
        }
    }
}

/// The visitors of each entrance and day: its day's total when one was recorded, else the sum
/// of its hourly counts. A total and hourly counts of the same entrance and day are two ways
/// of counting the same people, never added together.
pub fn visitors_by_entrance_day(counts: &[VisitorCount]) -> BTreeMap<(NaiveDate, String), i64> {
    let mut totals: BTreeMap<(NaiveDate, String), i64> = BTreeMap::new();
    let mut hourly: BTreeMap<(NaiveDate, String), i64> = BTreeMap::new();
    for c in counts {
        let key = (c.day, c.entrance.clone());
        match c.hour {
            None => *totals.entry(key).or_default() += i64::from(c.visitors),
            Some(_) => *hourly.entry(key).or_default() += i64::from(c.visitors),
        }
    }
    for (key, sum) in hourly {
        totals.entry(key).or_insert(sum);
    }
    totals
}

/// All the visitors the counts give, each entrance and day counted once.
pub fn visitors_total(counts: &[VisitorCount]) -> i64 {
    visitors_by_entrance_day(counts).values().sum()
}

/// The visitors of each hour over every entrance and day, from hourly counts only; empty when
/// only totals were recorded.
pub fn visitors_by_hour(counts: &[VisitorCount]) -> Vec<(i32, i64)> {
    let mut hours: BTreeMap<i32, i64> = BTreeMap::new();
    for c in counts {
        if let Some(hour) = c.hour {
            *hours.entry(hour).or_default() += i64::from(c.visitors);
        }
    }
    hours.into_iter().collect()
}

/// The visitors of each entrance over the edition's days, most visited first.
pub fn visitors_by_entrance(counts: &[VisitorCount]) -> Vec<(String, i64)> {
    let mut entrances: BTreeMap<String, i64> = BTreeMap::new();
    for ((_, entrance), n) in visitors_by_entrance_day(counts) {
        *entrances.entry(entrance).or_default() += n;
    }
    let mut rows: Vec<_> = entrances.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows
}

#[cfg(test)]
mod tests;
