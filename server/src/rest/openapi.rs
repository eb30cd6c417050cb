//! The OpenAPI 3.1 document, generated from the handlers and types.
use app::domain::{
    Availability, BookingInput, BookingMode, BookingStatus, BookingView, CustomerKind, EventKind,
    FieldError, LeaseInput, LeaseStatus, LeaseView, LegalForm, MemberAdded, MemberInput,
    OccupancyRates, OccurrenceView, RateInput, RateUnit, RateView, RenewInput, Role, Sector,
    SiteInput, SitePatch, SiteView, Slot, SpaceHolder, SpaceInput, SpaceKind, SpacePatch,
    SpaceSummary, SpaceView, StructureInput, StructureRef, StructureRow, StructureStatus,
    StructureView, Viewer,
};
use axum::Json;
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::openapi::{Ref, RefOr, Response};
use utoipa::{Modify, OpenApi};

use app::domain::events::{
    EditionDetail, EditionInput, EditionSummary, EventDetail, EventInput, ExceptionInput,
    ExceptionView, MarketDetail, MarketInput, MarketPatch, ProducerInput, ProducerRow, RosterInput,
    StallRow, StallTypeInput, StallsInput,
};
use app::domain::exhibitors::StallTypeView;
use app::domain::parcel::{ParcelInput, ParcelSize, ParcelView, PickupInput};
use app::domain::recurrence::{SeriesDate, SeriesInput, SeriesPlan};
use app::domain::visitor::{VisitorInput, VisitorView};

use super::problem::{ProblemBody, ProblemDate, ProblemField};
use super::series::MoveInput;

/// Declares the bearer scheme that `solilab token issue` tokens use.
struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// Writes once what every operation shares: an error answer (4xx, 5xx) is a `ProblemBody` sent
/// as `application/problem+json`; an operation behind the bearer scheme answers `401` to anyone
/// not signed in, and one that reads a JSON body answers `400` to a body it cannot read. The handlers' annotations give only what differs: each status and why.
struct ErrorsAreProblems;

impl Modify for ErrorsAreProblems {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let problem = || {
            let schema = Ref::from_schema_name("ProblemBody");
            ContentBuilder::new().schema(Some(schema)).build()
        };
        for item in openapi.paths.paths.values_mut() {
            let operations = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ];
            for operation in operations.into_iter().flatten() {
                let responses = &mut operation.responses.responses;
                if operation.security.as_ref().is_some_and(|s| !s.is_empty()) {
                    responses
                        .entry("401".to_owned())
                        .or_insert_with(|| Response::new("Not signed in").into());
                }
                if operation.request_body.is_some() {
                    responses
                        .entry("400".to_owned())
                        .or_insert_with(|| Response::new("Unreadable JSON").into());
                }
                for (status, response) in responses.iter_mut() {
                    let failed = status.starts_with('4') || status.starts_with('5');
                    if let (true, RefOr::T(response)) = (failed, response)
                        && response.content.is_empty()
                    {
                        let kind = "application/problem+json".to_owned();
                        response.content.insert(kind, problem());
                    }
                }
            }
        }
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Solilab API",
        description = "Spaces, bookings, structures and events of Solilab. Times are RFC 3339 with an offset; money is integer cents of euro; errors are application/problem+json (RFC 9457). Authenticate with `Authorization: Bearer TOKEN` (from `solilab token issue` or the account page) or a signed-in browser's session cookie; cookie requests that change state must come from Solilab's own pages.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    modifiers(&BearerAuth, &ErrorsAreProblems),
    paths(
        super::health::healthz,
        super::sites::list,
        super::sites::create,
        super::sites::get,
        super::sites::update,
        super::spaces::list,
        super::spaces::create,
        super::spaces::get,
        super::spaces::update,
        super::spaces::retire,
        super::spaces::availability,
        super::bookings::create,
        super::bookings::list,
        super::bookings::get,
        super::bookings::cancel,
        super::series::move_booking,
        super::series::check,
        super::series::create,
        super::series::cancel,
        super::calendars::booking_feed,
        super::me::me,
        super::structures::create,
        super::structures::get,
        super::structures::add_member,
        super::structures::list,
        super::leases::create,
        super::leases::renew,
        super::leases::occupancy,
        super::events::list,
        super::events::public_calendar,
        super::editions::create_event,
        super::editions::get_event,
        super::editions::update_event,
        super::editions::create_edition,
        super::editions::get_edition,
        super::editions::update_edition,
        super::editions::add_stall_type,
        super::editions::add_stalls,
        super::editions::remove_stall,
        super::markets::create,
        super::markets::get,
        super::markets::update,
        super::markets::change_day,
        super::markets::restore_day,
        super::markets::add_producer,
        super::markets::remove_producer,
        super::markets::set_roster,
        super::parcels::log,
        super::parcels::list,
        super::parcels::pickup,
        super::visitors::announce,
        super::visitors::list,
        super::visitors::arrival,
    ),
    components(schemas(
        SiteInput, SitePatch, SiteView, SpacePatch, SpaceHolder,
        SpaceSummary, SpaceView, RateView, SpaceInput, RateInput, SpaceKind, BookingMode, CustomerKind, RateUnit, LegalForm, Sector, Role,
        StructureInput, StructureView, StructureStatus, MemberInput, MemberAdded, Viewer, StructureRef,
        BookingInput, BookingView, BookingStatus, Availability, Slot,
        SeriesInput, SeriesPlan, SeriesDate, MoveInput, ProblemDate,
        OccurrenceView, EventKind,
        EventInput, EventDetail, EditionSummary, EditionInput, EditionDetail, StallTypeInput, StallsInput, StallRow, StallTypeView,
        MarketInput, MarketPatch, MarketDetail, ExceptionInput, ExceptionView, ProducerInput, ProducerRow, RosterInput,
        StructureRow, LeaseInput, RenewInput, LeaseView, LeaseStatus, OccupancyRates,
        ParcelInput, ParcelView, ParcelSize, PickupInput, VisitorInput, VisitorView,
        FieldError, ProblemBody, ProblemField
    )),
    tags(
        (name = "health", description = "Is the service up"),
        (name = "sites", description = "The sites the operator runs and its legal details"),
        (name = "spaces", description = "The catalogue of spaces and when they are free"),
        (name = "bookings", description = "Booking spaces, never twice"),
        (name = "accounts", description = "Who is calling"),
        (name = "structures", description = "Hosted structures and their members"),
        (name = "concierge", description = "The concierge desk: parcels and mail, visitors"),
        (name = "events", description = "The public calendar of markets and events"),
        (name = "editions", description = "Events, their yearly editions, stall types and stall plans"),
        (name = "markets", description = "Recurring markets, their changed days, producers and roster"),
        (name = "leases", description = "Leases of offices, storage and shops, and occupancy"),
    )
)]
pub struct ApiDoc;

/// `GET /api/openapi.json`.
pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
