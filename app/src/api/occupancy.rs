//! The occupancy dashboard and space requests.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::core::{access, occupancy, requests};
use crate::domain::{AppError, OccupancyQuery, OccupancyView, SpaceRequestInput, SpaceRequestView};

/// The dashboard for a site (or all) and a period (managers).
#[server(prefix = "/api/fn", endpoint = "occupancy_dashboard")]
pub async fn occupancy_dashboard(query: OccupancyQuery) -> Result<OccupancyView, AppError> {
    let request = super::context::request()?;
    let viewer = request.viewer()?;
    access::manager(viewer)?;
    let today = request.state.today();
    let (from, to) = query.period(today)?;
    occupancy::dashboard(
        &request.state.db,
        viewer,
        query.site.as_deref(),
        from,
        to,
        today,
    )
    .await
}

/// Sends a space request (anyone) and shows its acknowledgement.
#[server(prefix = "/api/fn", endpoint = "send_space_request")]
pub async fn send_space_request(request_form: SpaceRequestInput) -> Result<(), AppError> {
    let request = super::context::request()?;
    let new = crate::domain::NewSpaceRequest::try_from(request_form)?;
    requests::submit(
        &request.state.db,
        &request.caller,
        new,
        request.locale,
        &request.state.base_url,
    )
    .await?;
    super::context::redirect("/requests/new?sent=1");
    Ok(())
}

/// Every space request with its matches (managers).
#[server(prefix = "/api/fn", endpoint = "space_requests")]
pub async fn space_requests() -> Result<Vec<SpaceRequestView>, AppError> {
    let request = super::context::request()?;
    requests::list(&request.state.db, request.viewer()?, request.state.today()).await
}

/// Offers a space to a request, by mail (managers).
#[server(prefix = "/api/fn", endpoint = "offer_space")]
pub async fn offer_space(id: i32, space_id: i32) -> Result<(), AppError> {
    let request = super::context::request()?;
    requests::offer(
        &request.state.db,
        request.viewer()?,
        id,
        space_id,
        request.state.today(),
        &request.state.base_url,
    )
    .await?;
    super::context::redirect(&format!("/admin/requests?offered={id}"));
    Ok(())
}

/// Closes a request: `outcome` is `leased`, `refused` (with a reason) or `withdrawn` (managers).
#[server(prefix = "/api/fn", endpoint = "close_space_request")]
pub async fn close_space_request(
    id: i32,
    outcome: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use requests::Outcome;
    let request = super::context::request()?;
    let outcome = match outcome.as_str() {
        "leased" => Outcome::Leased { lease_id: None },
        "refused" => Outcome::Refused {
            reason: reason.unwrap_or_default(),
        },
        "withdrawn" => Outcome::Withdrawn,
        _ => return Err(AppError::Malformed),
    };
    requests::close(&request.state.db, request.viewer()?, id, outcome).await?;
    super::context::redirect(&format!("/admin/requests?closed={id}"));
    Ok(())
}
