//! Applying to an edition through the public form, while its call is open.
use chrono::{NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};

use super::mail::{follow_link, tell};
use crate::core::Db;
use crate::core::entities::{application, edition, stall_type};
use crate::core::events::edition::edition_of;
use crate::core::secret::{digest, new_secret};
use crate::domain::events::{ApplicationStatus, NewApplication};
use crate::domain::{AppError, Locale};

const PREFIX: &str = "ex_";

/// Refuses a change to an application once the edition's call is closed.
pub(super) fn call_open(ed: &edition::Model, today: NaiveDate) -> Result<(), AppError> {
    if today < ed.call_opens_on || today > ed.call_closes_on {
        return Err(AppError::Conflict("application.call_closed".into()));
    }
    Ok(())
}

/// The stall type `id`, when it is one of edition `edition_id`'s.
pub(super) async fn check_stall_type(
    conn: &impl ConnectionTrait,
    edition_id: i32,
    id: i32,
) -> Result<stall_type::Model, AppError> {
    stall_type::Entity::find_by_id(id)
        .one(conn)
        .await?
        .filter(|t| t.edition_id == edition_id)
        .ok_or_else(|| AppError::invalid("stall_type_id", "application.stall_type_invalid"))
}

/// Records an application to edition `edition_id` while its call is open, and mails the
/// applicant the link to follow it; returns that link's secret.
pub async fn apply(
    db: &Db,
    edition_id: i32,
    new: NewApplication,
    locale: Locale,
    today: NaiveDate,
    base_url: &str,
) -> Result<String, AppError> {
    let txn = db.begin_write().await?;
    let (ed, ev) = edition_of(&txn, edition_id).await?;
    call_open(&ed, today)?;
    check_stall_type(&txn, ed.id, new.stall_type_id).await?;
    let secret = new_secret(PREFIX);
    let now = Utc::now();
    let row = application::ActiveModel {
        edition_id: Set(ed.id),
        token_hash: Set(digest(&secret)),
        status: Set(ApplicationStatus::Received.as_str().to_owned()),
        organisation: Set(new.organisation),
        siret: Set(new.siret.map(|s| s.as_str().to_owned())),
        legal_form: Set(new.legal_form.as_str().to_owned()),
        sector: Set(new.sector.as_str().to_owned()),
        contact_name: Set(new.contact_name),
        email: Set(new.email),
        phone: Set(new.phone),
        products: Set(new.products),
        stall_type_id: Set(new.stall_type_id),
        needs: Set(new.needs),
        locale: Set(locale.code().to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    tell(
        &txn,
        &row,
        &ev,
        &ed,
        "mail.application_received",
        &follow_link(base_url, &secret),
    )
    .await?;
    txn.commit().await?;
    Ok(secret)
}
