//! The managers' occupancy dashboard, and the rates the API answers.
use chrono::{Days, NaiveDate};
use sea_orm::{ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use super::{leasable, rooms::room_hours};
use crate::core::entities::{lease, site, space_request};
use crate::core::{Db, access, leases};
use crate::domain::occupancy::{
    Month, booked_by_kind, booked_rate, leased_by, leased_by_month, leased_rate, vacancies,
};
use crate::domain::{
    AppError, FieldError, LeaseStatus, MonthRates, OccupancyRates, OccupancyView, RequestStatus,
    VacancyView, Viewer,
};

/// How far ahead vacancies and ending leases are shown, in days.
pub const HORIZON_DAYS: u32 = 90;

/// The site of `slug`, or every site when none; `Invalid` for an unknown one.
async fn site_id(db: &Db, slug: Option<&str>) -> Result<Option<i32>, AppError> {
    let Some(slug) = slug.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    site::Entity::find()
        .filter(site::Column::Slug.eq(slug))
        .one(db.read())
        .await?
        .map(|s| Some(s.id))
        .ok_or_else(|| AppError::invalid("site", "occupancy.site_unknown"))
}

fn check_period(from: NaiveDate, to: NaiveDate) -> Result<(), AppError> {
    if to < from || (to - from).num_days() > 366 * 5 {
        return Err(AppError::Invalid(vec![FieldError::new(
            "to",
            "occupancy.period_invalid",
        )]));
    }
    Ok(())
}

/// The dashboard of `[from, to]` for one site or all (managers only); vacancies and ending
/// leases are counted from `today`.
pub async fn dashboard(
    db: &Db,
    viewer: &Viewer,
    site: Option<&str>,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Result<OccupancyView, AppError> {
    access::manager(viewer)?;
    check_period(from, to)?;
    let site_id = site_id(db, site).await?;
    let all = leasable(db.read(), site_id).await?;
    let rooms = room_hours(db.read(), site_id, from, to).await?;
    let mut by_kind: Vec<_> = leased_by(&all.units, &all.leases, from, to, |u| u.kind)
        .into_iter()
        .chain(booked_by_kind(&rooms))
        .collect();
    by_kind.sort_by_key(|(kind, _)| *kind);
    let booked_months: Vec<(Month, _)> = {
        let mut months: Vec<Month> = rooms.iter().map(|r| r.month).collect();
        months.sort();
        months.dedup();
        months
            .into_iter()
            .map(|m| {
                let rows: Vec<_> = rooms.iter().filter(|r| r.month == m).cloned().collect();
                (m, booked_rate(&rows))
            })
            .collect()
    };
    let by_month = leased_by_month(&all.units, &all.leases, from, to)
        .into_iter()
        .map(|(month, leased)| MonthRates {
            month,
            leased,
            booked: booked_months
                .iter()
                .find(|(m, _)| *m == month)
                .map(|(_, r)| *r)
                .unwrap_or_default(),
        })
        .collect();
    let spaces: std::collections::HashMap<i32, &crate::core::entities::space::Model> =
        all.spaces.iter().map(|s| (s.id, s)).collect();
    let vacancies = vacancies(&all.units, &all.leases, today, HORIZON_DAYS)
        .into_iter()
        .filter_map(|v| {
            let s = spaces.get(&v.space_id)?;
            Some(VacancyView {
                space_id: s.id,
                name: s.name.clone(),
                kind: s.kind.parse().ok()?,
                floor: s.floor,
                area_m2: s.area_m2,
                free_from: v.free_from,
                free_until: v.free_until,
            })
        })
        .collect();
    let horizon = today
        .checked_add_days(Days::new(HORIZON_DAYS.into()))
        .unwrap_or(today);
    let ending_rows =
        lease::Entity::find()
            .filter(lease::Column::SpaceId.is_in(all.spaces.iter().map(|s| s.id)))
            .filter(
                Condition::any()
                    .add(lease::Column::Status.eq(LeaseStatus::Notice.as_str()))
                    .add(
                        Condition::all()
                            .add(lease::Column::Status.is_in([
                                LeaseStatus::Signed.as_str(),
                                LeaseStatus::Running.as_str(),
                            ]))
                            .add(lease::Column::EndsOn.gte(today))
                            .add(lease::Column::EndsOn.lte(horizon)),
                    ),
            )
            .order_by_asc(lease::Column::EndsOn)
            .all(db.read())
            .await?;
    Ok(OccupancyView {
        from,
        to,
        leased: leased_rate(&all.units, &all.leases, from, to),
        booked: booked_rate(&rooms),
        by_kind,
        by_floor: leased_by(&all.units, &all.leases, from, to, |u| u.floor)
            .into_iter()
            .collect(),
        by_month,
        vacancies,
        ending: leases::views(db.read(), ending_rows).await?,
        revisions_due: leases::due_revisions(db, viewer, today).await?.len(),
        requests_waiting: space_request::Entity::find()
            .filter(space_request::Column::Status.eq(RequestStatus::Open.as_str()))
            .count(db.read())
            .await? as usize,
    })
}

/// The rates of `GET /api/v1/occupancy` (managers only).
pub async fn rates(
    db: &Db,
    viewer: &Viewer,
    site: Option<&str>,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Result<OccupancyRates, AppError> {
    Ok(OccupancyRates::from(
        &dashboard(db, viewer, site, from, to, today).await?,
    ))
}
