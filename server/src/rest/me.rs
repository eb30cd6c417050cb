//! `GET /api/v1/me`: who the token or session belongs to.
use app::domain::Viewer;
use axum::Json;

use super::extract::SignedIn;

/// The signed-in account, its role and structures.
#[utoipa::path(
    get,
    operation_id = "get_me",
    path = "/api/v1/me",
    tag = "accounts",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller", body = Viewer),
    )
)]
pub async fn me(user: SignedIn) -> Json<Viewer> {
    Json(user.viewer)
}
