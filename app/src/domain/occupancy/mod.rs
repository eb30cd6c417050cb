//! Occupancy rates (*taux d'occupation*), pure: leased area-days of let spaces, booked minutes
//! of rooms, by kind, floor or month, and the vacancies coming up.
use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Locale, SpaceKind};

mod month;
mod vacancy;

pub use month::Month;
pub use vacancy::{Vacancy, vacancies};

/// A space let on leases (office, storage, commercial space, coworking desk), as rates see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnitInput {
    pub space_id: i32,
    pub kind: SpaceKind,
    pub floor: i32,
    pub area_m2: f64,
}

/// A lease's hold on a space, `ends_on` included (`None`: open-ended).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaseSpan {
    pub space_id: i32,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    /// The structure's share of the space: 100 unless the space is shared.
    pub share_percent: i32,
}

/// A bookable room's opening and booked minutes over one month, computed from its bookings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomHours {
    pub space_id: i32,
    pub kind: SpaceKind,
    pub floor: i32,
    pub month: Month,
    pub open_minutes: i64,
    pub booked_minutes: i64,
}

/// What was used out of what was available: area-days for leases, minutes for rooms.
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Rate {
    pub used: f64,
    pub available: f64,
}

impl Rate {
    /// The share used, from 0 to 1; 0 when nothing was available.
    pub fn ratio(self) -> f64 {
        if self.available > 0.0 {
            self.used / self.available
        } else {
            0.0
        }
    }

    /// The rate in whole percent: `72 %` (narrow no-break space) or `72%`. A rate that is not
    /// full never reads 100, and one that is not empty never reads 0.
    pub fn percent_label(self, locale: Locale) -> String {
        let ratio = self.ratio();
        let mut percent = (ratio * 100.0).round();
        if percent >= 100.0 && ratio < 1.0 {
            percent = 99.0;
        } else if percent <= 0.0 && ratio > 0.0 {
            percent = 1.0;
        }
        match locale {
            Locale::Fr => format!("{percent:.0}\u{202f}%"),
            Locale::En => format!("{percent:.0}%"),
        }
    }

    fn plus(self, other: Rate) -> Rate {
        Rate {
            used: self.used + other.used,
            available: self.available + other.available,
        }
    }
}

/// The leased share of the area of `units` over the days from `from` to `to`, both included.
pub fn leased_rate(
    units: &[UnitInput],
    leases: &[LeaseSpan],
    from: NaiveDate,
    to: NaiveDate,
) -> Rate {
    let leases = by_space(leases);
    units
        .iter()
        .map(|unit| unit_rate(unit, &leases, from, to))
        .fold(Rate::default(), Rate::plus)
}

/// The leased rate of each group of units, such as by kind (`|u| u.kind`) or by floor.
pub fn leased_by<K: Ord + Clone>(
    units: &[UnitInput],
    leases: &[LeaseSpan],
    from: NaiveDate,
    to: NaiveDate,
    key: impl Fn(&UnitInput) -> K,
) -> BTreeMap<K, Rate> {
    let leases = by_space(leases);
    let mut rates = BTreeMap::<K, Rate>::new();
    for unit in units {
        let rate = rates.entry(key(unit)).or_default();
        *rate = rate.plus(unit_rate(unit, &leases, from, to));
    }
    rates
}

/// The leased rate of each month the period touches; the first and last are cut to the period.
pub fn leased_by_month(
    units: &[UnitInput],
    leases: &[LeaseSpan],
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<(Month, Rate)> {
    let leases = by_space(leases);
    let (mut month, last) = (Month::containing(from), Month::containing(to));
    let mut rates = Vec::new();
    while from <= to && month <= last {
        let (start, end) = (from.max(month.first_day()), to.min(month.last_day()));
        let rate = units
            .iter()
            .map(|unit| unit_rate(unit, &leases, start, end))
            .fold(Rate::default(), Rate::plus);
        rates.push((month, rate));
        month = month.next();
    }
    rates
}

/// The booked share of the rooms' opening minutes; a room never counts above its opening time.
pub fn booked_rate(rows: &[RoomHours]) -> Rate {
    rows.iter().map(room_rate).fold(Rate::default(), Rate::plus)
}

/// The booked rate of each kind of room.
pub fn booked_by_kind(rows: &[RoomHours]) -> BTreeMap<SpaceKind, Rate> {
    let mut rates = BTreeMap::<SpaceKind, Rate>::new();
    for row in rows {
        let rate = rates.entry(row.kind).or_default();
        *rate = rate.plus(room_rate(row));
    }
    rates
}

fn room_rate(row: &RoomHours) -> Rate {
    let open = row.open_minutes.max(0);
    Rate {
        used: row.booked_minutes.clamp(0, open) as f64,
        available: open as f64,
    }
}

fn by_space(leases: &[LeaseSpan]) -> BTreeMap<i32, Vec<&LeaseSpan>> {
    let mut grouped = BTreeMap::<i32, Vec<&LeaseSpan>>::new();
    for lease in leases {
        grouped.entry(lease.space_id).or_default().push(lease);
    }
    grouped
}

/// One unit's leased and available area-days over `from..=to`.
fn unit_rate(
    unit: &UnitInput,
    leases: &BTreeMap<i32, Vec<&LeaseSpan>>,
    from: NaiveDate,
    to: NaiveDate,
) -> Rate {
    if to < from {
        return Rate::default();
    }
    let area = if unit.area_m2.is_finite() {
        unit.area_m2.max(0.0)
    } else {
        0.0
    };
    let days = (to - from).num_days() + 1;
    let own = leases.get(&unit.space_id).map_or(&[][..], Vec::as_slice);
    Rate {
        used: area * percent_days(own, from, to) as f64 / 100.0,
        available: area * days as f64,
    }
}

/// Σ over the days of `from..=to` of the shares leased that day, each day capped at 100.
/// Walks the days a share starts or stops rather than every day.
fn percent_days(leases: &[&LeaseSpan], from: NaiveDate, to: NaiveDate) -> i64 {
    let mut changes: Vec<(NaiveDate, i64)> = Vec::with_capacity(leases.len() * 2);
    for lease in leases {
        let start = lease.starts_on.max(from);
        let end = lease.ends_on.map_or(to, |end| end.min(to));
        if start > end {
            continue;
        }
        let share = i64::from(lease.share_percent.clamp(0, 100));
        changes.push((start, share));
        changes.push((end.succ_opt().unwrap_or(end), -share));
    }
    changes.sort_by_key(|&(day, _)| day);
    let (mut total, mut level, mut since) = (0, 0, from);
    for (day, change) in changes {
        total += (day - since).num_days() * level.min(100);
        level += change;
        since = day;
    }
    total
}

#[cfg(test)]
mod tests;
