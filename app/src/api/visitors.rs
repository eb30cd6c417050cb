//! Visitors: announced by a structure's members, checked in by the desk.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::context::{redirect, request};
#[cfg(feature = "ssr")]
use crate::core::concierge;
use crate::domain::AppError;
use crate::domain::visitor::VisitorView;
#[cfg(feature = "ssr")]
use crate::domain::visitor::{VisitorInput, VisitorQuery};

/// The member's structures' coming visitors.
#[server(prefix = "/api/fn", endpoint = "my_visitors")]
pub async fn my_visitors() -> Result<Vec<VisitorView>, AppError> {
    let request = request()?;
    let now = request.state.now();
    let query = VisitorQuery::default();
    concierge::visitor_list(&request.state.db, request.viewer()?, query, now).await
}

/// Announces a visitor from the member's form, for the structure they act for; back to their
/// visitors.
#[server(prefix = "/api/fn", endpoint = "announce_visitor")]
pub async fn announce_visitor(
    name: String,
    company: String,
    day: String,
    expected_at: String,
) -> Result<(), AppError> {
    let request = request()?;
    let viewer = request.viewer()?;
    let structure_id = viewer
        .acting
        .ok_or_else(|| AppError::invalid("structure_id", "visitor.structure_id_invalid"))?;
    let input = VisitorInput {
        structure_id,
        name,
        company,
        day,
        expected_at,
        host_id: None,
    };
    concierge::announce(&request.state.db, viewer, input, request.state.now()).await?;
    redirect("/visitors?announced=1");
    Ok(())
}

/// The visitors expected on `date` (today when empty), every structure's (the desk).
#[server(prefix = "/api/fn", endpoint = "desk_visitors")]
pub async fn desk_visitors(date: String) -> Result<Vec<VisitorView>, AppError> {
    let request = request()?;
    let viewer = request.viewer()?;
    crate::core::access::manager(viewer)?;
    let now = request.state.now();
    let day = match date.trim() {
        "" => crate::domain::time::paris_day(now),
        raw => chrono::NaiveDate::parse_from_str(raw, "%Y-%m-%d")
            .map_err(|_| AppError::invalid("date", "time.date_invalid"))?,
    };
    let query = VisitorQuery {
        structure_id: None,
        day: Some(day),
    };
    concierge::visitor_list(&request.state.db, viewer, query, now).await
}

/// Checks a visitor in at the desk (their host is mailed); back to the desk's list.
#[server(prefix = "/api/fn", endpoint = "check_in_visitor")]
pub async fn check_in_visitor(id: i32) -> Result<(), AppError> {
    let request = request()?;
    let state = &request.state;
    let seen = concierge::arrive(
        &state.db,
        request.viewer()?,
        id,
        &state.base_url,
        state.now(),
    )
    .await?;
    redirect(&format!(
        "/desk/visitors?date={}&arrived={}",
        seen.day, seen.id
    ));
    Ok(())
}
