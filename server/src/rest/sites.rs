//! Sites: `GET` and `POST /api/v1/sites`, `GET` and `PATCH /api/v1/sites/{id}` (admins).
use app::core::{AppState, sites};
use app::domain::{SiteInput, SitePatch, SiteView};
use axum::Json;
use axum::extract::State;
use http::StatusCode;

use super::Problem;
use super::extract::{Body, Id, SignedIn};

/// Every site with its details, oldest first.
#[utoipa::path(
    get,
    operation_id = "list_sites",
    path = "/api/v1/sites",
    tag = "sites",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The sites", body = Vec<SiteView>),
        (status = 403, description = "Not an admin"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    user: SignedIn,
) -> Result<Json<Vec<SiteView>>, Problem> {
    sites::list(&state.db, &user.viewer)
        .await
        .map(Json)
        .map_err(|e| (e, user.locale).into())
}

/// Creates a site; its slug is made from its name when left out.
#[utoipa::path(
    post,
    operation_id = "create_site",
    path = "/api/v1/sites",
    tag = "sites",
    request_body = SiteInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The new site", body = SiteView),
        (status = 403, description = "Not an admin"),
        (status = 409, description = "Another site has this slug"),
        (status = 422, description = "Invalid fields"),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    user: SignedIn,
    Body(input): Body<SiteInput>,
) -> Result<(StatusCode, Json<SiteView>), Problem> {
    sites::create(&state.db, &user.viewer, input, state.now())
        .await
        .map(|view| (StatusCode::CREATED, Json(view)))
        .map_err(|e| (e, user.locale).into())
}

/// One site with its details.
#[utoipa::path(
    get,
    operation_id = "get_site",
    path = "/api/v1/sites/{id}",
    tag = "sites",
    params(("id" = i32, Path, description = "The site's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The site", body = SiteView),
        (status = 403, description = "Not an admin"),
        (status = 404, description = "No such site"),
    )
)]
pub async fn get(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
) -> Result<Json<SiteView>, Problem> {
    sites::get(&state.db, &user.viewer, id)
        .await
        .map(Json)
        .map_err(|e| (e, user.locale).into())
}

/// Changes the fields given; the site as changed must pass every rule.
#[utoipa::path(
    patch,
    operation_id = "update_site",
    path = "/api/v1/sites/{id}",
    tag = "sites",
    params(("id" = i32, Path, description = "The site's id")),
    request_body = SitePatch,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The site as changed", body = SiteView),
        (status = 403, description = "Not an admin"),
        (status = 404, description = "No such site"),
        (status = 409, description = "Another site has this slug"),
        (status = 422, description = "Invalid fields"),
    )
)]
pub async fn update(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
    Body(patch): Body<SitePatch>,
) -> Result<Json<SiteView>, Problem> {
    sites::update(&state.db, &user.viewer, id, patch)
        .await
        .map(Json)
        .map_err(|e| (e, user.locale).into())
}
