//! Creating and reading a structure.
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};

use crate::core::audit::{self, Event};
use crate::core::entities::{site, structure};
use crate::core::{Db, access};
use crate::domain::{
    AppError, AuditAction, NewStructure, StructureRef, StructureStatus, StructureView, Viewer,
};

pub(super) fn view(row: structure::Model) -> Result<StructureView, AppError> {
    let bad = |_| {
        tracing::error!(structure = row.id, "structure with an unknown word");
        AppError::Internal
    };
    Ok(StructureView {
        id: row.id,
        site_id: row.site_id,
        legal_form: row.legal_form.parse().map_err(bad)?,
        sector: row.sector.parse().map_err(bad)?,
        status: row.status.parse().map_err(bad)?,
        customer_kind: row.customer_kind.parse().map_err(bad)?,
        name: row.name,
        siret: row.siret,
        created_at: row.created_at,
        activity: row.activity,
        website: row.website,
        email: row.email,
        phone: row.phone,
        public_listing: row.public_listing,
        discount_percent: row.discount_percent,
        included_hours_per_month: row.included_minutes_per_month / 60,
        left_on: row.left_on,
    })
}

/// Creates a hosted structure (managers only); `Conflict` when the SIRET is already known.
pub async fn create(
    db: &Db,
    viewer: &Viewer,
    new: NewStructure,
) -> Result<StructureView, AppError> {
    access::manager(viewer)?;
    let txn = db.write().begin().await?;
    let row = insert(&txn, viewer, new).await?;
    txn.commit().await?;
    view(row)
}

/// Writes `new` in `txn` for `viewer`, who may manage structures.
pub(crate) async fn insert(
    txn: &impl ConnectionTrait,
    viewer: &Viewer,
    new: NewStructure,
) -> Result<structure::Model, AppError> {
    let mut sites = site::Entity::find().order_by_asc(site::Column::Id);
    if let Some(slug) = &new.site {
        sites = sites.filter(site::Column::Slug.eq(slug));
    }
    let site = sites
        .one(txn)
        .await?
        .ok_or_else(|| AppError::invalid("site", "structure.site_unknown"))?;
    if let Some(siret) = &new.siret {
        let taken = structure::Entity::find()
            .filter(structure::Column::Siret.eq(siret.as_str()))
            .one(txn)
            .await?;
        if taken.is_some() {
            return Err(AppError::Conflict("structure.siret_taken".into()));
        }
    }
    let row = structure::ActiveModel {
        site_id: Set(site.id),
        name: Set(new.name.clone()),
        legal_form: Set(new.legal_form.as_str().to_owned()),
        sector: Set(new.sector.as_str().to_owned()),
        siret: Set(new.siret.map(|s| s.as_str().to_owned())),
        status: Set(StructureStatus::Hosted.as_str().to_owned()),
        activity: Set(String::new()),
        website: Set(None),
        email: Set(None),
        phone: Set(None),
        public_listing: Set(false),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    audit::record(
        txn,
        Event::by(viewer.id, AuditAction::StructureCreated)
            .structure(row.id)
            .detail(&new.name),
    )
    .await?;
    Ok(row)
}

/// One structure, for its members and managers; `NotFound` for anyone else.
pub async fn get(db: &Db, viewer: &Viewer, id: i32) -> Result<StructureView, AppError> {
    access::see_structure(viewer, id)?;
    let row = structure::Entity::find_by_id(id)
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    view(row)
}

/// Every structure by name, for a manager's choice lists.
pub async fn choices(db: &Db, viewer: &Viewer) -> Result<Vec<StructureRef>, AppError> {
    access::manager(viewer)?;
    Ok(structure::Entity::find()
        .order_by_asc(structure::Column::Name)
        .all(db.read())
        .await?
        .into_iter()
        .map(|s| StructureRef {
            id: s.id,
            name: s.name,
        })
        .collect())
}
