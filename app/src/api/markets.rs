//! Markets (managers): the list of markets and events, a market's form, its changed days,
//! producers and roster.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::context::{redirect, request};
#[cfg(feature = "ssr")]
use crate::core::events;
use crate::domain::AppError;
use crate::domain::events::{EventRow, ExceptionInput, MarketDetail, MarketInput, ProducerInput};

/// Every market and event, by site (managers).
#[server(prefix = "/api/fn", endpoint = "event_rows")]
pub async fn event_rows() -> Result<Vec<EventRow>, AppError> {
    let request = request()?;
    events::event_rows(&request.state.db, request.viewer()?).await
}

/// One market with what its managers edit.
#[server(prefix = "/api/fn", endpoint = "market_page")]
pub async fn market_page(slug: String) -> Result<MarketDetail, AppError> {
    let request = request()?;
    let today = request.state.today();
    events::market_detail(&request.state.db, request.viewer()?, &slug, today).await
}

/// Creates a market and opens its page (managers).
#[server(prefix = "/api/fn", endpoint = "create_market")]
pub async fn create_market(input: MarketInput) -> Result<(), AppError> {
    let request = request()?;
    let now = request.state.now();
    let slug = events::create_market(&request.state.db, request.viewer()?, input, now).await?;
    redirect(&format!("/admin/markets/{slug}?created=1"));
    Ok(())
}

/// Saves every field of a market's form (managers).
#[server(prefix = "/api/fn", endpoint = "update_market")]
pub async fn update_market(slug: String, input: MarketInput) -> Result<(), AppError> {
    let request = request()?;
    let now = request.state.now();
    let patch = crate::domain::events::MarketPatch::from(input);
    let slug =
        events::update_market(&request.state.db, request.viewer()?, &slug, patch, now).await?;
    redirect(&format!("/admin/markets/{slug}?saved=1"));
    Ok(())
}

/// Cancels or moves one market day (managers).
#[server(prefix = "/api/fn", endpoint = "change_market_day")]
pub async fn change_market_day(slug: String, input: ExceptionInput) -> Result<(), AppError> {
    let request = request()?;
    let now = request.state.now();
    events::change_day(&request.state.db, request.viewer()?, &slug, input, now).await?;
    redirect(&format!("/admin/markets/{slug}?day_changed=1#days"));
    Ok(())
}

/// Holds a market day as its series says again (managers).
#[server(prefix = "/api/fn", endpoint = "restore_market_day")]
pub async fn restore_market_day(slug: String, day: String) -> Result<(), AppError> {
    let request = request()?;
    let now = request.state.now();
    let day = day
        .parse()
        .map_err(|_| AppError::invalid("day", "exception.day_invalid"))?;
    events::restore_day(&request.state.db, request.viewer()?, &slug, day, now).await?;
    redirect(&format!("/admin/markets/{slug}?day_restored=1#days"));
    Ok(())
}

/// Adds a producer to a market (managers).
#[server(prefix = "/api/fn", endpoint = "add_market_producer")]
pub async fn add_market_producer(slug: String, input: ProducerInput) -> Result<(), AppError> {
    let request = request()?;
    events::add_producer(&request.state.db, request.viewer()?, &slug, input).await?;
    redirect(&format!("/admin/markets/{slug}?producer_added=1#producers"));
    Ok(())
}

/// Takes a producer off a market (managers).
#[server(prefix = "/api/fn", endpoint = "remove_market_producer")]
pub async fn remove_market_producer(slug: String, id: i32) -> Result<(), AppError> {
    let request = request()?;
    events::remove_producer(&request.state.db, request.viewer()?, &slug, id).await?;
    redirect(&format!(
        "/admin/markets/{slug}?producer_removed=1#producers"
    ));
    Ok(())
}

/// Says who comes on one market day: the producers ticked (managers).
#[server(prefix = "/api/fn", endpoint = "set_market_roster")]
pub async fn set_market_roster(
    slug: String,
    day: String,
    #[server(default)] producers: Vec<i32>,
) -> Result<(), AppError> {
    let request = request()?;
    let day = day
        .parse()
        .map_err(|_| AppError::invalid("day", "exception.day_invalid"))?;
    events::set_roster(&request.state.db, request.viewer()?, &slug, day, producers).await?;
    redirect(&format!("/admin/markets/{slug}?roster_saved=1#roster"));
    Ok(())
}
