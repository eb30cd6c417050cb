//! What the home page tells of each site.
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
