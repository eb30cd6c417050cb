//! A calendar month, the step of the occupancy charts: `2027-03`, "mars 2027".
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::Locale;

const FRENCH: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const ENGLISH: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A month of a year; `month` is 1 to 12 (out-of-range values are read as the nearest month).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    /// The month `month` (1 to 12) of `year`.
    pub fn new(year: i32, month: u32) -> Option<Month> {
        (1..=12).contains(&month).then_some(Month { year, month })
    }

    /// The month a day falls in.
    pub fn containing(date: NaiveDate) -> Month {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }

    /// Its first day.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.clamp(1, 12), 1).unwrap_or(NaiveDate::MIN)
    }

    /// Its last day.
    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().unwrap_or(NaiveDate::MIN)
    }

    /// How many days it has.
    pub fn days(self) -> u32 {
        self.last_day().day()
    }

    /// The month after this one.
    pub fn next(self) -> Month {
        if self.month >= 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                year: self.year,
                month: self.month.max(1) + 1,
            }
        }
    }

    /// The form used in URLs and JSON keys: `2027-03`.
    pub fn key(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// The month as readers of `locale` say it: `mars 2027` or `March 2027`.
    pub fn label(self, locale: Locale) -> String {
        let names = match locale {
            Locale::Fr => &FRENCH,
            Locale::En => &ENGLISH,
        };
        let index = self.month.clamp(1, 12) as usize - 1;
        format!("{} {}", names[index], self.year)
    }
}

impl std::str::FromStr for Month {
    type Err = ();

    /// Reads `2027-03`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (year, month) = s.trim().split_once('-').ok_or(())?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if year.len() != 4 || month.len() != 2 || !digits(year) || !digits(month) {
            return Err(());
        }
        let year = year.parse().map_err(|_| ())?;
        Month::new(year, month.parse().map_err(|_| ())?).ok_or(())
    }
}
