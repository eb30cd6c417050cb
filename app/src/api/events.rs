//! The public calendar of markets and events, and their pages: anyone may read them.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::core::events;
use crate::domain::{AppError, EventPage, EventsQuery, OccurrenceView};

/// The days markets and events are open over a period, with the site's address for the
/// subscription links.
#[server(prefix = "/api/fn", endpoint = "calendar_days")]
pub async fn calendar_days(query: EventsQuery) -> Result<(Vec<OccurrenceView>, String), AppError> {
    let request = super::context::request()?;
    let today = request.state.today();
    let filter = query.parse(today)?;
    Ok((
        events::occurrences(request.state.db.read(), &filter).await?,
        request.state.base_url.clone(),
    ))
}

/// A market's or an event's page.
#[server(prefix = "/api/fn", endpoint = "event_details")]
pub async fn event_details(slug: String) -> Result<EventPage, AppError> {
    let request = super::context::request()?;
    let today = request.state.today();
    events::event_page(&request.state.db, &slug, today).await
}
