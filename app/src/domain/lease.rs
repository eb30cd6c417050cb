//! Leases (*conventions d'occupation*): what the API and the pages send, and what they show.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::enums::vocabulary;
use super::{AppError, SpaceKind};

mod form;
mod new;
mod renew;

pub use form::LeaseForm;
pub use new::{LeaseInput, NewLease};
pub use renew::{RenewInput, renewal_refused};

vocabulary!(
    /// Where a lease stands: draft → signed → running → notice given → ended.
    LeaseStatus, "lease_status", {
        Draft => "draft",
        Signed => "signed",
        Running => "running",
        Notice => "notice",
        Ended => "ended",
    }
);

impl LeaseStatus {
    /// Whether the lease still binds (signed and not yet ended).
    pub const fn is_live(self) -> bool {
        matches!(
            self,
            LeaseStatus::Signed | LeaseStatus::Running | LeaseStatus::Notice
        )
    }
}

/// One lease, as managers and the structure's members see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LeaseView {
    pub id: i32,
    pub space_id: i32,
    pub space_name: String,
    pub space_kind: SpaceKind,
    pub area_m2: f64,
    pub structure_id: i32,
    pub structure_name: String,
    pub status: LeaseStatus,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub monthly_rent_cents: i64,
    pub monthly_charges_cents: i64,
    pub vat_rate_percent: f64,
    pub deposit_cents: i64,
    pub notice_months: i32,
    pub included_hours_per_month: i32,
    pub documents: String,
    /// This structure's part of a shared space, in percent; none when not shared.
    pub share_percent: Option<i32>,
    pub rent_index: Option<String>,
    pub reference_quarter: Option<String>,
    pub notice_given_on: Option<NaiveDate>,
    pub last_revised_on: Option<NaiveDate>,
}

impl LeaseView {
    /// Whether the lease covers `day`.
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.starts_on <= day && self.ends_on.is_none_or(|end| day <= end)
    }

    /// The monthly rent and charges, VAT included, in cents (rounded to the cent).
    pub fn monthly_total_with_vat_cents(&self) -> i64 {
        let net = i128::from(self.monthly_rent_cents + self.monthly_charges_cents);
        let bp = (self.vat_rate_percent * 100.0).round() as i128;
        let gross = net * (10_000 + bp);
        i64::try_from((gross + 5_000) / 10_000).unwrap_or(i64::MAX)
    }
}

/// Which leases to list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaseFilter {
    pub structure_id: Option<i32>,
    pub space_id: Option<i32>,
    pub status: Option<LeaseStatus>,
}

/// A manager's step along a lease's life.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LeaseStep {
    /// The convention is signed.
    Sign,
    /// The structure moved in.
    MoveIn,
    /// Notice was given on a day; the lease ends on another.
    GiveNotice {
        given_on: NaiveDate,
        ends_on: NaiveDate,
    },
    /// The structure moved out: the lease ends that day and the space is free the next.
    MoveOut { on: NaiveDate },
}

impl LeaseStep {
    /// The status a lease must have for this step, and the one it gets.
    pub fn transition(&self, from: LeaseStatus) -> Result<LeaseStatus, AppError> {
        use LeaseStatus::*;
        let to = match (self, from) {
            (LeaseStep::Sign, Draft) => Signed,
            (LeaseStep::MoveIn, Signed) => Running,
            (LeaseStep::GiveNotice { .. }, Signed | Running) => Notice,
            (LeaseStep::MoveOut { .. }, Signed | Running | Notice) => Ended,
            _ => return Err(AppError::Conflict("lease.step_not_allowed".into())),
        };
        Ok(to)
    }
}

#[cfg(test)]
mod tests;
