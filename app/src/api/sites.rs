//! Sites and their figures.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::core::sites;
use crate::domain::{AppError, SiteOverview};

/// Every site with its figures, for the home page and the catalogue's site filter.
#[server(prefix = "/api/fn", endpoint = "site_overviews")]
pub async fn site_overviews() -> Result<Vec<SiteOverview>, AppError> {
    let state = crate::core::AppState::from_context()?;
    sites::overviews(&state.db).await
}
