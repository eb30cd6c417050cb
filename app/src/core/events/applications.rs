//! Exhibitors' applications: anyone applies through the public form and follows (and edits)
//! the application by a secret link until the call closes; managers decide, one by one or in
//! bulk, and each decision is mailed in the applicant's language.
use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, Set,
};

use crate::core::entities::{application, edition, event, stall_type};
use crate::core::mail::{compose, enqueue};
use crate::core::secret::{digest, new_secret};
use crate::core::spaces::word;
use crate::core::{Db, access};
use crate::domain::events::{ApplicationStatus, NewApplication, decision_allowed};
use crate::domain::{AppError, ApplicationView, Locale, Viewer};

const PREFIX: &str = "ex_";

/// The edition `id` with its event; `NotFound` for none.
pub(super) async fn edition_of(
    conn: &impl ConnectionTrait,
    id: i32,
) -> Result<(edition::Model, event::Model), AppError> {
    let ed = edition::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let ev = event::Entity::find_by_id(ed.event_id)
        .one(conn)
        .await?
        .ok_or(AppError::Internal)?;
    Ok((ed, ev))
}

fn call_open(ed: &edition::Model, today: NaiveDate) -> Result<(), AppError> {
    if today < ed.call_opens_on || today > ed.call_closes_on {
        return Err(AppError::Conflict("application.call_closed".into()));
    }
    Ok(())
}

async fn check_stall_type(
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

/// Mails the applicant about `row` under `prefix` (`mail.application_received`, …).
async fn tell(
    conn: &impl ConnectionTrait,
    row: &application::Model,
    ev: &event::Model,
    ed: &edition::Model,
    prefix: &str,
    link: &str,
) -> Result<(), AppError> {
    let locale = Locale::from_code(&row.locale).unwrap_or_default();
    let edition = format!("{} {}", ev.name, ed.year);
    let reason = row.decision_reason.clone().unwrap_or_default();
    let args = [
        ("name", row.contact_name.as_str()),
        ("organisation", row.organisation.as_str()),
        ("edition", edition.as_str()),
        ("reason", reason.as_str()),
    ];
    enqueue(conn, compose(locale, &row.email, prefix, &args, link)).await?;
    Ok(())
}

fn follow_link(base_url: &str, secret: &str) -> String {
    format!("{}/applications/{secret}", base_url.trim_end_matches('/'))
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

/// The application behind a follow link; `NotFound` for an unknown secret.
async fn by_secret(
    conn: &impl ConnectionTrait,
    secret: &str,
) -> Result<application::Model, AppError> {
    application::Entity::find()
        .filter(application::Column::TokenHash.eq(digest(secret.trim())))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

/// What the applicant's follow page shows.
pub async fn followed(
    db: &Db,
    secret: &str,
    today: NaiveDate,
) -> Result<ApplicationView, AppError> {
    let row = by_secret(db.read(), secret).await?;
    let (ed, ev) = edition_of(db.read(), row.edition_id).await?;
    view(db, row, &ed, &ev, today).await
}

async fn view(
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

/// Changes an application through its follow link, while the call is open and it is not
/// decided.
pub async fn edit_followed(
    db: &Db,
    secret: &str,
    new: NewApplication,
    today: NaiveDate,
) -> Result<(), AppError> {
    let txn = db.begin_write().await?;
    let row = by_secret(&txn, secret).await?;
    let (ed, _) = edition_of(&txn, row.edition_id).await?;
    call_open(&ed, today)?;
    if !matches!(
        word::<ApplicationStatus>(&row.status, "applications.status")?,
        ApplicationStatus::Received | ApplicationStatus::Waiting
    ) {
        return Err(AppError::Conflict("application.decided".into()));
    }
    check_stall_type(&txn, ed.id, new.stall_type_id).await?;
    let mut change = row.into_active_model();
    change.organisation = Set(new.organisation);
    change.siret = Set(new.siret.map(|s| s.as_str().to_owned()));
    change.legal_form = Set(new.legal_form.as_str().to_owned());
    change.sector = Set(new.sector.as_str().to_owned());
    change.contact_name = Set(new.contact_name);
    change.email = Set(new.email);
    change.phone = Set(new.phone);
    change.products = Set(new.products);
    change.stall_type_id = Set(new.stall_type_id);
    change.needs = Set(new.needs);
    change.updated_at = Set(Utc::now());
    change.update(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// Records the sales an accepted exhibitor declares after the day, in cents.
pub async fn declare_sales(
    db: &Db,
    secret: &str,
    cents: i64,
    today: NaiveDate,
) -> Result<(), AppError> {
    if !(0..=100_000_000).contains(&cents) {
        return Err(AppError::invalid("sales", "application.sales_invalid"));
    }
    let txn = db.begin_write().await?;
    let row = by_secret(&txn, secret).await?;
    let (ed, _) = edition_of(&txn, row.edition_id).await?;
    if today < ed.starts_on || row.status != ApplicationStatus::Accepted.as_str() {
        return Err(AppError::Conflict("application.sales_not_open".into()));
    }
    let mut change = row.into_active_model();
    change.sales_cents = Set(Some(cents));
    change.updated_at = Set(Utc::now());
    change.update(&txn).await?;
    txn.commit().await?;
    Ok(())
}

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
