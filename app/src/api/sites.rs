//! Sites: their figures for everyone, their details for admins.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::context::{redirect, request};
#[cfg(feature = "ssr")]
use crate::core::sites;
use crate::domain::{AppError, SiteInput, SiteOverview, SiteView};

/// Every site with its figures, for the home page and the catalogue's site filter.
#[server(prefix = "/api/fn", endpoint = "site_overviews")]
pub async fn site_overviews() -> Result<Vec<SiteOverview>, AppError> {
    let request = request()?;
    sites::overviews(&request.state.db).await
}

/// Every site with its details (admins).
#[server(prefix = "/api/fn", endpoint = "site_list")]
pub async fn site_list() -> Result<Vec<SiteView>, AppError> {
    let request = request()?;
    sites::list(&request.state.db, request.viewer()?).await
}

/// One site's details (admins).
#[server(prefix = "/api/fn", endpoint = "site_details")]
pub async fn site_details(id: i32) -> Result<SiteView, AppError> {
    let request = request()?;
    sites::get(&request.state.db, request.viewer()?, id).await
}

/// Creates a site and opens its page (admins).
#[server(prefix = "/api/fn", endpoint = "create_site")]
pub async fn create_site(input: SiteInput) -> Result<(), AppError> {
    let request = request()?;
    let now = request.state.now();
    let created = sites::create(&request.state.db, request.viewer()?, input, now).await?;
    redirect(&format!("/admin/sites/{}?created=1", created.id));
    Ok(())
}

/// Saves every field of a site's form (admins).
#[server(prefix = "/api/fn", endpoint = "update_site")]
pub async fn update_site(id: i32, input: SiteInput) -> Result<(), AppError> {
    let request = request()?;
    let patch = crate::domain::SitePatch::from(input);
    sites::update(&request.state.db, request.viewer()?, id, patch).await?;
    redirect(&format!("/admin/sites/{id}?saved=1"));
    Ok(())
}
