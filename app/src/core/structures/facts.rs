//! Changing a structure: its members edit its public facts, managers its status and terms.
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};

use crate::core::audit::{self, Event};
use crate::core::entities::structure;
use crate::core::{Db, access};
use crate::domain::{AppError, AuditAction, Facts, StructureView, TermsInput, Viewer};

async fn change(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    detail: &str,
    edit: impl FnOnce(&mut structure::ActiveModel),
) -> Result<StructureView, AppError> {
    let txn = db.begin_write().await?;
    let row = structure::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut active = row.into_active_model();
    edit(&mut active);
    let row = active.update(&txn).await?;
    audit::record(
        &txn,
        Event::by(viewer.id, AuditAction::StructureUpdated)
            .structure(id)
            .detail(detail),
    )
    .await?;
    txn.commit().await?;
    super::create::view(row)
}

/// Sets the public facts of structure `id`: its members and managers only.
pub async fn update_facts(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    facts: Facts,
) -> Result<StructureView, AppError> {
    access::see_structure(viewer, id)?;
    change(db, viewer, id, "facts", |row| {
        row.activity = Set(facts.activity);
        row.website = Set(facts.website);
        row.email = Set(facts.email);
        row.phone = Set(facts.phone);
        row.public_listing = Set(facts.public_listing);
    })
    .await
}

/// Sets the status, rates and grants of structure `id`: managers only.
pub async fn update_terms(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    terms: TermsInput,
) -> Result<StructureView, AppError> {
    access::manage_structure(viewer, id)?;
    terms.check()?;
    change(db, viewer, id, "terms", |row| {
        row.status = Set(terms.status.as_str().to_owned());
        row.customer_kind = Set(terms.customer_kind.as_str().to_owned());
        row.discount_percent = Set(terms.discount_percent);
        row.included_minutes_per_month = Set(terms.included_hours_per_month * 60);
    })
    .await
}
