//! The public calendar's month view: weeks from Monday to Sunday, days outside the month empty.
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::super::occupancy::Month;

/// A month laid out in weeks, Monday first: 4 to 6 rows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthGrid {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
    /// Each week's days, Monday to Sunday; `None` for a day of the month before or after.
    pub weeks: Vec<[Option<NaiveDate>; 7]>,
}

impl MonthGrid {
    /// The grid of `month` (1 to 12) of `year`.
    pub fn new(year: i32, month: u32) -> Option<MonthGrid> {
        let first = NaiveDate::from_ymd_opt(year, month, 1)?;
        let mut weeks = Vec::with_capacity(6);
        let mut week = [None; 7];
        for day in first.iter_days().take_while(|d| d.month() == month) {
            let column = day.weekday().num_days_from_monday() as usize;
            week[column] = Some(day);
            if column == 6 {
                weeks.push(week);
                week = [None; 7];
            }
        }
        if week.iter().any(Option::is_some) {
            weeks.push(week);
        }
        Some(MonthGrid { year, month, weeks })
    }

    /// The grid of the month `day` falls in.
    pub fn containing(day: NaiveDate) -> MonthGrid {
        MonthGrid::new(day.year(), day.month()).unwrap_or_else(|| MonthGrid {
            year: day.year(),
            month: day.month(),
            weeks: Vec::new(),
        })
    }

    /// The month before, as `(year, month)`.
    pub fn previous(&self) -> (i32, u32) {
        if self.month <= 1 {
            (self.year - 1, 12)
        } else {
            (self.year, self.month - 1)
        }
    }

    /// The month after, as `(year, month)`.
    pub fn next(&self) -> (i32, u32) {
        if self.month >= 12 {
            (self.year + 1, 1)
        } else {
            (self.year, self.month + 1)
        }
    }

    /// The month's first day.
    pub fn first_day(&self) -> NaiveDate {
        self.calendar_month().first_day()
    }

    /// The month's last day.
    pub fn last_day(&self) -> NaiveDate {
        self.calendar_month().last_day()
    }

    /// The form used in URLs: `2027-03`.
    pub fn key(&self) -> String {
        self.calendar_month().key()
    }

    fn calendar_month(&self) -> Month {
        Month {
            year: self.year,
            month: self.month,
        }
    }
}

impl std::str::FromStr for MonthGrid {
    type Err = ();

    /// Reads `2027-03`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let month: Month = s.parse()?;
        MonthGrid::new(month.year, month.month).ok_or(())
    }
}

#[cfg(test)]
mod tests;
