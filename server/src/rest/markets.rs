//! Markets (managers): `POST /api/v1/markets`, `GET` and `PATCH /api/v1/markets/{slug}`, a
//! day cancelled or moved (`POST …/exceptions`, `DELETE …/exceptions/{day}`), producers and
//! the roster of each day. Each answer is the market as it now stands.
use app::core::{AppState, events};
use app::domain::events::{
    ExceptionInput, MarketDetail, MarketInput, MarketPatch, ProducerInput, RosterInput,
};
use axum::Json;
use axum::extract::State;
use chrono::NaiveDate;
use http::StatusCode;

use super::Problem;
use super::extract::{Body, Params, SignedIn};

type Answer = Result<Json<MarketDetail>, Problem>;
type Created = Result<(StatusCode, Json<MarketDetail>), Problem>;

/// Market `slug` as it now stands, for `user`.
async fn detail(state: &AppState, user: &SignedIn, slug: &str) -> Answer {
    events::market_detail(&state.db, &user.viewer, slug, state.today())
        .await
        .map(Json)
        .map_err(|e| (e, user.locale).into())
}

/// Creates a market; its slug is made from its name when left out.
#[utoipa::path(
    post,
    operation_id = "create_market",
    path = "/api/v1/markets",
    tag = "markets",
    request_body = MarketInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The new market", body = MarketDetail),
        (status = 403, description = "Not a manager"),
        (status = 409, description = "A market or an event has this slug"),
        (status = 422, description = "Invalid fields"),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    user: SignedIn,
    Body(input): Body<MarketInput>,
) -> Created {
    let slug = events::create_market(&state.db, &user.viewer, input, state.now())
        .await
        .map_err(|e| Problem::from((e, user.locale)))?;
    let Json(market) = detail(&state, &user, &slug).await?;
    Ok((StatusCode::CREATED, Json(market)))
}

/// One market with its changed days, producers and coming roster.
#[utoipa::path(
    get,
    operation_id = "get_market",
    path = "/api/v1/markets/{slug}",
    tag = "markets",
    params(("slug" = String, Path, description = "The market's slug")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The market", body = MarketDetail),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such market"),
    )
)]
pub async fn get(
    State(state): State<AppState>,
    user: SignedIn,
    Params(slug): Params<String>,
) -> Answer {
    detail(&state, &user, &slug).await
}

/// Changes the fields given; the market as changed must pass every rule, and its SEQUENCE
/// rises.
#[utoipa::path(
    patch,
    operation_id = "update_market",
    path = "/api/v1/markets/{slug}",
    tag = "markets",
    params(("slug" = String, Path, description = "The market's slug")),
    request_body = MarketPatch,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The market as changed", body = MarketDetail),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such market"),
        (status = 409, description = "A market or an event has this slug"),
        (status = 422, description = "Invalid fields"),
    )
)]
pub async fn update(
    State(state): State<AppState>,
    user: SignedIn,
    Params(slug): Params<String>,
    Body(patch): Body<MarketPatch>,
) -> Answer {
    let slug = events::update_market(&state.db, &user.viewer, &slug, patch, state.now())
        .await
        .map_err(|e| Problem::from((e, user.locale)))?;
    detail(&state, &user, &slug).await
}

/// Cancels one market day, or moves it to another day or other hours, in place of what was
/// said of that day before; the feed's EXDATE or RECURRENCE-ID follows.
#[utoipa::path(
    post,
    operation_id = "change_market_day",
    path = "/api/v1/markets/{slug}/exceptions",
    tag = "markets",
    params(("slug" = String, Path, description = "The market's slug")),
    request_body = ExceptionInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The market with the day changed", body = MarketDetail),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such market"),
        (status = 422, description = "Invalid fields, or not a market day"),
    )
)]
pub async fn change_day(
    State(state): State<AppState>,
    user: SignedIn,
    Params(slug): Params<String>,
    Body(input): Body<ExceptionInput>,
) -> Created {
    events::change_day(&state.db, &user.viewer, &slug, input, state.now())
        .await
        .map_err(|e| Problem::from((e, user.locale)))?;
    let Json(market) = detail(&state, &user, &slug).await?;
    Ok((StatusCode::CREATED, Json(market)))
}

/// Holds the market on a day as its series says again.
#[utoipa::path(
    delete,
    operation_id = "restore_market_day",
    path = "/api/v1/markets/{slug}/exceptions/{day}",
    tag = "markets",
    params(
        ("slug" = String, Path, description = "The market's slug"),
        ("day" = String, Path, description = "The market day, `2027-01-09`"),
    ),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "The day is held again"),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such market, or no change that day"),
    )
)]
pub async fn restore_day(
    State(state): State<AppState>,
    user: SignedIn,
    Params((slug, day)): Params<(String, NaiveDate)>,
) -> Result<StatusCode, Problem> {
    events::restore_day(&state.db, &user.viewer, &slug, day, state.now())
        .await
        .map(|()| StatusCode::NO_CONTENT)
        .map_err(|e| (e, user.locale).into())
}

/// Adds a producer to the market.
#[utoipa::path(
    post,
    operation_id = "add_market_producer",
    path = "/api/v1/markets/{slug}/producers",
    tag = "markets",
    params(("slug" = String, Path, description = "The market's slug")),
    request_body = ProducerInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The market with its new producer", body = MarketDetail),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such market"),
        (status = 422, description = "Invalid fields"),
    )
)]
pub async fn add_producer(
    State(state): State<AppState>,
    user: SignedIn,
    Params(slug): Params<String>,
    Body(input): Body<ProducerInput>,
) -> Created {
    events::add_producer(&state.db, &user.viewer, &slug, input)
        .await
        .map_err(|e| Problem::from((e, user.locale)))?;
    let Json(market) = detail(&state, &user, &slug).await?;
    Ok((StatusCode::CREATED, Json(market)))
}

/// Takes a producer off the market and off its roster.
#[utoipa::path(
    delete,
    operation_id = "remove_market_producer",
    path = "/api/v1/markets/{slug}/producers/{id}",
    tag = "markets",
    params(
        ("slug" = String, Path, description = "The market's slug"),
        ("id" = i32, Path, description = "The producer's id"),
    ),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "The producer is gone"),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such market or producer"),
    )
)]
pub async fn remove_producer(
    State(state): State<AppState>,
    user: SignedIn,
    Params((slug, id)): Params<(String, i32)>,
) -> Result<StatusCode, Problem> {
    events::remove_producer(&state.db, &user.viewer, &slug, id)
        .await
        .map(|()| StatusCode::NO_CONTENT)
        .map_err(|e| (e, user.locale).into())
}

/// Says which producers come on one market day: those listed, and no other.
#[utoipa::path(
    put,
    operation_id = "set_market_roster",
    path = "/api/v1/markets/{slug}/roster/{day}",
    tag = "markets",
    params(
        ("slug" = String, Path, description = "The market's slug"),
        ("day" = String, Path, description = "The market day, `2027-01-09`"),
    ),
    request_body = RosterInput,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The market with its roster", body = MarketDetail),
        (status = 403, description = "Not a manager"),
        (status = 404, description = "No such market"),
        (status = 422, description = "Not a market day, or not its producer"),
    )
)]
pub async fn set_roster(
    State(state): State<AppState>,
    user: SignedIn,
    Params((slug, day)): Params<(String, NaiveDate)>,
    Body(input): Body<RosterInput>,
) -> Answer {
    events::set_roster(&state.db, &user.viewer, &slug, day, input.producers)
        .await
        .map_err(|e| Problem::from((e, user.locale)))?;
    detail(&state, &user, &slug).await
}
