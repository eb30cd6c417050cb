//! The catalogue of spaces.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::core::spaces;
use crate::domain::{AppError, SpaceQuery, SpaceSummary, SpaceView};

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
