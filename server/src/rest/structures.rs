//! Structures: `GET` and `POST /api/v1/structures`, `GET /api/v1/structures/{id}` and
//! `POST /api/v1/structures/{id}/members`.
use app::core::AppState;
use app::core::auth::Caller;
use app::domain::{
    AppError, Locale, MemberAdded, MemberInput, NewStructure, StructureFilter, StructureInput,
    StructureQuery, StructureRow, StructureView,
};
use axum::extract::{Path, Query, State};
use axum::{Extension, Json};
use http::StatusCode;

use super::Problem;
use super::body::Body;
use super::problem::ProblemBody;

fn id(raw: &str) -> Result<i32, AppError> {
    raw.parse().map_err(|_| AppError::NotFound)
}

/// Creates a hosted structure.
#[utoipa::path(
    post,
    operation_id = "create_structure",
    path = "/api/v1/structures",
    tag = "structures",
    request_body = StructureInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The new structure", body = StructureView),
        (status = 401, description = "Not signed in", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "Not a manager", body = ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "The SIRET is already known", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = ProblemBody, content_type = "application/problem+json"),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Extension(locale): Extension<Locale>,
    Body(input): Body<StructureInput>,
) -> Result<(StatusCode, Json<StructureView>), Problem> {
    let run = async {
        let viewer = caller.signed_in()?;
        let new = NewStructure::try_from(input)?;
        app::core::structures::create(&state.db, viewer, new).await
    };
    run.await
        .map(|view| (StatusCode::CREATED, Json(view)))
        .map_err(|e| Problem::new(e, locale))
}

/// One structure, for its members and managers.
#[utoipa::path(
    get,
    operation_id = "get_structure",
    path = "/api/v1/structures/{id}",
    tag = "structures",
    params(("id" = i32, Path, description = "The structure's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The structure", body = StructureView),
        (status = 401, description = "Not signed in", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such structure, or not one of the caller's", body = ProblemBody, content_type = "application/problem+json"),
    )
)]
pub async fn get(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Extension(locale): Extension<Locale>,
    Path(raw): Path<String>,
) -> Result<Json<StructureView>, Problem> {
    let run = async {
        let viewer = caller.signed_in()?;
        app::core::structures::get(&state.db, viewer, id(&raw)?).await
    };
    run.await.map(Json).map_err(|e| Problem::new(e, locale))
}

/// Adds a person to a structure; an address without an account is invited by mail.
#[utoipa::path(
    post,
    operation_id = "add_member",
    path = "/api/v1/structures/{id}/members",
    tag = "structures",
    params(("id" = i32, Path, description = "The structure's id")),
    request_body = MemberInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The person is a member", body = MemberAdded),
        (status = 401, description = "Not signed in", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "A member, but not a manager", body = ProblemBody, content_type = "application/problem+json"),
        (status = 404, description = "No such structure, or not one of the caller's", body = ProblemBody, content_type = "application/problem+json"),
        (status = 409, description = "Already a member", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "Invalid address", body = ProblemBody, content_type = "application/problem+json"),
        (status = 429, description = "Too many invitations", body = ProblemBody, content_type = "application/problem+json"),
    )
)]
pub async fn add_member(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Extension(locale): Extension<Locale>,
    Path(raw): Path<String>,
    Body(input): Body<MemberInput>,
) -> Result<(StatusCode, Json<MemberAdded>), Problem> {
    let run = async {
        caller.signed_in()?;
        let structure_id = id(&raw)?;
        app::core::structures::add_member(
            &state.db,
            &caller,
            structure_id,
            &input.email,
            locale,
            &state.base_url,
        )
        .await
    };
    run.await
        .map(|added| (StatusCode::CREATED, Json(added)))
        .map_err(|e| Problem::new(e, locale))
}

/// The directory of structures, by name, with filters.
#[utoipa::path(
    get,
    operation_id = "list_structures",
    path = "/api/v1/structures",
    tag = "structures",
    params(StructureQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The structures, by name", body = Vec<StructureRow>),
        (status = 401, description = "Not signed in", body = ProblemBody, content_type = "application/problem+json"),
        (status = 403, description = "Not a manager", body = ProblemBody, content_type = "application/problem+json"),
        (status = 422, description = "An unknown sector, legal form or status", body = ProblemBody, content_type = "application/problem+json"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Extension(locale): Extension<Locale>,
    Query(query): Query<StructureQuery>,
) -> Result<Json<Vec<StructureRow>>, Problem> {
    let run = async {
        let viewer = caller.signed_in()?;
        app::core::access::manager(viewer)?;
        let filter = StructureFilter::parse(&query)?;
        let today = state.today();
        app::core::structures::directory(&state.db, viewer, &filter, today).await
    };
    run.await.map(Json).map_err(|e| Problem::new(e, locale))
}
