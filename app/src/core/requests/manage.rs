//! Managers' side of space requests: the list matched to vacancies, offers, outcomes.
use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, QueryOrder, Set};

use crate::core::entities::{space, space_request};
use crate::core::mail::{compose, enqueue};
use crate::core::occupancy::candidates;
use crate::core::spaces::word;
use crate::core::{Db, access};
use crate::domain::request::rank;
use crate::domain::{
    AppError, Locale, Money, NewSpaceRequest, RequestStatus, SpaceRequestView, Viewer,
};

/// How far ahead vacancies are matched, in days.
const MATCH_DAYS: u32 = 180;

fn wish(row: &space_request::Model) -> Result<NewSpaceRequest, AppError> {
    Ok(NewSpaceRequest {
        organisation: row.organisation.clone(),
        contact_name: row.contact_name.clone(),
        email: row.email.clone(),
        phone: row.phone.clone(),
        kind: word(&row.kind, "space_requests.kind")?,
        surface_min_m2: row.surface_min_m2,
        surface_max_m2: row.surface_max_m2,
        budget_cents: row.budget_cents,
        wanted_from: row.wanted_from,
        sector: word(&row.sector, "space_requests.sector")?,
        message: row.message.clone(),
    })
}

/// Every request, open ones first then newest, each open one with its best matches among
/// the spaces free on `today` or within six months (managers only).
pub async fn list(
    db: &Db,
    viewer: &Viewer,
    today: NaiveDate,
) -> Result<Vec<SpaceRequestView>, AppError> {
    access::manager(viewer)?;
    let rows = space_request::Entity::find()
        .order_by_desc(space_request::Column::CreatedAt)
        .order_by_desc(space_request::Column::Id)
        .all(db.read())
        .await?;
    let free = candidates(db.read(), None, today, MATCH_DAYS).await?;
    let names: HashMap<i32, String> = space::Entity::find()
        .all(db.read())
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let mut views = rows
        .into_iter()
        .map(|row| {
            let wish = wish(&row)?;
            let status: RequestStatus = word(&row.status, "space_requests.status")?;
            Ok(SpaceRequestView {
                id: row.id,
                matches: if status == RequestStatus::Open {
                    rank(&wish, &free, 5)
                } else {
                    Vec::new()
                },
                organisation: wish.organisation,
                contact_name: wish.contact_name,
                email: wish.email,
                phone: wish.phone,
                kind: wish.kind,
                surface_min_m2: wish.surface_min_m2,
                surface_max_m2: wish.surface_max_m2,
                budget_cents: wish.budget_cents,
                wanted_from: wish.wanted_from,
                sector: wish.sector,
                message: wish.message,
                status,
                offered_space: row.offered_space_id.and_then(|id| names.get(&id).cloned()),
                decision_reason: row.decision_reason,
                created_at: row.created_at,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    views.sort_by_key(|v| v.status != RequestStatus::Open);
    Ok(views)
}

async fn open_request(
    txn: &sea_orm::DatabaseTransaction,
    id: i32,
) -> Result<space_request::Model, AppError> {
    let row = space_request::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?;
    match word::<RequestStatus>(&row.status, "space_requests.status")? {
        RequestStatus::Open | RequestStatus::Offered => Ok(row),
        _ => Err(AppError::Conflict("request.closed".into())),
    }
}

/// Offers space `space_id` to request `id` (managers only): the requester is mailed the
/// space, its surface, its rent and from when it is free.
pub async fn offer(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    space_id: i32,
    today: NaiveDate,
    base_url: &str,
) -> Result<(), AppError> {
    access::manager(viewer)?;
    let txn = db.begin_write().await?;
    let row = open_request(&txn, id).await?;
    let free = candidates(&txn, None, today, MATCH_DAYS).await?;
    let space = free
        .into_iter()
        .find(|c| c.space_id == space_id)
        .ok_or_else(|| AppError::invalid("space_id", "request.space_not_free"))?;
    let locale = Locale::from_code(&row.locale).unwrap_or_default();
    let (email, name) = (row.email.clone(), row.contact_name.clone());
    let mut change = row.into_active_model();
    change.status = Set(RequestStatus::Offered.as_str().to_owned());
    change.offered_space_id = Set(Some(space_id));
    change.offered_at = Set(Some(Utc::now()));
    change.update(&txn).await?;
    let area = format!("{}", space.area_m2);
    let rent = space
        .monthly_rent_cents
        .map(|c| Money::from_cents(c).format(locale))
        .unwrap_or_else(|| "—".into());
    let from = crate::domain::locale::long_date(space.free_from.max(today), locale);
    let args = [
        ("name", name.as_str()),
        ("space", space.name.as_str()),
        ("area", area.as_str()),
        ("rent", rent.as_str()),
        ("from", from.as_str()),
    ];
    let link = format!("{}/spaces/{space_id}", base_url.trim_end_matches('/'));
    enqueue(
        &txn,
        compose(locale, &email, "mail.request_offer", &args, &link),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// How a request ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It led to a lease.
    Leased { lease_id: Option<i32> },
    /// The site refused it, for a reason the requester may be told.
    Refused { reason: String },
    /// The requester gave up.
    Withdrawn,
}

/// Closes request `id` with `outcome` (managers only).
pub async fn close(db: &Db, viewer: &Viewer, id: i32, outcome: Outcome) -> Result<(), AppError> {
    access::manager(viewer)?;
    let txn = db.begin_write().await?;
    let row = open_request(&txn, id).await?;
    let mut change = row.into_active_model();
    let status = match outcome {
        Outcome::Leased { lease_id } => {
            change.lease_id = Set(lease_id);
            RequestStatus::Leased
        }
        Outcome::Refused { reason } => {
            let reason = reason.trim().to_owned();
            if reason.is_empty() || reason.chars().count() > 500 {
                return Err(AppError::invalid("reason", "request.reason_invalid"));
            }
            change.decision_reason = Set(Some(reason));
            RequestStatus::Refused
        }
        Outcome::Withdrawn => RequestStatus::Withdrawn,
    };
    change.status = Set(status.as_str().to_owned());
    change.closed_at = Set(Some(Utc::now()));
    change.update(&txn).await?;
    txn.commit().await?;
    Ok(())
}
