//! The catalogue: `GET /api/v1/spaces` and `GET /api/v1/spaces/{id}`.
use app::core::AppState;
use app::domain::{AppError, Locale, SpaceFilter, SpaceQuery, SpaceSummary, SpaceView};
use axum::extract::{Path, Query, State};
use axum::{Extension, Json};

use super::Problem;
use super::problem::ProblemBody;

/// The catalogue of active spaces; with `free_from` and `free_to`, only spaces free for that whole range.
#[utoipa::path(
    get,
    operation_id = "list_spaces",
    path = "/api/v1/spaces",
    tag = "spaces",
    params(SpaceQuery),
    responses(
        (status = 200, description = "The matching spaces", body = Vec<SpaceSummary>),
        (status = 422, description = "An invalid filter", body = ProblemBody, content_type = "application/problem+json"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    Query(query): Query<SpaceQuery>,
) -> Result<Json<Vec<SpaceSummary>>, Problem> {
    let run = async {
        let filter = SpaceFilter::try_from(&query)?;
        app::core::spaces::list(&state.db, &filter).await
    };
    run.await.map(Json).map_err(|e| Problem::new(e, locale))
}

/// One space, with its rates.
#[utoipa::path(
    get,
    operation_id = "get_space",
    path = "/api/v1/spaces/{id}",
    tag = "spaces",
    params(("id" = i32, Path, description = "The space's id")),
    responses(
        (status = 200, description = "The space", body = SpaceView),
        (status = 404, description = "No such space", body = ProblemBody, content_type = "application/problem+json"),
    )
)]
pub async fn get(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    Path(id): Path<String>,
) -> Result<Json<SpaceView>, Problem> {
    let run = async {
        let id: i32 = id.parse().map_err(|_| AppError::NotFound)?;
        app::core::spaces::get(&state.db, id).await
    };
    run.await.map(Json).map_err(|e| Problem::new(e, locale))
}
