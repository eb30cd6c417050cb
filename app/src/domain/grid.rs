//! The day grid: every bookable space of a site as a row, the day's half-hours as columns.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::SpaceKind;

/// What one half-hour of one space is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cell {
    /// Open and not booked: it can be booked from here.
    Free,
    /// Booked, held by a request, or kept free as a buffer.
    Busy,
    /// Outside opening hours, a holiday, a closure, or already past.
    Closed,
}

/// One space's day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GridRow {
    pub space_id: i32,
    pub name: String,
    pub kind: SpaceKind,
    pub capacity: i32,
    /// One cell per column of the grid.
    pub cells: Vec<Cell>,
}

/// A Paris day of a site's bookable spaces, half-hour by half-hour. The columns are real
/// half-hours: a day when the clocks change has two fewer or two more.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayGrid {
    /// The day, `2027-03-02`.
    pub date: String,
    /// The start of each column.
    pub columns: Vec<DateTime<Utc>>,
    pub rows: Vec<GridRow>,
}

/// One half-hour of a space's week: when it starts and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slice {
    pub starts_at: DateTime<Utc>,
    pub cell: Cell,
}

/// One wall-clock time of the week view (`08:30`) across the days. A day has no slice at a time
/// the spring change skips, and two at a time the autumn change repeats.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekRow {
    /// `08:30`, Paris time.
    pub label: String,
    /// One list per day of the view.
    pub days: Vec<Vec<Slice>>,
}

/// One space over several Paris days (a week, or one day), half-hour by half-hour.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpaceWeek {
    pub space_id: i32,
    pub name: String,
    pub kind: SpaceKind,
    pub capacity: i32,
    /// The days shown, `2027-03-29`.
    pub days: Vec<String>,
    /// Times of day in order, from the earliest opening to the latest closing of those days.
    pub rows: Vec<WeekRow>,
}
