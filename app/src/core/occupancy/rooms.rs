//! Open and booked minutes of the bookable rooms, month by month.
use std::collections::HashMap;

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::core::entities::{booking, site_closure, space};
use crate::core::spaces::word;
use crate::domain::holidays::is_french_public_holiday;
use crate::domain::occupancy::{Month, RoomHours};
use crate::domain::rules::OpeningHours;
use crate::domain::time::paris_day;
use crate::domain::time::paris_instant;
use crate::domain::{AppError, BookingMode, BookingStatus};

fn midnight(day: NaiveDate) -> DateTime<Utc> {
    paris_instant(day.and_time(NaiveTime::MIN))
}

/// Each bookable room's open and confirmed-booked minutes per month of `[from, to]`: a room
/// is open by its weekly hours, except on public holidays and site closures.
pub async fn room_hours(
    conn: &impl ConnectionTrait,
    site_id: Option<i32>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<RoomHours>, AppError> {
    let mut query = space::Entity::find()
        .filter(space::Column::Active.eq(true))
        .filter(space::Column::BookingMode.eq(BookingMode::Hourly.as_str()));
    if let Some(site_id) = site_id {
        query = query.filter(space::Column::SiteId.eq(site_id));
    }
    let rooms = query.all(conn).await?;
    let closures = site_closure::Entity::find()
        .filter(site_closure::Column::StartsOn.lte(to))
        .filter(site_closure::Column::EndsOn.gte(from))
        .all(conn)
        .await?;
    let next_day = to.checked_add_days(Days::new(1)).unwrap_or(to);
    let booked: Vec<(i32, DateTime<Utc>, DateTime<Utc>)> = booking::Entity::find()
        .select_only()
        .columns([
            booking::Column::SpaceId,
            booking::Column::StartsAt,
            booking::Column::EndsAt,
        ])
        .filter(booking::Column::Status.eq(BookingStatus::Confirmed.as_str()))
        .filter(booking::Column::SpaceId.is_in(rooms.iter().map(|r| r.id)))
        .filter(booking::Column::StartsAt.gte(midnight(from)))
        .filter(booking::Column::StartsAt.lt(midnight(next_day)))
        .into_tuple()
        .all(conn)
        .await?;
    let mut minutes: HashMap<(i32, Month), i64> = HashMap::new();
    for (space_id, starts_at, ends_at) in booked {
        let month = Month::containing(paris_day(starts_at));
        *minutes.entry((space_id, month)).or_default() += (ends_at - starts_at).num_minutes();
    }
    let mut rows = Vec::new();
    for room in &rooms {
        let hours = OpeningHours::parse(&room.opening_hours)?;
        let mut open: HashMap<Month, i64> = HashMap::new();
        let mut day = from;
        while day <= to {
            let closed = is_french_public_holiday(day)
                || closures
                    .iter()
                    .any(|c| c.site_id == room.site_id && c.starts_on <= day && day <= c.ends_on);
            let entry = open.entry(Month::containing(day)).or_default();
            if let (false, Some((opens, closes))) = (closed, hours.day(day.weekday())) {
                *entry += i64::from(closes - opens);
            }
            day = match day.checked_add_days(Days::new(1)) {
                Some(next) => next,
                None => break,
            };
        }
        let mut months: Vec<Month> = open.keys().copied().collect();
        months.sort();
        for month in months {
            rows.push(RoomHours {
                space_id: room.id,
                kind: word(&room.kind, "spaces.kind")?,
                floor: room.floor,
                month,
                open_minutes: open[&month],
                booked_minutes: minutes.get(&(room.id, month)).copied().unwrap_or(0),
            });
        }
    }
    Ok(rows)
}
