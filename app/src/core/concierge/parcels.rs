//! Parcels at the desk: logged as they arrive, listed for the desk and for the structure's
//! members, handed over, and the register of a day.
use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, TransactionTrait, sea_query::Expr,
};

use crate::core::entities::{parcel, site, structure};
use crate::core::{Db, access};
use crate::domain::parcel::{
    NewParcel, ParcelInput, ParcelQuery, ParcelRegister, ParcelSize, ParcelView,
};
use crate::domain::time::paris_midnight;
use crate::domain::{AppError, FieldError, Viewer};

/// How long after a structure's first unannounced parcel its members are mailed: the parcels
/// logged for it meanwhile go in the same mail.
pub const BATCH_WINDOW: Duration = Duration::minutes(10);

/// How many handed-over parcels a list shows at most, newest first.
const HISTORY: u64 = 200;

/// The views of `rows`, with their structures' names and whether each waits too long.
pub(super) async fn views(
    conn: &impl ConnectionTrait,
    rows: Vec<parcel::Model>,
    now: DateTime<Utc>,
) -> Result<Vec<ParcelView>, AppError> {
    let mut structure_ids: Vec<i32> = rows.iter().map(|r| r.structure_id).collect();
    structure_ids.sort_unstable();
    structure_ids.dedup();
    let names: HashMap<i32, String> = structure::Entity::find()
        .select_only()
        .column(structure::Column::Id)
        .column(structure::Column::Name)
        .filter(structure::Column::Id.is_in(structure_ids))
        .into_tuple::<(i32, String)>()
        .all(conn)
        .await?
        .into_iter()
        .collect();
    let delays = reminder_days(conn).await?;
    rows.into_iter()
        .map(|row| {
            let size = row.size.parse().map_err(|_| AppError::Internal)?;
            let overdue = row.picked_up_at.is_none()
                && row.logged_at + waiting_limit(&delays, row.site_id) <= now;
            Ok(ParcelView {
                id: row.id,
                site_id: row.site_id,
                structure_id: row.structure_id,
                structure_name: names.get(&row.structure_id).cloned().unwrap_or_default(),
                carrier: row.carrier,
                count: row.count,
                size,
                note: row.note,
                logged_at: row.logged_at,
                notified_at: row.notified_at,
                picked_up_at: row.picked_up_at,
                picked_up_by: row.picked_up_by,
                overdue,
            })
        })
        .collect()
}

/// Each site's reminder delay, in days.
pub(super) async fn reminder_days(
    conn: &impl ConnectionTrait,
) -> Result<HashMap<i32, i32>, AppError> {
    Ok(site::Entity::find()
        .select_only()
        .column(site::Column::Id)
        .column(site::Column::ParcelReminderDays)
        .into_tuple::<(i32, i32)>()
        .all(conn)
        .await?
        .into_iter()
        .collect())
}

/// How long a parcel of site `site_id` may wait before it is flagged.
pub(super) fn waiting_limit(delays: &HashMap<i32, i32>, site_id: i32) -> Duration {
    let days = delays
        .get(&site_id)
        .copied()
        .unwrap_or(crate::domain::site_input::PARCEL_REMINDER_DAYS);
    Duration::days(i64::from(days))
}

/// Logs an arrival for a structure (the desk: managers); its members are mailed with the rest
/// of its batch.
pub async fn log(
    db: &Db,
    viewer: &Viewer,
    input: ParcelInput,
    now: DateTime<Utc>,
) -> Result<ParcelView, AppError> {
    access::manager(viewer)?;
    let new = NewParcel::try_from(input)?;
    let txn = db.write().begin().await?;
    let Some(holder) = structure::Entity::find_by_id(new.structure_id)
        .one(&txn)
        .await?
    else {
        return Err(AppError::invalid(
            "structure_id",
            "parcel.structure_unknown",
        ));
    };
    let row = parcel::ActiveModel {
        site_id: Set(holder.site_id),
        structure_id: Set(holder.id),
        carrier: Set(new.carrier),
        count: Set(new.count),
        size: Set(new.size.as_str().to_owned()),
        note: Set(new.note),
        logged_at: Set(now),
        logged_by: Set(Some(viewer.id)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let view = views(&txn, vec![row], now).await?.pop();
    txn.commit().await?;
    view.ok_or(AppError::Internal)
}

/// Parcels as `query` asks: one structure's (its members and the desk), or when none is named,
/// every structure's for the desk and the viewer's own structures' for a member. Waiting ones
/// first by arrival, then the last handed over.
pub async fn list(
    db: &Db,
    viewer: &Viewer,
    query: ParcelQuery,
    now: DateTime<Utc>,
) -> Result<Vec<ParcelView>, AppError> {
    let mut select = parcel::Entity::find();
    match query.structure_id {
        Some(id) => {
            access::see_structure(viewer, id)?;
            select = select.filter(parcel::Column::StructureId.eq(id));
        }
        None if viewer.is_manager() => {}
        None => {
            let mine = viewer.structures.iter().map(|s| s.id);
            select = select.filter(parcel::Column::StructureId.is_in(mine));
        }
    }
    let waiting = select
        .clone()
        .filter(parcel::Column::PickedUpAt.is_null())
        .order_by_asc(parcel::Column::LoggedAt)
        .order_by_asc(parcel::Column::Id)
        .all(db.read())
        .await?;
    let mut rows = waiting;
    if !query.waiting {
        let taken = select
            .filter(parcel::Column::PickedUpAt.is_not_null())
            .order_by_desc(parcel::Column::PickedUpAt)
            .order_by_desc(parcel::Column::Id)
            .limit(HISTORY)
            .all(db.read())
            .await?;
        rows.extend(taken);
    }
    views(db.read(), rows, now).await
}

/// Records that `taken_by` took parcels `ids` away (the desk): all of them or none. `NotFound`
/// for an unknown one, `Conflict` when one was already handed over.
pub async fn pickup(
    db: &Db,
    viewer: &Viewer,
    ids: &[i32],
    taken_by: &str,
    now: DateTime<Utc>,
) -> Result<Vec<ParcelView>, AppError> {
    access::manager(viewer)?;
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Err(AppError::invalid("ids", "parcel.none_chosen"));
    }
    let txn = db.write().begin().await?;
    let found = parcel::Entity::find()
        .filter(parcel::Column::Id.is_in(ids.iter().copied()))
        .count(&txn)
        .await?;
    if usize::try_from(found).ok() != Some(ids.len()) {
        return Err(AppError::NotFound);
    }
    let done = parcel::Entity::update_many()
        .col_expr(parcel::Column::PickedUpAt, Expr::value(now))
        .col_expr(parcel::Column::PickedUpBy, Expr::value(taken_by))
        .col_expr(parcel::Column::HandedBy, Expr::value(viewer.id))
        .filter(parcel::Column::Id.is_in(ids.iter().copied()))
        .filter(parcel::Column::PickedUpAt.is_null())
        .exec(&txn)
        .await?;
    if done.rows_affected as usize != ids.len() {
        return Err(AppError::Conflict("parcel.already_picked_up".into()));
    }
    let rows = parcel::Entity::find()
        .filter(parcel::Column::Id.is_in(ids.iter().copied()))
        .order_by_asc(parcel::Column::Id)
        .all(&txn)
        .await?;
    let views = views(&txn, rows, now).await?;
    txn.commit().await?;
    Ok(views)
}

/// The register of `day` at site `site_slug` (the first site when none): what arrived and
/// what was taken away that day, in order (the desk).
pub async fn register(
    db: &Db,
    viewer: &Viewer,
    site_slug: Option<&str>,
    day: NaiveDate,
    now: DateTime<Utc>,
) -> Result<ParcelRegister, AppError> {
    access::manager(viewer)?;
    let mut sites = site::Entity::find().order_by_asc(site::Column::Id);
    if let Some(slug) = site_slug {
        sites = sites.filter(site::Column::Slug.eq(slug));
    }
    let site = sites.one(db.read()).await?.ok_or(AppError::NotFound)?;
    let (from, to) = (
        paris_midnight(day),
        paris_midnight(day + chrono::Days::new(1)),
    );
    let arrivals = parcel::Entity::find()
        .filter(parcel::Column::SiteId.eq(site.id))
        .filter(parcel::Column::LoggedAt.gte(from))
        .filter(parcel::Column::LoggedAt.lt(to))
        .order_by_asc(parcel::Column::LoggedAt)
        .order_by_asc(parcel::Column::Id)
        .all(db.read())
        .await?;
    let pickups = parcel::Entity::find()
        .filter(parcel::Column::SiteId.eq(site.id))
        .filter(parcel::Column::PickedUpAt.gte(from))
        .filter(parcel::Column::PickedUpAt.lt(to))
        .order_by_asc(parcel::Column::PickedUpAt)
        .order_by_asc(parcel::Column::Id)
        .all(db.read())
        .await?;
    Ok(ParcelRegister {
        site_name: site.name,
        day,
        arrivals: views(db.read(), arrivals, now).await?,
        pickups: views(db.read(), pickups, now).await?,
    })
}

/// The names of every structure, by name, for the desk's form (the desk).
pub async fn recipients(db: &Db, viewer: &Viewer) -> Result<Vec<String>, AppError> {
    access::manager(viewer)?;
    Ok(structure::Entity::find()
        .select_only()
        .column(structure::Column::Name)
        .order_by_asc(structure::Column::Name)
        .into_tuple::<String>()
        .all(db.read())
        .await?)
}

/// The structure a desk typed: the one of that name (case aside), or else the only one whose
/// name holds what was typed.
/// A failed query is an error of its own, not an unknown structure.
async fn structure_typed(db: &Db, typed: &str) -> Result<Result<i32, FieldError>, AppError> {
    let typed = typed.trim().to_lowercase();
    if typed.is_empty() {
        return Ok(Err(FieldError::new(
            "structure_id",
            "parcel.structure_id_invalid",
        )));
    }
    let all: Vec<(i32, String)> = structure::Entity::find()
        .select_only()
        .column(structure::Column::Id)
        .column(structure::Column::Name)
        .into_tuple()
        .all(db.read())
        .await?;
    let named = |(id, name): &(i32, String)| (name.to_lowercase() == typed).then_some(*id);
    if let Some(id) = all.iter().find_map(named) {
        return Ok(Ok(id));
    }
    let holding: Vec<i32> = all
        .iter()
        .filter(|(_, name)| name.to_lowercase().contains(&typed))
        .map(|(id, _)| *id)
        .collect();
    Ok(match holding.as_slice() {
        [id] => Ok(*id),
        [] => Err(FieldError::new("structure_id", "parcel.structure_unknown")),
        _ => Err(FieldError::new(
            "structure_id",
            "parcel.structure_ambiguous",
        )),
    })
}

/// An arrival as the desk's form sends it (the structure as typed, numbers as text), read into
/// what `log` takes; every bad field named at once.
pub async fn arrival_from_form(
    db: &Db,
    structure: &str,
    carrier: String,
    count: &str,
    size: &str,
    note: String,
) -> Result<ParcelInput, AppError> {
    let mut errors = Vec::new();
    let structure_id = structure_typed(db, structure)
        .await?
        .map_err(|e| errors.push(e))
        .unwrap_or_default();
    let count = count
        .trim()
        .parse::<i32>()
        .map_err(|_| errors.push(FieldError::new("count", "parcel.count_invalid")))
        .unwrap_or(1);
    let size = match size.trim() {
        "" => None,
        word => word
            .parse::<ParcelSize>()
            .map_err(|_| errors.push(FieldError::new("size", "parcel.size_invalid")))
            .ok(),
    };
    let input = ParcelInput {
        structure_id: structure_id.max(1),
        carrier,
        count,
        size,
        note: Some(note),
    };
    if let Err(AppError::Invalid(more)) = NewParcel::try_from(input.clone()) {
        let known: Vec<String> = errors.iter().map(|e| e.field.clone()).collect();
        errors.extend(more.into_iter().filter(|e| !known.contains(&e.field)));
    }
    if errors.is_empty() {
        Ok(input)
    } else {
        Err(AppError::Invalid(errors))
    }
}
