//! The JSON API under `/api/v1`, described by the OpenAPI document at `/api/openapi.json`.
mod bookings;
mod calendars;
mod editions;
mod events;
mod extract;
mod health;
mod leases;
mod markets;
mod me;
mod openapi;
mod parcels;
mod problem;
mod series;
mod sites;
mod spaces;
mod structures;
mod visitors;

use app::core::AppState;
use axum::Router;
use axum::routing::{delete, get, post, put};

pub use calendars::booking_feed;
pub use events::public_calendar;
pub use extract::{Id, SignedIn};
pub use health::healthz;
pub use openapi::{ApiDoc, openapi_json};
pub use problem::Problem;

/// The `/api/v1` routes; unknown ones answer a problem+json `404`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/sites", get(sites::list).post(sites::create))
        .route("/sites/{id}", get(sites::get).patch(sites::update))
        .route("/spaces", get(spaces::list).post(spaces::create))
        .route("/spaces/{id}", get(spaces::get).patch(spaces::update))
        .route("/spaces/{id}/retire", post(spaces::retire))
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
        .route("/leases/{id}/renew", post(leases::renew))
        .route("/occupancy", get(leases::occupancy))
        .route("/events", get(events::list).post(editions::create_event))
        .route(
            "/events/{slug}",
            get(editions::get_event).put(editions::update_event),
        )
        .route("/events/{slug}/editions", post(editions::create_edition))
        .route(
            "/editions/{id}",
            get(editions::get_edition).put(editions::update_edition),
        )
        .route("/editions/{id}/stall-types", post(editions::add_stall_type))
        .route("/editions/{id}/stalls", post(editions::add_stalls))
        .route("/stalls/{id}", delete(editions::remove_stall))
        .route("/markets", post(markets::create))
        .route("/markets/{slug}", get(markets::get).patch(markets::update))
        .route("/markets/{slug}/exceptions", post(markets::change_day))
        .route(
            "/markets/{slug}/exceptions/{day}",
            delete(markets::restore_day),
        )
        .route("/markets/{slug}/producers", post(markets::add_producer))
        .route(
            "/markets/{slug}/producers/{id}",
            delete(markets::remove_producer),
        )
        .route("/markets/{slug}/roster/{day}", put(markets::set_roster))
        .route("/parcels", post(parcels::log).get(parcels::list))
        .route("/parcels/{id}/pickup", post(parcels::pickup))
        .route("/visitors", post(visitors::announce).get(visitors::list))
        .route("/visitors/{id}/arrival", post(visitors::arrival))
        .route("/structures/{id}", get(structures::get))
        .route("/structures/{id}/members", post(structures::add_member))
        .fallback(problem::not_found)
}
