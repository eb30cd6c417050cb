//! Managers create an event and its yearly editions, and change them.
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};

use crate::core::audit::{self, Event};
use crate::core::entities::{edition, event, site, stall};
use crate::core::{Db, access};
use crate::domain::events::{EditionInput, EditionSummary, EventDetail, EventInput, NewEdition};
use crate::domain::{AppError, AuditAction, EventKind, Viewer};

/// A unique violation on an event is its slug taken.
fn slug_taken(error: sea_orm::DbErr) -> AppError {
    match AppError::from(error) {
        AppError::Conflict(_) => AppError::Conflict("event.slug_taken".into()),
        other => other,
    }
}

/// A unique violation on an edition is its year taken.
fn year_taken(error: sea_orm::DbErr) -> AppError {
    match AppError::from(error) {
        AppError::Conflict(_) => AppError::Conflict("edition.year_taken".into()),
        other => other,
    }
}

/// The event `slug`; `NotFound` for none, or for a market.
pub(super) async fn event_row(
    conn: &impl ConnectionTrait,
    slug: &str,
) -> Result<event::Model, AppError> {
    event::Entity::find()
        .filter(event::Column::Slug.eq(slug))
        .filter(event::Column::Kind.eq(EventKind::Event.as_str()))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

/// The site `slug` an event or a market is held on; an `Invalid` on `site` for none.
async fn site_of(conn: &impl ConnectionTrait, slug: &str) -> Result<site::Model, AppError> {
    site::Entity::find()
        .filter(site::Column::Slug.eq(slug))
        .one(conn)
        .await?
        .ok_or_else(|| AppError::invalid("site", "event.site_unknown"))
}

/// Writes `input`'s fields into `row`.
fn fill(row: &mut event::ActiveModel, input: EventInput, site_id: i32, now: DateTime<Utc>) {
    row.site_id = Set(site_id);
    row.slug = Set(input.slug);
    row.kind = Set(EventKind::Event.as_str().to_owned());
    row.name = Set(input.name);
    row.summary_fr = Set(input.summary_fr);
    row.summary_en = Set(input.summary_en);
    row.description_fr = Set(input.description_fr);
    row.description_en = Set(input.description_en);
    row.place = Set(input.place);
    row.access_fr = Set(input.access_fr);
    row.access_en = Set(input.access_en);
    row.updated_at = Set(now);
}

/// Creates an event (managers); gives its slug.
pub async fn create_event(
    db: &Db,
    viewer: &Viewer,
    input: EventInput,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    access::manager(viewer)?;
    let input = input.read()?;
    let site = site_of(db.read(), &input.site).await?;
    let (name, slug) = (input.name.clone(), input.slug.clone());
    let mut row = event::ActiveModel {
        sequence: Set(0),
        created_at: Set(now),
        ..Default::default()
    };
    fill(&mut row, input, site.id, now);
    let txn = db.begin_write().await?;
    row.insert(&txn).await.map_err(slug_taken)?;
    audit::record(
        &txn,
        Event::by(viewer.id, AuditAction::EventCreated).detail(&name),
    )
    .await?;
    txn.commit().await?;
    Ok(slug)
}

/// Replaces the fields of event `slug` with `input`'s (managers); gives its slug, which may
/// have changed.
pub async fn update_event(
    db: &Db,
    viewer: &Viewer,
    slug: &str,
    input: EventInput,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    access::manager(viewer)?;
    let input = input.read()?;
    let txn = db.begin_write().await?;
    let current = event_row(&txn, slug).await?;
    let site = site_of(&txn, &input.site).await?;
    let (name, new_slug) = (input.name.clone(), input.slug.clone());
    let sequence = current.sequence + 1;
    let mut row: event::ActiveModel = current.into();
    fill(&mut row, input, site.id, now);
    row.sequence = Set(sequence);
    row.update(&txn).await.map_err(slug_taken)?;
    audit::record(
        &txn,
        Event::by(viewer.id, AuditAction::EventUpdated).detail(&name),
    )
    .await?;
    txn.commit().await.map_err(slug_taken)?;
    Ok(new_slug)
}

/// Event `slug` with its editions, newest first (managers).
pub async fn event_detail(db: &Db, viewer: &Viewer, slug: &str) -> Result<EventDetail, AppError> {
    access::manager(viewer)?;
    let row = event_row(db.read(), slug).await?;
    let site = site::Entity::find_by_id(row.site_id)
        .one(db.read())
        .await?
        .ok_or(AppError::Internal)?;
    let mut editions = Vec::new();
    for ed in edition::Entity::find()
        .filter(edition::Column::EventId.eq(row.id))
        .order_by_desc(edition::Column::Year)
        .all(db.read())
        .await?
    {
        let stalls = stall::Entity::find()
            .filter(stall::Column::EditionId.eq(ed.id))
            .count(db.read())
            .await?;
        editions.push(EditionSummary {
            id: ed.id,
            year: ed.year,
            starts_on: ed.starts_on,
            ends_on: ed.ends_on,
            published: ed.published,
            stalls: u32::try_from(stalls).unwrap_or(u32::MAX),
        });
    }
    Ok(EventDetail {
        id: row.id,
        slug: row.slug.clone(),
        site_name: site.name,
        input: EventInput {
            site: site.slug,
            name: row.name,
            slug: row.slug,
            place: row.place,
            summary_fr: row.summary_fr,
            summary_en: row.summary_en,
            description_fr: row.description_fr,
            description_en: row.description_en,
            access_fr: row.access_fr,
            access_en: row.access_en,
        },
        editions,
    })
}

/// Writes `new`'s fields into `row`.
fn fill_edition(row: &mut edition::ActiveModel, new: NewEdition, now: DateTime<Utc>) {
    row.year = Set(new.year);
    row.starts_on = Set(new.starts_on);
    row.ends_on = Set(new.ends_on);
    row.opens = Set(new.opens);
    row.closes = Set(new.closes);
    row.call_opens_on = Set(new.call_opens_on);
    row.call_closes_on = Set(new.call_closes_on);
    row.published = Set(new.published);
    row.updated_at = Set(now);
}

/// Adds a yearly edition to event `slug` (managers); gives its id. `Conflict` when the event
/// has one that year.
pub async fn create_edition(
    db: &Db,
    viewer: &Viewer,
    slug: &str,
    input: &EditionInput,
    now: DateTime<Utc>,
) -> Result<i32, AppError> {
    access::manager(viewer)?;
    let new = NewEdition::try_from(input)?;
    let txn = db.begin_write().await?;
    let ev = event_row(&txn, slug).await?;
    let mut row = edition::ActiveModel {
        event_id: Set(ev.id),
        sequence: Set(0),
        ..Default::default()
    };
    fill_edition(&mut row, new, now);
    let row = row.insert(&txn).await.map_err(year_taken)?;
    txn.commit().await.map_err(year_taken)?;
    Ok(row.id)
}

/// Replaces the fields of edition `id` with `input`'s (managers); its SEQUENCE rises.
pub async fn update_edition(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    input: &EditionInput,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    access::manager(viewer)?;
    let new = NewEdition::try_from(input)?;
    let txn = db.begin_write().await?;
    let current = edition::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let sequence = current.sequence + 1;
    let mut row: edition::ActiveModel = current.into();
    fill_edition(&mut row, new, now);
    row.sequence = Set(sequence);
    row.update(&txn).await.map_err(year_taken)?;
    txn.commit().await.map_err(year_taken)?;
    Ok(())
}

#[cfg(test)]
mod tests;
