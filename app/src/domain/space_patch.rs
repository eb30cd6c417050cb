//! A change of some of a space's fields, for `PATCH /api/v1/spaces/{id}` and the space's edit
//! form: the space as changed must pass the rules of a new one. Its site does not change.
use serde::{Deserialize, Serialize};

use super::{RateInput, SpaceInput, SpaceView};

/// Each field given replaces the current one; `rates`, when given, replaces them all.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SpacePatch {
    pub code: Option<String>,
    pub name: Option<String>,
    pub kind: Option<String>,
    pub floor: Option<i32>,
    pub capacity: Option<i32>,
    pub area_m2: Option<f64>,
    pub needs_approval: Option<bool>,
    pub equipment: Option<Vec<String>>,
    pub step_free_access: Option<bool>,
    pub accessible_toilets: Option<bool>,
    pub hearing_loop: Option<bool>,
    pub description_fr: Option<String>,
    pub description_en: Option<String>,
    pub rates: Option<Vec<RateInput>>,
}

impl SpaceInput {
    /// These fields with `patch`'s given ones in their place.
    pub fn patched(self, patch: SpacePatch) -> SpaceInput {
        SpaceInput {
            site: self.site,
            code: patch.code.unwrap_or(self.code),
            name: patch.name.unwrap_or(self.name),
            kind: patch.kind.unwrap_or(self.kind),
            floor: patch.floor.unwrap_or(self.floor),
            capacity: patch.capacity.unwrap_or(self.capacity),
            area_m2: patch.area_m2.unwrap_or(self.area_m2),
            needs_approval: patch.needs_approval.or(self.needs_approval),
            equipment: patch.equipment.unwrap_or(self.equipment),
            step_free_access: patch.step_free_access.unwrap_or(self.step_free_access),
            accessible_toilets: patch.accessible_toilets.unwrap_or(self.accessible_toilets),
            hearing_loop: patch.hearing_loop.unwrap_or(self.hearing_loop),
            description_fr: patch.description_fr.unwrap_or(self.description_fr),
            description_en: patch.description_en.unwrap_or(self.description_en),
            rates: patch.rates.unwrap_or(self.rates),
        }
    }
}

impl From<SpaceInput> for SpacePatch {
    /// A whole form: every field given but the site; approval is left as it is when not said.
    fn from(input: SpaceInput) -> SpacePatch {
        SpacePatch {
            code: Some(input.code),
            name: Some(input.name),
            kind: Some(input.kind),
            floor: Some(input.floor),
            capacity: Some(input.capacity),
            area_m2: Some(input.area_m2),
            needs_approval: input.needs_approval,
            equipment: Some(input.equipment),
            step_free_access: Some(input.step_free_access),
            accessible_toilets: Some(input.accessible_toilets),
            hearing_loop: Some(input.hearing_loop),
            description_fr: Some(input.description_fr),
            description_en: Some(input.description_en),
            rates: Some(input.rates),
        }
    }
}

impl From<SpaceView> for SpaceInput {
    fn from(space: SpaceView) -> SpaceInput {
        let summary = space.summary;
        SpaceInput {
            site: summary.site,
            code: summary.code,
            name: summary.name,
            kind: summary.kind.as_str().to_owned(),
            floor: summary.floor,
            capacity: summary.capacity,
            area_m2: summary.area_m2,
            needs_approval: Some(summary.needs_approval),
            equipment: space.equipment,
            step_free_access: space.step_free_access,
            accessible_toilets: space.accessible_toilets,
            hearing_loop: space.hearing_loop,
            description_fr: space.description_fr,
            description_en: space.description_en,
            rates: space
                .rates
                .into_iter()
                .map(|r| RateInput {
                    customer: r.customer.as_str().to_owned(),
                    unit: r.unit.as_str().to_owned(),
                    price_cents: r.price_cents.cents(),
                })
                .collect(),
        }
    }
}

/// What holds a space that a manager wants to retire: a coming booking or a lease that still
/// runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SpaceHolder {
    /// `booking` or `lease`.
    pub kind: String,
    /// The booking's or the lease's id.
    pub id: i32,
    /// Who holds it: the structure's name, or the outside customer's.
    pub holder: String,
    /// The first day it holds the space (Paris time).
    pub from: chrono::NaiveDate,
    /// The last day, when known.
    pub until: Option<chrono::NaiveDate>,
}

#[cfg(test)]
mod tests;
