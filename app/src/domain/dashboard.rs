//! The occupancy dashboard and the occupancy route of the API, as views.
use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::occupancy::{Month, Rate};
use super::{AppError, FieldError, LeaseView, SpaceKind};

/// The period and site of the dashboard and of `GET /api/v1/occupancy`, as sent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams))]
pub struct OccupancyQuery {
    /// A site's slug; every site when omitted.
    pub site: Option<String>,
    /// The first day (`2027-01-01`) or month (`2027-01`); twelve months back by default.
    pub from: Option<String>,
    /// The last day (`2027-12-31`) or month (`2027-12`); the current month's end by default.
    pub to: Option<String>,
}

impl OccupancyQuery {
    /// The period asked for, from `today` when a bound is missing.
    pub fn period(&self, today: NaiveDate) -> Result<(NaiveDate, NaiveDate), AppError> {
        let this_month = Month::containing(today);
        let start = this_month
            .first_day()
            .checked_sub_months(chrono::Months::new(11))
            .unwrap_or(today);
        let read = |raw: &Option<String>, field: &str, first: bool, default: NaiveDate| {
            let Some(raw) = raw.as_deref().map(str::trim).filter(|s| !s.is_empty()) else {
                return Ok(default);
            };
            if let Ok(day) = raw.parse::<NaiveDate>() {
                return Ok(day);
            }
            raw.parse::<Month>()
                .map(|m| if first { m.first_day() } else { m.last_day() })
                .map_err(|_| FieldError::new(field, "occupancy.date_invalid"))
        };
        let from = read(&self.from, "from", true, start);
        let to = read(&self.to, "to", false, this_month.last_day());
        match (from, to) {
            (Ok(from), Ok(to)) if from <= to && (to - from).num_days() <= 366 * 5 => Ok((from, to)),
            (Ok(_), Ok(_)) => Err(AppError::Invalid(vec![FieldError::new(
                "to",
                "occupancy.period_invalid",
            )])),
            (from, to) => Err(AppError::Invalid(
                [from.err(), to.err()].into_iter().flatten().collect(),
            )),
        }
    }
}

/// A space free now or soon.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VacancyView {
    pub space_id: i32,
    pub name: String,
    pub kind: SpaceKind,
    pub floor: i32,
    pub area_m2: f64,
    pub free_from: NaiveDate,
    pub free_until: Option<NaiveDate>,
}

/// One month of the dashboard: leased surface and booked room hours.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MonthRates {
    pub month: Month,
    pub leased: Rate,
    pub booked: Rate,
}

/// Everything the occupancy dashboard shows for a period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OccupancyView {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Leased surface over leasable surface.
    pub leased: Rate,
    /// Booked hours over open hours of the bookable rooms.
    pub booked: Rate,
    /// Leased kinds by surface, bookable kinds by hours.
    pub by_kind: Vec<(SpaceKind, Rate)>,
    /// Leased surface by floor.
    pub by_floor: Vec<(i32, Rate)>,
    pub by_month: Vec<MonthRates>,
    pub vacancies: Vec<VacancyView>,
    /// Leases in notice or ending within the horizon.
    pub ending: Vec<LeaseView>,
    pub revisions_due: usize,
    pub requests_waiting: usize,
}

/// The answer of `GET /api/v1/occupancy`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OccupancyRates {
    /// Leased surface over leasable surface over the period, 0.0–1.0.
    pub rate: f64,
    /// Per kind of space: leased surface for offices, storage and shops; booked hours over
    /// open hours for rooms, desks and event spaces.
    pub by_kind: BTreeMap<String, f64>,
}

impl From<&OccupancyView> for OccupancyRates {
    fn from(view: &OccupancyView) -> Self {
        OccupancyRates {
            rate: view.leased.ratio(),
            by_kind: view
                .by_kind
                .iter()
                .map(|(kind, rate)| (kind.as_str().to_owned(), rate.ratio()))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn the_default_period_is_the_last_twelve_months() {
        let query = OccupancyQuery::default();
        assert_eq!(
            query.period(day("2026-11-29")),
            Ok((day("2025-12-01"), day("2026-11-30")))
        );
    }

    #[test]
    fn months_and_days_are_both_understood() {
        let query = OccupancyQuery {
            site: None,
            from: Some("2027-02".into()),
            to: Some("2027-03-15".into()),
        };
        assert_eq!(
            query.period(day("2026-11-29")),
            Ok((day("2027-02-01"), day("2027-03-15")))
        );
        let reversed = OccupancyQuery {
            from: Some("2027-04".into()),
            to: Some("2027-03".into()),
            ..query.clone()
        };
        assert!(reversed.period(day("2026-11-29")).is_err());
        let Err(AppError::Invalid(errors)) = OccupancyQuery {
            from: Some("soon".into()),
            ..query
        }
        .period(day("2026-11-29")) else {
            panic!("refused");
        };
        assert_eq!(errors[0].field, "from");
    }
}
