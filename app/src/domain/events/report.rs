//! An edition's report: its visitors, exhibitors by sector and legal form, fees and sales, set
//! beside the earlier editions of the same event.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::super::exhibitors::EditionHeading;
use super::super::{LegalForm, Sector};
use super::visitors::VisitorCount;

/// How many of `items` fall under each value, most frequent first, then in the vocabulary's
/// order; values nobody has are left out.
pub fn tally<T: Copy + PartialEq>(all: &[T], items: impl IntoIterator<Item = T>) -> Vec<(T, u32)> {
    let mut counts = vec![0u32; all.len()];
    for item in items {
        if let Some(i) = all.iter().position(|v| *v == item) {
            counts[i] += 1;
        }
    }
    let mut rows: Vec<(usize, u32)> = counts
        .into_iter()
        .enumerate()
        .filter(|(_, n)| *n > 0)
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    rows.into_iter().map(|(i, n)| (all[i], n)).collect()
}

/// One edition's figures, as the report compares them year to year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionFigures {
    pub edition_id: i32,
    pub year: i32,
    pub starts_on: NaiveDate,
    /// Visitors counted; `None` when nobody recorded any count.
    pub visitors: Option<i64>,
    /// Accepted exhibitors.
    pub exhibitors: u32,
    /// The stall fees the accepted exhibitors owe, in cents.
    pub fees_cents: i64,
    /// The sales declared, in cents, and by how many exhibitors.
    pub sales_cents: i64,
    pub declared: u32,
}

impl EditionFigures {
    /// The average sales of those who declared theirs, in cents; `None` when nobody did.
    pub fn average_sales_cents(&self) -> Option<i64> {
        (self.declared > 0).then(|| self.sales_cents / i64::from(self.declared))
    }
}

/// The stall fees of one kind of stall: its price, how many accepted exhibitors took it, and
/// what they owe together.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeeLine {
    pub stall_type: String,
    pub price_cents: i64,
    pub exhibitors: u32,
    pub total_cents: i64,
}

/// An edition's report: its counts and figures, its exhibitors by sector and legal form, its
/// fees by kind of stall, and every edition of the event up to this one, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionReport {
    pub edition: EditionHeading,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// The edition's opening hours, `10:00` and `19:00`.
    pub opens: String,
    pub closes: String,
    /// Whether counts may be recorded yet (the edition's first day has come).
    pub counting_open: bool,
    pub counts: Vec<VisitorCount>,
    pub by_entrance: Vec<(String, i64)>,
    pub by_hour: Vec<(i32, i64)>,
    pub sectors: Vec<(Sector, u32)>,
    pub legal_forms: Vec<(LegalForm, u32)>,
    pub fees: Vec<FeeLine>,
    pub figures: EditionFigures,
    pub history: Vec<EditionFigures>,
}

impl EditionReport {
    /// The figures of the edition before this one, if the event had one.
    pub fn previous(&self) -> Option<&EditionFigures> {
        self.history
            .iter()
            .filter(|f| f.year < self.figures.year)
            .max_by_key(|f| f.year)
    }
}

/// The change from `before` to `now` in whole percent, rounded half away from zero; `None`
/// when there is nothing to compare with.
pub fn change_percent(before: i64, now: i64) -> Option<i64> {
    if before <= 0 {
        return None;
    }
    let diff = (now - before) * 100;
    let half = before / 2;
    Some(if diff >= 0 {
        (diff + half) / before
    } else {
        (diff - half) / before
    })
}

#[cfg(test)]
mod tests;
