//! A market's or an event's public page: its coming days, changes, producers and editions.
use chrono::{Days, NaiveDate};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::calendar::{days_of, series, time};
use crate::core::Db;
use crate::core::entities::{
    application, edition, event, event_exception, producer, roster_entry, site, stall,
};
use crate::core::spaces::word;
use crate::domain::events::{ApplicationStatus, ExceptionKind, paris_span};
use crate::domain::{AppError, ChangeView, EditionView, EventPage, ExhibitorView, ProducerView};

/// How far ahead a page lists the coming days.
const AHEAD_DAYS: u64 = 120;

async fn exhibitors(db: &Db, edition: &edition::Model) -> Result<Vec<ExhibitorView>, AppError> {
    if !edition.published {
        return Ok(Vec::new());
    }
    let numbers: std::collections::HashMap<i32, i32> = stall::Entity::find()
        .filter(stall::Column::EditionId.eq(edition.id))
        .all(db.read())
        .await?
        .into_iter()
        .map(|s| (s.id, s.number))
        .collect();
    let mut list = application::Entity::find()
        .filter(application::Column::EditionId.eq(edition.id))
        .filter(application::Column::Status.eq(ApplicationStatus::Accepted.as_str()))
        .order_by_asc(application::Column::Organisation)
        .all(db.read())
        .await?
        .into_iter()
        .map(|a| {
            Ok(ExhibitorView {
                legal_form: word(&a.legal_form, "applications.legal_form")?,
                sector: word(&a.sector, "applications.sector")?,
                stall: a.stall_id.and_then(|id| numbers.get(&id).copied()),
                organisation: a.organisation,
                products: a.products,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    list.sort_by(|a, b| {
        a.stall
            .cmp(&b.stall)
            .then(a.organisation.cmp(&b.organisation))
    });
    Ok(list)
}

/// The producers of market `event_id` by name, each with the days it comes from `today`.
pub(super) async fn producers_of(
    conn: &impl sea_orm::ConnectionTrait,
    event_id: i32,
    today: NaiveDate,
) -> Result<Vec<(producer::Model, Vec<NaiveDate>)>, AppError> {
    let mut found = Vec::new();
    for p in producer::Entity::find()
        .filter(producer::Column::EventId.eq(event_id))
        .order_by_asc(producer::Column::Name)
        .all(conn)
        .await?
    {
        let days = roster_entry::Entity::find()
            .filter(roster_entry::Column::ProducerId.eq(p.id))
            .filter(roster_entry::Column::Day.gte(today))
            .order_by_asc(roster_entry::Column::Day)
            .all(conn)
            .await?
            .into_iter()
            .map(|r| r.day)
            .collect();
        found.push((p, days));
    }
    Ok(found)
}

/// The page of the market or event `slug`, with what comes from `today`; `NotFound` for none.
pub async fn event_page(db: &Db, slug: &str, today: NaiveDate) -> Result<EventPage, AppError> {
    let row = event::Entity::find()
        .filter(event::Column::Slug.eq(slug))
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    let site = site::Entity::find_by_id(row.site_id)
        .one(db.read())
        .await?
        .ok_or(AppError::Internal)?;
    let until = today
        .checked_add_days(Days::new(AHEAD_DAYS))
        .unwrap_or(today);
    let coming = days_of(db.read(), &row, &site, today, until).await?;
    let exceptions = event_exception::Entity::find()
        .filter(event_exception::Column::EventId.eq(row.id))
        .filter(event_exception::Column::OriginalDay.gte(today))
        .order_by_asc(event_exception::Column::OriginalDay)
        .all(db.read())
        .await?;
    let changes = series(&row, &exceptions)?
        .map(|(_, changes)| {
            changes
                .into_iter()
                .map(|c| ChangeView {
                    original_day: c.original_day,
                    moved_to: match c.kind {
                        ExceptionKind::Moved { day, opens, closes } => {
                            Some(paris_span(day, opens, closes).0)
                        }
                        ExceptionKind::Cancelled => None,
                    },
                    reason: c.reason,
                })
                .collect()
        })
        .unwrap_or_default();
    let producers = producers_of(db.read(), row.id, today)
        .await?
        .into_iter()
        .map(|(p, days)| ProducerView {
            name: p.name,
            products: p.products,
            town: p.town,
            days: days.into_iter().take(8).collect(),
        })
        .collect();
    let mut editions = Vec::new();
    for e in edition::Entity::find()
        .filter(edition::Column::EventId.eq(row.id))
        .order_by_desc(edition::Column::Year)
        .all(db.read())
        .await?
    {
        time(&e.opens)?;
        editions.push(EditionView {
            id: e.id,
            year: e.year,
            starts_on: e.starts_on,
            ends_on: e.ends_on,
            exhibitors: exhibitors(db, &e).await?,
            opens: e.opens,
            closes: e.closes,
            call_opens_on: e.call_opens_on,
            call_closes_on: e.call_closes_on,
        });
    }
    Ok(EventPage {
        id: row.id,
        slug: row.slug,
        kind: word(&row.kind, "events.kind")?,
        name: row.name,
        summary_fr: row.summary_fr,
        summary_en: row.summary_en,
        description_fr: row.description_fr,
        description_en: row.description_en,
        place: row.place,
        access_fr: row.access_fr,
        access_en: row.access_en,
        site_name: site.name,
        address: site.address,
        city: site.city,
        coming,
        changes,
        producers,
        editions,
    })
}
