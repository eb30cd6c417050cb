//! Keeping up with bookings: a structure's private calendar feeds, and waiting lists for taken
//! slots.
use leptos::prelude::*;

use super::BookingForm;
#[cfg(feature = "ssr")]
use crate::core::{bookings, calendars};
use crate::domain::AppError;

/// The cookie that hands a new feed's secret to `/bookings/calendar`, once.
pub const NEW_FEED_COOKIE: &str = "solilab_new_feed";

/// The live calendar feeds of the structure one acts for.
#[server(prefix = "/api/fn", endpoint = "calendar_feeds")]
pub async fn calendar_feeds() -> Result<Vec<crate::domain::FeedView>, AppError> {
    let request = crate::api::context::request()?;
    let viewer = request.viewer()?;
    let structure = viewer
        .acting
        .ok_or_else(|| AppError::invalid("structure_id", "booking.structure_missing"))?;
    calendars::feeds(&request.state.db, viewer, structure).await
}

/// Makes a private feed address for the structure one acts for; the page shows it once.
#[server(prefix = "/api/fn", endpoint = "create_calendar_feed")]
pub async fn create_calendar_feed() -> Result<(), AppError> {
    let request = crate::api::context::request()?;
    let viewer = request.viewer()?;
    let structure = viewer
        .acting
        .ok_or_else(|| AppError::invalid("structure_id", "booking.structure_missing"))?;
    let secret =
        calendars::create_feed(&request.state.db, viewer, structure, request.state.now()).await?;
    crate::api::context::hand_over(
        NEW_FEED_COOKIE,
        &secret,
        "/bookings/calendar",
        request.state.secure_cookies(),
    );
    crate::api::context::redirect("/bookings/calendar");
    Ok(())
}

/// Revokes a feed address: calendars subscribed to it stop getting the bookings.
#[server(prefix = "/api/fn", endpoint = "revoke_calendar_feed")]
pub async fn revoke_calendar_feed(id: i32) -> Result<(), AppError> {
    let request = crate::api::context::request()?;
    calendars::revoke_feed(
        &request.state.db,
        request.viewer()?,
        id,
        request.state.now(),
    )
    .await?;
    crate::api::context::redirect("/bookings/calendar?revoked=1");
    Ok(())
}

/// Puts the signed-in person in line for the taken slot the form describes.
#[server(prefix = "/api/fn", endpoint = "join_waitlist")]
pub async fn join_waitlist(form: BookingForm) -> Result<(), AppError> {
    let request = crate::api::context::request()?;
    let viewer = request.viewer()?;
    let new = super::new_booking(viewer, form)?;
    bookings::waitlist::join(&request.state.db, viewer, &new, request.state.now()).await?;
    crate::api::context::redirect("/bookings?waiting=1");
    Ok(())
}

/// The signed-in person's places in waiting lists.
#[server(prefix = "/api/fn", endpoint = "my_waits")]
pub async fn my_waits() -> Result<Vec<crate::domain::WaitView>, AppError> {
    let request = crate::api::context::request()?;
    bookings::waitlist::mine(&request.state.db, request.viewer()?, request.state.now()).await
}

/// Leaves a waiting list.
#[server(prefix = "/api/fn", endpoint = "withdraw_wait")]
pub async fn withdraw_wait(id: i32) -> Result<(), AppError> {
    let request = crate::api::context::request()?;
    bookings::waitlist::withdraw(&request.state.db, request.viewer()?, id).await?;
    crate::api::context::redirect("/bookings?withdrawn=1");
    Ok(())
}

/// The slot a waiting-list offer holds, by the secret of its link.
#[server(prefix = "/api/fn", endpoint = "waitlist_offer")]
pub async fn waitlist_offer(token: String) -> Result<crate::domain::WaitView, AppError> {
    let request = crate::api::context::request()?;
    bookings::waitlist::offer(
        &request.state.db,
        request.viewer()?,
        &token,
        request.state.now(),
    )
    .await
}

/// Books the slot a waiting-list offer holds.
#[server(prefix = "/api/fn", endpoint = "claim_offer")]
pub async fn claim_offer(token: String) -> Result<(), AppError> {
    let request = crate::api::context::request()?;
    let booking = bookings::waitlist::claim(
        &request.state.db,
        request.viewer()?,
        &token,
        request.state.now(),
        &request.state.base_url,
    )
    .await?;
    crate::api::context::redirect(&format!("/bookings?created={}", booking.id));
    Ok(())
}
