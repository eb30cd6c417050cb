//! `/calendar.ics`: the public iCalendar (RFC 5545) feed of markets and events. A market is one
//! VEVENT with its RRULE, EXDATEs for the days cancelled, and one VEVENT per moved day (same
//! UID, its RECURRENCE-ID); an edition of an event is one VEVENT repeated daily. Times
//! carry `TZID=Europe/Paris`, defined by the feed's VTIMEZONE; UIDs are stable and SEQUENCE
//! grows with each change, so calendar apps update what they already hold.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike, Property};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::calendar::{series, time};
use crate::core::Db;
use crate::core::entities::{edition, event, event_exception};
use crate::domain::AppError;
use crate::domain::events::ExceptionKind;

const TZID: &str = "Europe/Paris";

/// Europe/Paris since 1996: CET in winter, CEST from the last Sunday of March to the last
/// Sunday of October.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\nX-LIC-LOCATION:Europe/Paris\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n\
DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// The feed and its entity tag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedFile {
    pub body: String,
    /// A quoted strong validator: the digest of the body.
    pub etag: String,
}

fn paris(day: NaiveDate, at: NaiveTime) -> CalendarDateTime {
    CalendarDateTime::WithTimezone {
        date_time: NaiveDateTime::new(day, at),
        tzid: TZID.to_owned(),
    }
}

fn host(base_url: &str) -> &str {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    rest.split(['/', ':'])
        .next()
        .filter(|h| !h.is_empty())
        .unwrap_or("solilab")
}

/// An EXDATE or RECURRENCE-ID of a Paris local time.
fn local_property(key: &str, day: NaiveDate, at: NaiveTime) -> Property {
    let mut property = Property::new(
        key,
        NaiveDateTime::new(day, at)
            .format("%Y%m%dT%H%M%S")
            .to_string(),
    );
    property.add_parameter("TZID", TZID);
    property
}

/// The feed of every site's markets and events, or of site `slug`'s.
pub async fn public_feed(
    db: &Db,
    slug: Option<&str>,
    base_url: &str,
) -> Result<FeedFile, AppError> {
    let conn = db.read();
    let sites = super::calendar::sites_by_id(conn).await?;
    let mut query = event::Entity::find().order_by_asc(event::Column::Id);
    let mut name = "Solilab".to_owned();
    if let Some(slug) = slug.map(str::trim).filter(|s| !s.is_empty()) {
        let site = sites
            .values()
            .find(|s| s.slug == slug)
            .ok_or(AppError::NotFound)?;
        name.clone_from(&site.name);
        query = query.filter(event::Column::SiteId.eq(site.id));
    }
    let events = query.all(conn).await?;
    let ids: Vec<i32> = events.iter().map(|e| e.id).collect();
    let exceptions = event_exception::Entity::find()
        .filter(event_exception::Column::EventId.is_in(ids.clone()))
        .order_by_asc(event_exception::Column::OriginalDay)
        .all(conn)
        .await?;
    let editions = edition::Entity::find()
        .filter(edition::Column::EventId.is_in(ids))
        .order_by_asc(edition::Column::StartsOn)
        .all(conn)
        .await?;
    let host = host(base_url);
    let link = |slug: &str| format!("{}/events/{slug}", base_url.trim_end_matches('/'));
    let mut calendar = Calendar::new();
    calendar
        .name(&format!("{name} — marchés et événements"))
        .timezone(TZID)
        .append_property(Property::new("METHOD", "PUBLISH"));
    for row in &events {
        let place = sites
            .get(&row.site_id)
            .map(|s| format!("{}, {}, {} {}", row.place, s.name, s.address, s.city))
            .unwrap_or_else(|| row.place.clone());
        let base = |uid: &str, sequence: i32| {
            let mut e = Event::new();
            e.uid(uid)
                .summary(&row.name)
                .description(&row.summary_fr)
                .location(&place)
                .url(&link(&row.slug))
                .timestamp(row.updated_at)
                .append_property(Property::new("SEQUENCE", sequence.to_string()))
                .append_property(Property::new(
                    "LAST-MODIFIED",
                    row.updated_at.format("%Y%m%dT%H%M%SZ").to_string(),
                ));
            e
        };
        if let Some((series, changes)) = series(row, &exceptions)? {
            let uid = format!("market-{}@{host}", row.slug);
            let mut market = base(&uid, row.sequence);
            market
                .starts(paris(series.first_day, series.opens))
                .ends(paris(series.first_day, series.closes));
            let mut rule = series.rule.clone();
            if let Some(until) = series.until {
                // UNTIL in UTC, as RFC 5545 asks when DTSTART has a time zone.
                let (_, end) =
                    crate::domain::events::paris_span(until, series.opens, series.closes);
                rule.push_str(&format!(";UNTIL={}", end.format("%Y%m%dT%H%M%SZ")));
            }
            market.add_property("RRULE", rule);
            // A cancelled day is excluded; a moved one is replaced by its own VEVENT below.
            for change in changes
                .iter()
                .filter(|c| c.kind == ExceptionKind::Cancelled)
            {
                market.append_multi_property(local_property(
                    "EXDATE",
                    change.original_day,
                    series.opens,
                ));
            }
            calendar.push(market.done());
            for change in &changes {
                if let ExceptionKind::Moved { day, opens, closes } = change.kind {
                    let mut moved = base(&uid, row.sequence);
                    moved
                        .append_property(local_property(
                            "RECURRENCE-ID",
                            change.original_day,
                            series.opens,
                        ))
                        .starts(paris(day, opens))
                        .ends(paris(day, closes))
                        .description(&change.reason);
                    calendar.push(moved.done());
                }
            }
            continue;
        }
        for e in editions.iter().filter(|e| e.event_id == row.id) {
            let (opens, closes) = (time(&e.opens)?, time(&e.closes)?);
            let mut day = base(
                &format!("edition-{}-{}@{host}", row.slug, e.year),
                row.sequence + e.sequence,
            );
            day.summary(&format!("{} {}", row.name, e.year))
                .starts(paris(e.starts_on, opens))
                .ends(paris(e.starts_on, closes));
            let days = (e.ends_on - e.starts_on).num_days() + 1;
            if days > 1 {
                day.add_property("RRULE", format!("FREQ=DAILY;COUNT={days}"));
            }
            calendar.push(day.done());
        }
    }
    let text = calendar.done().to_string();
    // The feed defines the zone its times refer to, before its first event.
    let body = match text.find("BEGIN:VEVENT") {
        Some(at) => format!("{}{VTIMEZONE}{}", &text[..at], &text[at..]),
        None => text.replace("END:VCALENDAR", &format!("{VTIMEZONE}END:VCALENDAR")),
    };
    let etag = format!("\"{}\"", crate::core::secret::digest(&body));
    Ok(FeedFile { body, etag })
}
