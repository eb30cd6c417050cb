//! Sending a space request, from the public form or a manager's.
use chrono::Utc;
use sea_orm::{ActiveModelTrait, EntityTrait, QueryOrder, Set};

use crate::core::Db;
use crate::core::auth::Caller;
use crate::core::auth::rate_limit::{self, Limit};
use crate::core::entities::{site, space_request};
use crate::core::mail::{compose, enqueue};
use crate::domain::{AppError, Locale, NewSpaceRequest, RequestStatus};

/// Requests a client address may send per hour: enough for an office, not for a robot.
const PER_IP: Limit = Limit {
    hits: 10,
    window: chrono::Duration::hours(1),
};

/// Records `new` for the first site and mails the requester an acknowledgement; returns its id.
pub async fn submit(
    db: &Db,
    caller: &Caller,
    new: NewSpaceRequest,
    locale: Locale,
    base_url: &str,
) -> Result<i32, AppError> {
    let txn = db.begin_write().await?;
    if caller.viewer.as_ref().is_none_or(|v| !v.is_manager()) {
        let ip = caller.client.ip.as_deref().unwrap_or("-");
        rate_limit::hit(&txn, &format!("space-request:ip:{ip}"), PER_IP).await?;
    }
    let site = site::Entity::find()
        .order_by_asc(site::Column::Id)
        .one(&txn)
        .await?
        .ok_or(AppError::Internal)?;
    let row = space_request::ActiveModel {
        site_id: Set(site.id),
        structure_id: Set(None),
        organisation: Set(new.organisation.clone()),
        contact_name: Set(new.contact_name.clone()),
        email: Set(new.email.clone()),
        phone: Set(new.phone),
        kind: Set(new.kind.as_str().to_owned()),
        surface_min_m2: Set(new.surface_min_m2),
        surface_max_m2: Set(new.surface_max_m2),
        budget_cents: Set(new.budget_cents),
        wanted_from: Set(new.wanted_from),
        sector: Set(new.sector.as_str().to_owned()),
        message: Set(new.message),
        locale: Set(locale.code().to_owned()),
        status: Set(RequestStatus::Open.as_str().to_owned()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let kind = crate::domain::locale::translate(locale, &new.kind.label_key());
    let args = [
        ("name", new.contact_name.as_str()),
        ("organisation", new.organisation.as_str()),
        ("kind", kind.as_str()),
        ("site", site.name.as_str()),
    ];
    let link = format!("{}/spaces", base_url.trim_end_matches('/'));
    enqueue(
        &txn,
        compose(locale, &new.email, "mail.request_received", &args, &link),
    )
    .await?;
    txn.commit().await?;
    Ok(row.id)
}
