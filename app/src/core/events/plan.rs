//! What the exhibitors' pages read besides the applications: the public form's open call and
//! stall types, and an edition's stall plan with who holds each stall (managers).
use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::page::event_page;
use crate::core::entities::{application, edition, event, site, stall, stall_type};
use crate::core::secret::digest;
use crate::core::{Db, access};
use crate::domain::events::ApplicationStatus;
use crate::domain::exhibitors::Statement;
use crate::domain::exhibitors::{
    EditionHeading, OpenCall, PlanStall, StallPlan, StallTypeView, Unplaced,
};
use crate::domain::{AppError, ApplicationView, Viewer};

/// The stall types of edition `edition_id`, cheapest first.
pub(super) async fn stall_types(
    conn: &impl ConnectionTrait,
    edition_id: i32,
) -> Result<Vec<StallTypeView>, AppError> {
    Ok(stall_type::Entity::find()
        .filter(stall_type::Column::EditionId.eq(edition_id))
        .order_by_asc(stall_type::Column::PriceCents)
        .order_by_asc(stall_type::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|t| StallTypeView {
            id: t.id,
            name: t.name,
            width_cm: t.width_cm,
            depth_cm: t.depth_cm,
            price_cents: t.price_cents,
            power: t.power,
        })
        .collect())
}

/// The page of event `slug` with the edition whose call is open on `today` (and its stall
/// types), or else the one whose call opens next.
pub async fn apply_form(db: &Db, slug: &str, today: NaiveDate) -> Result<OpenCall, AppError> {
    let page = event_page(db, slug, today).await?;
    let open = page
        .editions
        .iter()
        .find(|e| e.call_opens_on <= today && today <= e.call_closes_on)
        .map(|e| e.id);
    let next = page
        .editions
        .iter()
        .filter(|e| e.call_opens_on > today)
        .min_by_key(|e| e.call_opens_on)
        .map(|e| e.id);
    let stall_types = match open {
        Some(id) => stall_types(db.read(), id).await?,
        None => Vec::new(),
    };
    Ok(OpenCall {
        page,
        open,
        next: next.filter(|_| open.is_none()),
        stall_types,
    })
}

/// The stall types an application behind a follow link may choose; `NotFound` for an unknown
/// secret.
pub async fn followed_stall_types(db: &Db, secret: &str) -> Result<Vec<StallTypeView>, AppError> {
    let row = application::Entity::find()
        .filter(application::Column::TokenHash.eq(digest(secret.trim())))
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    stall_types(db.read(), row.edition_id).await
}

/// The statement of application `a` (read through its follow link) issued on `today` by the
/// site that holds its event; `None` until it is accepted.
pub async fn statement(
    db: &Db,
    a: &ApplicationView,
    types: &[StallTypeView],
    today: NaiveDate,
) -> Result<Option<Statement>, AppError> {
    let Some(mut statement) = Statement::of(a, types, today) else {
        return Ok(None);
    };
    let ev = event::Entity::find()
        .filter(event::Column::Slug.eq(a.event_slug.as_str()))
        .one(db.read())
        .await?
        .ok_or(AppError::Internal)?;
    let site = site::Entity::find_by_id(ev.site_id)
        .one(db.read())
        .await?
        .ok_or(AppError::Internal)?;
    statement.issuer = vec![site.name, site.address, site.city];
    Ok(Some(statement))
}

/// The event and year of edition `id` (managers).
pub async fn edition_heading(
    db: &Db,
    viewer: &Viewer,
    id: i32,
) -> Result<EditionHeading, AppError> {
    access::manager(viewer)?;
    let (ed, ev) = super::edition::edition_of(db.read(), id).await?;
    Ok(heading_of(&ed, &ev))
}

/// How pages name edition `ed` of event `ev`.
pub(super) fn heading_of(ed: &edition::Model, ev: &event::Model) -> EditionHeading {
    EditionHeading {
        id: ed.id,
        event: ev.name.clone(),
        event_slug: ev.slug.clone(),
        year: ed.year,
        published: ed.published,
    }
}

/// Makes edition `id`'s list of accepted exhibitors, with their stalls, public on its
/// event's page, or takes it back (managers).
pub async fn publish_exhibitors(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    published: bool,
) -> Result<(), AppError> {
    use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
    access::manager(viewer)?;
    let ed = edition::Entity::find_by_id(id)
        .one(db.write())
        .await?
        .ok_or(AppError::NotFound)?;
    let mut change = ed.into_active_model();
    change.published = Set(published);
    change.updated_at = Set(chrono::Utc::now());
    change.update(db.write()).await?;
    Ok(())
}

/// Edition `id`'s stalls by number with their holders, and the accepted exhibitors still
/// without a stall, by organisation (managers).
pub async fn edition_plan(db: &Db, viewer: &Viewer, id: i32) -> Result<StallPlan, AppError> {
    let edition = edition_heading(db, viewer, id).await?;
    let types: HashMap<i32, String> = stall_types(db.read(), id)
        .await?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    let type_name = |id: i32| types.get(&id).cloned().unwrap_or_default();
    let rows = application::Entity::find()
        .filter(application::Column::EditionId.eq(id))
        .order_by_asc(application::Column::Organisation)
        .all(db.read())
        .await?;
    let holders: HashMap<i32, &application::Model> = rows
        .iter()
        .filter_map(|a| a.stall_id.map(|s| (s, a)))
        .collect();
    let stalls = stall::Entity::find()
        .filter(stall::Column::EditionId.eq(id))
        .order_by_asc(stall::Column::Number)
        .all(db.read())
        .await?
        .into_iter()
        .map(|s| {
            let holder = holders.get(&s.id);
            PlanStall {
                id: s.id,
                number: s.number,
                x: s.x,
                y: s.y,
                w: s.w,
                h: s.h,
                stall_type_id: s.stall_type_id,
                stall_type: type_name(s.stall_type_id),
                holder: holder.map(|a| a.organisation.clone()),
                application_id: holder.map(|a| a.id),
            }
        })
        .collect();
    let unplaced = rows
        .iter()
        .filter(|a| a.stall_id.is_none() && a.status == ApplicationStatus::Accepted.as_str())
        .map(|a| Unplaced {
            id: a.id,
            organisation: a.organisation.clone(),
            stall_type_id: a.stall_type_id,
            stall_type: type_name(a.stall_type_id),
        })
        .collect();
    Ok(StallPlan {
        edition,
        stalls,
        unplaced,
    })
}
