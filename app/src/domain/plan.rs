//! A floor's plan: each space as a rectangle, with whether it is free or busy right now.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::SpaceKind;

/// What a space is right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Now {
    /// Open and not booked: it can be booked from now.
    Free,
    /// Booked, held by a request, or in its buffer.
    Busy,
    /// A bookable space outside its opening hours, or on a closed day.
    Closed,
    /// Let on a lease (offices, storage, shops): not booked by the hour.
    Leased,
}

impl Now {
    pub const fn as_str(self) -> &'static str {
        match self {
            Now::Free => "free",
            Now::Busy => "busy",
            Now::Closed => "closed",
            Now::Leased => "leased",
        }
    }
}

/// One space on the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanSpace {
    pub id: i32,
    pub code: String,
    pub name: String,
    pub kind: SpaceKind,
    pub capacity: i32,
    /// Its rectangle, in plan units; `None` for a space not drawn on the plan.
    pub rect: Option<(i32, i32, i32, i32)>,
    pub now: Now,
    /// Until when it stays free or busy today, when that changes before midnight.
    pub until: Option<DateTime<Utc>>,
}

/// A floor of a site as it is at `at`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FloorPlan {
    pub site_id: i32,
    pub site_name: String,
    pub site_slug: String,
    pub floor: i32,
    /// Every floor of the site that has spaces or a picture, lowest first.
    pub floors: Vec<i32>,
    /// The plan's size in plan units.
    pub width: i32,
    pub height: i32,
    pub spaces: Vec<PlanSpace>,
    pub at: DateTime<Utc>,
    /// The address of the floor's plan picture, drawn behind the spaces; none without one.
    pub picture: Option<String>,
}

/// A space's place as the plan page's form sends it: numbers as typed, or `clear` to take it off
/// the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceForm {
    #[serde(default)]
    pub x: String,
    #[serde(default)]
    pub y: String,
    #[serde(default)]
    pub w: String,
    #[serde(default)]
    pub h: String,
    #[serde(default)]
    pub clear: Option<String>,
}

impl PlaceForm {
    /// The rectangle asked for, none to take the space off; each unreadable number named.
    pub fn rect(&self) -> Result<Option<(i32, i32, i32, i32)>, super::AppError> {
        if self.clear.is_some() {
            return Ok(None);
        }
        let mut errors = Vec::new();
        let mut read = |field: &'static str, raw: &str| {
            let value = raw.trim().parse::<i32>().ok();
            if value.is_none() {
                errors.push(super::FieldError::new(field, "plan.rect_invalid"));
            }
            value.unwrap_or_default()
        };
        let rect = (
            read("x", &self.x),
            read("y", &self.y),
            read("w", &self.w),
            read("h", &self.h),
        );
        if errors.is_empty() {
            Ok(Some(rect))
        } else {
            Err(super::AppError::Invalid(errors))
        }
    }
}
