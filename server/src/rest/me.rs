//! `GET /api/v1/me`: who the token or session belongs to.
use app::core::auth::Caller;
use app::domain::{Locale, Viewer};
use axum::{Extension, Json};

use super::Problem;
use super::problem::ProblemBody;

/// The signed-in account, its role and structures.
#[utoipa::path(
    get,
    operation_id = "get_me",
    path = "/api/v1/me",
    tag = "accounts",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller", body = Viewer),
        (status = 401, description = "Not signed in", body = ProblemBody, content_type = "application/problem+json"),
    )
)]
pub async fn me(
    Extension(caller): Extension<Caller>,
    Extension(locale): Extension<Locale>,
) -> Result<Json<Viewer>, Problem> {
    caller
        .signed_in()
        .cloned()
        .map(Json)
        .map_err(|e| Problem::new(e, locale))
}
