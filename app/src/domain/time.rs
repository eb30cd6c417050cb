//! Time ranges: instants with an offset from the outside, UTC inside.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::AppError;

/// A non-empty, forward time range `[starts_at, ends_at)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRange {
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
}

impl TimeRange {
    /// Refuses an empty or reversed range.
    pub fn new(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>) -> Result<TimeRange, AppError> {
        if ends_at <= starts_at {
            return Err(AppError::invalid("ends_at", "time.range_reversed"));
        }
        Ok(TimeRange { starts_at, ends_at })
    }

    /// Reads two RFC 3339 instants with an explicit offset; `from_field`/`to_field` name them in errors.
    pub fn parse(
        from: &str,
        to: &str,
        from_field: &str,
        to_field: &str,
    ) -> Result<TimeRange, AppError> {
        let read = |raw: &str, field: &str| {
            DateTime::parse_from_rfc3339(raw.trim())
                .map(|t| t.with_timezone(&Utc))
                .map_err(|_| super::FieldError::new(field, "time.instant_invalid"))
        };
        match (read(from, from_field), read(to, to_field)) {
            (Ok(start), Ok(end)) => TimeRange::new(start, end)
                .map_err(|_| AppError::invalid(to_field, "time.range_reversed")),
            (a, b) => Err(AppError::Invalid(
                [a.err(), b.err()].into_iter().flatten().collect(),
            )),
        }
    }

    pub fn starts_at(&self) -> DateTime<Utc> {
        self.starts_at
    }

    pub fn ends_at(&self) -> DateTime<Utc> {
        self.ends_at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_required_and_kept() {
        let range = TimeRange::parse(
            "2027-03-02T14:00:00+01:00",
            "2027-03-02T16:00:00+01:00",
            "from",
            "to",
        )
        .expect("valid range");
        assert_eq!(range.starts_at().to_rfc3339(), "2027-03-02T13:00:00+00:00");
        let err = TimeRange::parse("2027-03-02T14:00:00", "2027-03-02T16:00:00Z", "from", "to")
            .expect_err("no offset");
        assert_eq!(err, AppError::invalid("from", "time.instant_invalid"));
    }

    #[test]
    fn empty_and_reversed_ranges_are_refused() {
        let t = "2027-03-02T14:00:00+01:00";
        assert!(TimeRange::parse(t, t, "from", "to").is_err());
        assert!(TimeRange::parse("2027-03-02T15:00:00+01:00", t, "from", "to").is_err());
    }

    #[test]
    fn both_bad_fields_are_reported() {
        let err = TimeRange::parse("x", "y", "free_from", "free_to").expect_err("invalid");
        let AppError::Invalid(fields) = err else {
            panic!("expected Invalid")
        };
        assert_eq!(fields.len(), 2);
    }
}
