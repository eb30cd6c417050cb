//! Parcels and mail at the concierge desk: an arrival as the desk logs it, a parcel as the desk
//! and the structure's members see it, and who took it away.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::AppError;
use super::checks::Checks;
use super::enums::vocabulary;

vocabulary!(
    /// How big an arrival is, for the shelf it goes on.
    ParcelSize, "parcel_size", {
        Letter => "letter",
        Small => "small",
        Medium => "medium",
        Large => "large",
    }
);

/// The carriers the desk's form offers; any other name may be typed.
pub const CARRIERS: [&str; 9] = [
    "La Poste",
    "Colissimo",
    "Chronopost",
    "DHL",
    "UPS",
    "GLS",
    "DPD",
    "Mondial Relay",
    "Coursier",
];

/// An arrival as the desk's form or `POST /api/v1/parcels` sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ParcelInput {
    pub structure_id: i32,
    /// Who brought it (`La Poste`, `DHL`…).
    pub carrier: String,
    /// How many parcels or letters arrived together, 1 to 99.
    pub count: i32,
    /// `small` when left out.
    #[serde(default)]
    pub size: Option<ParcelSize>,
    #[serde(default)]
    pub note: Option<String>,
}

/// An arrival that passed every rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewParcel {
    pub structure_id: i32,
    pub carrier: String,
    pub count: i32,
    pub size: ParcelSize,
    pub note: Option<String>,
}

impl TryFrom<ParcelInput> for NewParcel {
    type Error = AppError;

    fn try_from(input: ParcelInput) -> Result<NewParcel, AppError> {
        let mut checks = Checks::new("parcel");
        let carrier = checks.text("carrier", &input.carrier, 1..=60);
        let note = checks.text("note", input.note.as_deref().unwrap_or_default(), 0..=500);
        checks.check((1..=99).contains(&input.count), "count");
        checks.check(input.structure_id > 0, "structure_id");
        checks.finish()?;
        Ok(NewParcel {
            structure_id: input.structure_id,
            carrier,
            count: input.count,
            size: input.size.unwrap_or(ParcelSize::Small),
            note: (!note.is_empty()).then_some(note),
        })
    }
}

/// Who took parcels away, as the desk's form or `POST /api/v1/parcels/{id}/pickup` sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PickupInput {
    /// The name of the person who took it (1 to 120 characters).
    pub taken_by: String,
}

impl PickupInput {
    /// The name trimmed, or the field named.
    pub fn read(&self) -> Result<String, AppError> {
        let mut checks = Checks::new("parcel");
        let name = checks.text("taken_by", &self.taken_by, 1..=120);
        checks.finish()?;
        Ok(name)
    }
}

/// A parcel as the desk and the structure's members see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ParcelView {
    pub id: i32,
    pub site_id: i32,
    pub structure_id: i32,
    pub structure_name: String,
    pub carrier: String,
    pub count: i32,
    pub size: ParcelSize,
    pub note: Option<String>,
    pub logged_at: DateTime<Utc>,
    /// When the structure's members were mailed (the batch it was in), if yet.
    pub notified_at: Option<DateTime<Utc>>,
    pub picked_up_at: Option<DateTime<Utc>>,
    /// The name of who took it.
    pub picked_up_by: Option<String>,
    /// Waiting longer than the site's reminder delay.
    pub overdue: bool,
}

/// What `GET /api/v1/parcels` filters on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct ParcelQuery {
    /// One structure's parcels; a member's own structures when left out.
    pub structure_id: Option<i32>,
    /// Only those still waiting at the desk.
    #[serde(default)]
    pub waiting: bool,
}

/// A day at the desk for the printed register: what arrived and what was taken away.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParcelRegister {
    pub site_name: String,
    pub day: chrono::NaiveDate,
    pub arrivals: Vec<ParcelView>,
    pub pickups: Vec<ParcelView>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ParcelInput {
        ParcelInput {
            structure_id: 3,
            carrier: " Colissimo ".into(),
            count: 2,
            size: None,
            note: Some("  ".into()),
        }
    }

    #[test]
    fn an_arrival_is_read_with_its_defaults() {
        let parcel = NewParcel::try_from(input()).expect("valid");
        assert_eq!(parcel.carrier, "Colissimo");
        assert_eq!(parcel.size, ParcelSize::Small);
        assert_eq!(parcel.note, None);
    }

    #[test]
    fn every_bad_field_is_named() {
        let bad = ParcelInput {
            structure_id: 0,
            carrier: String::new(),
            count: -1,
            size: Some(ParcelSize::Large),
            note: Some("x".repeat(501)),
        };
        let Err(AppError::Invalid(fields)) = NewParcel::try_from(bad) else {
            panic!("refused")
        };
        let mut names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        names.sort_unstable();
        assert_eq!(names, ["carrier", "count", "note", "structure_id"]);
        assert!(
            NewParcel::try_from(ParcelInput {
                count: 100,
                ..input()
            })
            .is_err()
        );
        assert!(
            PickupInput {
                taken_by: "  ".into()
            }
            .read()
            .is_err()
        );
        assert_eq!(
            PickupInput {
                taken_by: " Awa Diallo ".into()
            }
            .read(),
            Ok("Awa Diallo".into())
        );
    }
}
