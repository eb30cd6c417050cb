//! Visitors: `POST` and `GET /api/v1/visitors`, `POST /api/v1/visitors/{id}/arrival`.
use app::core::{AppState, concierge};
use app::domain::visitor::{VisitorInput, VisitorQuery, VisitorView};
use axum::Json;
use axum::extract::State;
use http::StatusCode;

use super::Problem;
use super::extract::{Body, Filter, Id, SignedIn};

/// Announces a visitor for one of the caller's structures (any structure for the desk).
#[utoipa::path(
    post,
    operation_id = "announce_visitor",
    path = "/api/v1/visitors",
    tag = "concierge",
    request_body = VisitorInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The visit announced", body = VisitorView),
        (status = 404, description = "A structure that is not the caller's"),
        (status = 422, description = "Invalid fields, a past day, or a host who is not a member"),
    )
)]
pub async fn announce(
    State(state): State<AppState>,
    user: SignedIn,
    Body(input): Body<VisitorInput>,
) -> Result<(StatusCode, Json<VisitorView>), Problem> {
    concierge::announce(&state.db, &user.viewer, input, state.now())
        .await
        .map(|view| (StatusCode::CREATED, Json(view)))
        .map_err(|e| (e, user.locale).into())
}

/// Visitors of a structure (its members, the desk) on a day, or from today on.
#[utoipa::path(
    get,
    operation_id = "list_visitors",
    path = "/api/v1/visitors",
    tag = "concierge",
    params(VisitorQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The visits, by day and expected time", body = Vec<VisitorView>),
        (status = 404, description = "A structure that is not the caller's"),
        (status = 422, description = "An unreadable filter"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    user: SignedIn,
    Filter(query): Filter<VisitorQuery>,
) -> Result<Json<Vec<VisitorView>>, Problem> {
    concierge::visitor_list(&state.db, &user.viewer, query, state.now())
        .await
        .map(Json)
        .map_err(|e| (e, user.locale).into())
}

/// Checks a visitor in at the desk; their host is mailed at once.
#[utoipa::path(
    post,
    operation_id = "visitor_arrival",
    path = "/api/v1/visitors/{id}/arrival",
    tag = "concierge",
    params(("id" = i32, Path, description = "The visit's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The visit, checked in", body = VisitorView),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such visit"),
        (status = 409, description = "Already checked in"),
    )
)]
pub async fn arrival(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
) -> Result<Json<VisitorView>, Problem> {
    concierge::arrive(&state.db, &user.viewer, id, &state.base_url, state.now())
        .await
        .map(Json)
        .map_err(|e| (e, user.locale).into())
}
