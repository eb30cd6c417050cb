//! The directory of structures: what managers filter and see, what a structure edits of its
//! own facts, and its pathway through the building.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{
    AppError, CustomerKind, FieldError, LeaseStatus, LeaseView, LegalForm, Sector, SpaceKind,
    StructureStatus,
};

/// Which structures to list: words as sent in a query string, checked by [`StructureFilter::parse`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams))]
pub struct StructureQuery {
    /// Part of the name, SIRET or activity.
    pub q: Option<String>,
    pub sector: Option<String>,
    pub legal_form: Option<String>,
    /// `hosted`, `former` or `applicant`.
    pub status: Option<String>,
}

/// A checked [`StructureQuery`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StructureFilter {
    pub q: Option<String>,
    pub sector: Option<Sector>,
    pub legal_form: Option<LegalForm>,
    pub status: Option<StructureStatus>,
}

impl StructureFilter {
    /// Reads the query; an unknown word is refused with its field named.
    pub fn parse(query: &StructureQuery) -> Result<StructureFilter, AppError> {
        let mut errors = Vec::new();
        fn word<T: std::str::FromStr>(
            raw: &Option<String>,
            field: &str,
            errors: &mut Vec<FieldError>,
        ) -> Option<T> {
            let raw = raw.as_deref().map(str::trim).filter(|s| !s.is_empty())?;
            raw.parse()
                .map_err(|_| errors.push(FieldError::new(field, "directory.word_unknown")))
                .ok()
        }
        let filter = StructureFilter {
            q: query
                .q
                .as_deref()
                .map(str::trim)
                .filter(|q| !q.is_empty())
                .map(|q| q.chars().take(100).collect()),
            sector: word(&query.sector, "sector", &mut errors),
            legal_form: word(&query.legal_form, "legal_form", &mut errors),
            status: word(&query.status, "status", &mut errors),
        };
        if errors.is_empty() {
            Ok(filter)
        } else {
            Err(AppError::Invalid(errors))
        }
    }
}

/// One line of the managers' directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StructureRow {
    pub id: i32,
    pub name: String,
    pub legal_form: LegalForm,
    pub sector: Sector,
    pub status: StructureStatus,
    pub siret: Option<String>,
    pub members: i64,
    /// The spaces it leases today.
    pub spaces: Vec<String>,
}

/// A hosted structure as visitors see it in the public directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicStructure {
    pub id: i32,
    pub name: String,
    pub legal_form: LegalForm,
    pub sector: Sector,
    pub activity: String,
    pub website: Option<String>,
}

/// What a structure's members may change of its public facts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactsInput {
    pub activity: String,
    pub website: String,
    pub email: String,
    pub phone: String,
    /// Whether to appear in the public directory.
    #[serde(default)]
    pub public_listing: bool,
}

/// Checked public facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facts {
    pub activity: String,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub public_listing: bool,
}

impl TryFrom<FactsInput> for Facts {
    type Error = AppError;

    fn try_from(input: FactsInput) -> Result<Facts, AppError> {
        let mut errors = Vec::new();
        let some = |s: String| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let activity = input.activity.trim().to_owned();
        if activity.chars().count() > 2000 {
            errors.push(FieldError::new("activity", "structure.activity_too_long"));
        }
        let website = some(input.website);
        if website.as_deref().is_some_and(|w| {
            !(w.starts_with("https://") || w.starts_with("http://")) || w.len() > 300
        }) {
            errors.push(FieldError::new("website", "structure.website_invalid"));
        }
        let email = some(input.email);
        if email.as_deref().is_some_and(|e| {
            let parts: Vec<&str> = e.split('@').collect();
            parts.len() != 2 || parts[0].is_empty() || !parts[1].contains('.') || e.len() > 254
        }) {
            errors.push(FieldError::new("email", "structure.email_invalid"));
        }
        let phone = some(input.phone);
        if phone.as_deref().is_some_and(|p| {
            p.len() > 32
                || !p
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +.()-".contains(c))
        }) {
            errors.push(FieldError::new("phone", "structure.phone_invalid"));
        }
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        Ok(Facts {
            activity,
            website,
            email,
            phone,
            public_listing: input.public_listing,
        })
    }
}

/// What only managers set: status, rates and grants.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermsInput {
    pub status: StructureStatus,
    pub customer_kind: CustomerKind,
    pub discount_percent: i32,
    pub included_hours_per_month: i32,
}

impl TermsInput {
    /// Refuses a discount outside 0–100 % or included hours outside a month.
    pub fn check(&self) -> Result<(), AppError> {
        let mut errors = Vec::new();
        if !(0..=100).contains(&self.discount_percent) {
            errors.push(FieldError::new(
                "discount_percent",
                "structure.discount_invalid",
            ));
        }
        if !(0..=744).contains(&self.included_hours_per_month) {
            errors.push(FieldError::new(
                "included_hours_per_month",
                "lease.included_invalid",
            ));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(AppError::Invalid(errors))
        }
    }
}

/// Everything a structure's page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StructureDetail {
    pub structure: super::StructureView,
    pub members: Vec<super::MemberView>,
    pub leases: Vec<LeaseView>,
    /// Its bookings of the last month and the next two.
    pub bookings: Vec<super::BookingView>,
    /// Its history, newest first: for managers only, empty for members.
    pub history: Vec<super::AuditEntry>,
    pub pathway: Vec<PathwayStep>,
}

/// One step of a structure's pathway through the building.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum PathwayStep {
    /// It joined (as an applicant or a tenant).
    Arrived { on: NaiveDate },
    /// It occupied a space under a lease.
    Occupied {
        kind: SpaceKind,
        space: String,
        from: NaiveDate,
        until: Option<NaiveDate>,
    },
    /// It left.
    Left { on: NaiveDate },
}

/// The pathway from arrival through every signed lease to departure, in order of dates.
pub fn pathway(
    arrived_on: NaiveDate,
    leases: &[LeaseView],
    left_on: Option<NaiveDate>,
) -> Vec<PathwayStep> {
    let mut occupied: Vec<&LeaseView> = leases
        .iter()
        .filter(|l| l.status != LeaseStatus::Draft)
        .collect();
    occupied.sort_by_key(|l| (l.starts_on, l.id));
    std::iter::once(PathwayStep::Arrived { on: arrived_on })
        .chain(occupied.into_iter().map(|l| PathwayStep::Occupied {
            kind: l.space_kind,
            space: l.space_name.clone(),
            from: l.starts_on,
            until: l.ends_on,
        }))
        .chain(left_on.map(|on| PathwayStep::Left { on }))
        .collect()
}

#[cfg(test)]
mod tests;
