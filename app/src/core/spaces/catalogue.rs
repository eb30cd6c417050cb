//! Listing and reading spaces; open to everyone.
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::convert;
use crate::core::Db;
use crate::core::entities::{site, space, space_rate};
use crate::domain::{AppError, SpaceFilter, SpaceKind, SpaceSummary, SpaceView};

/// The active spaces matching `filter`, by site, kind order and code.
pub async fn list(
    db: &Db,
    filter: &SpaceFilter,
    now: DateTime<Utc>,
) -> Result<Vec<SpaceSummary>, AppError> {
    let sites = site::Entity::find().all(db.read()).await?;
    let mut query = space::Entity::find().filter(space::Column::Active.eq(true));
    if let Some(slug) = &filter.site {
        let Some(site) = sites.iter().find(|s| &s.slug == slug) else {
            return Ok(Vec::new());
        };
        query = query.filter(space::Column::SiteId.eq(site.id));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(space::Column::Kind.eq(kind.as_str()));
    }
    if filter.free.is_some() {
        // Spaces let on a lease are never free by the hour.
        let bookable: Vec<&str> = SpaceKind::ALL
            .iter()
            .filter(|k| k.is_bookable())
            .map(|k| k.as_str())
            .collect();
        query = query.filter(space::Column::Kind.is_in(bookable));
    }
    if let Some(min) = filter.min_capacity {
        query = query.filter(space::Column::Capacity.gte(i64::from(min)));
    }
    let rows = query
        .order_by_asc(space::Column::SiteId)
        .order_by_asc(space::Column::Code)
        .all(db.read())
        .await?;
    let rows = match filter.free {
        Some(range) => {
            let free = crate::core::bookings::free_among(db, &rows, range, now).await?;
            rows.into_iter().filter(|r| free.contains(&r.id)).collect()
        }
        None => rows,
    };
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut rates_by_space: HashMap<i32, Vec<space_rate::Model>> = HashMap::new();
    for chunk in ids.chunks(500) {
        for rate in space_rate::Entity::find()
            .filter(space_rate::Column::SpaceId.is_in(chunk.iter().copied()))
            .all(db.read())
            .await?
        {
            rates_by_space.entry(rate.space_id).or_default().push(rate);
        }
    }
    let slugs: HashMap<i32, String> = sites.into_iter().map(|s| (s.id, s.slug)).collect();
    let mut spaces = rows
        .iter()
        .map(|row| {
            let rates = convert::rates(rates_by_space.get(&row.id).map_or(&[][..], Vec::as_slice))?;
            Ok((row.site_id, convert::summary(row, &slugs, &rates)?))
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    // Oldest site first, then kinds in their display order, then codes.
    spaces.sort_by(|(site_a, a), (site_b, b)| {
        (site_a, a.kind, &a.code).cmp(&(site_b, b.kind, &b.code))
    });
    Ok(spaces.into_iter().map(|(_, space)| space).collect())
}

/// One active space with its rates; `NotFound` when there is none.
pub async fn get(db: &Db, id: i32) -> Result<SpaceView, AppError> {
    let row = space::Entity::find_by_id(id)
        .filter(space::Column::Active.eq(true))
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    let site = site::Entity::find_by_id(row.site_id)
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    let rate_rows = space_rate::Entity::find()
        .filter(space_rate::Column::SpaceId.eq(id))
        .all(db.read())
        .await?;
    let rates = convert::rates(&rate_rows)?;
    let slugs = HashMap::from([(site.id, site.slug.clone())]);
    Ok(SpaceView {
        summary: convert::summary(&row, &slugs, &rates)?,
        site_name: site.name,
        description_fr: row.description_fr.clone(),
        description_en: row.description_en.clone(),
        equipment: row
            .equipment
            .split(',')
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect(),
        step_free_access: row.step_free_access,
        accessible_toilets: row.accessible_toilets,
        hearing_loop: row.hearing_loop,
        rates,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db_test;
    use crate::domain::{CustomerKind, RateUnit, SpaceQuery};

    async fn seeded(db: &Db) {
        crate::core::demo::seed(db).await.expect("demo seed");
    }

    fn filter(kind: &str, cap: &str) -> SpaceFilter {
        let query = SpaceQuery {
            kind: Some(kind.into()),
            min_capacity: Some(cap.into()),
            ..SpaceQuery::default()
        };
        SpaceFilter::try_from(&query).expect("valid filter")
    }

    db_test!(
        catalogue_filters_by_kind_and_capacity,
        |db: Db| async move {
            seeded(&db).await;
            let all = list(&db, &SpaceFilter::default(), chrono::Utc::now())
                .await
                .expect("list");
            assert_eq!(all.len(), 133);
            let rooms = list(&db, &filter("meeting_room", "15"), chrono::Utc::now())
                .await
                .expect("list");
            let names: Vec<&str> = rooms.iter().map(|s| s.name.as_str()).collect();
            assert_eq!(names, ["Salle Loire", "Salle Erdre"]);
            let exact = list(&db, &filter("meeting_room", "12"), chrono::Utc::now())
                .await
                .expect("list");
            assert_eq!(exact.len(), 4, "a capacity equal to the minimum is kept");
            let none = list(&db, &filter("meeting_room", "500"), chrono::Utc::now())
                .await
                .expect("list");
            assert!(none.is_empty());
        }
    );

    db_test!(catalogue_filters_by_site, |db: Db| async move {
        seeded(&db).await;
        let query = SpaceQuery {
            site: Some("ecorce".into()),
            ..SpaceQuery::default()
        };
        let ecorce = list(
            &db,
            &SpaceFilter::try_from(&query).expect("valid"),
            chrono::Utc::now(),
        )
        .await
        .expect("list");
        assert_eq!(ecorce.len(), 8);
        assert!(ecorce.iter().all(|s| s.site == "ecorce"));
        let query = SpaceQuery {
            site: Some("nowhere".into()),
            ..SpaceQuery::default()
        };
        assert!(
            list(
                &db,
                &SpaceFilter::try_from(&query).expect("valid"),
                chrono::Utc::now()
            )
            .await
            .expect("list")
            .is_empty()
        );
    });

    db_test!(
        a_free_range_keeps_bookable_spaces_open_and_not_booked,
        |db: Db| async move {
            use crate::core::testing::{bookable_day, paris};
            seeded(&db).await;
            let day = bookable_day(7);
            let free_between = |from: &str, to: &str| SpaceQuery {
                free_from: Some(paris(day, from)),
                free_to: Some(paris(day, to)),
                ..SpaceQuery::default()
            };
            let query = free_between("14:00", "16:00");
            let free = list(
                &db,
                &SpaceFilter::try_from(&query).expect("valid"),
                chrono::Utc::now(),
            )
            .await
            .expect("list");
            assert_eq!(
                free.len(),
                40 + 6 + 2 + 1,
                "desks, rooms and event spaces of both sites"
            );
            assert!(free.iter().all(|s| s.kind.is_bookable()));
            // Booked, the Salle Loire drops out; at 21:00 only the event spaces are open.
            let loire = free
                .iter()
                .find(|s| s.name == "Salle Loire")
                .expect("loire");
            let manager = crate::core::entities::account::Entity::find()
                .filter(
                    crate::core::entities::account::Column::Email.eq("gestion@solilab.localhost"),
                )
                .one(db.read())
                .await
                .expect("query")
                .expect("manager");
            let viewer = crate::core::auth::viewer_for(&db, &manager, None)
                .await
                .expect("viewer");
            let new = crate::domain::NewBooking::try_from(crate::domain::BookingInput {
                space_id: loire.id,
                structure_id: Some(1),
                starts_at: paris(day, "15:00"),
                ends_at: paris(day, "15:30"),
                title: "Point".into(),
                ..Default::default()
            })
            .expect("valid");
            crate::core::bookings::create(
                &db,
                &viewer,
                new,
                chrono::Utc::now(),
                "http://solilab.test",
            )
            .await
            .expect("booked");
            let after = list(
                &db,
                &SpaceFilter::try_from(&query).expect("valid"),
                chrono::Utc::now(),
            )
            .await
            .expect("list");
            assert_eq!(after.len(), free.len() - 1);
            assert!(after.iter().all(|s| s.name != "Salle Loire"));
            let evening = list(
                &db,
                &SpaceFilter::try_from(&free_between("21:00", "23:00")).expect("valid"),
                chrono::Utc::now(),
            )
            .await
            .expect("list");
            assert!(!evening.is_empty() && evening.iter().all(|s| s.kind == SpaceKind::EventSpace));
        }
    );

    db_test!(a_space_comes_with_its_rates, |db: Db| async move {
        seeded(&db).await;
        let loire = list(&db, &filter("meeting_room", "40"), chrono::Utc::now())
            .await
            .expect("list")
            .remove(0);
        assert_eq!(loire.from_price_unit, Some(RateUnit::Hour));
        assert_eq!(loire.from_price_cents.map(|m| m.cents()), Some(3000));
        let view = get(&db, loire.id).await.expect("get");
        assert_eq!(view.summary.name, "Salle Loire");
        assert_eq!(view.site_name, "Solilab");
        assert_eq!(
            view.rates.len(),
            9,
            "three units for three kinds of customer"
        );
        assert!(
            view.rates
                .iter()
                .any(|r| r.customer == CustomerKind::Outsider && r.unit == RateUnit::Day)
        );
        assert!(view.equipment.contains(&"videoconference".to_owned()));
        assert_eq!(get(&db, 999_999).await, Err(AppError::NotFound));
    });
}
