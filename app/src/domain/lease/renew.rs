//! Renewing a lease: a new lease that follows the old one on the same space, its rent and
//! indexation carried over unless a new rent is given.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A renewal as `POST /api/v1/leases/{id}/renew` or the form sends it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RenewInput {
    /// The new lease's first day; the old one ends the day before. It may not start after the
    /// old one's last day has passed by more than a day.
    pub starts_on: NaiveDate,
    /// The new lease's last day; none for an open-ended lease.
    #[serde(default)]
    pub ends_on: Option<NaiveDate>,
    /// The new monthly rent in cents; the old lease's rent as revised when left out.
    #[serde(default)]
    pub monthly_rent_cents: Option<i64>,
}

/// Why a lease that started on `old_start` and ends on `old_end` may not be followed by one
/// from `starts_on` to `ends_on`: the field and the message's key.
pub fn renewal_refused(
    old_start: NaiveDate,
    old_end: Option<NaiveDate>,
    input: &RenewInput,
) -> Option<(&'static str, &'static str)> {
    if input.starts_on <= old_start {
        return Some(("starts_on", "lease.renew_before_start"));
    }
    if old_end.is_some_and(|end| input.starts_on > end + chrono::Days::new(1)) {
        return Some(("starts_on", "lease.renew_gap"));
    }
    if input.ends_on.is_some_and(|end| end < input.starts_on) {
        return Some(("ends_on", "lease.ends_before_start"));
    }
    if input.monthly_rent_cents.is_some_and(|rent| rent < 0) {
        return Some(("monthly_rent_cents", "lease.rent_invalid"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a day")
    }

    fn input(starts_on: &str) -> RenewInput {
        RenewInput {
            starts_on: day(starts_on),
            ends_on: None,
            monthly_rent_cents: None,
        }
    }

    #[test]
    fn a_renewal_follows_its_lease() {
        let start = day("2025-01-01");
        assert_eq!(renewal_refused(start, None, &input("2027-01-01")), None);
        let end = Some(day("2026-12-31"));
        assert_eq!(renewal_refused(start, end, &input("2027-01-01")), None);
        assert_eq!(renewal_refused(start, end, &input("2026-07-01")), None);
        assert_eq!(
            renewal_refused(start, end, &input("2027-01-02")),
            Some(("starts_on", "lease.renew_gap"))
        );
        assert_eq!(
            renewal_refused(start, end, &input("2025-01-01")),
            Some(("starts_on", "lease.renew_before_start"))
        );
        let backwards = RenewInput {
            ends_on: Some(day("2026-12-01")),
            ..input("2027-01-01")
        };
        assert_eq!(
            renewal_refused(start, None, &backwards),
            Some(("ends_on", "lease.ends_before_start"))
        );
        let negative = RenewInput {
            monthly_rent_cents: Some(-1),
            ..input("2027-01-01")
        };
        assert_eq!(
            renewal_refused(start, None, &negative),
            Some(("monthly_rent_cents", "lease.rent_invalid"))
        );
    }
}
