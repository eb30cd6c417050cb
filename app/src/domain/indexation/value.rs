//! An index value as INSEE publishes it, with at most two decimals, held in hundredths.
use serde::{Deserialize, Serialize};

use crate::domain::Locale;

/// A positive index value in hundredths: 136.18 is 13618, an ICC of 2162 is 216200.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "i64")]
pub struct IndexValue(i64);

impl IndexValue {
    /// The value of `hundredths` hundredths, as stored; input from people goes through
    /// [`IndexValue::parse`]. A value that is not positive revises nothing (see `revise`).
    pub const fn from_hundredths(hundredths: i64) -> IndexValue {
        IndexValue(hundredths)
    }

    /// The value in hundredths.
    pub const fn hundredths(self) -> i64 {
        self.0
    }

    /// Reads `136,18`, `136.18`, `2162` or `2 162`: positive, at most two decimals.
    #[expect(
        clippy::result_unit_err,
        reason = "one way to be wrong; the form names the field"
    )]
    pub fn parse(raw: &str) -> Result<IndexValue, ()> {
        let compact: String = raw
            .trim()
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
            .collect();
        let (whole, decimals) = match compact.split_once([',', '.']) {
            Some((whole, decimals)) if (1..=2).contains(&decimals.len()) => (whole, decimals),
            Some(_) => return Err(()),
            None => (compact.as_str(), ""),
        };
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || whole.len() > 12 || !digits(whole) || !digits(decimals) {
            return Err(());
        }
        let whole: i64 = whole.parse().map_err(|_| ())?;
        let cents = match decimals.len() {
            0 => 0,
            1 => decimals.parse::<i64>().map_err(|_| ())? * 10,
            _ => decimals.parse::<i64>().map_err(|_| ())?,
        };
        let hundredths = whole * 100 + cents;
        if hundredths > 0 {
            Ok(IndexValue(hundredths))
        } else {
            Err(())
        }
    }

    /// The value as readers of `locale` write it: `136,18` or `136.18`; whole values as `2162`.
    pub fn format(self, locale: Locale) -> String {
        let (whole, cents) = (self.0 / 100, self.0 % 100);
        if cents == 0 {
            return whole.to_string();
        }
        let separator = match locale {
            Locale::Fr => ',',
            Locale::En => '.',
        };
        format!("{whole}{separator}{cents:02}")
    }
}

impl TryFrom<i64> for IndexValue {
    type Error = &'static str;

    fn try_from(hundredths: i64) -> Result<Self, Self::Error> {
        if hundredths > 0 {
            Ok(IndexValue(hundredths))
        } else {
            Err("an index value is positive")
        }
    }
}

impl From<IndexValue> for i64 {
    fn from(value: IndexValue) -> i64 {
        value.0
    }
}
