//! The concierge desk's parcels: logged and handed over by the desk, seen by the structure's
//! members.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::context::{redirect, request};
#[cfg(feature = "ssr")]
use crate::core::concierge;
use crate::domain::AppError;
#[cfg(feature = "ssr")]
use crate::domain::parcel::ParcelQuery;
use crate::domain::parcel::{ParcelRegister, ParcelView};

/// The parcels waiting at the desk, every structure's (the desk).
#[server(prefix = "/api/fn", endpoint = "desk_parcels")]
pub async fn desk_parcels() -> Result<Vec<ParcelView>, AppError> {
    let request = request()?;
    let viewer = request.viewer()?;
    crate::core::access::manager(viewer)?;
    let query = ParcelQuery {
        structure_id: None,
        waiting: true,
    };
    concierge::list(&request.state.db, viewer, query, request.state.now()).await
}

/// The names of the structures the desk may log parcels for, by name.
#[server(prefix = "/api/fn", endpoint = "parcel_recipients")]
pub async fn parcel_recipients() -> Result<Vec<String>, AppError> {
    let request = request()?;
    concierge::recipients(&request.state.db, request.viewer()?).await
}

/// Logs an arrival from the desk's form, the structure named as typed; back to the desk.
#[server(prefix = "/api/fn", endpoint = "log_parcel")]
pub async fn log_parcel(
    structure: String,
    carrier: String,
    count: String,
    size: String,
    note: String,
) -> Result<(), AppError> {
    let request = request()?;
    let viewer = request.viewer()?;
    crate::core::access::manager(viewer)?;
    let input =
        concierge::arrival_from_form(&request.state.db, &structure, carrier, &count, &size, note)
            .await?;
    let logged = concierge::log(&request.state.db, viewer, input, request.state.now()).await?;
    redirect(&format!("/desk/parcels?logged={}", logged.id));
    Ok(())
}

/// Records that `taken_by` took parcels `ids` away; back to the desk.
#[server(prefix = "/api/fn", endpoint = "pickup_parcels")]
pub async fn pickup_parcels(
    #[server(default)] ids: Vec<i32>,
    taken_by: String,
) -> Result<(), AppError> {
    let request = request()?;
    let name = crate::domain::parcel::PickupInput { taken_by }.read()?;
    let now = request.state.now();
    let done = concierge::pickup(&request.state.db, request.viewer()?, &ids, &name, now).await?;
    redirect(&format!("/desk/parcels?picked={}", done.len()));
    Ok(())
}

/// The signed-in member's structures' parcels: those waiting, then the last handed over.
#[server(prefix = "/api/fn", endpoint = "my_parcels")]
pub async fn my_parcels() -> Result<Vec<ParcelView>, AppError> {
    let request = request()?;
    let now = request.state.now();
    concierge::list(
        &request.state.db,
        request.viewer()?,
        ParcelQuery::default(),
        now,
    )
    .await
}

/// The register of a day at a site's desk (the first site and today when not given).
#[server(prefix = "/api/fn", endpoint = "day_register")]
pub async fn day_register(
    site: Option<String>,
    date: Option<String>,
) -> Result<ParcelRegister, AppError> {
    let request = request()?;
    let now = request.state.now();
    let day = match date.as_deref().map(str::trim) {
        None | Some("") => crate::domain::time::paris_day(now),
        Some(raw) => chrono::NaiveDate::parse_from_str(raw, "%Y-%m-%d")
            .map_err(|_| AppError::invalid("date", "time.date_invalid"))?,
    };
    let site = site.filter(|s| !s.trim().is_empty());
    concierge::register(
        &request.state.db,
        request.viewer()?,
        site.as_deref(),
        day,
        now,
    )
    .await
}
