//! Structures: `GET` and `POST /api/v1/structures`, `GET /api/v1/structures/{id}` and
//! `POST /api/v1/structures/{id}/members`.
use app::core::AppState;
use app::domain::{
    MemberAdded, MemberInput, NewStructure, StructureFilter, StructureInput, StructureQuery,
    StructureRow, StructureView,
};
use axum::Json;
use axum::extract::{Query, State};
use http::StatusCode;

use super::Problem;
use super::extract::{Body, Id, SignedIn};

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
        (status = 403, description = "Not a manager"),
        (status = 409, description = "The SIRET is already known"),
        (status = 422, description = "Invalid fields"),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    user: SignedIn,
    Body(input): Body<StructureInput>,
) -> Result<(StatusCode, Json<StructureView>), Problem> {
    let run = async {
        let new = NewStructure::try_from(input)?;
        app::core::structures::create(&state.db, &user.viewer, new).await
    };
    run.await
        .map(|view| (StatusCode::CREATED, Json(view)))
        .map_err(|e| (e, user.locale).into())
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
        (status = 404, description = "No such structure, or not one of the caller's"),
    )
)]
pub async fn get(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
) -> Result<Json<StructureView>, Problem> {
    app::core::structures::get(&state.db, &user.viewer, id)
        .await
        .map(Json)
        .map_err(|e| (e, user.locale).into())
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
        (status = 403, description = "A member, but not a manager"),
        (status = 404, description = "No such structure, or not one of the caller's"),
        (status = 409, description = "Already a member"),
        (status = 422, description = "Invalid address"),
        (status = 429, description = "Too many invitations"),
    )
)]
pub async fn add_member(
    State(state): State<AppState>,
    user: SignedIn,
    Id(structure_id): Id,
    Body(input): Body<MemberInput>,
) -> Result<(StatusCode, Json<MemberAdded>), Problem> {
    let (caller, locale) = (&user.caller, user.locale);
    let added = app::core::structures::add_member(
        &state.db,
        caller,
        structure_id,
        &input.email,
        locale,
        &state.base_url,
    );
    added
        .await
        .map(|added| (StatusCode::CREATED, Json(added)))
        .map_err(|e| (e, locale).into())
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
        (status = 403, description = "Not a manager"),
        (status = 422, description = "An unknown sector, legal form or status"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    user: SignedIn,
    Query(query): Query<StructureQuery>,
) -> Result<Json<Vec<StructureRow>>, Problem> {
    let run = async {
        let viewer = &user.viewer;
        app::core::access::manager(viewer)?;
        let filter = StructureFilter::parse(&query)?;
        app::core::structures::directory(&state.db, viewer, &filter, state.today()).await
    };
    run.await.map(Json).map_err(|e| (e, user.locale).into())
}
