//! Mails about bookings, written to the outbox in the transaction that makes the change: the
//! confirmation with its `.ics` invitation, the managers' notice of a request waiting for them,
//! and a manager's answer to a request.
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::checks::Checked;
use super::view;
use crate::core::calendars::invitation;
use crate::core::entities::{account, booking, space};
use crate::core::mail::{compose, enqueue};
use crate::domain::{AppError, BookingStatus, BookingView, Locale, Money, Role, Slot, Viewer};

/// Who hears about `row`, in which language: the outside customer it is for, or whoever
/// booked it (read from the database unless it is `known`).
async fn recipient(
    conn: &impl ConnectionTrait,
    row: &booking::Model,
    known: Option<&Viewer>,
) -> Result<Option<(String, Locale)>, AppError> {
    if let Some(email) = &row.customer_email {
        return Ok(Some((email.clone(), Locale::default())));
    }
    if let Some(booker) = known.filter(|v| row.booked_by == Some(v.id)) {
        return Ok(Some((booker.email.clone(), booker.mail_locale)));
    }
    let booker = match row.booked_by {
        Some(id) => account::Entity::find_by_id(id).one(conn).await?,
        None => None,
    };
    Ok(booker.map(|a| {
        let locale = Locale::from_code(&a.locale).unwrap_or_default();
        (a.email, locale)
    }))
}

fn slot_of(row: &booking::Model, locale: Locale) -> String {
    Slot {
        starts_at: row.starts_at,
        ends_at: row.ends_at,
    }
    .describe(locale)
}

fn bookings_link(base_url: &str) -> String {
    format!("{}/bookings", base_url.trim_end_matches('/'))
}

/// Tells the managers, each in their language, that a request for `space` (its first date
/// `row`, `count` dates in all, for `customer`) waits for their approval: one mail per request.
async fn awaiting(
    conn: &impl ConnectionTrait,
    row: &booking::Model,
    count: usize,
    space: &space::Model,
    customer: &str,
    base_url: &str,
) -> Result<(), AppError> {
    let managers = account::Entity::find()
        .filter(account::Column::Role.eq(Role::Manager.as_str()))
        .filter(account::Column::DisabledAt.is_null())
        .all(conn)
        .await?;
    let link = format!("{}/admin/bookings", base_url.trim_end_matches('/'));
    let count = count.to_string();
    for manager in managers {
        let locale = Locale::from_code(&manager.locale).unwrap_or_default();
        let slot = slot_of(row, locale);
        let args = [
            ("space", space.name.as_str()),
            ("slot", slot.as_str()),
            ("title", row.title.as_str()),
            ("customer", customer),
            ("count", count.as_str()),
        ];
        let mail = compose(locale, &manager.email, "mail.booking_waiting", &args, &link);
        enqueue(conn, mail).await?;
    }
    Ok(())
}

/// Tells `booker` that `rows` (one booking, or the dates of a series, seen as `views`) of
/// `space` are confirmed, with an `.ics` invitation of them. A request that waits for approval
/// is told to the managers instead; its requester hears when a manager answers.
pub(super) async fn confirmed(
    conn: &impl ConnectionTrait,
    booker: &Viewer,
    space: &space::Model,
    rows: &[booking::Model],
    views: &[BookingView],
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return Ok(());
    };
    if first.status == BookingStatus::Pending.as_str() {
        let customer = views
            .first()
            .map(|v| v.customer_name.as_str())
            .unwrap_or_default();
        return awaiting(conn, first, rows.len(), space, customer, base_url).await;
    }
    if first.status != BookingStatus::Confirmed.as_str() {
        return Ok(());
    }
    let Some((to, locale)) = recipient(conn, first, Some(booker)).await? else {
        return Ok(());
    };
    let (slot, last_slot) = (slot_of(first, locale), slot_of(last, locale));
    let total = Money::from_cents(rows.iter().map(|r| r.price_cents).sum()).format(locale);
    let count = rows.len().to_string();
    let args = [
        ("space", space.name.as_str()),
        ("slot", slot.as_str()),
        ("last", last_slot.as_str()),
        ("title", first.title.as_str()),
        ("price", total.as_str()),
        ("count", count.as_str()),
    ];
    let prefix = if rows.len() == 1 {
        "mail.booking_confirmed"
    } else {
        "mail.series_confirmed"
    };
    let mail = compose(locale, &to, prefix, &args, &bookings_link(base_url))
        .attach(invitation(views, base_url, now));
    enqueue(conn, mail).await?;
    Ok(())
}

/// Tells the requester of `row` what a manager decided; an approval carries the invitation.
pub(super) async fn decided(
    conn: &impl ConnectionTrait,
    row: &booking::Model,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let Some((to, locale)) = recipient(conn, row, None).await? else {
        return Ok(());
    };
    let space = space::Entity::find_by_id(row.space_id)
        .one(conn)
        .await?
        .ok_or(AppError::Internal)?;
    let slot = slot_of(row, locale);
    let approved = row.status == BookingStatus::Confirmed.as_str();
    let prefix = if approved {
        "mail.booking_approved"
    } else {
        "mail.booking_refused"
    };
    let reason = row.decision_reason.clone().unwrap_or_default();
    let args = [
        ("space", space.name.as_str()),
        ("slot", slot.as_str()),
        ("title", row.title.as_str()),
        ("reason", reason.as_str()),
    ];
    let mut mail = compose(locale, &to, prefix, &args, &bookings_link(base_url));
    if approved {
        let views = view::views(conn, vec![row.clone()]).await?;
        mail = mail.attach(invitation(&views, base_url, now));
    }
    enqueue(conn, mail).await?;
    Ok(())
}

/// Mails the booking `row` made by `booker` in `txn` for the request `checked` (when
/// confirmed), and returns it as seen in the transaction. Its space and customer are known
/// already: the view needs no lookup.
pub(super) async fn booked(
    txn: &sea_orm::DatabaseTransaction,
    booker: &Viewer,
    row: booking::Model,
    checked: &Checked,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<BookingView, AppError> {
    let customer = match (&checked.structure, &row.customer_name) {
        (Some(s), _) => s.name.clone(),
        (None, Some(name)) => name.clone(),
        (None, None) => String::new(),
    };
    let space = &checked.space.row;
    let seen = view::seen(row.clone(), space, customer, None)?;
    confirmed(
        txn,
        booker,
        space,
        std::slice::from_ref(&row),
        std::slice::from_ref(&seen),
        base_url,
        now,
    )
    .await?;
    Ok(seen)
}
