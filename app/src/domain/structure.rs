//! Hosted structures as the API creates and shows them (the structures area grows this).
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{AppError, FieldError, LegalForm, Sector, Siret, StructureStatus};

/// The body of `POST /api/v1/structures`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StructureInput {
    pub name: String,
    /// One of CONTRACT's legal forms, e.g. `association`.
    pub legal_form: String,
    /// One of CONTRACT's sectors, e.g. `digital`.
    pub sector: String,
    /// 14 digits; none for a project in incubation.
    #[serde(default)]
    pub siret: Option<String>,
    /// The site's slug; the first site when omitted.
    #[serde(default)]
    pub site: Option<String>,
}

/// A structure that passed every rule, ready to be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewStructure {
    pub name: String,
    pub legal_form: LegalForm,
    pub sector: Sector,
    pub siret: Option<Siret>,
    pub site: Option<String>,
}

impl TryFrom<StructureInput> for NewStructure {
    type Error = AppError;

    fn try_from(input: StructureInput) -> Result<Self, AppError> {
        let mut errors = Vec::new();
        let name = input.name.trim().to_owned();
        if name.is_empty() || name.chars().count() > 200 {
            errors.push(FieldError::new("name", "structure.name_invalid"));
        }
        let legal_form = input.legal_form.parse::<LegalForm>().map_err(|_| {
            errors.push(FieldError::new(
                "legal_form",
                "structure.legal_form_invalid",
            ));
        });
        let sector = input
            .sector
            .parse::<Sector>()
            .map_err(|_| errors.push(FieldError::new("sector", "structure.sector_invalid")));
        let siret = match input.siret.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(raw) => Siret::parse(raw).map(Some).map_err(|_| {
                errors.push(FieldError::new("siret", "structure.siret_invalid"));
            }),
        };
        match (legal_form, sector, siret) {
            (Ok(legal_form), Ok(sector), Ok(siret)) if errors.is_empty() => Ok(NewStructure {
                name,
                legal_form,
                sector,
                siret,
                site: input.site.filter(|s| !s.trim().is_empty()),
            }),
            _ => Err(AppError::Invalid(errors)),
        }
    }
}

/// One structure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StructureView {
    pub id: i32,
    pub site_id: i32,
    pub name: String,
    pub legal_form: LegalForm,
    pub sector: Sector,
    pub siret: Option<String>,
    pub status: StructureStatus,
    pub created_at: DateTime<Utc>,
    /// What the structure does, in its own words.
    #[serde(default)]
    pub activity: String,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// Whether visitors see it in the public directory.
    #[serde(default)]
    pub public_listing: bool,
    /// Which rates it pays: `hosted`, `network` or `outsider`.
    #[serde(default = "hosted")]
    pub customer_kind: super::CustomerKind,
    /// The solidarity discount a manager granted, in percent.
    #[serde(default)]
    pub discount_percent: i32,
    /// Meeting-room hours included each month, besides those its leases grant.
    #[serde(default)]
    pub included_hours_per_month: i32,
    /// The day it left the building, once it has.
    #[serde(default)]
    pub left_on: Option<chrono::NaiveDate>,
}

fn hosted() -> super::CustomerKind {
    super::CustomerKind::Hosted
}

/// The body of `POST /api/v1/structures/{id}/members`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MemberInput {
    pub email: String,
}

/// A member of a structure, as its page lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberView {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    /// True while the invitation is not accepted.
    pub invited: bool,
}

/// The answer to adding a member: the account, and whether it was invited by mail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MemberAdded {
    pub account_id: i32,
    pub email: String,
    /// True when the person had no password yet and was sent an invitation.
    pub invited: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> StructureInput {
        StructureInput {
            name: " Vélocoop ".into(),
            legal_form: "scic".into(),
            sector: "reuse_resources".into(),
            siret: Some("73282932000074".into()),
            site: None,
        }
    }

    #[test]
    fn a_valid_structure_is_trimmed() {
        let new = NewStructure::try_from(input()).expect("valid");
        assert_eq!(new.name, "Vélocoop");
        assert_eq!(new.legal_form, LegalForm::Scic);
        let mut project = input();
        project.siret = Some(" ".into());
        assert_eq!(NewStructure::try_from(project).expect("valid").siret, None);
    }

    #[test]
    fn every_invalid_field_is_named() {
        let bad = StructureInput {
            name: "".into(),
            legal_form: "sarl".into(),
            sector: "x".into(),
            siret: Some("123".into()),
            site: None,
        };
        let Err(AppError::Invalid(errors)) = NewStructure::try_from(bad) else {
            panic!("refused");
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "legal_form", "sector", "siret"]);
    }
}
