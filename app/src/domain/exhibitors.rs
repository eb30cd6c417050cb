//! The exhibitors' pages as views: the application form's open call, the follow page, the
//! managers' list and the stall plan; and an accepted exhibitor's statement of the stall fee it
//! owes.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::events::ApplicationStatus;
use super::{ApplicationView, EventPage};

/// A kind of stall an applicant chooses: its size, price and power.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StallTypeView {
    pub id: i32,
    pub name: String,
    pub width_cm: i32,
    pub depth_cm: i32,
    pub price_cents: i64,
    pub power: bool,
}

/// An event's application page: the event, the edition whose call is open today with its
/// stall types, or else the edition whose call opens next (ids of `page.editions`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenCall {
    pub page: EventPage,
    pub open: Option<i32>,
    pub next: Option<i32>,
    pub stall_types: Vec<StallTypeView>,
}

/// An application as its follow page shows it, with the stall types it may change to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowPage {
    pub application: ApplicationView,
    pub stall_types: Vec<StallTypeView>,
    /// What the exhibitor owes, once accepted.
    pub statement: Option<Statement>,
}

/// The edition a manager's page is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionHeading {
    pub id: i32,
    pub event: String,
    pub event_slug: String,
    pub year: i32,
    /// Whether its exhibitors' list is public.
    pub published: bool,
}

/// The applications to an edition, as the managers' list shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationList {
    pub edition: EditionHeading,
    pub applications: Vec<ApplicationView>,
}

/// A stall on the plan, with its holder once given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanStall {
    pub id: i32,
    pub number: i32,
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
    pub stall_type_id: i32,
    pub stall_type: String,
    pub holder: Option<String>,
    pub application_id: Option<i32>,
}

/// An accepted exhibitor still without a stall.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unplaced {
    pub id: i32,
    pub organisation: String,
    pub stall_type_id: i32,
    pub stall_type: String,
}

/// An edition's stall plan: every stall by number, and who still waits for one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StallPlan {
    pub edition: EditionHeading,
    pub stalls: Vec<PlanStall>,
    pub unplaced: Vec<Unplaced>,
}

/// An accepted exhibitor's statement of what it owes for its stall.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// `BRADERIE-2027-0042`: the event's slug, the year and the application, never reused.
    pub number: String,
    pub stall_type: String,
    pub width_cm: i32,
    pub depth_cm: i32,
    pub stall: Option<i32>,
    pub fee_cents: i64,
    pub issued_on: NaiveDate,
    /// Who the fee is owed to, line by line: the site's name, street and city.
    pub issuer: Vec<String>,
}

impl Statement {
    /// The statement of application `a`, whose stall type is among `types`, issued on
    /// `today`; `None` until it is accepted, since only accepted exhibitors owe a fee. The
    /// issuer is left for the caller, who knows the site.
    pub fn of(a: &ApplicationView, types: &[StallTypeView], today: NaiveDate) -> Option<Statement> {
        if a.status != ApplicationStatus::Accepted {
            return None;
        }
        let kind = types.iter().find(|t| t.id == a.stall_type_id)?;
        Some(Statement {
            number: format!("{}-{}-{:04}", a.event_slug.to_uppercase(), a.year, a.id),
            stall_type: kind.name.clone(),
            width_cm: kind.width_cm,
            depth_cm: kind.depth_cm,
            stall: a.stall,
            fee_cents: kind.price_cents,
            issued_on: today,
            issuer: Vec::new(),
        })
    }
}
