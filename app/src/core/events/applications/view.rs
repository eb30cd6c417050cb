//! An application as its applicant and the managers see it.
use chrono::NaiveDate;
use sea_orm::EntityTrait;

use crate::core::Db;
use crate::core::entities::{application, edition, event, stall_type};
use crate::core::spaces::word;
use crate::domain::events::ApplicationStatus;
use crate::domain::{AppError, ApplicationView};

/// The view of application `row` to edition `ed` of event `ev`, on day `today`.
pub(super) async fn view(
    db: &Db,
    row: application::Model,
    ed: &edition::Model,
    ev: &event::Model,
    today: NaiveDate,
) -> Result<ApplicationView, AppError> {
    let stall_type = stall_type::Entity::find_by_id(row.stall_type_id)
        .one(db.read())
        .await?
        .ok_or(AppError::Internal)?;
    let stall = match row.stall_id {
        Some(id) => crate::core::entities::stall::Entity::find_by_id(id)
            .one(db.read())
            .await?
            .map(|s| s.number),
        None => None,
    };
    Ok(ApplicationView {
        id: row.id,
        event: ev.name.clone(),
        event_slug: ev.slug.clone(),
        year: ed.year,
        starts_on: ed.starts_on,
        ends_on: ed.ends_on,
        status: word(&row.status, "applications.status")?,
        organisation: row.organisation,
        siret: row.siret,
        legal_form: word(&row.legal_form, "applications.legal_form")?,
        sector: word(&row.sector, "applications.sector")?,
        contact_name: row.contact_name,
        email: row.email,
        phone: row.phone,
        products: row.products,
        stall_type_id: row.stall_type_id,
        stall_type: stall_type.name,
        fee_cents: stall_type.price_cents,
        needs: row.needs,
        stall,
        decision_reason: row.decision_reason,
        sales_cents: row.sales_cents,
        editable: today <= ed.call_closes_on
            && matches!(
                word::<ApplicationStatus>(&row.status, "applications.status")?,
                ApplicationStatus::Received | ApplicationStatus::Waiting
            ),
        sales_open: today >= ed.starts_on && row.status == ApplicationStatus::Accepted.as_str(),
    })
}
