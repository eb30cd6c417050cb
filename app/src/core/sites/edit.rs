//! Creating, reading and changing a site (admins).
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};

use crate::core::audit::{self, Event};
use crate::core::entities::site;
use crate::core::{Db, access};
use crate::domain::{AppError, AuditAction, NewSite, SiteInput, SitePatch, SiteView, Viewer};

fn view(row: site::Model) -> SiteView {
    SiteView {
        id: row.id,
        slug: row.slug,
        name: row.name,
        address: row.address,
        postcode: row.postcode,
        city: row.city,
        description_fr: row.description_fr,
        description_en: row.description_en,
        email: row.email,
        phone: row.phone,
        opening_hours: row.opening_hours,
        legal_name: row.legal_name,
        siret: row.siret,
        vat_number: row.vat_number,
        vat_exemption: row.vat_exemption,
        parcel_reminder_days: row.parcel_reminder_days,
        visitor_retention_days: row.visitor_retention_days,
        created_at: row.created_at,
    }
}

/// Sets every field of `new` on `row`.
fn fill(row: &mut site::ActiveModel, new: NewSite) {
    row.slug = Set(new.slug);
    row.name = Set(new.name);
    row.address = Set(new.address);
    row.postcode = Set(new.postcode);
    row.city = Set(new.city);
    row.description_fr = Set(new.description_fr);
    row.description_en = Set(new.description_en);
    row.email = Set(new.email);
    row.phone = Set(new.phone);
    row.opening_hours = Set(new.opening_hours);
    row.legal_name = Set(new.legal_name);
    row.siret = Set(new.siret);
    row.vat_number = Set(new.vat_number);
    row.vat_exemption = Set(new.vat_exemption);
    row.parcel_reminder_days = Set(new.parcel_reminder_days);
    row.visitor_retention_days = Set(new.visitor_retention_days);
}

/// `Conflict` when another site than `except` has `slug`.
async fn slug_free(
    txn: &impl ConnectionTrait,
    slug: &str,
    except: Option<i32>,
) -> Result<(), AppError> {
    let mut query = site::Entity::find().filter(site::Column::Slug.eq(slug));
    if let Some(id) = except {
        query = query.filter(site::Column::Id.ne(id));
    }
    match query.one(txn).await? {
        Some(_) => Err(AppError::Conflict("site.slug_taken".into())),
        None => Ok(()),
    }
}

/// Every site, oldest first, with its full details (admins).
pub async fn list(db: &Db, viewer: &Viewer) -> Result<Vec<SiteView>, AppError> {
    access::admin(viewer)?;
    Ok(site::Entity::find()
        .order_by_asc(site::Column::Id)
        .all(db.read())
        .await?
        .into_iter()
        .map(view)
        .collect())
}

/// One site with its full details (admins).
pub async fn get(db: &Db, viewer: &Viewer, id: i32) -> Result<SiteView, AppError> {
    access::admin(viewer)?;
    site::Entity::find_by_id(id)
        .one(db.read())
        .await?
        .map(view)
        .ok_or(AppError::NotFound)
}

/// Creates a site (admins), in the same transaction as `txn`'s other writes; the input is
/// checked once the caller is known to be an admin; `Conflict` when its slug is taken.
pub async fn insert(
    txn: &impl ConnectionTrait,
    viewer: &Viewer,
    input: SiteInput,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<SiteView, AppError> {
    access::admin(viewer)?;
    let new = NewSite::try_from(input)?;
    slug_free(txn, &new.slug, None).await?;
    let name = new.name.clone();
    let mut row = site::ActiveModel {
        created_at: Set(now),
        ..Default::default()
    };
    fill(&mut row, new);
    let row = row.insert(txn).await?;
    audit::record(
        txn,
        Event::by(viewer.id, AuditAction::SiteCreated).detail(&name),
    )
    .await?;
    Ok(view(row))
}

/// Creates a site (admins); `Conflict` when its slug is taken.
pub async fn create(
    db: &Db,
    viewer: &Viewer,
    input: SiteInput,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<SiteView, AppError> {
    let txn = db.write().begin().await?;
    let created = insert(&txn, viewer, input, now).await?;
    txn.commit().await?;
    Ok(created)
}

/// Changes the fields `patch` gives (admins); the whole site must still pass every rule.
pub async fn update(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    patch: SitePatch,
) -> Result<SiteView, AppError> {
    access::admin(viewer)?;
    let txn = db.write().begin().await?;
    let current = site::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let new = NewSite::try_from(SiteInput::from(view(current.clone())).patched(patch))?;
    slug_free(&txn, &new.slug, Some(id)).await?;
    let name = new.name.clone();
    let mut row: site::ActiveModel = current.into();
    fill(&mut row, new);
    let row = row.update(&txn).await?;
    audit::record(
        &txn,
        Event::by(viewer.id, AuditAction::SiteUpdated).detail(&name),
    )
    .await?;
    txn.commit().await?;
    Ok(view(row))
}

#[cfg(test)]
mod tests;
