//! After an edition's day (managers): its report beside the earlier editions, and the visitor
//! counts recorded for it.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::core::events;
use crate::domain::AppError;
pub use crate::domain::events::{EditionReport, VisitorCountInput};

/// Edition `edition_id`'s report.
#[server(prefix = "/api/fn", endpoint = "read_edition_report")]
pub async fn read_edition_report(edition_id: i32) -> Result<EditionReport, AppError> {
    let request = super::context::request()?;
    let (db, viewer) = (&request.state.db, request.viewer()?);
    events::edition_report(db, viewer, edition_id, request.state.today()).await
}

/// Records a visitor count (replacing the same entrance, day and hour's), and goes back to the
/// report's counts.
#[server(prefix = "/api/fn", endpoint = "record_visitor_count")]
pub async fn record_visitor_count(
    edition_id: i32,
    count: VisitorCountInput,
) -> Result<(), AppError> {
    let request = super::context::request()?;
    let (db, viewer) = (&request.state.db, request.viewer()?);
    let replaced =
        events::record_visitors(db, viewer, edition_id, &count, request.state.today()).await?;
    let done = if replaced { "replaced" } else { "counted" };
    super::context::redirect(&format!(
        "/admin/editions/{edition_id}/report?{done}=1#counts"
    ));
    Ok(())
}

/// Deletes a visitor count once confirmed, and goes back to the report's counts.
#[server(prefix = "/api/fn", endpoint = "delete_visitor_count")]
pub async fn delete_visitor_count(edition_id: i32, count_id: i32) -> Result<(), AppError> {
    let request = super::context::request()?;
    let (db, viewer) = (&request.state.db, request.viewer()?);
    events::delete_visitor_count(db, viewer, edition_id, count_id).await?;
    super::context::redirect(&format!(
        "/admin/editions/{edition_id}/report?deleted=1#counts"
    ));
    Ok(())
}
