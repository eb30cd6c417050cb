//! Parcels at the desk: `POST` and `GET /api/v1/parcels`, `POST /api/v1/parcels/{id}/pickup`.
use app::core::{AppState, concierge};
use app::domain::parcel::{ParcelInput, ParcelQuery, ParcelView, PickupInput};
use axum::Json;
use axum::extract::State;
use http::StatusCode;

use super::Problem;
use super::extract::{Body, Filter, Id, SignedIn};

/// Logs an arrival for a structure (the desk); its members are mailed with the rest of its batch.
#[utoipa::path(
    post,
    operation_id = "log_parcel",
    path = "/api/v1/parcels",
    tag = "concierge",
    request_body = ParcelInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The parcel logged", body = ParcelView),
        (status = 403, description = "Not a manager"),
        (status = 422, description = "Invalid fields, or an unknown structure"),
    )
)]
pub async fn log(
    State(state): State<AppState>,
    user: SignedIn,
    Body(input): Body<ParcelInput>,
) -> Result<(StatusCode, Json<ParcelView>), Problem> {
    concierge::log(&state.db, &user.viewer, input, state.now())
        .await
        .map(|view| (StatusCode::CREATED, Json(view)))
        .map_err(|e| (e, user.locale).into())
}

/// A structure's parcels (its members, the desk): those waiting first, then the last handed
/// over. Without `structure_id`, the caller's structures' (every one for the desk).
#[utoipa::path(
    get,
    operation_id = "list_parcels",
    path = "/api/v1/parcels",
    tag = "concierge",
    params(ParcelQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The parcels", body = Vec<ParcelView>),
        (status = 404, description = "A structure that is not the caller's"),
        (status = 422, description = "An unreadable filter"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    user: SignedIn,
    Filter(query): Filter<ParcelQuery>,
) -> Result<Json<Vec<ParcelView>>, Problem> {
    concierge::list(&state.db, &user.viewer, query, state.now())
        .await
        .map(Json)
        .map_err(|e| (e, user.locale).into())
}

/// Records who took a parcel away and when (the desk).
#[utoipa::path(
    post,
    operation_id = "pick_up_parcel",
    path = "/api/v1/parcels/{id}/pickup",
    tag = "concierge",
    params(("id" = i32, Path, description = "The parcel's id")),
    request_body = PickupInput,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The parcel, handed over", body = ParcelView),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such parcel"),
        (status = 409, description = "Already handed over"),
        (status = 422, description = "Invalid fields"),
    )
)]
pub async fn pickup(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
    Body(input): Body<PickupInput>,
) -> Result<Json<ParcelView>, Problem> {
    let run = async {
        let name = input.read()?;
        let mut done =
            concierge::pickup(&state.db, &user.viewer, &[id], &name, state.now()).await?;
        done.pop().ok_or(app::domain::AppError::Internal)
    };
    run.await.map(Json).map_err(|e| (e, user.locale).into())
}
