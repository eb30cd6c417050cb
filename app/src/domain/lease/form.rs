//! The managers' lease form: text as typed, read into a new lease.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::new::{LeaseInput, NewLease};
use crate::domain::{AppError, FieldError};

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
            let cents = crate::domain::Money::parse_euros(raw).map(crate::domain::Money::cents);
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
