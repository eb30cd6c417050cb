//! A market as its managers' page reads it: its fields as the form shows them, its changed
//! days, its producers and who comes which day.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{EventKind, MarketInput};

/// One market, with what its managers edit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MarketDetail {
    pub id: i32,
    pub slug: String,
    pub site_name: String,
    /// Raised at each change, so calendars that follow the feed take it.
    pub sequence: i32,
    /// Its fields, as the form shows them.
    pub input: MarketInput,
    /// Its days cancelled or moved, from the first coming one.
    pub exceptions: Vec<ExceptionView>,
    pub producers: Vec<ProducerRow>,
    /// Its next market days, as the series gives them, for the roster.
    pub days: Vec<NaiveDate>,
}

/// A market day cancelled (no `moved_day`) or moved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ExceptionView {
    pub original_day: NaiveDate,
    pub moved_day: Option<NaiveDate>,
    pub opens: Option<String>,
    pub closes: Option<String>,
    pub reason: String,
}

/// A producer of a market with the coming days it is on the roster.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ProducerRow {
    pub id: i32,
    pub name: String,
    pub products: String,
    pub town: String,
    pub days: Vec<NaiveDate>,
}

/// A producer as a form or `POST /api/v1/markets/{slug}/producers` sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ProducerInput {
    pub name: String,
    /// What it sells (`Légumes de saison`).
    #[serde(default)]
    pub products: String,
    #[serde(default)]
    pub town: String,
}

impl ProducerInput {
    /// The fields trimmed, each bad one named.
    pub fn read(&self) -> Result<ProducerInput, super::super::AppError> {
        let mut checks = super::super::checks::Checks::new("producer");
        let read = ProducerInput {
            name: checks.text("name", &self.name, 1..=120),
            products: checks.text("products", &self.products, 0..=200),
            town: checks.text("town", &self.town, 0..=100),
        };
        checks.finish()?;
        Ok(read)
    }
}

/// Who comes on one market day, as `PUT /api/v1/markets/{slug}/roster/{day}` sends it: the
/// producers' ids; the others do not come.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RosterInput {
    #[serde(default)]
    pub producers: Vec<i32>,
}

/// A market or an event in the managers' list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EventRow {
    pub slug: String,
    pub kind: EventKind,
    pub name: String,
    pub site_name: String,
}
