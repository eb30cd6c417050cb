//! The leasable spaces of a site and their leases, as the pure rates read them.
use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::core::entities::{lease, space, space_rate};
use crate::core::spaces::word;
use crate::domain::occupancy::{LeaseSpan, UnitInput, vacancies};
use crate::domain::{AppError, BookingMode, Candidate, LeaseStatus, RateUnit};

/// The spaces let on leases and the leases that hold them.
pub struct Leasable {
    pub spaces: Vec<space::Model>,
    pub units: Vec<UnitInput>,
    pub leases: Vec<LeaseSpan>,
}

/// The active spaces let on leases (of one site, or all) and every signed lease of them.
pub async fn leasable(
    conn: &impl ConnectionTrait,
    site_id: Option<i32>,
) -> Result<Leasable, AppError> {
    let mut query = space::Entity::find()
        .filter(space::Column::Active.eq(true))
        .filter(space::Column::BookingMode.eq(BookingMode::Lease.as_str()))
        .order_by_asc(space::Column::Code);
    if let Some(site_id) = site_id {
        query = query.filter(space::Column::SiteId.eq(site_id));
    }
    let spaces = query.all(conn).await?;
    let units = spaces
        .iter()
        .map(|s| {
            Ok(UnitInput {
                space_id: s.id,
                kind: word(&s.kind, "spaces.kind")?,
                floor: s.floor,
                area_m2: s.area_m2,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    let leases = lease::Entity::find()
        .filter(lease::Column::Status.ne(LeaseStatus::Draft.as_str()))
        .filter(lease::Column::SpaceId.is_in(spaces.iter().map(|s| s.id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|l| LeaseSpan {
            space_id: l.space_id,
            starts_on: l.starts_on,
            ends_on: l.ends_on,
            share_percent: l.share_percent,
        })
        .collect();
    Ok(Leasable {
        spaces,
        units,
        leases,
    })
}

/// The spaces free on `today` or within `horizon_days`, with the monthly rent they ask.
pub async fn candidates(
    conn: &impl ConnectionTrait,
    site_id: Option<i32>,
    today: NaiveDate,
    horizon_days: u32,
) -> Result<Vec<Candidate>, AppError> {
    let all = leasable(conn, site_id).await?;
    let rents: HashMap<i32, i64> = space_rate::Entity::find()
        .filter(space_rate::Column::Unit.eq(RateUnit::Month.as_str()))
        .filter(space_rate::Column::SpaceId.is_in(all.spaces.iter().map(|s| s.id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.space_id, r.price_cents))
        .collect();
    let spaces: HashMap<i32, &space::Model> = all.spaces.iter().map(|s| (s.id, s)).collect();
    vacancies(&all.units, &all.leases, today, horizon_days)
        .into_iter()
        .filter_map(|v| {
            let space = spaces.get(&v.space_id)?;
            Some(word(&space.kind, "spaces.kind").map(|kind| Candidate {
                space_id: space.id,
                name: space.name.clone(),
                kind,
                floor: space.floor,
                area_m2: space.area_m2,
                monthly_rent_cents: rents.get(&space.id).copied(),
                free_from: v.free_from,
                free_until: v.free_until,
            }))
        })
        .collect()
}
