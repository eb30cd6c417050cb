//! Events and their editions (managers): `POST /api/v1/events`, `GET` and
//! `PUT /api/v1/events/{slug}`, `POST /api/v1/events/{slug}/editions`, stall types and stalls
//! of an edition, and `GET /api/v1/editions/{id}` for anyone.
use app::core::{AppState, events};
use app::domain::Locale;
use app::domain::events::{
    EditionDetail, EditionInput, EventDetail, EventInput, StallTypeInput, StallsInput,
};
use axum::extract::State;
use axum::{Extension, Json};
use http::StatusCode;

use super::Problem;
use super::extract::{Body, Id, Params, SignedIn};

/// Event `slug` as it now stands, for `user`.
async fn event(
    state: &AppState,
    user: &SignedIn,
    slug: &str,
) -> Result<Json<EventDetail>, Problem> {
    events::event_detail(&state.db, &user.viewer, slug)
        .await
        .map(Json)
        .map_err(|e| (e, user.locale).into())
}

/// Edition `id` as it now stands.
async fn edition(
    state: &AppState,
    user: &SignedIn,
    id: i32,
) -> Result<Json<EditionDetail>, Problem> {
    events::edition_detail(&state.db, id)
        .await
        .map(Json)
        .map_err(|e| (e, user.locale).into())
}

/// Creates an event; its slug is made from its name when left out.
#[utoipa::path(
    post,
    operation_id = "create_event",
    path = "/api/v1/events",
    tag = "editions",
    request_body = EventInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The new event", body = EventDetail),
        (status = 403, description = "Not a manager"),
        (status = 409, description = "A market or an event has this slug"),
        (status = 422, description = "Invalid fields"),
    )
)]
pub async fn create_event(
    State(state): State<AppState>,
    user: SignedIn,
    Body(input): Body<EventInput>,
) -> Result<(StatusCode, Json<EventDetail>), Problem> {
    let slug = events::create_event(&state.db, &user.viewer, input, state.now())
        .await
        .map_err(|e| Problem::from((e, user.locale)))?;
    let Json(detail) = event(&state, &user, &slug).await?;
    Ok((StatusCode::CREATED, Json(detail)))
}

/// One event with its editions, newest first.
#[utoipa::path(
    get,
    operation_id = "get_event",
    path = "/api/v1/events/{slug}",
    tag = "editions",
    params(("slug" = String, Path, description = "The event's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The event", body = EventDetail),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such event"),
    )
)]
pub async fn get_event(
    State(state): State<AppState>,
    user: SignedIn,
    Params(slug): Params<String>,
) -> Result<Json<EventDetail>, Problem> {
    event(&state, &user, &slug).await
}

/// Replaces an event's fields.
#[utoipa::path(
    put,
    operation_id = "update_event",
    path = "/api/v1/events/{slug}",
    tag = "editions",
    params(("slug" = String, Path, description = "The event's slug")),
    request_body = EventInput,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The event as changed", body = EventDetail),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such event"),
        (status = 409, description = "A market or an event has this slug"),
        (status = 422, description = "Invalid fields"),
    )
)]
pub async fn update_event(
    State(state): State<AppState>,
    user: SignedIn,
    Params(slug): Params<String>,
    Body(input): Body<EventInput>,
) -> Result<Json<EventDetail>, Problem> {
    let slug = events::update_event(&state.db, &user.viewer, &slug, input, state.now())
        .await
        .map_err(|e| Problem::from((e, user.locale)))?;
    event(&state, &user, &slug).await
}

/// Adds a yearly edition to an event.
#[utoipa::path(
    post,
    operation_id = "create_edition",
    path = "/api/v1/events/{slug}/editions",
    tag = "editions",
    params(("slug" = String, Path, description = "The event's slug")),
    request_body = EditionInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The new edition", body = EditionDetail),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such event"),
        (status = 409, description = "The event has an edition that year"),
        (status = 422, description = "Invalid fields"),
    )
)]
pub async fn create_edition(
    State(state): State<AppState>,
    user: SignedIn,
    Params(slug): Params<String>,
    Body(input): Body<EditionInput>,
) -> Result<(StatusCode, Json<EditionDetail>), Problem> {
    let id = events::create_edition(&state.db, &user.viewer, &slug, &input, state.now())
        .await
        .map_err(|e| Problem::from((e, user.locale)))?;
    let Json(detail) = edition(&state, &user, id).await?;
    Ok((StatusCode::CREATED, Json(detail)))
}

/// One edition with its stall types and stalls by number; holders are named once its list of
/// exhibitors is published.
#[utoipa::path(
    get,
    operation_id = "get_edition",
    path = "/api/v1/editions/{id}",
    tag = "editions",
    params(("id" = i32, Path, description = "The edition's id")),
    responses(
        (status = 200, description = "The edition", body = EditionDetail),
        (status = 404, description = "No such edition"),
    )
)]
pub async fn get_edition(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    Id(id): Id,
) -> Result<Json<EditionDetail>, Problem> {
    events::edition_detail(&state.db, id)
        .await
        .map(Json)
        .map_err(|e| (e, locale).into())
}

/// Replaces an edition's days, hours, call dates and publication.
#[utoipa::path(
    put,
    operation_id = "update_edition",
    path = "/api/v1/editions/{id}",
    tag = "editions",
    params(("id" = i32, Path, description = "The edition's id")),
    request_body = EditionInput,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The edition as changed", body = EditionDetail),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such edition"),
        (status = 409, description = "The event has an edition that year"),
        (status = 422, description = "Invalid fields"),
    )
)]
pub async fn update_edition(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
    Body(input): Body<EditionInput>,
) -> Result<Json<EditionDetail>, Problem> {
    events::update_edition(&state.db, &user.viewer, id, &input, state.now())
        .await
        .map_err(|e| Problem::from((e, user.locale)))?;
    edition(&state, &user, id).await
}

/// Adds a stall type to an edition.
#[utoipa::path(
    post,
    operation_id = "add_stall_type",
    path = "/api/v1/editions/{id}/stall-types",
    tag = "editions",
    params(("id" = i32, Path, description = "The edition's id")),
    request_body = StallTypeInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The edition with its new stall type", body = EditionDetail),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such edition"),
        (status = 422, description = "Invalid fields"),
    )
)]
pub async fn add_stall_type(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
    Body(input): Body<StallTypeInput>,
) -> Result<(StatusCode, Json<EditionDetail>), Problem> {
    events::add_stall_type(&state.db, &user.viewer, id, &input)
        .await
        .map_err(|e| Problem::from((e, user.locale)))?;
    let Json(detail) = edition(&state, &user, id).await?;
    Ok((StatusCode::CREATED, Json(detail)))
}

/// Adds numbered stalls of one type in rows below the plan's stalls.
#[utoipa::path(
    post,
    operation_id = "add_stalls",
    path = "/api/v1/editions/{id}/stalls",
    tag = "editions",
    params(("id" = i32, Path, description = "The edition's id")),
    request_body = StallsInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The edition with its new stalls", body = EditionDetail),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such edition"),
        (status = 409, description = "A number is taken; no stall was added"),
        (status = 422, description = "Invalid fields, or another edition's stall type"),
    )
)]
pub async fn add_stalls(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
    Body(input): Body<StallsInput>,
) -> Result<(StatusCode, Json<EditionDetail>), Problem> {
    events::add_stalls(&state.db, &user.viewer, id, &input)
        .await
        .map_err(|e| Problem::from((e, user.locale)))?;
    let Json(detail) = edition(&state, &user, id).await?;
    Ok((StatusCode::CREATED, Json(detail)))
}

/// Removes a stall nobody holds.
#[utoipa::path(
    delete,
    operation_id = "remove_stall",
    path = "/api/v1/stalls/{id}",
    tag = "editions",
    params(("id" = i32, Path, description = "The stall's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "The stall is gone"),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such stall"),
        (status = 409, description = "An exhibitor holds it"),
    )
)]
pub async fn remove_stall(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
) -> Result<StatusCode, Problem> {
    events::remove_stall(&state.db, &user.viewer, id)
        .await
        .map(|()| StatusCode::NO_CONTENT)
        .map_err(|e| (e, user.locale).into())
}
