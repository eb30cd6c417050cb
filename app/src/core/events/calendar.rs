//! Every day a market or an event is open over a period: markets from their series and
//! exceptions, events from their editions.
use std::collections::HashMap;

use chrono::{Days, NaiveDate, NaiveTime};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::core::entities::{edition, event, event_exception, site};
use crate::core::spaces::word;
use crate::domain::events::{ExceptionKind, MarketSeries, SeriesException, paris_span};
use crate::domain::time::paris_day;
use crate::domain::{AppError, EventKind, EventsFilter, OccurrenceView};

/// `HH:MM`, as stored.
pub(super) fn time(raw: &str) -> Result<NaiveTime, AppError> {
    NaiveTime::parse_from_str(raw, "%H:%M").map_err(|_| {
        tracing::error!(value = raw, "a stored time is not HH:MM");
        AppError::Internal
    })
}

/// A market's series and its exceptions, as the pure rules read them; none for an event.
pub(super) fn series(
    row: &event::Model,
    exceptions: &[event_exception::Model],
) -> Result<Option<(MarketSeries, Vec<SeriesException>)>, AppError> {
    let (Some(rule), Some(first_day), Some(opens), Some(closes)) =
        (&row.rule, row.first_day, &row.opens, &row.closes)
    else {
        return Ok(None);
    };
    let series = MarketSeries {
        rule: rule.clone(),
        first_day,
        opens: time(opens)?,
        closes: time(closes)?,
        until: row.until,
    };
    let exceptions = exceptions
        .iter()
        .filter(|e| e.event_id == row.id)
        .map(|e| {
            let kind = match (&*e.status, e.moved_day, &e.moved_opens, &e.moved_closes) {
                ("moved", Some(day), Some(opens), Some(closes)) => ExceptionKind::Moved {
                    day,
                    opens: time(opens)?,
                    closes: time(closes)?,
                },
                _ => ExceptionKind::Cancelled,
            };
            Ok(SeriesException {
                original_day: e.original_day,
                kind,
                reason: e.reason.clone(),
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok(Some((series, exceptions)))
}

/// The days `row` is open within `[from, to]`.
pub(super) async fn days_of(
    conn: &impl ConnectionTrait,
    row: &event::Model,
    site: &site::Model,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<OccurrenceView>, AppError> {
    let kind: EventKind = word(&row.kind, "events.kind")?;
    let view = |starts_at, ends_at, moved, edition| OccurrenceView {
        event_id: row.id,
        slug: row.slug.clone(),
        kind,
        name: row.name.clone(),
        summary_fr: row.summary_fr.clone(),
        summary_en: row.summary_en.clone(),
        site: site.slug.clone(),
        site_name: site.name.clone(),
        place: row.place.clone(),
        starts_at,
        ends_at,
        day: paris_day(starts_at),
        moved,
        edition,
    };
    if kind == EventKind::Market {
        let exceptions = event_exception::Entity::find()
            .filter(event_exception::Column::EventId.eq(row.id))
            .all(conn)
            .await?;
        let Some((series, exceptions)) = series(row, &exceptions)? else {
            return Ok(Vec::new());
        };
        return Ok(
            crate::domain::events::occurrences(&series, &exceptions, from, to)?
                .into_iter()
                .map(|o| view(o.starts_at, o.ends_at, o.moved, None))
                .collect(),
        );
    }
    let editions = edition::Entity::find()
        .filter(edition::Column::EventId.eq(row.id))
        .filter(edition::Column::StartsOn.lte(to))
        .filter(edition::Column::EndsOn.gte(from))
        .order_by_asc(edition::Column::StartsOn)
        .all(conn)
        .await?;
    let mut days = Vec::new();
    for e in editions {
        let (opens, closes) = (time(&e.opens)?, time(&e.closes)?);
        let mut day = e.starts_on.max(from);
        while day <= e.ends_on.min(to) {
            let (starts_at, ends_at) = paris_span(day, opens, closes);
            days.push(view(starts_at, ends_at, false, Some(e.year)));
            day = match day.checked_add_days(Days::new(1)) {
                Some(next) => next,
                None => break,
            };
        }
    }
    Ok(days)
}

/// Every site by id: events name theirs, pages and the feed show its name and address.
pub(super) async fn sites_by_id(
    conn: &impl ConnectionTrait,
) -> Result<HashMap<i32, site::Model>, AppError> {
    Ok(site::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect())
}

/// Every day a market or an event of `filter` is open, by start.
pub async fn occurrences(
    conn: &impl ConnectionTrait,
    filter: &EventsFilter,
) -> Result<Vec<OccurrenceView>, AppError> {
    let sites = sites_by_id(conn).await?;
    let mut query = event::Entity::find().order_by_asc(event::Column::Name);
    if let Some(slug) = &filter.site {
        let site = sites
            .values()
            .find(|s| &s.slug == slug)
            .ok_or_else(|| AppError::invalid("site", "agenda.site_unknown"))?;
        query = query.filter(event::Column::SiteId.eq(site.id));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(event::Column::Kind.eq(kind.as_str()));
    }
    let mut all = Vec::new();
    for row in query.all(conn).await? {
        let site = sites.get(&row.site_id).ok_or(AppError::Internal)?;
        all.extend(days_of(conn, &row, site, filter.from, filter.to).await?);
    }
    all.sort_by(|a, b| a.starts_at.cmp(&b.starts_at).then(a.name.cmp(&b.name)));
    Ok(all)
}
