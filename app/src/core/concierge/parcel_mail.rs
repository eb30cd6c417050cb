//! What the desk tells a structure's members about its parcels: one mail per batch of arrivals
//! (those logged within a window, `BATCH_WINDOW` by default, of the first), and one reminder when
//! parcels wait longer than the site's delay. Each mail is queued in the transaction that marks the parcels told, so
//! two servers never send it twice.
use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, TransactionTrait,
    sea_query::Expr,
};

use super::parcels::{reminder_days, waiting_limit};
use crate::core::Db;
use crate::core::entities::{account, membership, parcel, structure};
use crate::core::mail::{compose, enqueue};
use crate::domain::locale::translate_with;
use crate::domain::{AppError, Locale};

/// Which mail a batch gets: the news of arrivals, or the reminder that they still wait.
#[derive(Clone, Copy)]
enum Told {
    Arrived,
    StillWaiting,
}

impl Told {
    fn prefix(self) -> &'static str {
        match self {
            Told::Arrived => "mail.parcels_arrived",
            Told::StillWaiting => "mail.parcels_waiting",
        }
    }

    fn column(self) -> parcel::Column {
        match self {
            Told::Arrived => parcel::Column::NotifiedAt,
            Told::StillWaiting => parcel::Column::RemindedAt,
        }
    }
}

/// Mails the members of each structure whose first unannounced parcel was logged `window` ago or
/// more, one mail per structure for all its unannounced parcels. Gives how many mails were queued.
pub async fn notify_due(
    db: &Db,
    base_url: &str,
    window: Duration,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let rows = parcel::Entity::find()
        .filter(parcel::Column::NotifiedAt.is_null())
        .filter(parcel::Column::PickedUpAt.is_null())
        .order_by_asc(parcel::Column::Id)
        .all(db.read())
        .await?;
    let mut queued = 0;
    for (structure_id, batch) in by_structure(rows) {
        let first = batch.iter().map(|p| p.logged_at).min();
        if first.is_some_and(|first| first + window <= now) {
            queued += tell(db, structure_id, &batch, Told::Arrived, base_url, now).await?;
        }
    }
    Ok(queued)
}

/// Reminds once the members of each structure that has parcels waiting longer than its site's
/// delay. Gives how many mails were queued.
pub async fn remind_due(db: &Db, base_url: &str, now: DateTime<Utc>) -> Result<usize, AppError> {
    let delays = reminder_days(db.read()).await?;
    let rows: Vec<parcel::Model> = parcel::Entity::find()
        .filter(parcel::Column::RemindedAt.is_null())
        .filter(parcel::Column::PickedUpAt.is_null())
        .order_by_asc(parcel::Column::Id)
        .all(db.read())
        .await?
        .into_iter()
        .filter(|p| p.logged_at + waiting_limit(&delays, p.site_id) <= now)
        .collect();
    let mut queued = 0;
    for (structure_id, batch) in by_structure(rows) {
        queued += tell(db, structure_id, &batch, Told::StillWaiting, base_url, now).await?;
    }
    Ok(queued)
}

fn by_structure(rows: Vec<parcel::Model>) -> BTreeMap<i32, Vec<parcel::Model>> {
    let mut groups: BTreeMap<i32, Vec<parcel::Model>> = BTreeMap::new();
    for row in rows {
        groups.entry(row.structure_id).or_default().push(row);
    }
    groups
}

/// Marks `batch` told and queues its mail to each member of the structure, in one transaction;
/// nothing when another server marked one of them first. Gives how many mails were queued.
async fn tell(
    db: &Db,
    structure_id: i32,
    batch: &[parcel::Model],
    told: Told,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let ids: Vec<i32> = batch.iter().map(|p| p.id).collect();
    let txn = db.write().begin().await?;
    let marked = parcel::Entity::update_many()
        .col_expr(told.column(), Expr::value(now))
        .filter(parcel::Column::Id.is_in(ids.iter().copied()))
        .filter(told.column().is_null())
        .filter(parcel::Column::PickedUpAt.is_null())
        .exec(&txn)
        .await?;
    if marked.rows_affected as usize != ids.len() {
        txn.rollback().await?;
        return Ok(0);
    }
    let name = structure::Entity::find_by_id(structure_id)
        .one(&txn)
        .await?
        .map(|s| s.name)
        .unwrap_or_default();
    let members = members(&txn, structure_id).await?;
    let link = format!("{}/parcels", base_url.trim_end_matches('/'));
    let count: i32 = batch.iter().map(|p| p.count).sum();
    for (email, locale) in &members {
        let items = items(batch, *locale);
        let args = [
            ("structure", name.as_str()),
            ("count", &count.to_string()),
            ("items", items.as_str()),
        ];
        enqueue(&txn, compose(*locale, email, told.prefix(), &args, &link)).await?;
    }
    txn.commit().await?;
    Ok(members.len())
}

/// `Colissimo (2), DHL (1)`: what a batch holds, carrier by carrier.
fn items(batch: &[parcel::Model], locale: Locale) -> String {
    let mut carriers: Vec<(&str, i32)> = Vec::new();
    for p in batch {
        match carriers.iter_mut().find(|(c, _)| *c == p.carrier) {
            Some((_, n)) => *n += p.count,
            None => carriers.push((&p.carrier, p.count)),
        }
    }
    carriers
        .iter()
        .map(|(carrier, n)| {
            translate_with(
                locale,
                "mail.parcels_item",
                &[("carrier", carrier), ("n", &n.to_string())],
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The address and language of each member of structure `id` whose account is not disabled.
async fn members(conn: &impl ConnectionTrait, id: i32) -> Result<Vec<(String, Locale)>, AppError> {
    let ids = membership::Entity::find()
        .filter(membership::Column::StructureId.eq(id))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| m.account_id);
    Ok(account::Entity::find()
        .filter(account::Column::Id.is_in(ids))
        .filter(account::Column::DisabledAt.is_null())
        .order_by_asc(account::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|a| (a.email, Locale::from_code(&a.locale).unwrap_or_default()))
        .collect())
}

/// Runs for the life of the server: a pass over the desk's mail every `every`, arrivals told
/// in batches of `window`, and the erasure of visitors' names past their retention.
pub async fn run_desk(db: Db, base_url: String, window: Duration, every: std::time::Duration) {
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let now = Utc::now();
        let erased = super::visitors::erase_due(&db, now).await;
        for (what, done) in [
            ("parcel news", notify_due(&db, &base_url, window, now).await),
            ("parcel reminders", remind_due(&db, &base_url, now).await),
            (
                "visitor names erased",
                erased.map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
            ),
        ] {
            match done {
                Ok(0) => {}
                Ok(n) => tracing::info!(mails = n, "{what} queued"),
                Err(error) => tracing::warn!(?error, "{what} failed"),
            }
        }
    }
}
