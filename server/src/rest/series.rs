//! Repeating bookings: `POST /api/v1/booking-series/check` lists the dates and what stands in
//! the way of each, `POST /api/v1/booking-series` books them all but the dropped ones (all or
//! nothing), `DELETE /api/v1/booking-series/{id}` cancels the dates still coming;
//! `PATCH /api/v1/bookings/{id}` moves one booking, a date of a series alone included.
use app::core::AppState;
use app::domain::recurrence::{SeriesInput, SeriesPlan, parse_days};
use app::domain::{AppError, BookingView, NewBooking, TimeRange};
use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use http::StatusCode;
use serde::Deserialize;
use utoipa::ToSchema;

use super::Problem;
use super::extract::{Body, Id, SignedIn};

/// The first date, the rule and the days to drop, read and checked alone.
fn read(input: SeriesInput) -> Result<(NewBooking, String, Vec<chrono::NaiveDate>), AppError> {
    let skip = parse_days(&input.skip);
    let new = NewBooking::try_from(input.booking);
    match (new, skip) {
        (Ok(new), Ok(skip)) => Ok((new, input.rule, skip)),
        (Err(AppError::Invalid(mut a)), Err(AppError::Invalid(b))) => {
            a.extend(b);
            Err(AppError::Invalid(a))
        }
        (Err(e), _) | (_, Err(e)) => Err(e),
    }
}

/// Every date of a repeating booking and what stands in the way of each (taken, or a rule of
/// the space), priced as booking them now would be. Nothing is booked.
#[utoipa::path(
    post,
    operation_id = "check_booking_series",
    path = "/api/v1/booking-series/check",
    tag = "bookings",
    request_body = SeriesInput,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The dates; `problem` names what is in the way of a date", body = SeriesPlan),
        (status = 404, description = "No such space, or a structure that is not the caller's"),
        (status = 422, description = "Invalid fields or rule (it must end, with at most 104 dates)"),
    )
)]
pub async fn check(
    State(state): State<AppState>,
    user: SignedIn,
    Body(input): Body<SeriesInput>,
) -> Result<Json<SeriesPlan>, Problem> {
    let run = async {
        let (new, rule, _) = read(input)?;
        app::core::bookings::plan_series(&state.db, &user.viewer, &new, &rule, state.now()).await
    };
    run.await.map(Json).map_err(|e| (e, user.locale).into())
}

/// Books every date of a repeating booking but the `skip` ones, all or nothing. When other
/// dates are taken or break a rule, nothing is booked and `conflicts` lists them.
#[utoipa::path(
    post,
    operation_id = "create_booking_series",
    path = "/api/v1/booking-series",
    tag = "bookings",
    request_body = SeriesInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The series, with the booking of each date", body = SeriesPlan),
        (status = 404, description = "No such space, or a structure that is not the caller's"),
        (status = 409, description = "Dates in the way, listed in `conflicts`: send them again in `skip`"),
        (status = 422, description = "Invalid fields or rule, or no date left"),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    user: SignedIn,
    Body(input): Body<SeriesInput>,
) -> Response {
    let (viewer, locale) = (&user.viewer, user.locale);
    let run = async {
        let problem = |e| Problem::new(e, locale);
        let (new, rule, skip) = read(input).map_err(problem)?;
        let made = app::core::bookings::create_series(
            &state.db,
            viewer,
            &new,
            &rule,
            &skip,
            state.now(),
            &state.base_url,
        )
        .await;
        match made {
            Ok(plan) => Ok(plan),
            Err(AppError::Conflict(key)) if key.starts_with("booking.series_conflict") => {
                let plan =
                    app::core::bookings::plan_series(&state.db, viewer, &new, &rule, state.now())
                        .await
                        .map_err(problem)?;
                let conflicts = plan
                    .dates
                    .into_iter()
                    .filter(|d| !skip.contains(&app::domain::time::paris_day(d.slot.starts_at)))
                    .filter_map(|d| d.problem.map(|p| (d.slot, p)))
                    .collect::<Vec<_>>();
                Err(Problem::new(AppError::Conflict(key), locale).with_conflicts(conflicts))
            }
            Err(e) => Err(problem(e)),
        }
    };
    match run.await {
        Ok(plan) => (StatusCode::CREATED, Json(plan)).into_response(),
        Err(problem) => problem.into_response(),
    }
}

/// Cancels the dates of a series still to come, each by the space's cancellation policy; the
/// past ones stay as they were.
#[utoipa::path(
    delete,
    operation_id = "cancel_booking_series",
    path = "/api/v1/booking-series/{id}",
    tag = "bookings",
    params(("id" = i32, Path, description = "The series' id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The bookings cancelled", body = Vec<BookingView>),
        (status = 404, description = "No such series, or not one of the caller's structures"),
    )
)]
pub async fn cancel(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
) -> Result<Json<Vec<BookingView>>, Problem> {
    app::core::bookings::cancel_series(&state.db, &user.viewer, id, state.now())
        .await
        .map(Json)
        .map_err(|e| (e, user.locale).into())
}

/// The new times of a booking.
#[derive(Debug, Deserialize, ToSchema)]
pub struct MoveInput {
    /// RFC 3339 with an offset.
    pub starts_at: String,
    /// RFC 3339 with an offset.
    pub ends_at: String,
}

/// Moves a coming booking to other times of the same space, judged and priced as a new one.
/// A tenant's move on a space needing approval waits for it again.
#[utoipa::path(
    patch,
    operation_id = "move_booking",
    path = "/api/v1/bookings/{id}",
    tag = "bookings",
    params(("id" = i32, Path, description = "The booking's id")),
    request_body = MoveInput,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The booking at its new times", body = BookingView),
        (status = 404, description = "No such booking, or not one of the caller's structures"),
        (status = 409, description = "The new slot is taken (`suggestions` lists free ones), or the booking has started or is cancelled"),
        (status = 422, description = "Invalid times or a broken rule of the space"),
    )
)]
pub async fn move_booking(
    State(state): State<AppState>,
    user: SignedIn,
    Id(booking): Id,
    Body(input): Body<MoveInput>,
) -> Result<Json<BookingView>, Problem> {
    let (viewer, locale) = (&user.viewer, user.locale);
    let range = TimeRange::parse(&input.starts_at, &input.ends_at, "starts_at", "ends_at")
        .map_err(|e| Problem::new(e, locale))?;
    match app::core::bookings::reschedule(&state.db, viewer, booking, range, state.now()).await {
        Ok(view) => Ok(Json(view)),
        Err(e) => {
            let space = app::core::bookings::get(&state.db, viewer, booking)
                .await
                .map(|b| b.space_id);
            match space {
                Ok(space) => Err(super::bookings::refusal(&state, e, locale, space, range).await),
                Err(_) => Err(Problem::new(e, locale)),
            }
        }
    }
}
