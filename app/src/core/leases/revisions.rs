//! The yearly rent revision: proposed when due, with its computation, applied on approval.
use std::collections::HashMap;

use chrono::{Duration, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, Set,
};

use crate::core::audit::{self, Event};
use crate::core::entities::{index_value, lease, lease_revision};
use crate::core::{Db, access};
use crate::domain::indexation::{IndexValue, Quarter, RentIndex, next_revision_on, revise};
use crate::domain::{AppError, AuditAction, LeaseStatus, RevisionProposal, Viewer};

/// Revisions are proposed this many days before they fall due.
pub const NOTICE_DAYS: i64 = 60;

/// Index values by (index, quarter key).
async fn values(conn: &impl ConnectionTrait) -> Result<HashMap<(String, String), i64>, AppError> {
    Ok(index_value::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|v| ((v.rent_index, v.quarter), v.value_hundredths))
        .collect())
}

/// The next revision of `row`, when it follows an index and one falls due by `until`.
fn proposal(
    row: &lease::Model,
    values: &HashMap<(String, String), i64>,
    today: NaiveDate,
    until: NaiveDate,
) -> Option<RevisionProposal> {
    let rent_index: RentIndex = row.rent_index.as_deref()?.parse().ok()?;
    let reference: Quarter = row.reference_quarter.as_deref()?.parse().ok()?;
    let due_on = next_revision_on(row.starts_on, row.last_revised_on, today);
    if due_on > until || row.ends_on.is_some_and(|end| end < due_on) {
        return None;
    }
    let new_quarter = Quarter::new(reference.year + 1, reference.quarter)?;
    let get = |q: Quarter| {
        values
            .get(&(rent_index.as_str().to_owned(), q.as_key()))
            .copied()
    };
    let (old, new) = (get(reference), get(new_quarter));
    let new_rent_cents = old.zip(new).map(|(old, new)| {
        revise(
            row.monthly_rent_cents,
            IndexValue::from_hundredths(old),
            IndexValue::from_hundredths(new),
        )
        .new_rent_cents
    });
    Some(RevisionProposal {
        lease_id: row.id,
        structure_id: row.structure_id,
        structure_name: String::new(),
        space_name: String::new(),
        due_on,
        rent_index,
        reference_quarter: reference.as_key(),
        new_quarter: new_quarter.as_key(),
        reference_hundredths: old,
        new_hundredths: new,
        old_rent_cents: row.monthly_rent_cents,
        new_rent_cents,
    })
}

/// The revisions due by `today` plus [`NOTICE_DAYS`], earliest first (managers only).
pub async fn due_revisions(
    db: &Db,
    viewer: &Viewer,
    today: NaiveDate,
) -> Result<Vec<RevisionProposal>, AppError> {
    access::manager(viewer)?;
    let rows = lease::Entity::find()
        .filter(super::live())
        .filter(lease::Column::RentIndex.is_not_null())
        .all(db.read())
        .await?;
    let values = values(db.read()).await?;
    let until = today + Duration::days(NOTICE_DAYS);
    let mut due: Vec<RevisionProposal> = rows
        .iter()
        .filter_map(|row| proposal(row, &values, today, until))
        .collect();
    let views = super::views(db.read(), rows).await?;
    for p in &mut due {
        if let Some(v) = views.iter().find(|v| v.id == p.lease_id) {
            p.structure_name.clone_from(&v.structure_name);
            p.space_name.clone_from(&v.space_name);
        }
    }
    due.sort_by_key(|p| (p.due_on, p.lease_id));
    Ok(due)
}

/// Applies the due revision of lease `id` (managers only): the rent changes, the new quarter
/// becomes the reference, and the revision is kept. `Conflict` when an index value is
/// missing or nothing is due.
pub async fn apply_revision(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    today: NaiveDate,
) -> Result<RevisionProposal, AppError> {
    let txn = db.begin_write().await?;
    let row = super::managed(&txn, viewer, id).await?;
    let values = values(&txn).await?;
    let until = today + Duration::days(NOTICE_DAYS);
    let due = proposal(&row, &values, today, until)
        .filter(|_| {
            row.status
                .parse::<LeaseStatus>()
                .is_ok_and(LeaseStatus::is_live)
        })
        .ok_or_else(|| AppError::Conflict("revision.not_due".into()))?;
    let (Some(reference), Some(new), Some(new_rent)) = (
        due.reference_hundredths,
        due.new_hundredths,
        due.new_rent_cents,
    ) else {
        return Err(AppError::Conflict("revision.index_missing".into()));
    };
    lease_revision::ActiveModel {
        lease_id: Set(row.id),
        due_on: Set(due.due_on),
        rent_index: Set(due.rent_index.as_str().to_owned()),
        reference_quarter: Set(due.reference_quarter.clone()),
        reference_hundredths: Set(reference),
        new_quarter: Set(due.new_quarter.clone()),
        new_hundredths: Set(new),
        old_rent_cents: Set(row.monthly_rent_cents),
        new_rent_cents: Set(new_rent),
        applied_by: Set(Some(viewer.id)),
        applied_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let structure_id = row.structure_id;
    let mut change = row.into_active_model();
    change.monthly_rent_cents = Set(new_rent);
    change.reference_quarter = Set(Some(due.new_quarter.clone()));
    change.last_revised_on = Set(Some(due.due_on));
    change.update(&txn).await?;
    audit::record(
        &txn,
        Event::by(viewer.id, AuditAction::RentRevised)
            .structure(structure_id)
            .detail(&format!("{} → {}", due.old_rent_cents, new_rent)),
    )
    .await?;
    txn.commit().await?;
    Ok(due)
}
