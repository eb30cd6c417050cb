//! Leases and occupancy: `POST /api/v1/leases`, `GET /api/v1/occupancy`.
use app::core::AppState;
use app::domain::{LeaseInput, LeaseView, NewLease, OccupancyQuery, OccupancyRates, RenewInput};
use axum::Json;
use axum::extract::{Query, State};
use http::StatusCode;

use super::Problem;
use super::extract::{Body, Id, SignedIn};

/// Creates a lease (a draft that already holds its space for its dates).
#[utoipa::path(
    post,
    operation_id = "create_lease",
    path = "/api/v1/leases",
    tag = "leases",
    request_body = LeaseInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The new lease, in draft", body = LeaseView),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such structure, or not one of the caller's"),
        (status = 409, description = "The space is leased over those dates, or its shares would pass 100 %"),
        (status = 422, description = "Invalid fields"),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    user: SignedIn,
    Body(input): Body<LeaseInput>,
) -> Result<(StatusCode, Json<LeaseView>), Problem> {
    let run = async {
        let new = NewLease::try_from(input)?;
        app::core::leases::create(&state.db, &user.viewer, new).await
    };
    run.await
        .map(|view| (StatusCode::CREATED, Json(view)))
        .map_err(|e| (e, user.locale).into())
}

/// Occupancy rates over a period: leased surface, and booked hours of the rooms.
#[utoipa::path(
    get,
    operation_id = "occupancy",
    path = "/api/v1/occupancy",
    tag = "leases",
    params(OccupancyQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The rates, 0.0 to 1.0", body = OccupancyRates),
        (status = 403, description = "Not a manager"),
        (status = 422, description = "Unknown site or invalid period"),
    )
)]
pub async fn occupancy(
    State(state): State<AppState>,
    user: SignedIn,
    Query(query): Query<OccupancyQuery>,
) -> Result<Json<OccupancyRates>, Problem> {
    let run = async {
        let viewer = &user.viewer;
        app::core::access::manager(viewer)?;
        let today = state.today();
        let (from, to) = query.period(today)?;
        app::core::occupancy::rates(&state.db, viewer, query.site.as_deref(), from, to, today).await
    };
    run.await.map(Json).map_err(|e| (e, user.locale).into())
}

/// Renews a lease: a draft follows it on the same space from `starts_on`, its rent (as revised)
/// and indexation carried over unless a new rent is given; the old lease ends the day before.
#[utoipa::path(
    post,
    operation_id = "renew_lease",
    path = "/api/v1/leases/{id}/renew",
    tag = "leases",
    params(("id" = i32, Path, description = "The lease's id")),
    request_body = RenewInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The new lease, in draft", body = LeaseView),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such lease, or not one of the caller's"),
        (status = 409, description = "The lease no longer binds, or the space is leased over those dates"),
        (status = 422, description = "Invalid fields"),
    )
)]
pub async fn renew(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
    Body(input): Body<RenewInput>,
) -> Result<(StatusCode, Json<LeaseView>), Problem> {
    app::core::leases::renew(&state.db, &user.viewer, id, &input)
        .await
        .map(|view| (StatusCode::CREATED, Json(view)))
        .map_err(|e| (e, user.locale).into())
}
