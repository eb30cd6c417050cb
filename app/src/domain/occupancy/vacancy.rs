//! Spaces free now or soon: what the manager offers to structures looking for premises.
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{LeaseSpan, UnitInput};

/// A space not fully leased from `free_from`, until `free_until` included (`None`: no lease yet).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vacancy {
    pub space_id: i32,
    pub free_from: NaiveDate,
    pub free_until: Option<NaiveDate>,
}

/// The units not fully leased `today`, or becoming so within `horizon_days` because a lease ends
/// and no other fills the space the next day; soonest first.
pub fn vacancies(
    units: &[UnitInput],
    leases: &[LeaseSpan],
    today: NaiveDate,
    horizon_days: u32,
) -> Vec<Vacancy> {
    let horizon = today
        .checked_add_days(Days::new(horizon_days.into()))
        .unwrap_or(NaiveDate::MAX);
    let mut found: Vec<Vacancy> = units
        .iter()
        .filter_map(|unit| {
            let own: Vec<&LeaseSpan> = leases
                .iter()
                .filter(|lease| lease.space_id == unit.space_id)
                .collect();
            let (free_from, free_until) = first_gap(&own, today, horizon)?;
            Some(Vacancy {
                space_id: unit.space_id,
                free_from,
                free_until,
            })
        })
        .collect();
    found.sort_by_key(|v| (v.free_from, v.space_id));
    found
}

/// The first day from `today` to `horizon` the space is not fully leased, and the last day
/// before a lease fills it again.
fn first_gap(
    leases: &[&LeaseSpan],
    today: NaiveDate,
    horizon: NaiveDate,
) -> Option<(NaiveDate, Option<NaiveDate>)> {
    // The share leased only drops on the day after a lease ends.
    let mut drops: Vec<NaiveDate> = leases
        .iter()
        .filter_map(|lease| lease.ends_on?.succ_opt())
        .filter(|day| today < *day && *day <= horizon)
        .collect();
    drops.push(today);
    drops.sort();
    let free_from = drops.into_iter().find(|day| share_on(leases, *day) < 100)?;
    let mut starts: Vec<NaiveDate> = leases
        .iter()
        .map(|lease| lease.starts_on)
        .filter(|day| *day > free_from)
        .collect();
    starts.sort();
    let filled = starts.into_iter().find(|day| share_on(leases, *day) >= 100);
    Some((free_from, filled.and_then(|day| day.pred_opt())))
}

/// The shares of the leases holding the space on `day`.
fn share_on(leases: &[&LeaseSpan], day: NaiveDate) -> i32 {
    leases
        .iter()
        .filter(|lease| lease.starts_on <= day && lease.ends_on.is_none_or(|end| day <= end))
        .map(|lease| lease.share_percent.clamp(0, 100))
        .sum()
}
