//! The JSON API under `/api/v1`, described by the OpenAPI document at `/api/openapi.json`.
mod health;
mod openapi;
mod problem;
mod spaces;

use app::core::AppState;
use axum::Router;
use axum::routing::get;

pub use health::healthz;
pub use openapi::{ApiDoc, openapi_json};
pub use problem::Problem;

/// The `/api/v1` routes; unknown ones answer a problem+json `404`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/spaces", get(spaces::list))
        .route("/spaces/{id}", get(spaces::get))
        .fallback(problem::not_found)
}
