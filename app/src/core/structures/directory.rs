//! The directory of structures: managers' list with filters, visitors' public list, and
//! the names of structures by id.
use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::core::entities::{lease, membership, space, structure};
use crate::core::spaces::word;
use crate::core::{Db, access};
use crate::domain::{
    AppError, PublicStructure, StructureFilter, StructureRow, StructureStatus, Viewer,
};

/// Structures matching `filter`, by name, with their members and the spaces they lease on
/// `today` (managers only).
pub async fn directory(
    db: &Db,
    viewer: &Viewer,
    filter: &StructureFilter,
    today: NaiveDate,
) -> Result<Vec<StructureRow>, AppError> {
    access::manager(viewer)?;
    let mut query = structure::Entity::find().order_by_asc(structure::Column::Name);
    if let Some(q) = &filter.q {
        let pattern = format!("%{}%", q.to_lowercase());
        let lower = |c: structure::Column| Expr::expr(Func::lower(Expr::col(c)));
        query = query.filter(
            Condition::any()
                .add(lower(structure::Column::Name).like(&pattern))
                .add(lower(structure::Column::Activity).like(&pattern))
                .add(structure::Column::Siret.like(&pattern)),
        );
    }
    if let Some(sector) = filter.sector {
        query = query.filter(structure::Column::Sector.eq(sector.as_str()));
    }
    if let Some(form) = filter.legal_form {
        query = query.filter(structure::Column::LegalForm.eq(form.as_str()));
    }
    if let Some(status) = filter.status {
        query = query.filter(structure::Column::Status.eq(status.as_str()));
    }
    let rows = query.all(db.read()).await?;
    let members: HashMap<i32, i64> = membership::Entity::find()
        .select_only()
        .column(membership::Column::StructureId)
        .column_as(membership::Column::Id.count(), "n")
        .group_by(membership::Column::StructureId)
        .into_tuple::<(i32, i64)>()
        .all(db.read())
        .await?
        .into_iter()
        .collect();
    let spaces = leased_on(db, today).await?;
    rows.into_iter()
        .map(|row| {
            Ok(StructureRow {
                id: row.id,
                legal_form: word(&row.legal_form, "structures.legal_form")?,
                sector: word(&row.sector, "structures.sector")?,
                status: word(&row.status, "structures.status")?,
                members: members.get(&row.id).copied().unwrap_or(0),
                spaces: spaces.get(&row.id).cloned().unwrap_or_default(),
                name: row.name,
                siret: row.siret,
            })
        })
        .collect()
}

/// The names of the spaces each structure leases on `day`.
async fn leased_on(db: &Db, day: NaiveDate) -> Result<HashMap<i32, Vec<String>>, AppError> {
    let leases = lease::Entity::find()
        .filter(crate::core::leases::live_on(day))
        .all(db.read())
        .await?;
    let names: HashMap<i32, String> = space::Entity::find()
        .filter(space::Column::Id.is_in(leases.iter().map(|l| l.space_id)))
        .all(db.read())
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let mut by_structure: HashMap<i32, Vec<String>> = HashMap::new();
    for l in leases {
        if let Some(name) = names.get(&l.space_id) {
            by_structure
                .entry(l.structure_id)
                .or_default()
                .push(name.clone());
        }
    }
    for list in by_structure.values_mut() {
        list.sort();
    }
    Ok(by_structure)
}

/// The hosted structures that chose to appear publicly, by name: anyone may read it.
pub async fn public_directory(db: &Db) -> Result<Vec<PublicStructure>, AppError> {
    structure::Entity::find()
        .filter(structure::Column::Status.eq(StructureStatus::Hosted.as_str()))
        .filter(structure::Column::PublicListing.eq(true))
        .order_by_asc(structure::Column::Name)
        .all(db.read())
        .await?
        .into_iter()
        .map(|row| {
            Ok(PublicStructure {
                id: row.id,
                legal_form: word(&row.legal_form, "structures.legal_form")?,
                sector: word(&row.sector, "structures.sector")?,
                name: row.name,
                activity: row.activity,
                website: row.website,
            })
        })
        .collect()
}

/// The names of the structures of `ids`, by id.
pub async fn names(
    conn: &impl sea_orm::ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, String>, AppError> {
    Ok(structure::Entity::find()
        .filter(structure::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect())
}
