//! A new lease: what the API and the form send, and the rules it must pass alone.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{AppError, FieldError};

/// The body of `POST /api/v1/leases`, and of the manager's lease form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LeaseInput {
    pub space_id: i32,
    pub structure_id: i32,
    /// The first day, `2027-03-01`.
    pub starts_on: NaiveDate,
    /// The last day (inclusive); none for an open-ended lease.
    #[serde(default)]
    pub ends_on: Option<NaiveDate>,
    pub monthly_rent_cents: i64,
    #[serde(default)]
    pub monthly_charges_cents: i64,
    /// 20 for 20 %, 5.5 for 5.5 %.
    pub vat_rate_percent: f64,
    /// Given when the space is shared: this structure's part of the rent, in percent.
    #[serde(default)]
    pub share_percent: Option<i32>,
    #[serde(default)]
    pub deposit_cents: Option<i64>,
    /// Months of notice before leaving; 3 when omitted.
    #[serde(default)]
    pub notice_months: Option<i32>,
    /// Meeting-room hours included each month.
    #[serde(default)]
    pub included_hours_per_month: Option<i32>,
    /// References of the signed documents, one per line.
    #[serde(default)]
    pub documents: Option<String>,
    /// `ilat`, `ilc` or `icc`: the index of the yearly revision; none for no revision.
    #[serde(default)]
    pub rent_index: Option<String>,
    /// The reference quarter of that index, `2026-T2`.
    #[serde(default)]
    pub reference_quarter: Option<String>,
}

/// A lease that passed every rule of its own, ready to be checked against the others.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewLease {
    pub space_id: i32,
    pub structure_id: i32,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub monthly_rent_cents: i64,
    pub monthly_charges_cents: i64,
    pub vat_rate_bp: i32,
    pub share_percent: Option<i32>,
    pub deposit_cents: i64,
    pub notice_months: i32,
    pub included_minutes_per_month: i32,
    pub documents: String,
    pub rent_index: Option<(String, String)>,
}

/// A hundred million euros: more than any rent, less than any overflow.
const MAX_CENTS: i64 = 10_000_000_000;

impl TryFrom<LeaseInput> for NewLease {
    type Error = AppError;

    fn try_from(input: LeaseInput) -> Result<Self, AppError> {
        let mut errors = Vec::new();
        let mut bad = |field: &str, key: &str| errors.push(FieldError::new(field, key));
        if input.ends_on.is_some_and(|end| end < input.starts_on) {
            bad("ends_on", "lease.ends_before_start");
        }
        for (field, cents) in [
            ("monthly_rent_cents", input.monthly_rent_cents),
            ("monthly_charges_cents", input.monthly_charges_cents),
            ("deposit_cents", input.deposit_cents.unwrap_or(0)),
        ] {
            if !(0..=MAX_CENTS).contains(&cents) {
                bad(field, "lease.amount_invalid");
            }
        }
        let vat = input.vat_rate_percent;
        if !vat.is_finite() || !(0.0..=100.0).contains(&vat) {
            bad("vat_rate_percent", "lease.vat_invalid");
        }
        if input.share_percent.is_some_and(|s| !(1..=100).contains(&s)) {
            bad("share_percent", "lease.share_invalid");
        }
        let notice_months = input.notice_months.unwrap_or(3);
        if !(0..=24).contains(&notice_months) {
            bad("notice_months", "lease.notice_invalid");
        }
        let included = input.included_hours_per_month.unwrap_or(0);
        if !(0..=744).contains(&included) {
            bad("included_hours_per_month", "lease.included_invalid");
        }
        let documents = input.documents.unwrap_or_default().trim().to_owned();
        if documents.chars().count() > 2000 {
            bad("documents", "lease.documents_too_long");
        }
        let rent_index = match (
            input
                .rent_index
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty()),
            input.reference_quarter.as_deref().map(str::trim),
        ) {
            (None, _) => None,
            (Some(index), quarter) => {
                let index_ok = index
                    .parse::<crate::domain::indexation::RentIndex>()
                    .is_ok();
                let quarter =
                    quarter.and_then(|q| q.parse::<crate::domain::indexation::Quarter>().ok());
                if !index_ok {
                    bad("rent_index", "lease.index_invalid");
                }
                match quarter {
                    Some(q) if index_ok => Some((index.to_owned(), q.as_key())),
                    Some(_) => None,
                    None => {
                        bad("reference_quarter", "lease.quarter_invalid");
                        None
                    }
                }
            }
        };
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        Ok(NewLease {
            space_id: input.space_id,
            structure_id: input.structure_id,
            starts_on: input.starts_on,
            ends_on: input.ends_on,
            monthly_rent_cents: input.monthly_rent_cents,
            monthly_charges_cents: input.monthly_charges_cents,
            // Checked above to lie in 0..=100, so it fits.
            vat_rate_bp: (vat * 100.0).round() as i32,
            share_percent: input.share_percent,
            deposit_cents: input.deposit_cents.unwrap_or(0),
            notice_months,
            included_minutes_per_month: included * 60,
            documents,
            rent_index,
        })
    }
}
