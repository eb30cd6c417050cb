//! From stored leases to the views managers and members read.
use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::core::entities::{lease, space};
use crate::core::spaces::word;
use crate::core::{Db, access};
use crate::domain::{AppError, LeaseFilter, LeaseView, Viewer};

/// The views of `rows`, in the same order, with names read in two queries.
pub async fn views(
    conn: &impl ConnectionTrait,
    rows: Vec<lease::Model>,
) -> Result<Vec<LeaseView>, AppError> {
    let spaces: HashMap<i32, space::Model> = space::Entity::find()
        .filter(space::Column::Id.is_in(rows.iter().map(|l| l.space_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let structures =
        crate::core::structures::names(conn, rows.iter().map(|l| l.structure_id)).await?;
    rows.into_iter()
        .map(|row| {
            let space = spaces.get(&row.space_id).ok_or(AppError::Internal)?;
            Ok(LeaseView {
                id: row.id,
                space_id: row.space_id,
                space_name: space.name.clone(),
                space_kind: word(&space.kind, "spaces.kind")?,
                area_m2: space.area_m2,
                structure_id: row.structure_id,
                structure_name: structures
                    .get(&row.structure_id)
                    .cloned()
                    .unwrap_or_default(),
                status: word(&row.status, "leases.status")?,
                starts_on: row.starts_on,
                ends_on: row.ends_on,
                monthly_rent_cents: row.monthly_rent_cents,
                monthly_charges_cents: row.monthly_charges_cents,
                vat_rate_percent: f64::from(row.vat_rate_bp) / 100.0,
                deposit_cents: row.deposit_cents,
                notice_months: row.notice_months,
                included_hours_per_month: row.included_minutes_per_month / 60,
                documents: row.documents,
                share_percent: row.shared.then_some(row.share_percent),
                rent_index: row.rent_index,
                reference_quarter: row.reference_quarter,
                notice_given_on: row.notice_given_on,
                last_revised_on: row.last_revised_on,
            })
        })
        .collect()
}

/// One lease, for managers and the members of its structure; `NotFound` for anyone else.
pub async fn get(db: &Db, viewer: &Viewer, id: i32) -> Result<LeaseView, AppError> {
    let row = lease::Entity::find_by_id(id)
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    access::see_structure(viewer, row.structure_id)?;
    views(db.read(), vec![row])
        .await?
        .pop()
        .ok_or(AppError::Internal)
}

/// Leases, latest start first: a structure's (for its members and managers) or, for
/// managers, every one matching `filter`.
pub async fn list(
    db: &Db,
    viewer: &Viewer,
    filter: &LeaseFilter,
) -> Result<Vec<LeaseView>, AppError> {
    let mut query = lease::Entity::find()
        .order_by_desc(lease::Column::StartsOn)
        .order_by_desc(lease::Column::Id);
    match filter.structure_id {
        Some(id) => {
            access::see_structure(viewer, id)?;
            query = query.filter(lease::Column::StructureId.eq(id));
        }
        None => access::manager(viewer)?,
    }
    if let Some(space_id) = filter.space_id {
        query = query.filter(lease::Column::SpaceId.eq(space_id));
    }
    if let Some(status) = filter.status {
        query = query.filter(lease::Column::Status.eq(status.as_str()));
    }
    views(db.read(), query.all(db.read()).await?).await
}
