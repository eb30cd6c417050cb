//! Bookings: `POST /api/v1/bookings` (with `Idempotency-Key`), `GET /api/v1/bookings`,
//! `GET` and `DELETE /api/v1/bookings/{id}`.
use app::core::AppState;
use app::core::idempotency::{self, Claim};
use app::domain::{
    AppError, BookingInput, BookingQuery, BookingView, Locale, NewBooking, TimeRange,
};
use axum::Json;
use axum::body::{Body, Bytes};
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, HeaderValue, StatusCode, header};

use super::Problem;
use super::extract::{Id, SignedIn};

/// The largest answer kept for a replay; a booking is a few hundred bytes.
const MAX_KEPT_ANSWER: usize = 64 * 1024;

/// A refusal of `wanted` on `space_id`; a taken slot comes with the nearest free ones, the
/// first one named.
pub async fn refusal(
    state: &AppState,
    error: AppError,
    locale: Locale,
    space_id: i32,
    wanted: TimeRange,
) -> Problem {
    let (error, near) =
        app::core::bookings::explain(&state.db, error, space_id, wanted, locale, 3, state.now())
            .await;
    Problem::new(error, locale).with_suggestions(near)
}

/// Runs a booking request to its answer.
async fn answer(state: &AppState, user: &SignedIn, body: &[u8]) -> Response {
    let locale = user.locale;
    let read = serde_json::from_slice::<BookingInput>(body).map_err(|_| AppError::Malformed);
    let new = match read.and_then(NewBooking::try_from) {
        Ok(new) => new,
        Err(e) => return Problem::new(e, locale).into_response(),
    };
    let viewer = &user.viewer;
    let made =
        app::core::bookings::create(&state.db, viewer, new.clone(), state.now(), &state.base_url);
    match made.await {
        Ok(view) => (StatusCode::CREATED, Json(view)).into_response(),
        Err(e) => refusal(state, e, locale, new.space_id, new.range)
            .await
            .into_response(),
    }
}

/// Sends a kept answer again, marked as a replay.
fn replay(status: u16, body: String) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    let kind = if status.is_success() {
        "application/json"
    } else {
        "application/problem+json"
    };
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    headers.insert("idempotent-replayed", HeaderValue::from_static("true"));
    response
}

/// Books a space. Confirmed at once, or pending when the space needs a manager's approval.
#[utoipa::path(
    post,
    operation_id = "create_booking",
    path = "/api/v1/bookings",
    tag = "bookings",
    request_body = BookingInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Any string of 1 to 255 visible ASCII characters: a retry with the same key and body gets the first answer again (kept 48 hours)")),
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The booking, confirmed or pending", body = BookingView),
        (status = 403, description = "Not allowed to book for an outside customer"),
        (status = 404, description = "No such space, or a structure that is not the caller's"),
        (status = 409, description = "The slot is taken; `suggestions` lists the nearest free ones"),
        (status = 422, description = "Invalid fields or a broken rule of the space, named"),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    user: SignedIn,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(key) = headers.get("idempotency-key") else {
        return answer(&state, &user, &body).await;
    };
    let locale = user.locale;
    let claimed = async {
        let key = key
            .to_str()
            .map_err(|_| AppError::invalid("Idempotency-Key", "idempotency.key_invalid"))?;
        let hash = idempotency::request_hash(&body);
        idempotency::claim(&state.db, user.viewer.id, key, &hash, state.now()).await
    };
    let claim_id = match claimed.await {
        Ok(Claim::Replay { status, body }) => return replay(status, body),
        Ok(Claim::Fresh(id)) => id,
        Err(e) => return Problem::new(e, locale).into_response(),
    };
    let response = answer(&state, &user, &body).await;
    let (parts, inner) = response.into_parts();
    let kept = match axum::body::to_bytes(inner, MAX_KEPT_ANSWER).await {
        Ok(bytes) if !parts.status.is_server_error() => {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            idempotency::finish(&state.db, claim_id, parts.status.as_u16(), &text)
                .await
                .map(|()| bytes)
        }
        Ok(bytes) => idempotency::release(&state.db, claim_id)
            .await
            .map(|()| bytes),
        Err(_) => Err(AppError::Internal),
    };
    match kept {
        Ok(bytes) => Response::from_parts(parts, Body::from(bytes)),
        Err(e) => {
            let _ = idempotency::release(&state.db, claim_id).await;
            Problem::new(e, locale).into_response()
        }
    }
}

/// The bookings of a structure (members, managers); without `structure_id`, every booking the
/// caller may see. By default from 30 days ago to 60 days ahead.
#[utoipa::path(
    get,
    operation_id = "list_bookings",
    path = "/api/v1/bookings",
    tag = "bookings",
    params(BookingQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The bookings, by start", body = Vec<BookingView>),
        (status = 404, description = "A structure that is not the caller's"),
        (status = 422, description = "An invalid filter"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    user: SignedIn,
    Query(query): Query<BookingQuery>,
) -> Result<Json<Vec<BookingView>>, Problem> {
    app::core::bookings::list(&state.db, &user.viewer, &query, state.now())
        .await
        .map(Json)
        .map_err(|e| (e, user.locale).into())
}

/// One booking, for its structure's members and managers.
#[utoipa::path(
    get,
    operation_id = "get_booking",
    path = "/api/v1/bookings/{id}",
    tag = "bookings",
    params(("id" = i32, Path, description = "The booking's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The booking", body = BookingView),
        (status = 404, description = "No such booking, or not one of the caller's structures"),
    )
)]
pub async fn get(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
) -> Result<Json<BookingView>, Problem> {
    app::core::bookings::get(&state.db, &user.viewer, id)
        .await
        .map(Json)
        .map_err(|e| (e, user.locale).into())
}

/// Cancels a booking; it stays in history with status `cancelled`, who and when, and the late
/// cancellation fee if the space's policy charges one.
#[utoipa::path(
    delete,
    operation_id = "cancel_booking",
    path = "/api/v1/bookings/{id}",
    tag = "bookings",
    params(("id" = i32, Path, description = "The booking's id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The cancelled booking", body = BookingView),
        (status = 404, description = "No such booking, or not one of the caller's structures"),
        (status = 409, description = "Already cancelled, refused or expired"),
    )
)]
pub async fn cancel(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
) -> Result<Json<BookingView>, Problem> {
    app::core::bookings::cancel(&state.db, &user.viewer, id, state.now())
        .await
        .map(Json)
        .map_err(|e| (e, user.locale).into())
}
