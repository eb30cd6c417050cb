//! Mails about bookings, written to the outbox in the transaction that makes the change: the
//! confirmation with its `.ics` invitation, and a manager's answer to a request.
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, EntityTrait};

use super::view;
use crate::core::calendars::invitation;
use crate::core::entities::{account, booking, space};
use crate::core::mail::{compose, enqueue};
use crate::domain::{AppError, BookingStatus, BookingView, Locale, Money, Slot};

/// Who hears about `row`, in which language: the outside customer it is for, or whoever
/// booked it.
async fn recipient(
    conn: &impl ConnectionTrait,
    row: &booking::Model,
) -> Result<Option<(String, Locale)>, AppError> {
    if let Some(email) = &row.customer_email {
        return Ok(Some((email.clone(), Locale::default())));
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

/// Tells the booker that `rows` (one booking, or the dates of a series, seen as `views`) are
/// confirmed, with an `.ics` invitation of them. Pending requests are told when a manager
/// answers.
pub(super) async fn confirmed(
    conn: &impl ConnectionTrait,
    rows: &[booking::Model],
    views: &[BookingView],
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return Ok(());
    };
    if first.status != BookingStatus::Confirmed.as_str() {
        return Ok(());
    }
    let Some((to, locale)) = recipient(conn, first).await? else {
        return Ok(());
    };
    let space = space::Entity::find_by_id(first.space_id)
        .one(conn)
        .await?
        .ok_or(AppError::Internal)?;
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
    let Some((to, locale)) = recipient(conn, row).await? else {
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

/// Commits the booking `row` made in `txn`, with its confirmation mail (when confirmed), and
/// returns it as seen in the transaction.
pub(super) async fn commit_booking(
    txn: sea_orm::DatabaseTransaction,
    row: booking::Model,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<BookingView, AppError> {
    let seen = view::view(&txn, row.clone()).await?;
    confirmed(
        &txn,
        std::slice::from_ref(&row),
        std::slice::from_ref(&seen),
        base_url,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(seen)
}
