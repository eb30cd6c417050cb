//! `GET /healthz`: up once the database answers.
use app::core::AppState;
use axum::Json;
use axum::extract::State;
use http::StatusCode;
use serde_json::{Value, json};

/// Whether the server and its database answer.
#[utoipa::path(
    get,
    path = "/healthz",
    tag = "health",
    responses(
        (status = 200, description = "The database answers", content_type = "application/json", example = json!({"status": "ok"})),
        (status = 503, description = "The database does not answer", content_type = "application/json", example = json!({"status": "unavailable"})),
    )
)]
pub async fn healthz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    if state.db.is_up().await {
        (StatusCode::OK, Json(json!({"status": "ok"})))
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({"status": "unavailable"})),
        )
    }
}
