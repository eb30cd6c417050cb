//! The JSON API under `/api/v1`, described by the OpenAPI document at `/api/openapi.json`.
mod body;
mod bookings;
mod health;
mod me;
mod openapi;
mod problem;
mod spaces;
mod structures;

use app::core::AppState;
use axum::Router;
use axum::routing::{get, post};

pub use health::healthz;
pub use openapi::{ApiDoc, openapi_json};
pub use problem::Problem;

/// The `/api/v1` routes; unknown ones answer a problem+json `404`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/spaces", get(spaces::list))
        .route("/spaces/{id}", get(spaces::get))
        .route("/spaces/{id}/availability", get(spaces::availability))
        .route("/bookings", post(bookings::create).get(bookings::list))
        .route(
            "/bookings/{id}",
            get(bookings::get).delete(bookings::cancel),
        )
        .route("/me", get(me::me))
        .route("/structures", post(structures::create))
        .route("/structures/{id}", get(structures::get))
        .route("/structures/{id}/members", post(structures::add_member))
        .fallback(problem::not_found)
}
