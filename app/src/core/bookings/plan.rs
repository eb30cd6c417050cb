//! The floor plan: every space of a floor where the operator drew it, free or busy at a moment
//! (now, or one a reader chose).
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::read::busy;
use super::space::{closures_of, rules_of};
use crate::core::Db;
use crate::core::entities::{floor_picture, site, space};
use crate::core::spaces::word;
use crate::domain::plan::{FloorPlan, Now, PlanSpace};
use crate::domain::rules::open_window;
use crate::domain::time::{paris_day, paris_midnight};
use crate::domain::{AppError, SpaceKind, TimeRange};

/// The plan's width in plan units; its height follows the spaces drawn.
const WIDTH: i32 = 1000;

/// Floor `floor` (the lowest when none) of site `site_slug` (the first site when none) as it is
/// at `at`; `now` says which holds have expired.
pub async fn floor_plan(
    db: &Db,
    site_slug: Option<&str>,
    floor: Option<i32>,
    at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<FloorPlan, AppError> {
    let mut sites = site::Entity::find().order_by_asc(site::Column::Id);
    if let Some(slug) = site_slug {
        sites = sites.filter(site::Column::Slug.eq(slug));
    }
    let site = sites.one(db.read()).await?.ok_or(AppError::NotFound)?;
    let pictures: Vec<(i32, i32, i32)> = floor_picture::Entity::find()
        .select_only()
        .column(floor_picture::Column::Floor)
        .column(floor_picture::Column::Width)
        .column(floor_picture::Column::Height)
        .filter(floor_picture::Column::SiteId.eq(site.id))
        .into_tuple()
        .all(db.read())
        .await?;
    let mut floors: Vec<i32> = space::Entity::find()
        .select_only()
        .column(space::Column::Floor)
        .distinct()
        .filter(space::Column::SiteId.eq(site.id))
        .filter(space::Column::Active.eq(true))
        .order_by_asc(space::Column::Floor)
        .into_tuple()
        .all(db.read())
        .await?;
    floors.extend(pictures.iter().map(|p| p.0));
    floors.sort_unstable();
    floors.dedup();
    let floor = match floor {
        Some(f) if floors.contains(&f) => f,
        Some(_) => return Err(AppError::NotFound),
        None => floors.first().copied().unwrap_or_default(),
    };
    let rows = space::Entity::find()
        .filter(space::Column::SiteId.eq(site.id))
        .filter(space::Column::Active.eq(true))
        .filter(space::Column::Floor.eq(floor))
        .order_by_asc(space::Column::Code)
        .all(db.read())
        .await?;
    let today = paris_day(at);
    let rest_of_day = TimeRange::new(at, paris_midnight(today + chrono::Days::new(1)))?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let taken = busy(db, &ids, rest_of_day, now).await?;
    let closures = closures_of(db.read(), site.id).await?;
    let mut spaces = Vec::with_capacity(rows.len());
    for row in rows {
        let kind: SpaceKind = word(&row.kind, "spaces.kind")?;
        let mine: Vec<TimeRange> = taken
            .iter()
            .filter(|(id, _)| *id == row.id)
            .map(|(_, r)| *r)
            .collect();
        let (state, until) = if !kind.is_bookable() {
            (Now::Leased, None)
        } else if let Some(current) = mine.iter().find(|r| r.starts_at() <= at) {
            (Now::Busy, Some(current.ends_at()))
        } else {
            let window = open_window(&rules_of(&row)?, today, &closures);
            match window.filter(|w| w.starts_at() <= at && at < w.ends_at()) {
                Some(open) => {
                    let next = mine.first().map(TimeRange::starts_at);
                    (
                        Now::Free,
                        Some(next.unwrap_or(open.ends_at()).min(open.ends_at())),
                    )
                }
                None => (Now::Closed, None),
            }
        };
        let rect = match (row.plan_x, row.plan_y, row.plan_w, row.plan_h) {
            (Some(x), Some(y), Some(w), Some(h)) if w > 0 && h > 0 => Some((x, y, w, h)),
            _ => None,
        };
        spaces.push(PlanSpace {
            id: row.id,
            code: row.code,
            name: row.name,
            kind,
            capacity: row.capacity,
            rect,
            now: state,
            until,
        });
    }
    let picture = pictures.iter().find(|p| p.0 == floor);
    // A picture keeps its proportions across the plan's width; an absurd one stops at 5000 units.
    let picture_height = picture.map_or(0, |&(_, w, h)| {
        let height = i64::from(WIDTH) * i64::from(h) / i64::from(w.max(1));
        i32::try_from(height.clamp(0, 5000)).unwrap_or(5000)
    });
    let height = (spaces
        .iter()
        .filter_map(|s| s.rect.map(|(_, y, _, h)| y + h))
        .max()
        .unwrap_or(0)
        + 10)
        .max(picture_height);
    Ok(FloorPlan {
        site_id: site.id,
        picture: picture.map(|_| format!("/plans/{}/{floor}", site.id)),
        site_name: site.name,
        site_slug: site.slug,
        floor,
        floors,
        width: WIDTH,
        height,
        spaces,
        at,
    })
}
