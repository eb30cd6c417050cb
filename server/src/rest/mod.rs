//! The JSON API under `/api/v1`, described by the OpenAPI document at `/api/openapi.json`.
mod bookings;
mod calendars;
mod events;
mod extract;
mod health;
mod leases;
mod me;
mod openapi;
mod problem;
mod series;
mod spaces;
mod structures;

use app::core::AppState;
use axum::Router;
use axum::routing::{delete, get, post};

pub use calendars::booking_feed;
pub use events::public_calendar;
pub use extract::{Id, SignedIn};
pub use health::healthz;
pub use openapi::{ApiDoc, openapi_json};
pub use problem::Problem;

/// The `/api/v1` routes; unknown ones answer a problem+json `404`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/spaces", get(spaces::list).post(spaces::create))
        .route("/spaces/{id}", get(spaces::get))
        .route("/spaces/{id}/availability", get(spaces::availability))
        .route("/bookings", post(bookings::create).get(bookings::list))
        .route(
            "/bookings/{id}",
            get(bookings::get)
                .delete(bookings::cancel)
                .patch(series::move_booking),
        )
        .route("/booking-series", post(series::create))
        .route("/booking-series/check", post(series::check))
        .route("/booking-series/{id}", delete(series::cancel))
        .route("/me", get(me::me))
        .route(
            "/structures",
            post(structures::create).get(structures::list),
        )
        .route("/leases", post(leases::create))
        .route("/occupancy", get(leases::occupancy))
        .route("/events", get(events::list))
        .route("/structures/{id}", get(structures::get))
        .route("/structures/{id}/members", post(structures::add_member))
        .fallback(problem::not_found)
}
