//! What managers do with bookings: answer requests, close sites, set each space's rules.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::core::bookings;
use crate::domain::{AppError, BookingView};

/// Pending requests waiting for a manager.
#[server(prefix = "/api/fn", endpoint = "approval_queue")]
pub async fn approval_queue() -> Result<Vec<BookingView>, AppError> {
    let request = crate::api::context::request()?;
    bookings::queue(&request.state.db, request.viewer()?, request.state.now()).await
}

/// Approves (`decision=approve`) or refuses (`decision=refuse`, with a reason) a request.
#[server(prefix = "/api/fn", endpoint = "decide_booking")]
pub async fn decide_booking(
    id: i32,
    decision: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use bookings::Decision;
    let request = crate::api::context::request()?;
    let decision = match decision.as_str() {
        "approve" => Decision::Approve,
        "refuse" => Decision::Refuse {
            reason: reason.unwrap_or_default(),
        },
        _ => return Err(AppError::Malformed),
    };
    let outcome = if decision == Decision::Approve {
        "approved"
    } else {
        "refused"
    };
    bookings::decide(
        &request.state.db,
        request.viewer()?,
        id,
        decision,
        request.state.now(),
        &request.state.base_url,
    )
    .await?;
    crate::api::context::redirect(&format!("/admin/bookings?{outcome}={id}"));
    Ok(())
}

/// Every site's coming closures (managers).
#[server(prefix = "/api/fn", endpoint = "site_closures")]
pub async fn site_closures() -> Result<Vec<crate::domain::ClosureView>, AppError> {
    let request = crate::api::context::request()?;
    let today = request.state.today();
    bookings::closures(&request.state.db, request.viewer()?, today).await
}

/// Closes a site for some days (managers).
#[server(prefix = "/api/fn", endpoint = "add_closure")]
pub async fn add_closure(
    site_id: i32,
    starts_on: String,
    ends_on: String,
    reason: String,
) -> Result<(), AppError> {
    let request = crate::api::context::request()?;
    bookings::add_closure(
        &request.state.db,
        request.viewer()?,
        site_id,
        (&starts_on, &ends_on),
        &reason,
    )
    .await?;
    crate::api::context::redirect("/admin/closures?added=1");
    Ok(())
}

/// Removes a closure (managers).
#[server(prefix = "/api/fn", endpoint = "remove_closure")]
pub async fn remove_closure(id: i32) -> Result<(), AppError> {
    let request = crate::api::context::request()?;
    bookings::remove_closure(&request.state.db, request.viewer()?, id).await?;
    crate::api::context::redirect("/admin/closures?removed=1");
    Ok(())
}

/// A bookable space's rules, for its managers' form.
#[server(prefix = "/api/fn", endpoint = "space_rules")]
pub async fn space_rules(id: i32) -> Result<crate::domain::rules::form::SpaceRulesView, AppError> {
    let request = crate::api::context::request()?;
    bookings::space_rules(&request.state.db, request.viewer()?, id).await
}

/// Stores a bookable space's rules (managers).
#[server(prefix = "/api/fn", endpoint = "update_space_rules")]
pub async fn update_space_rules(
    id: i32,
    rules: crate::domain::rules::form::SpaceRulesForm,
) -> Result<(), AppError> {
    let request = crate::api::context::request()?;
    bookings::update_space_rules(&request.state.db, request.viewer()?, id, rules).await?;
    crate::api::context::redirect(&format!("/admin/spaces/{id}/rules?saved=1"));
    Ok(())
}
