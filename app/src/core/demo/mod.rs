//! The demo site: a realistic, deterministic Solilab (and a smaller second site), for first starts,
//! demonstrations and tests that rely on known data.
mod accounts;
mod events;
mod leases;
mod market;
mod plan;
mod requests;
mod rules;
mod siret;
mod spaces;
mod structures;

use chrono::{TimeZone, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, PaginatorTrait, Set, TransactionTrait};

use crate::core::Db;
use crate::core::entities::site;
use crate::domain::AppError;

pub use accounts::DEMO_PASSWORD;
pub use siret::luhn_valid;

/// What the demo seed wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoSummary {
    pub sites: usize,
    pub spaces: usize,
    pub structures: usize,
    pub accounts: usize,
}

/// Whether the database holds no site yet.
pub async fn is_empty(db: &Db) -> Result<bool, AppError> {
    Ok(site::Entity::find().count(db.read()).await? == 0)
}

/// Fills an empty database with the demo site; refuses a database that already holds a site.
pub async fn seed(db: &Db) -> Result<DemoSummary, AppError> {
    let txn = db.write().begin().await?;
    if site::Entity::find().count(&txn).await? > 0 {
        return Err(AppError::Conflict("demo.not_empty".into()));
    }
    let opened = Utc
        .with_ymd_and_hms(2014, 9, 1, 8, 0, 0)
        .single()
        .ok_or(AppError::Internal)?;
    let solilab = site::ActiveModel {
        slug: Set("solilab".into()),
        name: Set("Solilab".into()),
        address: Set("8 rue Saint-Domingue".into()),
        postcode: Set("44200".into()),
        city: Set("Nantes".into()),
        email: Set(Some("accueil@solilab.localhost".into())),
        phone: Set(Some("02 40 00 00 00".into())),
        opening_hours: Set("Du lundi au vendredi, 8 h 30 – 19 h".into()),
        legal_name: Set("Ecossimo SCIC".into()),
        siret: Set(Some("89900000100011".into())),
        vat_number: Set(Some("FR84899000001".into())),
        description_fr: Set("Sur l'île de Nantes, au bord de la Loire, le Solilab réunit sous un même toit des structures de l'économie sociale et solidaire : bureaux, coworking, salles de réunion, espaces d'événements, boutiques et marché paysan.".into()),
        description_en: Set("On the Île de Nantes, by the Loire, Solilab brings organisations of the social and solidarity economy under one roof: offices, coworking, meeting rooms, event spaces, shops and a farmers' market.".into()),
        created_at: Set(opened),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let ecorce = site::ActiveModel {
        slug: Set("ecorce".into()),
        name: Set("L'Écorce".into()),
        address: Set("12 rue des Charpentiers".into()),
        postcode: Set("44400".into()),
        city: Set("Rezé".into()),
        opening_hours: Set("Du lundi au vendredi, 8 h – 18 h".into()),
        legal_name: Set("Ecossimo SCIC".into()),
        siret: Set(Some("89900000100011".into())),
        vat_number: Set(Some("FR84899000001".into())),
        description_fr: Set("Le tiers-lieu de l'éco-construction : ateliers, bureaux et une salle pour les artisans et coopératives du bâtiment durable.".into()),
        description_en: Set("The eco-construction third place: workshops, offices and a meeting room for craftspeople and cooperatives of sustainable building.".into()),
        created_at: Set(Utc.with_ymd_and_hms(2025, 3, 1, 8, 0, 0).single().ok_or(AppError::Internal)?),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let space_count = spaces::seed_solilab(&txn, solilab.id).await?
        + spaces::seed_ecorce(&txn, ecorce.id).await?;
    let structure_ids = structures::seed(&txn, solilab.id).await?;
    let account_count = accounts::seed(&txn, &structure_ids).await?;
    let today = crate::domain::time::paris_day(Utc::now());
    leases::seed(&txn, solilab.id, today).await?;
    requests::seed(&txn, solilab.id, today).await?;
    events::seed(&txn, solilab.id, today).await?;
    txn.commit().await?;
    Ok(DemoSummary {
        sites: 2,
        spaces: space_count,
        structures: structure_ids.len(),
        accounts: account_count,
    })
}

#[cfg(test)]
mod tests;
