//! An event as its managers create it: the event itself, its yearly editions, their stall
//! types and the stalls generated in rows on the plan.
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::super::AppError;
use super::super::checks::Checks;

/// An event's fields as a form or `POST /api/v1/events` sends them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EventInput {
    /// The slug of the site that holds it.
    pub site: String,
    pub name: String,
    /// Lower-case letters, digits and dashes; made from the name when blank.
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub summary_fr: String,
    #[serde(default)]
    pub summary_en: String,
    #[serde(default)]
    pub description_fr: String,
    #[serde(default)]
    pub description_en: String,
    #[serde(default)]
    pub access_fr: String,
    #[serde(default)]
    pub access_en: String,
}

impl EventInput {
    /// The fields trimmed and checked, each bad one named.
    pub fn read(&self) -> Result<EventInput, AppError> {
        let mut checks = Checks::new("event");
        let name = checks.text("name", &self.name, 1..=120);
        let read = EventInput {
            site: checks.text("site", &self.site, 1..=40),
            slug: checks.slug(&self.slug, &name),
            name,
            place: checks.text("place", &self.place, 0..=200),
            summary_fr: checks.text("summary_fr", &self.summary_fr, 0..=300),
            summary_en: checks.text("summary_en", &self.summary_en, 0..=300),
            description_fr: checks.text("description_fr", &self.description_fr, 0..=3000),
            description_en: checks.text("description_en", &self.description_en, 0..=3000),
            access_fr: checks.text("access_fr", &self.access_fr, 0..=1000),
            access_en: checks.text("access_en", &self.access_en, 0..=1000),
        };
        checks.finish()?;
        Ok(read)
    }
}

/// The longest an edition lasts, in days.
pub const MAX_EDITION_DAYS: i64 = 14;

/// An edition's fields as a form or `POST /api/v1/events/{slug}/editions` sends them. Days
/// are `2027-06-12` (or `12/06/2027`), times `10:00`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct EditionInput {
    pub starts_on: String,
    /// The last day, included; the first when blank.
    #[serde(default)]
    pub ends_on: String,
    pub opens: String,
    pub closes: String,
    /// The first day exhibitors may apply.
    pub call_opens_on: String,
    /// The last day they may, before the edition starts.
    pub call_closes_on: String,
    /// Whether its list of exhibitors is public.
    #[serde(default)]
    pub published: bool,
}

/// An edition that passed every rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEdition {
    pub year: i32,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// `HH:MM`
    pub opens: String,
    pub closes: String,
    pub call_opens_on: NaiveDate,
    pub call_closes_on: NaiveDate,
    pub published: bool,
}

impl TryFrom<&EditionInput> for NewEdition {
    type Error = AppError;

    fn try_from(input: &EditionInput) -> Result<Self, AppError> {
        let mut checks = Checks::new("edition");
        let starts_on = checks.day("starts_on", &input.starts_on);
        let ends_on = match input.ends_on.trim() {
            "" => starts_on,
            raw => checks.day("ends_on", raw),
        };
        if let (Some(first), Some(last)) = (starts_on, ends_on)
            && (last < first || (last - first).num_days() >= MAX_EDITION_DAYS)
        {
            checks.fail_with("ends_on", "edition.ends_on_range");
        }
        let opens = checks.time("opens", &input.opens);
        let closes = checks.time("closes", &input.closes);
        if let (Some(opens), Some(closes)) = (&opens, &closes)
            && closes <= opens
        {
            checks.fail_with("closes", "edition.closes_before");
        }
        let call_opens_on = checks.day("call_opens_on", &input.call_opens_on);
        let call_closes_on = checks.day("call_closes_on", &input.call_closes_on);
        if let (Some(open), Some(close)) = (call_opens_on, call_closes_on)
            && close < open
        {
            checks.fail_with("call_closes_on", "edition.call_closes_before");
        }
        if let (Some(close), Some(first)) = (call_closes_on, starts_on)
            && close >= first
        {
            checks.fail_with("call_closes_on", "edition.call_after_start");
        }
        checks.finish()?;
        match (
            starts_on,
            ends_on,
            opens,
            closes,
            call_opens_on,
            call_closes_on,
        ) {
            (Some(starts_on), Some(ends_on), Some(opens), Some(closes), Some(co), Some(cc)) => {
                Ok(NewEdition {
                    year: starts_on.year(),
                    starts_on,
                    ends_on,
                    opens,
                    closes,
                    call_opens_on: co,
                    call_closes_on: cc,
                    published: input.published,
                })
            }
            _ => Err(AppError::Internal),
        }
    }
}

/// A kind of stall of an edition, as `POST /api/v1/editions/{id}/stall-types` sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StallTypeInput {
    pub name: String,
    pub width_cm: i32,
    pub depth_cm: i32,
    /// What an exhibitor pays for it, in cents.
    pub price_cents: i64,
    /// Whether it has a power socket.
    #[serde(default)]
    pub power: bool,
}

impl StallTypeInput {
    /// The fields trimmed and checked, each bad one named.
    pub fn read(&self) -> Result<StallTypeInput, AppError> {
        let mut checks = Checks::new("stall_type");
        let read = StallTypeInput {
            name: checks.text("name", &self.name, 1..=120),
            ..self.clone()
        };
        checks.check((50..=5000).contains(&self.width_cm), "width_cm");
        checks.check((50..=5000).contains(&self.depth_cm), "depth_cm");
        checks.check((0..=10_000_000).contains(&self.price_cents), "price_cents");
        checks.finish()?;
        Ok(read)
    }
}

/// A stall type as the managers' form sends it: sizes in centimetres, the price in euros
/// (a decimal comma accepted), power as a tick box.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StallTypeForm {
    pub name: String,
    pub width_cm: String,
    pub depth_cm: String,
    pub price: String,
    #[serde(default)]
    pub power: Option<String>,
}

impl TryFrom<StallTypeForm> for StallTypeInput {
    type Error = AppError;

    fn try_from(form: StallTypeForm) -> Result<Self, AppError> {
        let mut checks = Checks::new("stall_type");
        let mut size = |field: &str, raw: &str| {
            let value = raw.trim().parse::<i32>().ok();
            checks.check(value.is_some(), field);
            value.unwrap_or_default()
        };
        let width_cm = size("width_cm", &form.width_cm);
        let depth_cm = size("depth_cm", &form.depth_cm);
        let price = super::super::Money::parse_euros(&form.price);
        checks.check(price.is_some(), "price_cents");
        checks.finish()?;
        let input = StallTypeInput {
            name: form.name,
            width_cm,
            depth_cm,
            price_cents: price.map(|p| p.cents()).unwrap_or_default(),
            power: form.power.is_some(),
        };
        input.read()
    }
}

/// Stalls to add to an edition's plan, as `POST /api/v1/editions/{id}/stalls` sends them: so
/// many of one type, numbered on from the highest number, in rows below the plan's stalls.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StallsInput {
    pub stall_type_id: i32,
    /// How many, 1 to 300.
    pub count: u32,
    /// How many in a row, 10 when left out.
    #[serde(default)]
    pub per_row: Option<u32>,
    /// The first one's number; the next free one when left out.
    #[serde(default)]
    pub first_number: Option<i32>,
}

/// The most stalls one request adds.
pub const MAX_NEW_STALLS: u32 = 300;

/// Where one generated stall goes on the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StallPlace {
    pub number: i32,
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
}

/// A generated stall's depth on the plan, in its units (a stall 3 m wide is 56 wide).
const STALL_DEPTH: i32 = 44;
const GAP: i32 = 8;
const MARGIN: i32 = 20;

impl StallsInput {
    /// The places of the stalls asked for, of a type `width_cm` wide, below `lowest` (the
    /// bottom edge of the plan's stalls, 0 for none) and numbered from `next_number` unless a
    /// first number is given.
    pub fn places(
        &self,
        width_cm: i32,
        lowest: i32,
        next_number: i32,
    ) -> Result<Vec<StallPlace>, AppError> {
        let mut checks = Checks::new("stalls");
        checks.check((1..=MAX_NEW_STALLS).contains(&self.count), "count");
        let per_row = self.per_row.unwrap_or(10);
        checks.check((1..=40).contains(&per_row), "per_row");
        let first = self.first_number.unwrap_or(next_number);
        checks.check((1..=99_000).contains(&first), "first_number");
        checks.finish()?;
        let w = (width_cm * 56 / 300).clamp(24, 200);
        let top = if lowest > 0 { lowest + GAP * 2 } else { MARGIN };
        let per_row = i32::try_from(per_row).unwrap_or(10);
        Ok((0..i32::try_from(self.count).unwrap_or(0))
            .map(|i| StallPlace {
                number: first + i,
                x: MARGIN + (i % per_row) * (w + GAP),
                y: top + (i / per_row) * (STALL_DEPTH + GAP * 2),
                w,
                h: STALL_DEPTH,
            })
            .collect())
    }
}

#[cfg(test)]
mod tests;
