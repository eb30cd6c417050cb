//! A structure's page: its facts, members, leases, bookings, history and pathway.
use chrono::{DateTime, Utc};

use crate::core::{Db, audit, bookings, leases};
use crate::domain::directory::pathway;
use crate::domain::time::paris_day;
use crate::domain::{AppError, BookingQuery, LeaseFilter, StructureDetail, Viewer};

/// Structure `id` as its page shows it: for its members and managers; the history for
/// managers only.
pub async fn detail(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    now: DateTime<Utc>,
) -> Result<StructureDetail, AppError> {
    let structure = super::get(db, viewer, id).await?;
    let members = super::members(db, viewer, id).await?;
    let leases = leases::list(
        db,
        viewer,
        &LeaseFilter {
            structure_id: Some(id),
            ..LeaseFilter::default()
        },
    )
    .await?;
    let bookings = bookings::list(
        db,
        viewer,
        &BookingQuery {
            structure_id: Some(id.to_string()),
            from: None,
            to: None,
        },
        now,
    )
    .await?;
    let history = if viewer.is_manager() {
        audit::for_structure(db, viewer, id, 50).await?
    } else {
        Vec::new()
    };
    let pathway = pathway(paris_day(structure.created_at), &leases, structure.left_on);
    Ok(StructureDetail {
        structure,
        members,
        leases,
        bookings,
        history,
        pathway,
    })
}
