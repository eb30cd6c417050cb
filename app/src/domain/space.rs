//! What the catalogue shows of a space.
use serde::{Deserialize, Serialize};

use super::{
    AppError, BookingMode, CustomerKind, FieldError, Money, RateUnit, SpaceKind, TimeRange,
};

/// The catalogue's filters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpaceFilter {
    /// Only this site (its slug).
    pub site: Option<String>,
    /// Only this kind of space.
    pub kind: Option<SpaceKind>,
    /// Only spaces holding at least this many people.
    pub min_capacity: Option<u32>,
    /// Only spaces free for this whole range.
    pub free: Option<TimeRange>,
}

/// The catalogue's filters as a query string carries them: every value optional, possibly empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct SpaceQuery {
    /// Only this site, by slug (`solilab`).
    pub site: Option<String>,
    /// Only this kind: office, coworking_desk, meeting_room, event_space, storage, commercial.
    pub kind: Option<String>,
    /// Only spaces holding at least this many people (0 to 10000).
    pub min_capacity: Option<String>,
    /// Start of a range the space must be free for (RFC 3339 with offset); needs `free_to`.
    pub free_from: Option<String>,
    /// End of that range (RFC 3339 with offset); needs `free_from`.
    pub free_to: Option<String>,
}

fn present(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl SpaceQuery {
    /// This query with its invalid fields emptied, and the errors that emptied them: a page shows
    /// the errors and still lists what the valid fields select.
    pub fn without_invalid(&self) -> (SpaceQuery, Vec<FieldError>) {
        let errors = match SpaceFilter::try_from(self) {
            Err(AppError::Invalid(errors)) => errors,
            _ => Vec::new(),
        };
        let mut clean = self.clone();
        for error in &errors {
            match error.field.as_str() {
                "kind" => clean.kind = None,
                "min_capacity" => clean.min_capacity = None,
                _ => (clean.free_from, clean.free_to) = (None, None),
            }
        }
        (clean, errors)
    }
}

impl TryFrom<&SpaceQuery> for SpaceFilter {
    type Error = AppError;

    /// Reads every field, and reports every invalid one at once.
    fn try_from(query: &SpaceQuery) -> Result<SpaceFilter, AppError> {
        let mut errors = Vec::new();
        let kind = present(&query.kind).and_then(|k| {
            k.parse::<SpaceKind>()
                .map_err(|_| errors.push(FieldError::new("kind", "spaces.kind_invalid")))
                .ok()
        });
        let min_capacity = present(&query.min_capacity).and_then(|c| {
            c.parse::<u32>().ok().filter(|c| *c <= 10_000).or_else(|| {
                errors.push(FieldError::new("min_capacity", "spaces.capacity_invalid"));
                None
            })
        });
        let free = match (present(&query.free_from), present(&query.free_to)) {
            (None, None) => None,
            (Some(from), Some(to)) => TimeRange::parse(from, to, "free_from", "free_to")
                .map_err(|e| match e {
                    AppError::Invalid(fields) => errors.extend(fields),
                    _ => errors.push(FieldError::new("free_from", "time.instant_invalid")),
                })
                .ok(),
            (None, Some(_)) => {
                errors.push(FieldError::new("free_from", "spaces.free_both"));
                None
            }
            (Some(_), None) => {
                errors.push(FieldError::new("free_to", "spaces.free_both"));
                None
            }
        };
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        Ok(SpaceFilter {
            site: present(&query.site).map(str::to_owned),
            kind,
            min_capacity,
            free,
        })
    }
}

/// One price of a space.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RateView {
    /// Who pays this rate.
    pub customer: CustomerKind,
    /// For what period.
    pub unit: RateUnit,
    /// Price excluding VAT, in cents of euro.
    #[cfg_attr(feature = "ssr", schema(value_type = i64))]
    pub price_cents: Money,
}

/// A space as listed in the catalogue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SpaceSummary {
    pub id: i32,
    /// The slug of the site the space belongs to.
    pub site: String,
    /// The space's code on the site, such as `R1-04`.
    pub code: String,
    pub name: String,
    pub kind: SpaceKind,
    /// Floor number; 0 is the ground floor.
    pub floor: i32,
    /// How many people it holds.
    pub capacity: i32,
    /// Area in square metres.
    pub area_m2: f64,
    pub booking_mode: BookingMode,
    /// Whether a booking waits for a manager's approval.
    pub needs_approval: bool,
    /// The lowest rate a hosted structure pays, if the space has rates.
    #[cfg_attr(feature = "ssr", schema(value_type = Option<i64>))]
    pub from_price_cents: Option<Money>,
    /// The period of that lowest rate.
    pub from_price_unit: Option<RateUnit>,
}

/// A space with all its facts, for its own page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SpaceView {
    #[serde(flatten)]
    pub summary: SpaceSummary,
    /// The site's display name.
    pub site_name: String,
    pub description_fr: String,
    pub description_en: String,
    /// Equipment, as vocabulary words (`projector`, `screen`, …).
    pub equipment: Vec<String>,
    pub step_free_access: bool,
    pub accessible_toilets: bool,
    pub hearing_loop: bool,
    pub rates: Vec<RateView>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(kind: &str, cap: &str) -> SpaceQuery {
        SpaceQuery {
            kind: Some(kind.into()),
            min_capacity: Some(cap.into()),
            ..SpaceQuery::default()
        }
    }

    #[test]
    fn empty_values_mean_no_filter() {
        let filter = SpaceFilter::try_from(&query("", " ")).expect("valid");
        assert_eq!(filter, SpaceFilter::default());
    }

    #[test]
    fn values_are_parsed() {
        let filter = SpaceFilter::try_from(&query("meeting_room", "15")).expect("valid");
        assert_eq!(filter.kind, Some(SpaceKind::MeetingRoom));
        assert_eq!(filter.min_capacity, Some(15));
    }

    #[test]
    fn every_bad_field_is_named() {
        let err = SpaceFilter::try_from(&query("castle", "-3")).expect_err("invalid");
        let AppError::Invalid(fields) = err else {
            panic!("expected Invalid")
        };
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(names, ["kind", "min_capacity"]);
    }

    #[test]
    fn invalid_fields_are_dropped_and_reported() {
        let (clean, errors) = query("meeting_room", "abc").without_invalid();
        assert_eq!(clean.kind.as_deref(), Some("meeting_room"));
        assert_eq!(clean.min_capacity, None);
        assert_eq!(
            errors,
            vec![FieldError::new("min_capacity", "spaces.capacity_invalid")]
        );
        assert!(SpaceFilter::try_from(&clean).is_ok());
    }

    #[test]
    fn a_free_range_needs_both_ends() {
        let q = SpaceQuery {
            free_from: Some("2027-03-02T14:00:00+01:00".into()),
            ..SpaceQuery::default()
        };
        assert_eq!(
            SpaceFilter::try_from(&q),
            Err(AppError::invalid("free_to", "spaces.free_both"))
        );
        let q = SpaceQuery {
            free_from: Some("2027-03-02T14:00:00+01:00".into()),
            free_to: Some("2027-03-02T16:00:00+01:00".into()),
            ..SpaceQuery::default()
        };
        assert!(SpaceFilter::try_from(&q).expect("valid").free.is_some());
    }
}
