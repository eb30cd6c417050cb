//! The public calendar of markets and events, as the API and the pages show it.
use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::events::EventKind;
use super::{AppError, FieldError, LegalForm, Sector};

/// The longest period one request may expand, in days.
pub const MAX_DAYS: u64 = 400;

/// `GET /api/v1/events` and the calendar page's filters, as sent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams))]
pub struct EventsQuery {
    /// The first day (`2027-03-01`); today by default.
    pub from: Option<String>,
    /// The last day; 90 days after `from` by default, 400 at most.
    pub to: Option<String>,
    /// A site's slug; every site when omitted.
    pub site: Option<String>,
    /// `market` or `event`; both when omitted.
    pub kind: Option<String>,
}

/// A checked [`EventsQuery`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventsFilter {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub site: Option<String>,
    pub kind: Option<EventKind>,
}

impl EventsQuery {
    /// Reads the query; `today` fills a missing start.
    pub fn parse(&self, today: NaiveDate) -> Result<EventsFilter, AppError> {
        let text = |raw: &Option<String>| {
            raw.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let mut errors = Vec::new();
        let day = |raw: &Option<String>, field: &str, errors: &mut Vec<FieldError>| {
            let raw = text(raw)?;
            let parsed = raw.parse::<NaiveDate>().ok();
            if parsed.is_none() {
                errors.push(FieldError::new(field, "agenda.date_invalid"));
            }
            parsed
        };
        let from = day(&self.from, "from", &mut errors).unwrap_or(today);
        let to = day(&self.to, "to", &mut errors)
            .unwrap_or_else(|| from.checked_add_days(Days::new(90)).unwrap_or(from));
        if to < from || (to - from).num_days() > MAX_DAYS as i64 {
            errors.push(FieldError::new("to", "agenda.period_invalid"));
        }
        let kind = text(&self.kind).and_then(|k| {
            let kind = k.parse::<EventKind>().ok();
            if kind.is_none() {
                errors.push(FieldError::new("kind", "agenda.kind_invalid"));
            }
            kind
        });
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        Ok(EventsFilter {
            from,
            to,
            site: text(&self.site),
            kind,
        })
    }
}

/// One day a market or an event is open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OccurrenceView {
    pub event_id: i32,
    pub slug: String,
    pub kind: EventKind,
    pub name: String,
    pub summary_fr: String,
    pub summary_en: String,
    pub site: String,
    pub site_name: String,
    pub place: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// The Paris day it opens.
    pub day: NaiveDate,
    /// Whether this market day was moved from its usual date.
    pub moved: bool,
    /// The edition's year, for an event.
    pub edition: Option<i32>,
}

/// A market day that will not happen as usual.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeView {
    pub original_day: NaiveDate,
    /// The new day, when moved; none when cancelled.
    pub moved_to: Option<DateTime<Utc>>,
    pub reason: String,
}

/// An exhibitor on the public list of an edition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExhibitorView {
    pub organisation: String,
    pub legal_form: LegalForm,
    pub sector: Sector,
    pub products: String,
    pub stall: Option<i32>,
}

/// A market's producer and the coming days they come.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProducerView {
    pub name: String,
    pub products: String,
    pub town: String,
    pub days: Vec<NaiveDate>,
}

/// An edition as its event's page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionView {
    pub id: i32,
    pub year: i32,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub opens: String,
    pub closes: String,
    pub call_opens_on: NaiveDate,
    pub call_closes_on: NaiveDate,
    /// The exhibitors, once the list is published.
    pub exhibitors: Vec<ExhibitorView>,
}

/// A market's or an event's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventPage {
    pub id: i32,
    pub slug: String,
    pub kind: EventKind,
    pub name: String,
    pub summary_fr: String,
    pub summary_en: String,
    pub description_fr: String,
    pub description_en: String,
    pub place: String,
    pub access_fr: String,
    pub access_en: String,
    pub site_name: String,
    pub address: String,
    pub city: String,
    /// The coming days it is open.
    pub coming: Vec<OccurrenceView>,
    pub changes: Vec<ChangeView>,
    pub producers: Vec<ProducerView>,
    /// Editions, latest first.
    pub editions: Vec<EditionView>,
}

/// An exhibitor's application, as its follow page and the managers' list show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationView {
    pub id: i32,
    pub event: String,
    pub event_slug: String,
    pub year: i32,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub status: super::events::ApplicationStatus,
    pub organisation: String,
    pub siret: Option<String>,
    pub legal_form: LegalForm,
    pub sector: Sector,
    pub contact_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub products: String,
    pub stall_type_id: i32,
    pub stall_type: String,
    /// What the stall type costs: the fee owed once accepted.
    pub fee_cents: i64,
    pub needs: String,
    /// The stall's number, once given.
    pub stall: Option<i32>,
    pub decision_reason: Option<String>,
    pub sales_cents: Option<i64>,
    /// Whether the applicant may still change it (call open, not decided).
    pub editable: bool,
    /// Whether the exhibitor may declare its sales (accepted, the day has come).
    pub sales_open: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn the_default_period_is_the_next_ninety_days() {
        let filter = EventsQuery::default()
            .parse(day("2026-11-29"))
            .expect("valid");
        assert_eq!(
            (filter.from, filter.to),
            (day("2026-11-29"), day("2027-02-27"))
        );
        assert_eq!(filter.kind, None);
    }

    #[test]
    fn bad_words_and_periods_are_named() {
        let Err(AppError::Invalid(errors)) = EventsQuery {
            from: Some("2027-05-01".into()),
            to: Some("2029-01-01".into()),
            site: None,
            kind: Some("concert".into()),
        }
        .parse(day("2026-11-29")) else {
            panic!("refused");
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["to", "kind"]);
        assert!(
            EventsQuery {
                from: Some("soon".into()),
                ..EventsQuery::default()
            }
            .parse(day("2026-11-29"))
            .is_err()
        );
    }
}
