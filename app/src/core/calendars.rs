//! Bookings in people's own calendars (RFC 5545): the `.ics` invitation a confirmation mail
//! carries, and each structure's private feeds, reached by a secret address that only its
//! members can make and revoke. Only the secret's digest is kept.
use chrono::{DateTime, Duration, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus, Property};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, Set,
};

use crate::core::entities::{booking, calendar_feed, structure};
use crate::core::mail::Attachment;
use crate::core::secret::{digest, new_secret};
use crate::core::{Db, access};
use crate::domain::{AppError, BookingStatus, BookingView, FeedView, Viewer};

const PREFIX: &str = "cal_";

/// How far back and ahead a feed reaches.
const FEED_PAST_DAYS: i64 = 90;
const FEED_FUTURE_DAYS: i64 = 400;

/// The host part of `base_url`, for stable event UIDs: `solilab.example.org`.
fn host(base_url: &str) -> String {
    let rest = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    let host = rest.split(['/', ':']).next().unwrap_or_default();
    if host.is_empty() {
        "solilab".to_owned()
    } else {
        host.to_owned()
    }
}

/// One VEVENT per booking; a pending request is TENTATIVE. Times are UTC (`…Z`), which every
/// calendar shows in its reader's zone.
pub fn calendar(
    name: &str,
    bookings: &[BookingView],
    base_url: &str,
    now: DateTime<Utc>,
) -> String {
    let host = host(base_url);
    let link = format!("{}/bookings", base_url.trim_end_matches('/'));
    let mut calendar = Calendar::new();
    calendar
        .name(name)
        .append_property(Property::new("METHOD", "PUBLISH"));
    for b in bookings {
        let status = if b.status == BookingStatus::Pending {
            EventStatus::Tentative
        } else {
            EventStatus::Confirmed
        };
        let event = Event::new()
            .uid(&format!("booking-{}@{host}", b.id))
            .timestamp(now)
            .summary(&b.title)
            .location(&format!("{} ({})", b.space_name, b.space_code))
            .description(&b.customer_name)
            .starts(b.starts_at)
            .ends(b.ends_at)
            .status(status)
            .url(&link)
            .done();
        calendar.push(event);
    }
    calendar.done().to_string()
}

/// The `.ics` file attached to a confirmation mail.
pub fn invitation(bookings: &[BookingView], base_url: &str, now: DateTime<Utc>) -> Attachment {
    let name = bookings
        .first()
        .map(|b| b.space_name.clone())
        .unwrap_or_default();
    Attachment {
        name: "reservation.ics".to_owned(),
        content_type: "text/calendar; charset=utf-8; method=PUBLISH".to_owned(),
        body: calendar(&name, bookings, base_url, now),
    }
}

/// Makes a feed of `structure_id`'s bookings; its secret is returned once, here.
pub async fn create_feed(
    db: &Db,
    viewer: &Viewer,
    structure_id: i32,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    access::see_structure(viewer, structure_id)?;
    structure::Entity::find_by_id(structure_id)
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    let secret = new_secret(PREFIX);
    calendar_feed::ActiveModel {
        structure_id: Set(structure_id),
        token_hash: Set(digest(&secret)),
        created_by: Set(Some(viewer.id)),
        created_at: Set(now),
        last_used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    Ok(secret)
}

/// The live feeds of `structure_id`, newest first.
pub async fn feeds(db: &Db, viewer: &Viewer, structure_id: i32) -> Result<Vec<FeedView>, AppError> {
    access::see_structure(viewer, structure_id)?;
    Ok(calendar_feed::Entity::find()
        .filter(calendar_feed::Column::StructureId.eq(structure_id))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .order_by_desc(calendar_feed::Column::Id)
        .all(db.read())
        .await?
        .into_iter()
        .map(|f| FeedView {
            id: f.id,
            created_at: f.created_at,
            last_used_at: f.last_used_at,
        })
        .collect())
}

/// Revokes feed `id`: its address stops answering at once.
pub async fn revoke_feed(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let row = calendar_feed::Entity::find_by_id(id)
        .one(db.read())
        .await?
        .filter(|f| f.revoked_at.is_none())
        .ok_or(AppError::NotFound)?;
    access::see_structure(viewer, row.structure_id)?;
    let mut change = row.into_active_model();
    change.revoked_at = Set(Some(now));
    change.update(db.write()).await?;
    Ok(())
}

/// The calendar a feed's secret opens: the structure's bookings holding a slot, from 90 days
/// ago to 400 days ahead. `NotFound` for an unknown or revoked secret.
pub async fn feed_calendar(
    db: &Db,
    secret: &str,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    if !secret.starts_with(PREFIX) {
        return Err(AppError::NotFound);
    }
    let feed = calendar_feed::Entity::find()
        .filter(calendar_feed::Column::TokenHash.eq(digest(secret)))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    let structure = structure::Entity::find_by_id(feed.structure_id)
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = booking::Entity::find()
        .filter(booking::Column::StructureId.eq(structure.id))
        .filter(booking::Column::Status.is_in([
            BookingStatus::Pending.as_str(),
            BookingStatus::Confirmed.as_str(),
        ]))
        .filter(booking::Column::EndsAt.gt(now - Duration::days(FEED_PAST_DAYS)))
        .filter(booking::Column::StartsAt.lt(now + Duration::days(FEED_FUTURE_DAYS)))
        .order_by_asc(booking::Column::StartsAt)
        .all(db.read())
        .await?;
    let views = crate::core::bookings::views(db.read(), rows).await?;
    // Calendars poll often: the last use is worth a write at most once an hour.
    if feed
        .last_used_at
        .is_none_or(|used| now - used > Duration::hours(1))
    {
        let mut change = feed.into_active_model();
        change.last_used_at = Set(Some(now));
        change.update(db.write()).await?;
    }
    Ok(calendar(
        &format!("Solilab — {}", structure.name),
        &views,
        base_url,
        now,
    ))
}
