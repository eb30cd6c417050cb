//! After the day: managers record visitor counts (one per entrance, day and hour, or per
//! entrance and day for a total; typing one again replaces it), and read the edition's report
//! beside the event's earlier editions.
use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, Set,
};

use super::edition::edition_of;
use super::plan::heading_of;
use crate::core::entities::{application, edition, stall_type, visitor_count};
use crate::core::{Db, access};
use crate::domain::events::{
    ApplicationStatus, EditionFigures, EditionReport, FeeLine, NewVisitorCount, VisitorCount,
    VisitorCountInput, tally, visitors_by_entrance, visitors_by_hour, visitors_total,
};
use crate::domain::{AppError, LegalForm, Sector, Viewer};

fn count_view(row: visitor_count::Model) -> VisitorCount {
    VisitorCount {
        id: row.id,
        day: row.day,
        entrance: row.entrance,
        hour: row.hour,
        visitors: row.visitors,
    }
}

/// Records a count for edition `edition_id` (managers). A count of the same entrance, day and
/// hour (or the same day's total) is replaced; returns whether one was.
pub async fn record_visitors(
    db: &Db,
    viewer: &Viewer,
    edition_id: i32,
    input: &VisitorCountInput,
    today: NaiveDate,
) -> Result<bool, AppError> {
    access::manager(viewer)?;
    let txn = db.begin_write().await?;
    let (ed, _) = edition_of(&txn, edition_id).await?;
    let new = NewVisitorCount::parse(input, ed.starts_on, ed.ends_on, today)?;
    let hour = match new.hour {
        Some(h) => visitor_count::Column::Hour.eq(h),
        None => visitor_count::Column::Hour.is_null(),
    };
    let same = visitor_count::Entity::find()
        .filter(visitor_count::Column::EditionId.eq(ed.id))
        .filter(visitor_count::Column::Day.eq(new.day))
        .filter(visitor_count::Column::Entrance.eq(new.entrance.as_str()))
        .filter(hour)
        .one(&txn)
        .await?;
    let replaced = same.is_some();
    match same {
        Some(row) => {
            let mut change = row.into_active_model();
            change.visitors = Set(new.visitors);
            change.update(&txn).await?;
        }
        None => {
            visitor_count::ActiveModel {
                edition_id: Set(ed.id),
                day: Set(new.day),
                entrance: Set(new.entrance),
                hour: Set(new.hour),
                visitors: Set(new.visitors),
                ..Default::default()
            }
            .insert(&txn)
            .await
            .map_err(meanwhile)?;
        }
    }
    txn.commit().await.map_err(meanwhile)?;
    Ok(replaced)
}

/// Two managers typing the same count at once: the unique index keeps one, and the other is
/// told to look again.
fn meanwhile(e: sea_orm::DbErr) -> AppError {
    match AppError::from(e) {
        AppError::Conflict(_) => AppError::Conflict("visitors.counted_meanwhile".into()),
        other => other,
    }
}

/// Deletes count `id` of edition `edition_id` (managers); `NotFound` for another edition's.
pub async fn delete_visitor_count(
    db: &Db,
    viewer: &Viewer,
    edition_id: i32,
    id: i32,
) -> Result<(), AppError> {
    access::manager(viewer)?;
    let deleted = visitor_count::Entity::delete_many()
        .filter(visitor_count::Column::Id.eq(id))
        .filter(visitor_count::Column::EditionId.eq(edition_id))
        .exec(db.write())
        .await?;
    if deleted.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// What the report reads of an accepted exhibitor.
struct Exhibitor {
    edition_id: i32,
    stall_type_id: i32,
    sector: Option<Sector>,
    legal_form: Option<LegalForm>,
    price_cents: i64,
    sales_cents: Option<i64>,
}

fn figures(
    ed: &edition::Model,
    exhibitors: &[&Exhibitor],
    counts: &[VisitorCount],
) -> EditionFigures {
    let declared: Vec<i64> = exhibitors.iter().filter_map(|e| e.sales_cents).collect();
    EditionFigures {
        edition_id: ed.id,
        year: ed.year,
        starts_on: ed.starts_on,
        visitors: (!counts.is_empty()).then(|| visitors_total(counts)),
        exhibitors: exhibitors.len() as u32,
        fees_cents: exhibitors.iter().map(|e| e.price_cents).sum(),
        sales_cents: declared.iter().sum(),
        declared: declared.len() as u32,
    }
}

/// Edition `edition_id`'s report, with every edition of its event up to its year (managers).
pub async fn edition_report(
    db: &Db,
    viewer: &Viewer,
    edition_id: i32,
    today: NaiveDate,
) -> Result<EditionReport, AppError> {
    access::manager(viewer)?;
    let conn = db.read();
    let (ed, ev) = edition_of(conn, edition_id).await?;
    let heading = heading_of(&ed, &ev);
    let editions = edition::Entity::find()
        .filter(edition::Column::EventId.eq(ed.event_id))
        .filter(edition::Column::Year.lte(ed.year))
        .order_by_asc(edition::Column::Year)
        .all(conn)
        .await?;
    let ids: Vec<i32> = editions.iter().map(|e| e.id).collect();
    let types: HashMap<i32, stall_type::Model> = stall_type::Entity::find()
        .filter(stall_type::Column::EditionId.is_in(ids.clone()))
        .all(conn)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let exhibitors: Vec<Exhibitor> = application::Entity::find()
        .filter(application::Column::EditionId.is_in(ids.clone()))
        .filter(application::Column::Status.eq(ApplicationStatus::Accepted.as_str()))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| Exhibitor {
            edition_id: a.edition_id,
            stall_type_id: a.stall_type_id,
            sector: a.sector.parse().ok(),
            legal_form: a.legal_form.parse().ok(),
            price_cents: types.get(&a.stall_type_id).map_or(0, |t| t.price_cents),
            sales_cents: a.sales_cents,
        })
        .collect();
    let counts: Vec<(i32, VisitorCount)> = visitor_count::Entity::find()
        .filter(visitor_count::Column::EditionId.is_in(ids))
        .order_by_asc(visitor_count::Column::Day)
        .order_by_asc(visitor_count::Column::Entrance)
        .order_by_asc(visitor_count::Column::Hour)
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.edition_id, count_view(c)))
        .collect();
    let of = |id: i32| -> (Vec<&Exhibitor>, Vec<VisitorCount>) {
        (
            exhibitors.iter().filter(|e| e.edition_id == id).collect(),
            counts
                .iter()
                .filter(|(e, _)| *e == id)
                .map(|(_, c)| c.clone())
                .collect(),
        )
    };
    let history: Vec<EditionFigures> = editions
        .iter()
        .map(|e| {
            let (exhibitors, counts) = of(e.id);
            figures(e, &exhibitors, &counts)
        })
        .collect();
    let (mine, counts) = of(ed.id);
    let mut fees: Vec<FeeLine> = types
        .values()
        .filter(|t| t.edition_id == ed.id)
        .map(|t| {
            let n = mine.iter().filter(|e| e.stall_type_id == t.id).count();
            FeeLine {
                stall_type: t.name.clone(),
                price_cents: t.price_cents,
                exhibitors: n as u32,
                total_cents: t.price_cents * n as i64,
            }
        })
        .collect();
    fees.sort_by(|a, b| {
        a.price_cents
            .cmp(&b.price_cents)
            .then(a.stall_type.cmp(&b.stall_type))
    });
    Ok(EditionReport {
        edition: heading,
        starts_on: ed.starts_on,
        ends_on: ed.ends_on,
        opens: ed.opens.clone(),
        closes: ed.closes.clone(),
        counting_open: today >= ed.starts_on,
        by_entrance: visitors_by_entrance(&counts),
        by_hour: visitors_by_hour(&counts),
        sectors: tally(Sector::ALL, mine.iter().filter_map(|e| e.sector)),
        legal_forms: tally(LegalForm::ALL, mine.iter().filter_map(|e| e.legal_form)),
        fees,
        figures: figures(&ed, &mine, &counts),
        counts,
        history,
    })
}
