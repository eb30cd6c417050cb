//! The managers' side: the list of an edition's applications, and their decisions.
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, Set,
};

use super::mail::tell;
use super::view::view;
use crate::core::entities::application;
use crate::core::events::edition::edition_of;
use crate::core::spaces::word;
use crate::core::{Db, access};
use crate::domain::events::{ApplicationStatus, decision_allowed};
use crate::domain::{AppError, ApplicationView, Viewer};

/// The applications to edition `edition_id`, by organisation (managers only).
pub async fn applications(
    db: &Db,
    viewer: &Viewer,
    edition_id: i32,
    status: Option<ApplicationStatus>,
    today: NaiveDate,
) -> Result<Vec<ApplicationView>, AppError> {
    access::manager(viewer)?;
    let (ed, ev) = edition_of(db.read(), edition_id).await?;
    let mut query = application::Entity::find()
        .filter(application::Column::EditionId.eq(ed.id))
        .order_by_asc(application::Column::Organisation);
    if let Some(status) = status {
        query = query.filter(application::Column::Status.eq(status.as_str()));
    }
    let mut views = Vec::new();
    for row in query.all(db.read()).await? {
        views.push(view(db, row, &ed, &ev, today).await?);
    }
    Ok(views)
}

/// Decides applications `ids` of edition `edition_id` (managers only): each changes to `to`
/// when the rules allow it and its applicant is mailed; a refusal needs a reason; ids of
/// another edition are left alone. Returns how many changed.
pub async fn decide(
    db: &Db,
    viewer: &Viewer,
    edition_id: i32,
    ids: &[i32],
    to: ApplicationStatus,
    reason: Option<String>,
    base_url: &str,
) -> Result<usize, AppError> {
    access::manager(viewer)?;
    let reason = reason
        .map(|r| r.trim().to_owned())
        .filter(|r| !r.is_empty());
    if to == ApplicationStatus::Refused && reason.as_ref().is_none_or(|r| r.chars().count() > 500) {
        return Err(AppError::invalid("reason", "application.reason_invalid"));
    }
    if ids.is_empty() {
        return Err(AppError::invalid("ids", "application.none_chosen"));
    }
    let prefix = match to {
        ApplicationStatus::Accepted => "mail.application_accepted",
        ApplicationStatus::Refused => "mail.application_refused",
        ApplicationStatus::Waiting => "mail.application_waiting",
        _ => return Err(AppError::Malformed),
    };
    let txn = db.begin_write().await?;
    let rows = application::Entity::find()
        .filter(application::Column::Id.is_in(ids.iter().copied()))
        .filter(application::Column::EditionId.eq(edition_id))
        .all(&txn)
        .await?;
    let mut changed = 0;
    for row in rows {
        let from: ApplicationStatus = word(&row.status, "applications.status")?;
        if from == to || !decision_allowed(from, to) {
            continue;
        }
        let (ed, ev) = edition_of(&txn, row.edition_id).await?;
        let mut change = row.into_active_model();
        change.status = Set(to.as_str().to_owned());
        change.decision_reason = Set(reason.clone().filter(|_| to == ApplicationStatus::Refused));
        change.decided_at = Set(Some(Utc::now()));
        change.updated_at = Set(Utc::now());
        if to != ApplicationStatus::Accepted {
            change.stall_id = Set(None);
        }
        let row = change.update(&txn).await?;
        let link = format!("{}/events/{}", base_url.trim_end_matches('/'), ev.slug);
        tell(&txn, &row, &ev, &ed, prefix, &link).await?;
        changed += 1;
    }
    txn.commit().await?;
    Ok(changed)
}
