//! An event and an edition as their managers' pages and the API read them.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{EditionInput, EventInput};
use crate::domain::exhibitors::StallTypeView;

/// An event with its editions, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EventDetail {
    pub id: i32,
    pub slug: String,
    pub site_name: String,
    /// Its fields, as the form shows them.
    pub input: EventInput,
    pub editions: Vec<EditionSummary>,
}

/// An edition in its event's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EditionSummary {
    pub id: i32,
    pub year: i32,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub published: bool,
    pub stalls: u32,
}

/// An edition with its stall types and its stalls by number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EditionDetail {
    pub id: i32,
    pub event_slug: String,
    pub event_name: String,
    pub year: i32,
    /// Its fields, as the form shows them.
    pub input: EditionInput,
    pub stall_types: Vec<StallTypeView>,
    pub stalls: Vec<StallRow>,
}

/// A stall of an edition's plan, with its holder's public name once the exhibitors' list is
/// published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StallRow {
    pub id: i32,
    pub number: i32,
    pub stall_type_id: i32,
    pub stall_type: String,
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
    pub holder: Option<String>,
}
