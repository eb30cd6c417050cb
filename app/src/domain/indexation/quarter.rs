//! The quarter an index value is published for: `2024-T2` in the database, `T2 2024` on screen.
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::Locale;

/// A calendar quarter: `quarter` is 1 to 4.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Quarter {
    pub year: i32,
    pub quarter: u8,
}

impl Quarter {
    /// The quarter `quarter` (1 to 4) of `year`.
    pub fn new(year: i32, quarter: u8) -> Option<Quarter> {
        (1..=4)
            .contains(&quarter)
            .then_some(Quarter { year, quarter })
    }

    /// The quarter a day falls in.
    pub fn containing(date: NaiveDate) -> Quarter {
        Quarter {
            year: date.year(),
            // month0 is 0..=11, so this is 1..=4.
            quarter: (date.month0() / 3) as u8 + 1,
        }
    }

    /// The form stored in the database: `2024-T2`.
    pub fn as_key(self) -> String {
        format!("{}-T{}", self.year, self.quarter)
    }

    /// The quarter as readers of `locale` write it: `T2 2024` or `Q2 2024`.
    pub fn label(self, locale: Locale) -> String {
        let letter = match locale {
            Locale::Fr => 'T',
            Locale::En => 'Q',
        };
        format!("{letter}{} {}", self.quarter, self.year)
    }

    /// The same quarter a year before: the reference of a yearly revision.
    pub fn previous_year(self) -> Quarter {
        Quarter {
            year: self.year - 1,
            ..self
        }
    }

    /// The quarter after this one.
    pub fn next(self) -> Quarter {
        if self.quarter >= 4 {
            Quarter {
                year: self.year + 1,
                quarter: 1,
            }
        } else {
            Quarter {
                quarter: self.quarter + 1,
                ..self
            }
        }
    }
}

impl std::str::FromStr for Quarter {
    type Err = ();

    /// Reads `2024-T2`, `2024-Q2`, `T2 2024` or `Q2 2024`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let (year, quarter) = match s.split_once('-') {
            Some((year, quarter)) => (year, quarter),
            None => {
                let mut words = s.split_whitespace();
                let (Some(quarter), Some(year), None) = (words.next(), words.next(), words.next())
                else {
                    return Err(());
                };
                (year, quarter)
            }
        };
        let digit = quarter
            .strip_prefix(['T', 't', 'Q', 'q'])
            .filter(|d| d.len() == 1)
            .and_then(|d| d.parse::<u8>().ok())
            .ok_or(())?;
        let all_digits = !year.is_empty() && year.bytes().all(|b| b.is_ascii_digit());
        let year = year.parse::<i32>().ok().filter(|_| all_digits).ok_or(())?;
        Quarter::new(year, digit).ok_or(())
    }
}
