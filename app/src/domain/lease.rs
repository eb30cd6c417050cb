//! Leases (*conventions d'occupation*): what the API and the pages send, and what they show.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::enums::vocabulary;
use super::{AppError, FieldError, SpaceKind};

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

/// The managers' lease form, as typed: amounts in euros, every field text until checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaseForm {
    pub space_id: String,
    pub structure_id: i32,
    pub starts_on: String,
    #[serde(default)]
    pub ends_on: String,
    pub rent: String,
    #[serde(default)]
    pub charges: String,
    pub vat_rate: String,
    /// Empty unless the space is shared.
    #[serde(default)]
    pub share_percent: String,
    #[serde(default)]
    pub deposit: String,
    #[serde(default)]
    pub notice_months: String,
    #[serde(default)]
    pub included_hours: String,
    #[serde(default)]
    pub documents: String,
    #[serde(default)]
    pub rent_index: String,
    #[serde(default)]
    pub reference_quarter: String,
}

impl TryFrom<LeaseForm> for NewLease {
    type Error = AppError;

    /// Reads the form; each error names the form's own field.
    fn try_from(form: LeaseForm) -> Result<Self, AppError> {
        let mut errors = Vec::new();
        let mut bad = |field: &str, key: &str| errors.push(FieldError::new(field, key));
        let blank = |s: &str| s.trim().is_empty();
        let space_id = form.space_id.trim().parse::<i32>().ok();
        if space_id.is_none() {
            bad("space_id", "lease.space_unknown");
        }
        let date = |raw: &str| raw.trim().parse::<NaiveDate>().ok();
        let starts_on = date(&form.starts_on);
        if starts_on.is_none() {
            bad("starts_on", "request.date_invalid");
        }
        let ends_on = date(&form.ends_on);
        if !blank(&form.ends_on) && ends_on.is_none() {
            bad("ends_on", "request.date_invalid");
        }
        let mut euros = |raw: &str, field: &str, required: bool| {
            if blank(raw) && !required {
                return Some(0);
            }
            let cents = super::Money::parse_euros(raw).map(super::Money::cents);
            if cents.is_none() {
                bad(field, "lease.euros_invalid");
            }
            cents
        };
        let rent = euros(&form.rent, "rent", true);
        let charges = euros(&form.charges, "charges", false);
        let deposit = euros(&form.deposit, "deposit", false);
        let number = |raw: &str| raw.trim().replace(',', ".").parse::<f64>().ok();
        let vat = number(&form.vat_rate);
        let int = |raw: &str| raw.trim().parse::<i32>().ok();
        let mut int_or = |raw: &str, field: &str, key: &str| {
            if blank(raw) {
                return Some(None);
            }
            let value = int(raw);
            if value.is_none() {
                bad(field, key);
            }
            value.map(Some)
        };
        let share = int_or(&form.share_percent, "share_percent", "lease.share_invalid");
        let notice = int_or(&form.notice_months, "notice_months", "lease.notice_invalid");
        let included = int_or(
            &form.included_hours,
            "included_hours",
            "lease.included_invalid",
        );
        if vat.is_none() {
            errors.push(FieldError::new("vat_rate", "lease.vat_invalid"));
        }
        let (
            Some(space_id),
            Some(starts_on),
            Some(rent),
            Some(charges),
            Some(deposit),
            Some(vat),
            Some(share),
            Some(notice),
            Some(included),
        ) = (
            space_id, starts_on, rent, charges, deposit, vat, share, notice, included,
        )
        else {
            return Err(AppError::Invalid(errors));
        };
        let text = |s: String| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let input = LeaseInput {
            space_id,
            structure_id: form.structure_id,
            starts_on,
            ends_on,
            monthly_rent_cents: rent,
            monthly_charges_cents: charges,
            vat_rate_percent: vat,
            share_percent: share,
            deposit_cents: Some(deposit),
            notice_months: notice,
            included_hours_per_month: included,
            documents: text(form.documents),
            rent_index: text(form.rent_index),
            reference_quarter: text(form.reference_quarter),
        };
        NewLease::try_from(input).map_err(|e| match e {
            AppError::Invalid(found) => AppError::Invalid(
                found
                    .into_iter()
                    .map(|mut f| {
                        f.field = match f.field.as_str() {
                            "monthly_rent_cents" => "rent",
                            "monthly_charges_cents" => "charges",
                            "deposit_cents" => "deposit",
                            "vat_rate_percent" => "vat_rate",
                            "included_hours_per_month" => "included_hours",
                            other => other,
                        }
                        .to_owned();
                        f
                    })
                    .collect(),
            ),
            other => other,
        })
    }
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
                let index_ok = index.parse::<super::indexation::RentIndex>().is_ok();
                let quarter = quarter.and_then(|q| q.parse::<super::indexation::Quarter>().ok());
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
