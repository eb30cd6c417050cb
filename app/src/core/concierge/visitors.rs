//! Visitors: announced by a structure's members, expected at the desk, checked in there (their
//! host mailed at once), and their names erased once the site's retention period has passed.
use std::collections::HashMap;

use chrono::{DateTime, Days, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait, sea_query::Expr,
};

use crate::core::entities::{account, membership, site, structure, visitor};
use crate::core::mail::{compose, enqueue};
use crate::core::{Db, access};
use crate::domain::time::paris_day;
use crate::domain::visitor::{NewVisitor, VisitorInput, VisitorQuery, VisitorView};
use crate::domain::{AppError, Locale, Viewer};

async fn views(
    conn: &impl ConnectionTrait,
    rows: Vec<visitor::Model>,
) -> Result<Vec<VisitorView>, AppError> {
    let structures: HashMap<i32, String> = structure::Entity::find()
        .select_only()
        .column(structure::Column::Id)
        .column(structure::Column::Name)
        .filter(structure::Column::Id.is_in(rows.iter().map(|r| r.structure_id)))
        .into_tuple::<(i32, String)>()
        .all(conn)
        .await?
        .into_iter()
        .collect();
    let hosts: HashMap<i32, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(rows.iter().filter_map(|r| r.host_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| {
            let name = if a.display_name.is_empty() {
                a.email
            } else {
                a.display_name
            };
            (a.id, name)
        })
        .collect();
    Ok(rows
        .into_iter()
        .map(|row| VisitorView {
            id: row.id,
            structure_id: row.structure_id,
            structure_name: structures
                .get(&row.structure_id)
                .cloned()
                .unwrap_or_default(),
            name: row.name,
            company: row.company,
            day: row.day,
            expected_at: row.expected_at,
            host: row.host_id.and_then(|id| hosts.get(&id).cloned()),
            arrived_at: row.arrived_at,
        })
        .collect())
}

/// Whether account `id` is a member of structure `structure_id`.
async fn is_member(
    conn: &impl ConnectionTrait,
    id: i32,
    structure_id: i32,
) -> Result<bool, AppError> {
    Ok(membership::Entity::find()
        .filter(membership::Column::AccountId.eq(id))
        .filter(membership::Column::StructureId.eq(structure_id))
        .one(conn)
        .await?
        .is_some())
}

/// Announces a visitor for one of the viewer's structures (its members; the desk for any).
pub async fn announce(
    db: &Db,
    viewer: &Viewer,
    input: VisitorInput,
    now: DateTime<Utc>,
) -> Result<VisitorView, AppError> {
    access::see_structure(viewer, input.structure_id)?;
    let new = NewVisitor::read(input, paris_day(now))?;
    let txn = db.write().begin().await?;
    let holder = structure::Entity::find_by_id(new.structure_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let host = match new.host_id {
        Some(id) if is_member(&txn, id, holder.id).await? => Some(id),
        Some(_) => return Err(AppError::invalid("host_id", "visitor.host_unknown")),
        None => viewer.is_member_of(holder.id).then_some(viewer.id),
    };
    let row = visitor::ActiveModel {
        site_id: Set(holder.site_id),
        structure_id: Set(holder.id),
        host_id: Set(host),
        name: Set(Some(new.name)),
        company: Set(new.company),
        day: Set(new.day),
        expected_at: Set(new.expected_at),
        announced_by: Set(Some(viewer.id)),
        announced_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let view = views(&txn, vec![row]).await?.pop();
    txn.commit().await?;
    view.ok_or(AppError::Internal)
}

/// Visitors as `query` asks: one structure's (its members and the desk), or when none is named,
/// every structure's for the desk and the viewer's own structures' for a member; one day, or
/// today and after. By day, then expected time.
pub async fn visitor_list(
    db: &Db,
    viewer: &Viewer,
    query: VisitorQuery,
    now: DateTime<Utc>,
) -> Result<Vec<VisitorView>, AppError> {
    let mut select = visitor::Entity::find();
    match query.structure_id {
        Some(id) => {
            access::see_structure(viewer, id)?;
            select = select.filter(visitor::Column::StructureId.eq(id));
        }
        None if viewer.is_manager() => {}
        None => {
            let mine = viewer.structures.iter().map(|s| s.id);
            select = select.filter(visitor::Column::StructureId.is_in(mine));
        }
    }
    select = match query.day {
        Some(day) => select.filter(visitor::Column::Day.eq(day)),
        None => select.filter(visitor::Column::Day.gte(paris_day(now))),
    };
    let rows = select
        .order_by_asc(visitor::Column::Day)
        .order_by_asc(visitor::Column::ExpectedAt)
        .order_by_asc(visitor::Column::Id)
        .all(db.read())
        .await?;
    views(db.read(), rows).await
}

/// Checks a visitor in at the desk and mails their host at once. `Conflict` when already
/// checked in.
pub async fn arrive(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<VisitorView, AppError> {
    access::manager(viewer)?;
    let txn = db.write().begin().await?;
    let row = visitor::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let done = visitor::Entity::update_many()
        .col_expr(visitor::Column::ArrivedAt, Expr::value(now))
        .filter(visitor::Column::Id.eq(id))
        .filter(visitor::Column::ArrivedAt.is_null())
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(AppError::Conflict("visitor.already_arrived".into()));
    }
    let host = match row.host_id {
        Some(host) => {
            account::Entity::find_by_id(host)
                .filter(account::Column::DisabledAt.is_null())
                .one(&txn)
                .await?
        }
        None => None,
    };
    if let Some(host) = host {
        let locale = Locale::from_code(&host.locale).unwrap_or_default();
        let name = row.name.clone().unwrap_or_default();
        let company = row.company.clone().unwrap_or_default();
        let time = crate::domain::time::paris_time(now);
        let args = [
            ("visitor", name.as_str()),
            ("company", company.as_str()),
            ("time", time.as_str()),
        ];
        let link = format!("{}/visitors", base_url.trim_end_matches('/'));
        let prefix = if company.is_empty() {
            "mail.visitor_arrived"
        } else {
            "mail.visitor_arrived_from"
        };
        enqueue(&txn, compose(locale, &host.email, prefix, &args, &link)).await?;
    }
    let mut arrived = row;
    arrived.arrived_at = Some(now);
    let view = views(&txn, vec![arrived]).await?.pop();
    txn.commit().await?;
    view.ok_or(AppError::Internal)
}

/// Erases the names and companies of visits older than their site's retention period; the
/// visits stay, counted per day. Gives how many were erased.
pub async fn erase_due(db: &Db, now: DateTime<Utc>) -> Result<u64, AppError> {
    let sites: Vec<(i32, i32)> = site::Entity::find()
        .select_only()
        .column(site::Column::Id)
        .column(site::Column::VisitorRetentionDays)
        .into_tuple()
        .all(db.read())
        .await?;
    let today = paris_day(now);
    let mut erased = 0;
    for (site_id, days) in sites {
        let days = u64::try_from(days).unwrap_or_default();
        let Some(cutoff) = today.checked_sub_days(Days::new(days)) else {
            continue;
        };
        let done = visitor::Entity::update_many()
            .col_expr(visitor::Column::Name, Expr::value(None::<String>))
            .col_expr(visitor::Column::Company, Expr::value(None::<String>))
            .col_expr(visitor::Column::ErasedAt, Expr::value(now))
            .filter(visitor::Column::SiteId.eq(site_id))
            .filter(visitor::Column::Day.lt(cutoff))
            .filter(visitor::Column::ErasedAt.is_null())
            .exec(db.write())
            .await?;
        erased += done.rows_affected;
    }
    Ok(erased)
}

/// How many visitors came or were expected each day from `from` to `to` (the desk).
pub async fn day_counts(
    db: &Db,
    viewer: &Viewer,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(NaiveDate, i64)>, AppError> {
    access::manager(viewer)?;
    Ok(visitor::Entity::find()
        .select_only()
        .column(visitor::Column::Day)
        .column_as(visitor::Column::Id.count(), "n")
        .filter(visitor::Column::Day.gte(from))
        .filter(visitor::Column::Day.lte(to))
        .group_by(visitor::Column::Day)
        .order_by_asc(visitor::Column::Day)
        .into_tuple()
        .all(db.read())
        .await?)
}
