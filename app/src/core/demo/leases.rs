//! The demo's leases since the building opened, the published index values, and a few space
//! requests, so the occupancy dashboard tells a story on the first start: most offices let,
//! some free now, leases in notice or ending soon, revisions due.
use chrono::{Datelike, Duration, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use crate::core::entities::{index_value, lease, space, structure};
use crate::domain::indexation::PUBLISHED;
use crate::domain::{AppError, LeaseStatus, SpaceKind, StructureStatus};

/// A lease to write: which space, who, when, how it stands.
struct Demo {
    space: space::Model,
    structure: i32,
    from: NaiveDate,
    until: Option<NaiveDate>,
    status: LeaseStatus,
    share: Option<i32>,
}

fn day(y: i32, m: u32, d: u32) -> Result<NaiveDate, AppError> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or(AppError::Internal)
}

/// The latest anniversary of `start` on or before `today`, once a year has passed.
fn last_anniversary(start: NaiveDate, today: NaiveDate) -> Option<NaiveDate> {
    let on = |year| start.with_year(year).or_else(|| day(year, 2, 28).ok());
    let this_year = on(today.year())?;
    let last = if this_year <= today {
        this_year
    } else {
        on(today.year() - 1)?
    };
    (last > start).then_some(last)
}

async fn write(txn: &DatabaseTransaction, demo: Demo, today: NaiveDate) -> Result<(), AppError> {
    let kind: SpaceKind = demo.space.kind.parse().map_err(|_| AppError::Internal)?;
    let area = demo.space.area_m2;
    let rent = (area * 1450.0).round() as i64 * demo.share.unwrap_or(100) as i64 / 100;
    let live = demo.status.is_live();
    let last = last_anniversary(demo.from, today).filter(|_| live);
    // A revision due within two months reads values already published; the others wait for
    // the next quarter's value.
    let due_soon = last
        .or(Some(demo.from))
        .and_then(|l| l.with_year(l.year() + 1))
        .is_some_and(|next| next <= today + Duration::days(60));
    let (index, reference) = match kind {
        SpaceKind::Commercial => ("ilc", if due_soon { "2024-T1" } else { "2025-T1" }),
        _ => ("ilat", if due_soon { "2023-T4" } else { "2024-T4" }),
    };
    lease::ActiveModel {
        space_id: Set(demo.space.id),
        structure_id: Set(demo.structure),
        status: Set(demo.status.as_str().into()),
        starts_on: Set(demo.from),
        ends_on: Set(demo.until),
        monthly_rent_cents: Set(rent),
        monthly_charges_cents: Set((area * 250.0).round() as i64),
        vat_rate_bp: Set(2000),
        deposit_cents: Set(rent * 2),
        notice_months: Set(3),
        included_minutes_per_month: Set(if area >= 30.0 { 240 } else { 0 }),
        documents: Set(format!(
            "Convention {}-{:03}",
            demo.from.year(),
            demo.space.id
        )),
        shared: Set(demo.share.is_some()),
        share_percent: Set(demo.share.unwrap_or(100)),
        rent_index: Set(Some(index.into())),
        reference_quarter: Set(Some(reference.into())),
        last_revised_on: Set(last),
        notice_given_on: Set(
            (demo.status == LeaseStatus::Notice).then(|| today - Duration::days(20))
        ),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// The ended lease of a structure that left `space` on `left_on`, noting its departure.
fn gone_by(
    structure: i32,
    space: &space::Model,
    from: NaiveDate,
    left_on: NaiveDate,
    left: &mut Vec<(i32, NaiveDate)>,
) -> Demo {
    left.push((structure, left_on));
    Demo {
        space: space.clone(),
        structure,
        from,
        until: Some(left_on),
        status: LeaseStatus::Ended,
        share: None,
    }
}

/// Writes the index values and the leases of `site_id`'s let spaces; returns how many leases.
pub(super) async fn seed(
    txn: &DatabaseTransaction,
    site_id: i32,
    today: NaiveDate,
) -> Result<usize, AppError> {
    for (index, quarter, value) in PUBLISHED {
        index_value::ActiveModel {
            rent_index: Set(index.as_str().into()),
            quarter: Set((*quarter).into()),
            value_hundredths: Set(*value),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    let spaces = space::Entity::find()
        .filter(space::Column::SiteId.eq(site_id))
        .filter(space::Column::BookingMode.eq("lease"))
        .order_by_asc(space::Column::Id)
        .all(txn)
        .await?;
    let structures = structure::Entity::find()
        .filter(structure::Column::SiteId.eq(site_id))
        .order_by_asc(structure::Column::Id)
        .all(txn)
        .await?;
    let of = |status: StructureStatus| -> Vec<&structure::Model> {
        structures
            .iter()
            .filter(|s| s.status == status.as_str())
            .collect()
    };
    let (hosted, former) = (of(StructureStatus::Hosted), of(StructureStatus::Former));
    let (mut next_hosted, mut next_former) = (hosted.iter().cycle(), former.iter().cycle());
    let mut demos = Vec::new();
    let mut left = Vec::new();
    for (i, space) in spaces.into_iter().enumerate() {
        let (Some(tenant), Some(gone)) = (next_hosted.next(), next_former.next()) else {
            break;
        };
        let opened = day(2015, 1, 5)? + Duration::days(i as i64 * 23);
        if i % 12 == 5 || i % 17 == 11 {
            // Free now: its last tenant left during the past year.
            let left_on = today - Duration::days(30 + (i as i64 * 11) % 300);
            demos.push(gone_by(gone.id, &space, opened, left_on, &mut left));
            if i % 24 == 17 {
                // Promised to an applicant, not signed yet.
                if let Some(applicant) = of(StructureStatus::Applicant).get(i % 3) {
                    demos.push(Demo {
                        space,
                        structure: applicant.id,
                        from: today + Duration::days(45),
                        until: None,
                        status: LeaseStatus::Draft,
                        share: None,
                    });
                }
            }
            continue;
        }
        let mut from = tenant.created_at.date_naive().max(opened);
        if i % 3 == 1 {
            // An earlier tenant, long gone.
            let moved_in = day(2019, 1, 7)? + Duration::days(i as i64 * 20);
            let left_on = moved_in - Duration::days(1);
            demos.push(gone_by(gone.id, &space, opened, left_on, &mut left));
            from = moved_in;
        }
        let (status, until) = if i % 15 == 3 {
            (LeaseStatus::Notice, Some(today + Duration::days(40)))
        } else if i % 20 == 9 {
            (LeaseStatus::Running, Some(today + Duration::days(75)))
        } else {
            (LeaseStatus::Running, None)
        };
        if i == 8 {
            // A large office shared by two structures, 60/40.
            if let Some(partner) = next_hosted.next() {
                demos.push(Demo {
                    space: space.clone(),
                    structure: partner.id,
                    from,
                    until,
                    status,
                    share: Some(40),
                });
            }
        }
        demos.push(Demo {
            space,
            structure: tenant.id,
            from,
            until,
            status,
            share: (i == 8).then_some(60),
        });
    }
    let count = demos.len();
    for demo in demos {
        write(txn, demo, today).await?;
    }
    for (id, on) in left {
        structure::Entity::update_many()
            .col_expr(structure::Column::LeftOn, Some(on).into())
            .filter(structure::Column::Id.eq(id))
            .filter(
                Condition::any()
                    .add(structure::Column::LeftOn.is_null())
                    .add(structure::Column::LeftOn.lt(on)),
            )
            .exec(txn)
            .await?;
    }
    Ok(count)
}
