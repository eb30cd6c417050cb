//! The catalogue of spaces, and the managers adding, changing and retiring them.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::core::spaces;
use crate::domain::{AppError, SpaceForm, SpaceHolder, SpaceQuery, SpaceSummary, SpaceView};

/// The spaces matching a catalogue query; an invalid field answers `Invalid`.
#[server(prefix = "/api/fn", endpoint = "list_spaces")]
pub async fn list_spaces(query: SpaceQuery) -> Result<Vec<SpaceSummary>, AppError> {
    let state = crate::core::AppState::from_context()?;
    let filter = crate::domain::SpaceFilter::try_from(&query)?;
    spaces::list(&state.db, &filter, state.now()).await
}

/// One space with its rates.
#[server(prefix = "/api/fn", endpoint = "get_space")]
pub async fn get_space(id: i32) -> Result<SpaceView, AppError> {
    let state = crate::core::AppState::from_context()?;
    spaces::get(&state.db, id).await
}

/// Adds a space from the managers' form and opens its page.
#[server(prefix = "/api/fn", endpoint = "create_space")]
pub async fn create_space(form: SpaceForm) -> Result<(), AppError> {
    let request = super::context::request()?;
    let viewer = request.viewer()?;
    crate::core::access::manager(viewer)?;
    let new = crate::domain::NewSpace::try_from(crate::domain::SpaceInput::try_from(form)?)?;
    let created = spaces::create(&request.state.db, viewer, new).await?;
    super::context::redirect(&format!("/admin/spaces/{}?created=1", created.summary.id));
    Ok(())
}

/// Saves every field of a space's form (managers).
#[server(prefix = "/api/fn", endpoint = "update_space")]
pub async fn update_space(id: i32, form: SpaceForm) -> Result<(), AppError> {
    let request = super::context::request()?;
    let viewer = request.viewer()?;
    crate::core::access::manager(viewer)?;
    let input = crate::domain::SpaceInput::try_from(form)?;
    let patch = crate::domain::SpacePatch::from(input);
    spaces::update(&request.state.db, viewer, id, patch).await?;
    super::context::redirect(&format!("/admin/spaces/{id}?saved=1"));
    Ok(())
}

/// What holds a space a manager wants to retire.
#[server(prefix = "/api/fn", endpoint = "space_holders")]
pub async fn space_holders(id: i32) -> Result<Vec<SpaceHolder>, AppError> {
    let request = super::context::request()?;
    let now = request.state.now();
    spaces::holders(&request.state.db, request.viewer()?, id, now).await
}

/// Retires a space that nothing holds and goes back to the catalogue (managers).
#[server(prefix = "/api/fn", endpoint = "retire_space")]
pub async fn retire_space(id: i32) -> Result<(), AppError> {
    let request = super::context::request()?;
    let now = request.state.now();
    match spaces::retire(&request.state.db, request.viewer()?, id, now).await? {
        spaces::Retired::Done => {
            super::context::redirect("/spaces?retired=1");
            Ok(())
        }
        spaces::Retired::Held(_) => Err(AppError::Conflict("space.retire_held".into())),
    }
}
