//! Yearly rent revision on a French INSEE index (ILAT, ILC, ICC), computed exactly in integers.
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{Locale, Money};

mod published;
mod quarter;
mod value;

pub use published::PUBLISHED;
pub use quarter::Quarter;
pub use value::IndexValue;

/// The INSEE index a lease's rent follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RentIndex {
    /// Indice des loyers des activités tertiaires: offices and other non-retail premises.
    Ilat,
    /// Indice des loyers commerciaux: shops and craft workshops.
    Ilc,
    /// Indice du coût de la construction: older leases that still name it.
    Icc,
}

impl RentIndex {
    /// Every index, in the order of the forms.
    pub const ALL: [RentIndex; 3] = [RentIndex::Ilat, RentIndex::Ilc, RentIndex::Icc];

    /// The word stored in the database and sent in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            RentIndex::Ilat => "ilat",
            RentIndex::Ilc => "ilc",
            RentIndex::Icc => "icc",
        }
    }

    /// The translation key naming this index in the interface.
    pub const fn i18n_key(self) -> &'static str {
        match self {
            RentIndex::Ilat => "index.ilat",
            RentIndex::Ilc => "index.ilc",
            RentIndex::Icc => "index.icc",
        }
    }
}

impl std::str::FromStr for RentIndex {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RentIndex::ALL
            .into_iter()
            .find(|index| index.as_str() == s)
            .ok_or(())
    }
}

/// A rent revised from the reference quarter's index to the new quarter's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    /// The monthly rent before, in cents.
    pub old_rent_cents: i64,
    /// The monthly rent after, in cents.
    pub new_rent_cents: i64,
    /// The index of the reference quarter (the last revision's, or the lease's).
    pub reference: IndexValue,
    /// The index of the same quarter a year later.
    pub new: IndexValue,
}

impl Revision {
    /// The index change in hundredths of a percent, rounded: +3.52 % is 352.
    pub fn change_percent_hundredths(&self) -> i64 {
        let reference = i128::from(self.reference.hundredths());
        if reference <= 0 {
            return 0;
        }
        let change = i128::from(self.new.hundredths()) - reference;
        saturate(div_round(change * 10_000, reference))
    }

    /// The computation as a reader checks it: `1 200,00 € × 136,18 / 131,56 = 1 242,13 €`.
    pub fn formula(&self, locale: Locale) -> String {
        format!(
            "{} × {} / {} = {}",
            Money::from_cents(self.old_rent_cents).format(locale),
            self.new.format(locale),
            self.reference.format(locale),
            Money::from_cents(self.new_rent_cents).format(locale),
        )
    }
}

/// The rent `rent_cents × new / reference`, rounded to the nearest cent (half away from zero).
/// A reference or new value that is not positive (a bad stored row) leaves the rent as it is.
pub fn revise(rent_cents: i64, reference: IndexValue, new: IndexValue) -> Revision {
    let (from, to) = (reference.hundredths(), new.hundredths());
    let new_rent_cents = if from > 0 && to > 0 {
        saturate(div_round(
            i128::from(rent_cents) * i128::from(to),
            i128::from(from),
        ))
    } else {
        rent_cents
    };
    Revision {
        old_rent_cents: rent_cents,
        new_rent_cents,
        reference,
        new,
    }
}

/// The date of the next yearly revision of a lease that started on `anniversary`: the first
/// anniversary strictly after the last revision (or the start). When several anniversaries went
/// by unrevised, the latest one on or before `today`, since one revision catches them all up.
pub fn next_revision_on(
    anniversary: NaiveDate,
    last_revised_on: Option<NaiveDate>,
    today: NaiveDate,
) -> NaiveDate {
    let after = last_revised_on.map_or(anniversary, |last| last.max(anniversary));
    let mut next = anniversary_in(anniversary, after.year());
    if next <= after {
        next = anniversary_in(anniversary, after.year() + 1);
    }
    let mut latest_due = anniversary_in(anniversary, today.year());
    if latest_due > today {
        latest_due = anniversary_in(anniversary, today.year() - 1);
    }
    next.max(latest_due)
}

/// The anniversary of `start` in `year`; 29 February falls on the 28th in common years.
fn anniversary_in(start: NaiveDate, year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, start.month(), start.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, start.month(), 28))
        .unwrap_or(start)
}

/// `num / den` rounded half away from zero; `den` is positive.
fn div_round(num: i128, den: i128) -> i128 {
    let (quotient, remainder) = (num / den, num % den);
    if 2 * remainder.abs() >= den {
        quotient + num.signum()
    } else {
        quotient
    }
}

/// An i128 brought back to i64, clamped rather than wrapped.
fn saturate(value: i128) -> i64 {
    i64::try_from(value).unwrap_or(if value > 0 { i64::MAX } else { i64::MIN })
}

#[cfg(test)]
mod tests;
