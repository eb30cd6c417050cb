//! The public calendar: `GET /calendar.ics` (RFC 5545, with `ETag` and `304`) and
//! `GET /api/v1/events` (each day a market or an event is open).
use app::core::AppState;
use app::domain::{EventsQuery, Locale, OccurrenceView};
use axum::Extension;
use axum::Json;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, StatusCode, header};
use serde::Deserialize;

use super::Problem;

/// `?site=`: one site's feed.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct FeedQuery {
    /// A site's slug; every site when omitted.
    pub site: Option<String>,
}

/// The public iCalendar feed of markets and events.
#[utoipa::path(
    get,
    operation_id = "public_calendar",
    path = "/calendar.ics",
    tag = "events",
    params(FeedQuery),
    responses(
        (status = 200, description = "RFC 5545 calendar: a market is one VEVENT with its RRULE and EXDATEs; times in Europe/Paris", body = String, content_type = "text/calendar"),
        (status = 304, description = "Unchanged since the `If-None-Match` tag"),
        (status = 404, description = "Unknown site"),
    )
)]
pub async fn public_calendar(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    Query(query): Query<FeedQuery>,
    headers: HeaderMap,
) -> Response {
    let feed =
        match app::core::events::public_feed(&state.db, query.site.as_deref(), &state.base_url)
            .await
        {
            Ok(feed) => feed,
            Err(e) => return Problem::new(e, locale).into_response(),
        };
    let unchanged = headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|tag| {
            let tag = tag.trim();
            tag == "*" || tag.trim_start_matches("W/") == feed.etag
        });
    let cache = [
        (header::ETAG, feed.etag.clone()),
        (header::CACHE_CONTROL, "public, max-age=300".to_owned()),
    ];
    if unchanged {
        return (StatusCode::NOT_MODIFIED, cache).into_response();
    }
    (
        cache,
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        feed.body,
    )
        .into_response()
}

/// Every day a public market or event is open over a period (90 days from today by default).
#[utoipa::path(
    get,
    operation_id = "list_events",
    path = "/api/v1/events",
    tag = "events",
    params(EventsQuery),
    responses(
        (status = 200, description = "The days, by start", body = Vec<OccurrenceView>),
        (status = 422, description = "An invalid period, kind or site"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    Query(query): Query<EventsQuery>,
) -> Result<Json<Vec<OccurrenceView>>, Problem> {
    let run = async {
        let today = state.today();
        let filter = query.parse(today)?;
        app::core::events::occurrences(state.db.read(), &filter).await
    };
    run.await.map(Json).map_err(|e| (e, locale).into())
}
