//! The OpenAPI 3.1 document, generated from the handlers and types.
use app::domain::{
    BookingMode, CustomerKind, FieldError, LegalForm, RateUnit, RateView, Role, Sector, SpaceKind,
    SpaceSummary, SpaceView,
};
use axum::Json;
use utoipa::OpenApi;

use super::problem::{ProblemBody, ProblemField};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Solilab API",
        description = "Spaces, bookings, structures and events of Solilab. Times are RFC 3339 with an offset; money is integer cents of euro; errors are application/problem+json (RFC 9457).",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    paths(super::health::healthz, super::spaces::list, super::spaces::get),
    components(schemas(
        SpaceSummary, SpaceView, RateView, SpaceKind, BookingMode, CustomerKind, RateUnit, LegalForm, Sector, Role,
        FieldError, ProblemBody, ProblemField
    )),
    tags(
        (name = "health", description = "Is the service up"),
        (name = "spaces", description = "The catalogue of spaces"),
    )
)]
pub struct ApiDoc;

/// `GET /api/openapi.json`.
pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
