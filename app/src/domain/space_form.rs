//! A space as the managers' form sends it: every value as typed (decimal commas, euros,
//! checkboxes), read into the API's [`SpaceInput`] with each unreadable field named.
use serde::{Deserialize, Serialize};

use super::{
    AppError, CustomerKind, FieldError, Money, RateInput, RateUnit, SpaceInput, SpaceView,
};

/// The form's fields. `prices` holds one price in euros per customer kind and unit, in the
/// order of [`rate_slots`]; a blank one is no rate.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpaceForm {
    #[serde(default)]
    pub site: String,
    pub code: String,
    pub name: String,
    pub kind: String,
    pub floor: String,
    pub capacity: String,
    pub area_m2: String,
    /// Equipment words separated by commas.
    #[serde(default)]
    pub equipment: String,
    #[serde(default)]
    pub step_free_access: Option<String>,
    #[serde(default)]
    pub accessible_toilets: Option<String>,
    #[serde(default)]
    pub hearing_loop: Option<String>,
    #[serde(default)]
    pub description_fr: String,
    #[serde(default)]
    pub description_en: String,
    #[serde(default)]
    pub prices: Vec<String>,
}

/// Every (customer kind, unit) a space may have a price for, in the form's order.
pub fn rate_slots() -> impl Iterator<Item = (CustomerKind, RateUnit)> {
    CustomerKind::ALL
        .iter()
        .flat_map(|c| RateUnit::ALL.iter().map(move |u| (*c, *u)))
}

/// A number read from `raw` (a decimal comma accepted), or an error on `field`.
fn number<T: std::str::FromStr>(
    errors: &mut Vec<FieldError>,
    raw: &str,
    field: &'static str,
    key: &'static str,
) -> Option<T> {
    let value = raw.trim().replace(',', ".").parse().ok();
    if value.is_none() {
        errors.push(FieldError::new(field, key));
    }
    value
}

impl TryFrom<SpaceForm> for SpaceInput {
    type Error = AppError;

    fn try_from(form: SpaceForm) -> Result<Self, AppError> {
        let mut errors = Vec::new();
        let floor = number(&mut errors, &form.floor, "floor", "space.floor_invalid");
        let capacity = number(
            &mut errors,
            &form.capacity,
            "capacity",
            "space.capacity_invalid",
        );
        let area_m2 = number(&mut errors, &form.area_m2, "area_m2", "space.area_invalid");
        let mut rates = Vec::new();
        for ((customer, unit), raw) in rate_slots().zip(&form.prices) {
            if raw.trim().is_empty() {
                continue;
            }
            match Money::parse_euros(raw) {
                Some(price) => rates.push(RateInput {
                    customer: customer.as_str().to_owned(),
                    unit: unit.as_str().to_owned(),
                    price_cents: price.cents(),
                }),
                None => errors.push(FieldError::new("rates", "space.rate_invalid")),
            }
        }
        let (Some(floor), Some(capacity), Some(area_m2)) = (floor, capacity, area_m2) else {
            return Err(AppError::Invalid(errors));
        };
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        Ok(SpaceInput {
            site: form.site,
            code: form.code,
            name: form.name,
            kind: form.kind,
            floor,
            capacity,
            area_m2,
            needs_approval: None,
            equipment: form
                .equipment
                .split(',')
                .map(|w| w.trim().to_lowercase().replace([' ', '-'], "_"))
                .filter(|w| !w.is_empty())
                .collect(),
            step_free_access: form.step_free_access.is_some(),
            accessible_toilets: form.accessible_toilets.is_some(),
            hearing_loop: form.hearing_loop.is_some(),
            description_fr: form.description_fr,
            description_en: form.description_en,
            rates,
        })
    }
}

impl From<SpaceView> for SpaceForm {
    fn from(space: SpaceView) -> SpaceForm {
        let tick = |on: bool| on.then(|| "on".to_owned());
        let prices = rate_slots()
            .map(|(customer, unit)| {
                space
                    .rates
                    .iter()
                    .find(|r| r.customer == customer && r.unit == unit)
                    .map(|r| {
                        let cents = r.price_cents.cents();
                        format!("{},{:02}", cents / 100, cents % 100)
                    })
                    .unwrap_or_default()
            })
            .collect();
        let summary = &space.summary;
        SpaceForm {
            site: summary.site.clone(),
            code: summary.code.clone(),
            name: summary.name.clone(),
            kind: summary.kind.as_str().to_owned(),
            floor: summary.floor.to_string(),
            capacity: summary.capacity.to_string(),
            area_m2: summary.area_m2.to_string().replace('.', ","),
            equipment: space.equipment.join(", "),
            step_free_access: tick(space.step_free_access),
            accessible_toilets: tick(space.accessible_toilets),
            hearing_loop: tick(space.hearing_loop),
            description_fr: space.description_fr.clone(),
            description_en: space.description_en.clone(),
            prices,
        }
    }
}

#[cfg(test)]
mod tests;
