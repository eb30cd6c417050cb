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

/// A site's floor plan for its managers to place spaces on.
#[server(prefix = "/api/fn", endpoint = "plan_for_managers")]
pub async fn plan_for_managers(
    site: Option<String>,
    floor: Option<i32>,
) -> Result<crate::domain::plan::FloorPlan, AppError> {
    let request = request()?;
    crate::core::access::manager(request.viewer()?)?;
    let now = request.state.now();
    crate::core::bookings::floor_plan(&request.state.db, site.as_deref(), floor, now, now).await
}

/// Draws a space on its floor's plan at the form's x, y, w, h (plan units), or takes it off
/// with `clear` (managers); back to the plan.
#[server(prefix = "/api/fn", endpoint = "place_space")]
pub async fn place_space(
    id: i32,
    site: String,
    floor: i32,
    form: crate::domain::plan::PlaceForm,
) -> Result<(), AppError> {
    let request = request()?;
    let rect = form.rect()?;
    sites::place_space(&request.state.db, request.viewer()?, id, rect).await?;
    redirect(&format!(
        "/admin/plan?site={site}&floor={floor}&placed={id}#space-{id}"
    ));
    Ok(())
}

/// Moves or resizes a space on its floor's plan, from the plan editor (managers).
#[server(prefix = "/api/fn", endpoint = "move_space")]
pub async fn move_space(id: i32, x: i32, y: i32, w: i32, h: i32) -> Result<(), AppError> {
    let request = request()?;
    sites::place_space(&request.state.db, request.viewer()?, id, Some((x, y, w, h))).await
}
