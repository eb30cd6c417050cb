//! The catalogue: `GET /api/v1/spaces`, `GET /api/v1/spaces/{id}` and its availability; for
//! managers, `POST /api/v1/spaces`, `PATCH /api/v1/spaces/{id}` and its retirement.
use app::core::AppState;
use app::core::spaces::Retired;
use app::domain::{
    AppError, Availability, Locale, NewSpace, SpaceFilter, SpaceInput, SpacePatch, SpaceQuery,
    SpaceSummary, SpaceView, TimeRange,
};
use axum::extract::{Query, State};
use axum::{Extension, Json};
use http::StatusCode;

use super::Problem;
use super::extract::{Body, Id, SignedIn};

/// The catalogue of active spaces; with `free_from` and `free_to`, only spaces free for that whole range.
#[utoipa::path(
    get,
    operation_id = "list_spaces",
    path = "/api/v1/spaces",
    tag = "spaces",
    params(SpaceQuery),
    responses(
        (status = 200, description = "The matching spaces", body = Vec<SpaceSummary>),
        (status = 422, description = "An invalid filter"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    Query(query): Query<SpaceQuery>,
) -> Result<Json<Vec<SpaceSummary>>, Problem> {
    let run = async {
        let filter = SpaceFilter::try_from(&query)?;
        app::core::spaces::list(&state.db, &filter, state.now()).await
    };
    run.await.map(Json).map_err(|e| (e, locale).into())
}

/// Adds a space to a site, with its prices; its booking rules start from the defaults.
#[utoipa::path(
    post,
    operation_id = "create_space",
    path = "/api/v1/spaces",
    tag = "spaces",
    request_body = SpaceInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The new space", body = SpaceView),
        (status = 403, description = "Not a manager"),
        (status = 409, description = "The site already has a space with this code"),
        (status = 422, description = "Invalid fields, or an unknown site"),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    user: SignedIn,
    Body(input): Body<SpaceInput>,
) -> Result<(StatusCode, Json<SpaceView>), Problem> {
    let run = async {
        app::core::access::manager(&user.viewer)?;
        let new = NewSpace::try_from(input)?;
        app::core::spaces::create(&state.db, &user.viewer, new).await
    };
    run.await
        .map(|view| (StatusCode::CREATED, Json(view)))
        .map_err(|e| (e, user.locale).into())
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
        (status = 404, description = "No such space"),
    )
)]
pub async fn get(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    Id(id): Id,
) -> Result<Json<SpaceView>, Problem> {
    app::core::spaces::get(&state.db, id)
        .await
        .map(Json)
        .map_err(|e| (e, locale).into())
}

/// Changes the fields given; `rates`, when given, replaces every price. The space as changed
/// must pass the rules of a new one and keep its way of being booked.
#[utoipa::path(
    patch,
    operation_id = "update_space",
    path = "/api/v1/spaces/{id}",
    tag = "spaces",
    params(("id" = i32, Path, description = "The space's id")),
    request_body = SpacePatch,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The space as changed", body = SpaceView),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such space, or a retired one"),
        (status = 409, description = "The site already has a space with this code"),
        (status = 422, description = "Invalid fields, or a kind booked another way"),
    )
)]
pub async fn update(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
    Body(patch): Body<SpacePatch>,
) -> Result<Json<SpaceView>, Problem> {
    app::core::spaces::update(&state.db, &user.viewer, id, patch)
        .await
        .map(Json)
        .map_err(|e| (e, user.locale).into())
}

/// Retires a space: it leaves the catalogue and takes no new booking or lease; its history
/// stays. Refused while coming bookings or running leases hold it.
#[utoipa::path(
    post,
    operation_id = "retire_space",
    path = "/api/v1/spaces/{id}/retire",
    tag = "spaces",
    params(("id" = i32, Path, description = "The space's id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "The space is retired"),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such space, or a retired one"),
        (status = 409, description = "Coming bookings or running leases hold the space, listed in `holders`"),
    )
)]
pub async fn retire(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
) -> Result<StatusCode, Problem> {
    match app::core::spaces::retire(&state.db, &user.viewer, id, state.now()).await {
        Ok(Retired::Done) => Ok(StatusCode::NO_CONTENT),
        Ok(Retired::Held(holders)) => {
            let held = AppError::Conflict("space.retire_held".into());
            Err(Problem::new(held, user.locale).with_holders(holders))
        }
        Err(e) => Err((e, user.locale).into()),
    }
}

/// The range of an availability query.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AvailabilityQuery {
    /// Start of the range (RFC 3339 with an offset).
    pub from: Option<String>,
    /// End of the range (RFC 3339 with an offset); at most 93 days after `from`.
    pub to: Option<String>,
}

/// When a space is taken between `from` and `to`: confirmed bookings and requests awaiting
/// approval, buffers included, merged; never who booked.
#[utoipa::path(
    get,
    operation_id = "space_availability",
    path = "/api/v1/spaces/{id}/availability",
    tag = "spaces",
    params(("id" = i32, Path, description = "The space's id"), AvailabilityQuery),
    responses(
        (status = 200, description = "The busy stretches", body = Availability),
        (status = 404, description = "No such space"),
        (status = 422, description = "A missing, invalid or too long range, or a space let on a lease"),
    )
)]
pub async fn availability(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    Id(id): Id,
    Query(query): Query<AvailabilityQuery>,
) -> Result<Json<Availability>, Problem> {
    let run = async {
        let range = TimeRange::parse(
            query.from.as_deref().unwrap_or_default(),
            query.to.as_deref().unwrap_or_default(),
            "from",
            "to",
        )?;
        app::core::bookings::availability(&state.db, id, range, state.now()).await
    };
    run.await.map(Json).map_err(|e| (e, locale).into())
}
