//! Managers create a market and change it. Every change raises the market's SEQUENCE, so the
//! calendars that follow the public feed take it.
use chrono::{DateTime, Days, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::calendar::series;
use crate::core::audit::{self, Event};
use crate::core::entities::{event, event_exception, site};
use crate::core::spaces::word;
use crate::core::{Db, access};
use crate::domain::events::{
    EventRow, ExceptionView, MarketDetail, MarketInput, MarketPatch, NewMarket, ProducerRow,
    occurrences, read_weekly_rule,
};
use crate::domain::{AppError, AuditAction, EventKind, Viewer};

/// How many coming market days the roster shows.
const ROSTER_DAYS: usize = 8;

/// A unique violation on a market is its slug taken.
fn slug_taken(error: sea_orm::DbErr) -> AppError {
    match AppError::from(error) {
        AppError::Conflict(_) => AppError::Conflict("market.slug_taken".into()),
        other => other,
    }
}

/// The market `slug`; `NotFound` for none, or for an event.
pub(super) async fn market_row(
    conn: &impl ConnectionTrait,
    slug: &str,
) -> Result<event::Model, AppError> {
    event::Entity::find()
        .filter(event::Column::Slug.eq(slug))
        .filter(event::Column::Kind.eq(EventKind::Market.as_str()))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

/// Writes `new`'s fields into `row`.
fn fill(row: &mut event::ActiveModel, new: NewMarket, site_id: i32, now: DateTime<Utc>) {
    row.site_id = Set(site_id);
    row.slug = Set(new.slug);
    row.kind = Set(EventKind::Market.as_str().to_owned());
    row.name = Set(new.name);
    row.summary_fr = Set(new.summary_fr);
    row.summary_en = Set(new.summary_en);
    row.description_fr = Set(new.description_fr);
    row.description_en = Set(new.description_en);
    row.place = Set(new.place);
    row.access_fr = Set(new.access_fr);
    row.access_en = Set(new.access_en);
    row.rule = Set(Some(new.rule));
    row.first_day = Set(Some(new.first_day));
    row.until = Set(new.until);
    row.opens = Set(Some(new.opens));
    row.closes = Set(Some(new.closes));
    row.updated_at = Set(now);
}

/// Creates a market from `input` (managers); gives its slug.
pub async fn create_market(
    db: &Db,
    viewer: &Viewer,
    input: MarketInput,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    access::manager(viewer)?;
    let new = NewMarket::try_from(input)?;
    let site = site::Entity::find()
        .filter(site::Column::Slug.eq(new.site.as_str()))
        .one(db.read())
        .await?
        .ok_or_else(|| AppError::invalid("site", "market.site_unknown"))?;
    let name = new.name.clone();
    let slug = new.slug.clone();
    let mut row = event::ActiveModel {
        sequence: Set(0),
        created_at: Set(now),
        ..Default::default()
    };
    fill(&mut row, new, site.id, now);
    let txn = db.begin_write().await?;
    row.insert(&txn).await.map_err(slug_taken)?;
    audit::record(
        &txn,
        Event::by(viewer.id, AuditAction::MarketCreated).detail(&name),
    )
    .await?;
    txn.commit().await?;
    Ok(slug)
}

/// The form's fields of a stored market.
fn input_of(row: &event::Model, site_slug: &str) -> MarketInput {
    let (weekdays, every_weeks) = read_weekly_rule(row.rule.as_deref().unwrap_or_default());
    let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    MarketInput {
        site: site_slug.to_owned(),
        name: row.name.clone(),
        slug: row.slug.clone(),
        weekdays,
        every_weeks,
        opens: row.opens.clone().unwrap_or_default(),
        closes: row.closes.clone().unwrap_or_default(),
        first_day: day(row.first_day),
        until: day(row.until),
        place: row.place.clone(),
        summary_fr: row.summary_fr.clone(),
        summary_en: row.summary_en.clone(),
        description_fr: row.description_fr.clone(),
        description_en: row.description_en.clone(),
        access_fr: row.access_fr.clone(),
        access_en: row.access_en.clone(),
    }
}

/// Changes the fields `patch` gives of market `slug` (managers); the whole market must still
/// pass every rule. Gives its slug, which may have changed.
pub async fn update_market(
    db: &Db,
    viewer: &Viewer,
    slug: &str,
    patch: MarketPatch,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    access::manager(viewer)?;
    let txn = db.begin_write().await?;
    let current = market_row(&txn, slug).await?;
    let site = site::Entity::find_by_id(current.site_id)
        .one(&txn)
        .await?
        .ok_or(AppError::Internal)?;
    let new = NewMarket::try_from(input_of(&current, &site.slug).patched(patch))?;
    let name = new.name.clone();
    let new_slug = new.slug.clone();
    let sequence = current.sequence + 1;
    let mut row: event::ActiveModel = current.into();
    fill(&mut row, new, site.id, now);
    row.sequence = Set(sequence);
    row.update(&txn).await.map_err(slug_taken)?;
    audit::record(
        &txn,
        Event::by(viewer.id, AuditAction::MarketUpdated).detail(&name),
    )
    .await?;
    txn.commit().await.map_err(slug_taken)?;
    Ok(new_slug)
}

/// Market `slug` with its changed days, producers and roster from `today` (managers).
pub async fn market_detail(
    db: &Db,
    viewer: &Viewer,
    slug: &str,
    today: NaiveDate,
) -> Result<MarketDetail, AppError> {
    access::manager(viewer)?;
    let row = market_row(db.read(), slug).await?;
    let site = site::Entity::find_by_id(row.site_id)
        .one(db.read())
        .await?
        .ok_or(AppError::Internal)?;
    let exceptions = event_exception::Entity::find()
        .filter(event_exception::Column::EventId.eq(row.id))
        .filter(event_exception::Column::OriginalDay.gte(today))
        .order_by_asc(event_exception::Column::OriginalDay)
        .all(db.read())
        .await?;
    let days = match series(&row, &[])? {
        Some((market, _)) => {
            let until = today.checked_add_days(Days::new(400)).unwrap_or(today);
            occurrences(&market, &[], today, until)?
                .into_iter()
                .map(|o| o.original_day)
                .take(ROSTER_DAYS)
                .collect()
        }
        None => Vec::new(),
    };
    let producers = super::page::producers_of(db.read(), row.id, today)
        .await?
        .into_iter()
        .map(|(p, days)| ProducerRow {
            id: p.id,
            name: p.name,
            products: p.products,
            town: p.town,
            days,
        })
        .collect();
    Ok(MarketDetail {
        id: row.id,
        slug: row.slug.clone(),
        site_name: site.name.clone(),
        sequence: row.sequence,
        input: input_of(&row, &site.slug),
        exceptions: exceptions
            .into_iter()
            .map(|e| ExceptionView {
                original_day: e.original_day,
                moved_day: e.moved_day,
                opens: e.moved_opens,
                closes: e.moved_closes,
                reason: e.reason,
            })
            .collect(),
        producers,
        days,
    })
}

/// Every market and event, by site and name (managers).
pub async fn event_rows(db: &Db, viewer: &Viewer) -> Result<Vec<EventRow>, AppError> {
    access::manager(viewer)?;
    let sites: std::collections::HashMap<i32, String> = site::Entity::find()
        .all(db.read())
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let mut rows = event::Entity::find()
        .order_by_asc(event::Column::Name)
        .all(db.read())
        .await?
        .into_iter()
        .map(|e| {
            Ok(EventRow {
                kind: word(&e.kind, "events.kind")?,
                site_name: sites.get(&e.site_id).cloned().unwrap_or_default(),
                slug: e.slug,
                name: e.name,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    rows.sort_by(|a, b| a.site_name.cmp(&b.site_name).then(a.name.cmp(&b.name)));
    Ok(rows)
}

#[cfg(test)]
mod tests;
