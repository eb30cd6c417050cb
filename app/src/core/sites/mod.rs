//! Sites: their figures, and their details as admins create and edit them.
use std::collections::HashMap;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::Db;
use super::entities::{site, space, structure};
use super::spaces::word;
use crate::domain::{AppError, SiteOverview, SpaceKind, StructureStatus};

mod edit;
mod floors;

pub use edit::{create, get, insert, list, update};
pub use floors::{picture, place_space, store_picture};

/// Every site, oldest first, with its spaces per kind and its hosted structures.
pub async fn overviews(db: &Db) -> Result<Vec<SiteOverview>, AppError> {
    let sites = site::Entity::find()
        .order_by_asc(site::Column::Id)
        .all(db.read())
        .await?;
    let space_counts: Vec<(i32, String, i64)> = space::Entity::find()
        .select_only()
        .column(space::Column::SiteId)
        .column(space::Column::Kind)
        .column_as(space::Column::Id.count(), "n")
        .filter(space::Column::Active.eq(true))
        .group_by(space::Column::SiteId)
        .group_by(space::Column::Kind)
        .into_tuple()
        .all(db.read())
        .await?;
    let structure_counts: HashMap<i32, i64> = structure::Entity::find()
        .select_only()
        .column(structure::Column::SiteId)
        .column_as(structure::Column::Id.count(), "n")
        .filter(structure::Column::Status.eq(StructureStatus::Hosted.as_str()))
        .group_by(structure::Column::SiteId)
        .into_tuple::<(i32, i64)>()
        .all(db.read())
        .await?
        .into_iter()
        .collect();
    let mut by_site: HashMap<i32, Vec<(SpaceKind, u32)>> = HashMap::new();
    for (site_id, kind, n) in space_counts {
        let kind: SpaceKind = word(&kind, "spaces.kind")?;
        by_site
            .entry(site_id)
            .or_default()
            .push((kind, u32::try_from(n).unwrap_or(u32::MAX)));
    }
    Ok(sites
        .into_iter()
        .map(|s| {
            let mut spaces_by_kind = by_site.remove(&s.id).unwrap_or_default();
            spaces_by_kind.sort_by_key(|(kind, _)| *kind);
            SiteOverview {
                id: s.id,
                hosted_structures: structure_counts
                    .get(&s.id)
                    .map_or(0, |n| u32::try_from(*n).unwrap_or(u32::MAX)),
                slug: s.slug,
                name: s.name,
                address: s.address,
                city: s.city,
                description_fr: s.description_fr,
                description_en: s.description_en,
                spaces_by_kind,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db_test;

    db_test!(overviews_count_spaces_and_structures, |db: Db| async move {
        assert!(overviews(&db).await.expect("empty").is_empty());
        crate::core::demo::seed(&db).await.expect("seed");
        let sites = overviews(&db).await.expect("overviews");
        assert_eq!(
            sites.iter().map(|s| s.slug.as_str()).collect::<Vec<_>>(),
            ["solilab", "ecorce"]
        );
        let solilab = &sites[0];
        let count = |kind| {
            solilab
                .spaces_by_kind
                .iter()
                .find(|(k, _)| *k == kind)
                .map(|(_, n)| *n)
        };
        assert_eq!(count(SpaceKind::Office), Some(60));
        assert_eq!(count(SpaceKind::CoworkingDesk), Some(40));
        assert_eq!(count(SpaceKind::MeetingRoom), Some(6));
        assert_eq!(count(SpaceKind::EventSpace), Some(2));
        assert_eq!(count(SpaceKind::Storage), Some(15));
        assert_eq!(count(SpaceKind::Commercial), Some(2));
        assert_eq!(solilab.hosted_structures, 100);
        assert_eq!(sites[1].hosted_structures, 0);
    });
}
