//! `GET /calendar/bookings/{secret}.ics`: a structure's private feed of its bookings, for
//! calendar apps to subscribe to. An unknown or revoked secret is a `404`.
use app::core::AppState;
use app::domain::Locale;
use axum::Extension;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use http::header;

use super::Problem;

/// A structure's bookings (pending and confirmed, 90 days back to 400 ahead) as an iCalendar
/// feed, by the secret address a member made at `/bookings/calendar`.
#[utoipa::path(
    get,
    operation_id = "booking_feed",
    path = "/calendar/bookings/{secret}.ics",
    tag = "bookings",
    params(("secret" = String, Path, description = "The feed's secret, as shown once when made")),
    responses(
        (status = 200, description = "RFC 5545 calendar, one VEVENT per booking", body = String, content_type = "text/calendar"),
        (status = 404, description = "Unknown or revoked address"),
    )
)]
pub async fn booking_feed(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    Path(file): Path<String>,
) -> Response {
    let secret = file.strip_suffix(".ics").unwrap_or(&file);
    match app::core::calendars::feed_calendar(&state.db, secret, &state.base_url, state.now()).await
    {
        Ok(body) => (
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (header::CACHE_CONTROL, "private, max-age=300"),
            ],
            body,
        )
            .into_response(),
        Err(e) => Problem::new(e, locale).into_response(),
    }
}
