//! A market as its managers create and change it: where, what, which weekdays every how many
//! weeks, its hours and first and last days; and one day cancelled or moved.
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::super::AppError;
use super::super::checks::Checks;

/// The weekdays as RRULE writes them, Monday first.
pub const WEEKDAYS: [(&str, Weekday); 7] = [
    ("MO", Weekday::Mon),
    ("TU", Weekday::Tue),
    ("WE", Weekday::Wed),
    ("TH", Weekday::Thu),
    ("FR", Weekday::Fri),
    ("SA", Weekday::Sat),
    ("SU", Weekday::Sun),
];

fn every_week() -> u32 {
    1
}

/// A market's fields as a form or `POST /api/v1/markets` sends them. Days are `2027-01-07`
/// (or `07/01/2027`), times `08:00`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MarketInput {
    /// The slug of the site that holds it.
    pub site: String,
    pub name: String,
    /// Lower-case letters, digits and dashes; made from the name when blank.
    #[serde(default)]
    pub slug: String,
    /// The weekdays it is held, `MO` to `SU`.
    #[serde(default)]
    pub weekdays: Vec<String>,
    /// Every how many weeks: 1 for every week, 2 for every other week.
    #[serde(default = "every_week")]
    pub every_weeks: u32,
    pub opens: String,
    /// At or before `opens`, the market closes the next day.
    pub closes: String,
    /// The first market day; one of `weekdays`.
    pub first_day: String,
    /// The last day it may fall on; blank for no end.
    #[serde(default)]
    pub until: String,
    /// Where on the site (`Parvis du Solilab`).
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
    /// How visitors with a disability get there and in.
    #[serde(default)]
    pub access_fr: String,
    #[serde(default)]
    pub access_en: String,
}

impl Default for MarketInput {
    fn default() -> Self {
        MarketInput {
            site: String::new(),
            name: String::new(),
            slug: String::new(),
            weekdays: Vec::new(),
            every_weeks: every_week(),
            opens: String::new(),
            closes: String::new(),
            first_day: String::new(),
            until: String::new(),
            place: String::new(),
            summary_fr: String::new(),
            summary_en: String::new(),
            description_fr: String::new(),
            description_en: String::new(),
            access_fr: String::new(),
            access_en: String::new(),
        }
    }
}

/// A change of some of a market's fields, for `PATCH /api/v1/markets/{slug}`: each field given
/// replaces the current one. Its site stays.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MarketPatch {
    pub name: Option<String>,
    pub slug: Option<String>,
    pub weekdays: Option<Vec<String>>,
    pub every_weeks: Option<u32>,
    pub opens: Option<String>,
    pub closes: Option<String>,
    pub first_day: Option<String>,
    pub until: Option<String>,
    pub place: Option<String>,
    pub summary_fr: Option<String>,
    pub summary_en: Option<String>,
    pub description_fr: Option<String>,
    pub description_en: Option<String>,
    pub access_fr: Option<String>,
    pub access_en: Option<String>,
}

impl From<MarketInput> for MarketPatch {
    /// A whole form: every field given but the site, which stays.
    fn from(input: MarketInput) -> MarketPatch {
        MarketPatch {
            name: Some(input.name),
            slug: Some(input.slug),
            weekdays: Some(input.weekdays),
            every_weeks: Some(input.every_weeks),
            opens: Some(input.opens),
            closes: Some(input.closes),
            first_day: Some(input.first_day),
            until: Some(input.until),
            place: Some(input.place),
            summary_fr: Some(input.summary_fr),
            summary_en: Some(input.summary_en),
            description_fr: Some(input.description_fr),
            description_en: Some(input.description_en),
            access_fr: Some(input.access_fr),
            access_en: Some(input.access_en),
        }
    }
}

impl MarketInput {
    /// These fields with `patch`'s given ones in their place.
    pub fn patched(mut self, patch: MarketPatch) -> MarketInput {
        let texts = [
            (&mut self.name, patch.name),
            (&mut self.slug, patch.slug),
            (&mut self.opens, patch.opens),
            (&mut self.closes, patch.closes),
            (&mut self.first_day, patch.first_day),
            (&mut self.until, patch.until),
            (&mut self.place, patch.place),
            (&mut self.summary_fr, patch.summary_fr),
            (&mut self.summary_en, patch.summary_en),
            (&mut self.description_fr, patch.description_fr),
            (&mut self.description_en, patch.description_en),
            (&mut self.access_fr, patch.access_fr),
            (&mut self.access_en, patch.access_en),
        ];
        for (field, given) in texts {
            if let Some(given) = given {
                *field = given;
            }
        }
        if let Some(weekdays) = patch.weekdays {
            self.weekdays = weekdays;
        }
        if let Some(every) = patch.every_weeks {
            self.every_weeks = every;
        }
        self
    }
}

/// A market that passed every rule, ready to be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMarket {
    pub site: String,
    pub name: String,
    pub slug: String,
    /// The RRULE body, `FREQ=WEEKLY;INTERVAL=2;BYDAY=SA`.
    pub rule: String,
    pub first_day: NaiveDate,
    pub until: Option<NaiveDate>,
    /// `HH:MM`
    pub opens: String,
    pub closes: String,
    pub place: String,
    pub summary_fr: String,
    pub summary_en: String,
    pub description_fr: String,
    pub description_en: String,
    pub access_fr: String,
    pub access_en: String,
}

/// The RRULE body of a market held on `weekdays` every `every` weeks.
pub fn weekly_rule(weekdays: &[Weekday], every: u32) -> String {
    let days: Vec<&str> = WEEKDAYS
        .iter()
        .filter(|(_, day)| weekdays.contains(day))
        .map(|(code, _)| *code)
        .collect();
    let interval = if every > 1 {
        format!(";INTERVAL={every}")
    } else {
        String::new()
    };
    format!("FREQ=WEEKLY{interval};BYDAY={}", days.join(","))
}

/// The weekdays and the interval of a weekly rule as [`weekly_rule`] writes it, for its form.
pub fn read_weekly_rule(rule: &str) -> (Vec<String>, u32) {
    let mut weekdays = Vec::new();
    let mut every = 1;
    for part in rule.trim_start_matches("RRULE:").split(';') {
        match part.split_once('=') {
            Some(("BYDAY", days)) => {
                weekdays = days
                    .split(',')
                    .filter(|d| WEEKDAYS.iter().any(|(code, _)| code == d))
                    .map(str::to_owned)
                    .collect();
            }
            Some(("INTERVAL", n)) => every = n.parse().unwrap_or(1),
            _ => {}
        }
    }
    (weekdays, every)
}

impl TryFrom<MarketInput> for NewMarket {
    type Error = AppError;

    fn try_from(input: MarketInput) -> Result<Self, AppError> {
        let mut checks = Checks::new("market");
        let name = checks.text("name", &input.name, 1..=120);
        let slug = checks.slug(&input.slug, &name);
        let mut weekdays = Vec::new();
        for raw in &input.weekdays {
            match WEEKDAYS
                .iter()
                .find(|(code, _)| raw.trim().eq_ignore_ascii_case(code))
            {
                Some((_, day)) if !weekdays.contains(day) => weekdays.push(*day),
                Some(_) => {}
                None => checks.fail("weekdays"),
            }
        }
        if input.weekdays.is_empty() {
            checks.fail("weekdays");
        }
        checks.check((1..=8).contains(&input.every_weeks), "every_weeks");
        let opens = checks.time("opens", &input.opens);
        let closes = checks.time("closes", &input.closes);
        if opens.is_some() && opens == closes {
            checks.fail_with("closes", "market.closes_same");
        }
        let first_day = checks.day("first_day", &input.first_day);
        if let Some(first) = first_day
            && !weekdays.is_empty()
            && !weekdays.contains(&first.weekday())
        {
            checks.fail_with("first_day", "market.first_day_weekday");
        }
        let until = checks.optional_day("until", &input.until);
        if let (Some(first), Some(until)) = (first_day, until)
            && until < first
        {
            checks.fail_with("until", "market.until_before");
        }
        let place = checks.text("place", &input.place, 0..=200);
        let summary_fr = checks.text("summary_fr", &input.summary_fr, 0..=300);
        let summary_en = checks.text("summary_en", &input.summary_en, 0..=300);
        let description_fr = checks.text("description_fr", &input.description_fr, 0..=3000);
        let description_en = checks.text("description_en", &input.description_en, 0..=3000);
        let access_fr = checks.text("access_fr", &input.access_fr, 0..=1000);
        let access_en = checks.text("access_en", &input.access_en, 0..=1000);
        let site = input.site.trim().to_owned();
        checks.check(!site.is_empty(), "site");
        checks.finish()?;
        let (Some(first_day), Some(opens), Some(closes)) = (first_day, opens, closes) else {
            return Err(AppError::Internal);
        };
        Ok(NewMarket {
            site,
            name,
            slug,
            rule: weekly_rule(&weekdays, input.every_weeks),
            first_day,
            until,
            opens,
            closes,
            place,
            summary_fr,
            summary_en,
            description_fr,
            description_en,
            access_fr,
            access_en,
        })
    }
}

/// One market day cancelled, or moved to another day or other hours, as a form or
/// `POST /api/v1/markets/{slug}/exceptions` sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ExceptionInput {
    /// The market day it is about.
    pub day: String,
    /// Where it moves; blank for the same day (other hours) or, without hours, cancelled.
    #[serde(default)]
    pub moved_day: String,
    /// The moved day's hours; blank for the market's own.
    #[serde(default)]
    pub opens: String,
    #[serde(default)]
    pub closes: String,
    /// Why, as visitors will read it.
    pub reason: String,
}

/// A market day's exception that passed every rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewException {
    pub original_day: NaiveDate,
    /// The day and hours it moves to; none when cancelled.
    pub moved: Option<(NaiveDate, String, String)>,
    pub reason: String,
}

impl ExceptionInput {
    /// Reads the exception of a market open from `opens` to `closes`.
    pub fn read(&self, opens: &str, closes: &str) -> Result<NewException, AppError> {
        let mut checks = Checks::new("exception");
        let original_day = checks.day("day", &self.day);
        let reason = checks.text("reason", &self.reason, 1..=300);
        let other_hours = !self.opens.trim().is_empty() || !self.closes.trim().is_empty();
        let moved = if self.moved_day.trim().is_empty() && !other_hours {
            None
        } else {
            let day = match self.moved_day.trim() {
                "" => original_day,
                raw => checks.day("moved_day", raw),
            };
            let or = |given: &str, own: &str| {
                if given.trim().is_empty() {
                    own.to_owned()
                } else {
                    given.to_owned()
                }
            };
            let new_opens = checks.time("opens", &or(&self.opens, opens));
            let new_closes = checks.time("closes", &or(&self.closes, closes));
            if new_opens.is_some() && new_opens == new_closes {
                checks.fail_with("closes", "market.closes_same");
            }
            if day == original_day
                && new_opens.as_deref() == Some(opens)
                && new_closes.as_deref() == Some(closes)
            {
                checks.fail_with("moved_day", "exception.moved_nowhere");
            }
            day.zip(new_opens)
                .zip(new_closes)
                .map(|((d, o), c)| (d, o, c))
        };
        checks.finish()?;
        let original_day = original_day.ok_or(AppError::Internal)?;
        Ok(NewException {
            original_day,
            moved,
            reason,
        })
    }
}

#[cfg(test)]
mod tests;
