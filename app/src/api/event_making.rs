//! Events as managers make them: an event's form and editions, an edition's form, stall
//! types and generated stalls.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::context::{redirect, request};
#[cfg(feature = "ssr")]
use crate::core::{access, events};
use crate::domain::AppError;
use crate::domain::events::{
    EditionDetail, EditionInput, EventDetail, EventInput, StallTypeForm, StallsInput,
};

/// One event with its editions (managers).
#[server(prefix = "/api/fn", endpoint = "event_for_managers")]
pub async fn event_for_managers(slug: String) -> Result<EventDetail, AppError> {
    let request = request()?;
    events::event_detail(&request.state.db, request.viewer()?, &slug).await
}

/// Creates an event and opens its page (managers).
#[server(prefix = "/api/fn", endpoint = "create_event")]
pub async fn create_event(input: EventInput) -> Result<(), AppError> {
    let request = request()?;
    let now = request.state.now();
    let slug = events::create_event(&request.state.db, request.viewer()?, input, now).await?;
    redirect(&format!("/admin/events/{slug}?created=1"));
    Ok(())
}

/// Saves an event's form (managers).
#[server(prefix = "/api/fn", endpoint = "update_event")]
pub async fn update_event(slug: String, input: EventInput) -> Result<(), AppError> {
    let request = request()?;
    let now = request.state.now();
    let slug =
        events::update_event(&request.state.db, request.viewer()?, &slug, input, now).await?;
    redirect(&format!("/admin/events/{slug}?saved=1"));
    Ok(())
}

/// Adds an edition to an event and opens its page (managers).
#[server(prefix = "/api/fn", endpoint = "create_edition")]
pub async fn create_edition(slug: String, input: EditionInput) -> Result<(), AppError> {
    let request = request()?;
    let now = request.state.now();
    let id =
        events::create_edition(&request.state.db, request.viewer()?, &slug, &input, now).await?;
    redirect(&format!("/admin/editions/{id}?created=1"));
    Ok(())
}

/// One edition with its stall types and stalls (managers).
#[server(prefix = "/api/fn", endpoint = "edition_for_managers")]
pub async fn edition_for_managers(id: i32) -> Result<EditionDetail, AppError> {
    let request = request()?;
    access::manager(request.viewer()?)?;
    events::edition_detail(&request.state.db, id).await
}

/// Saves an edition's form (managers).
#[server(prefix = "/api/fn", endpoint = "update_edition")]
pub async fn update_edition(id: i32, input: EditionInput) -> Result<(), AppError> {
    let request = request()?;
    let now = request.state.now();
    events::update_edition(&request.state.db, request.viewer()?, id, &input, now).await?;
    redirect(&format!("/admin/editions/{id}?saved=1"));
    Ok(())
}

/// Adds a stall type to an edition (managers).
#[server(prefix = "/api/fn", endpoint = "add_stall_type")]
pub async fn add_stall_type(id: i32, form: StallTypeForm) -> Result<(), AppError> {
    let request = request()?;
    let viewer = request.viewer()?;
    access::manager(viewer)?;
    let input = crate::domain::events::StallTypeInput::try_from(form)?;
    events::add_stall_type(&request.state.db, viewer, id, &input).await?;
    redirect(&format!("/admin/editions/{id}?type_added=1#stall-types"));
    Ok(())
}

/// Adds numbered stalls to an edition's plan (managers).
#[server(prefix = "/api/fn", endpoint = "add_stalls")]
pub async fn add_stalls(id: i32, input: StallsInput) -> Result<(), AppError> {
    let request = request()?;
    events::add_stalls(&request.state.db, request.viewer()?, id, &input).await?;
    redirect(&format!("/admin/editions/{id}?stalls_added=1#stalls"));
    Ok(())
}

/// Removes a stall nobody holds from edition `edition`'s plan (managers).
#[server(prefix = "/api/fn", endpoint = "remove_stall")]
pub async fn remove_stall(edition: i32, id: i32) -> Result<(), AppError> {
    let request = request()?;
    events::remove_stall(&request.state.db, request.viewer()?, id).await?;
    redirect(&format!("/admin/editions/{edition}?stall_removed=1#stalls"));
    Ok(())
}

/// Moves or resizes a stall on its edition's plan, from the plan editor (managers).
#[server(prefix = "/api/fn", endpoint = "move_stall")]
pub async fn move_stall(id: i32, x: i32, y: i32, w: i32, h: i32) -> Result<(), AppError> {
    let request = request()?;
    events::move_stall(&request.state.db, request.viewer()?, id, (x, y, w, h)).await
}

/// Gives a stall of edition `edition` another number (managers); back to the edition's stalls.
#[server(prefix = "/api/fn", endpoint = "renumber_stall")]
pub async fn renumber_stall(edition: i32, id: i32, number: String) -> Result<(), AppError> {
    let request = request()?;
    let number = number
        .trim()
        .parse()
        .map_err(|_| AppError::invalid("number", "stalls.number_invalid"))?;
    events::renumber_stall(&request.state.db, request.viewer()?, id, number).await?;
    redirect(&format!(
        "/admin/editions/{edition}?stall_renumbered=1#stalls"
    ));
    Ok(())
}
