//! Sites: what the home page tells of each, and a site as its admins see it.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::SpaceKind;

/// A site and its figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteOverview {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub address: String,
    pub city: String,
    pub description_fr: String,
    pub description_en: String,
    /// Active spaces per kind, in the kinds' display order, kinds without space left out.
    pub spaces_by_kind: Vec<(SpaceKind, u32)>,
    /// Structures hosted now.
    pub hosted_structures: u32,
}

/// A site as its managers edit it and the API shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SiteView {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub address: String,
    pub postcode: String,
    pub city: String,
    pub description_fr: String,
    pub description_en: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub opening_hours: String,
    pub legal_name: String,
    pub siret: Option<String>,
    pub vat_number: Option<String>,
    pub vat_exemption: Option<String>,
    /// After how many days a waiting parcel is flagged and its structure reminded.
    pub parcel_reminder_days: i32,
    /// After how many days visitors' names and companies are erased, their counts kept.
    pub visitor_retention_days: i32,
    pub created_at: DateTime<Utc>,
}
