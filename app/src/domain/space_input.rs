//! A new space as managers describe it to `POST /api/v1/spaces`, and the rules it must pass.
//! Its booking rules start from the defaults and are changed on the space's rules page.
use serde::{Deserialize, Serialize};

use super::{AppError, CustomerKind, FieldError, RateUnit, SpaceKind};

/// A price of the new space: who pays it, per what, in cents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RateInput {
    /// `hosted`, `network` or `outsider`.
    pub customer: String,
    /// `hour`, `half_day` or `day`.
    pub unit: String,
    pub price_cents: i64,
}

/// The body of `POST /api/v1/spaces`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SpaceInput {
    /// The site's slug, e.g. `solilab`.
    pub site: String,
    /// The space's code on its site, e.g. `R-201`: letters, digits, `-`, `_` or `.`.
    pub code: String,
    pub name: String,
    /// `office`, `coworking_desk`, `meeting_room`, `event_space`, `storage` or `commercial`.
    pub kind: String,
    pub floor: i32,
    /// How many people it holds; at least one for a space booked by the hour.
    pub capacity: i32,
    pub area_m2: f64,
    /// Whether bookings wait for a manager's approval; event spaces do unless told otherwise.
    #[serde(default)]
    pub needs_approval: Option<bool>,
    /// Equipment words, e.g. `projector`, `screen`.
    #[serde(default)]
    pub equipment: Vec<String>,
    #[serde(default = "yes")]
    pub step_free_access: bool,
    #[serde(default = "yes")]
    pub accessible_toilets: bool,
    #[serde(default)]
    pub hearing_loop: bool,
    #[serde(default)]
    pub description_fr: String,
    #[serde(default)]
    pub description_en: String,
    /// At most one price per customer and unit.
    #[serde(default)]
    pub rates: Vec<RateInput>,
}

fn yes() -> bool {
    true
}

/// A space that passed every rule, ready to be stored.
#[derive(Clone, Debug, PartialEq)]
pub struct NewSpace {
    pub site: String,
    pub code: String,
    pub name: String,
    pub kind: SpaceKind,
    pub floor: i32,
    pub capacity: i32,
    pub area_m2: f64,
    pub needs_approval: bool,
    pub equipment: Vec<String>,
    pub step_free_access: bool,
    pub accessible_toilets: bool,
    pub hearing_loop: bool,
    pub description_fr: String,
    pub description_en: String,
    pub rates: Vec<(CustomerKind, RateUnit, i64)>,
}

/// The most a price may be: one hundred thousand euros.
const MAX_PRICE_CENTS: i64 = 10_000_000;

fn code_ok(code: &str) -> bool {
    (1..=32).contains(&code.chars().count())
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

fn word_ok(word: &str) -> bool {
    (1..=40).contains(&word.len()) && word.chars().all(|c| c.is_ascii_lowercase() || c == '_')
}

impl TryFrom<SpaceInput> for NewSpace {
    type Error = AppError;

    fn try_from(input: SpaceInput) -> Result<Self, AppError> {
        let mut errors = Vec::new();
        let mut need = |ok: bool, field: &str, key: &str| {
            if !ok {
                errors.push(FieldError::new(field, key));
            }
        };
        let code = input.code.trim().to_owned();
        need(code_ok(&code), "code", "space.code_invalid");
        let name = input.name.trim().to_owned();
        let name_ok = !name.is_empty() && name.chars().count() <= 200;
        need(name_ok, "name", "space.name_invalid");
        let kind = input.kind.trim().parse::<SpaceKind>().ok();
        need(kind.is_some(), "kind", "space.kind_invalid");
        need(
            (-5..=50).contains(&input.floor),
            "floor",
            "space.floor_invalid",
        );
        let least = if kind.is_some_and(SpaceKind::is_bookable) {
            1
        } else {
            0
        };
        let capacity_ok = (least..=10_000).contains(&input.capacity);
        need(capacity_ok, "capacity", "space.capacity_invalid");
        let area_ok =
            input.area_m2.is_finite() && input.area_m2 > 0.0 && input.area_m2 <= 100_000.0;
        need(area_ok, "area_m2", "space.area_invalid");
        let equipment: Vec<String> = input
            .equipment
            .iter()
            .map(|w| w.trim().to_owned())
            .collect();
        let equipment_ok = equipment.len() <= 30 && equipment.iter().all(|w| word_ok(w));
        need(equipment_ok, "equipment", "space.equipment_invalid");
        let texts_ok = input.description_fr.chars().count() <= 5_000
            && input.description_en.chars().count() <= 5_000;
        need(texts_ok, "description_fr", "space.description_too_long");
        let mut rates = Vec::new();
        for rate in &input.rates {
            let customer = rate.customer.trim().parse::<CustomerKind>().ok();
            let unit = rate.unit.trim().parse::<RateUnit>().ok();
            let price_ok = (0..=MAX_PRICE_CENTS).contains(&rate.price_cents);
            match (customer, unit) {
                (Some(c), Some(u)) if price_ok => {
                    if rates.iter().any(|(rc, ru, _)| *rc == c && *ru == u) {
                        need(false, "rates", "space.rate_twice");
                    } else {
                        rates.push((c, u, rate.price_cents));
                    }
                }
                _ => need(false, "rates", "space.rate_invalid"),
            }
        }
        match kind {
            Some(kind) if errors.is_empty() => Ok(NewSpace {
                site: input.site.trim().to_owned(),
                code,
                name,
                kind,
                floor: input.floor,
                capacity: input.capacity,
                area_m2: input.area_m2,
                needs_approval: input
                    .needs_approval
                    .unwrap_or(kind == SpaceKind::EventSpace),
                equipment,
                step_free_access: input.step_free_access,
                accessible_toilets: input.accessible_toilets,
                hearing_loop: input.hearing_loop,
                description_fr: input.description_fr.trim().to_owned(),
                description_en: input.description_en.trim().to_owned(),
                rates,
            }),
            _ => Err(AppError::Invalid(errors)),
        }
    }
}

#[cfg(test)]
mod tests;
