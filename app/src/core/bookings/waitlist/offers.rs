//! The offer loop: each freed slot offered to the first in line, held for them, and booked from
//! the mailed link.
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, Set,
};

use super::place::{IN_LINE, space_name, to_view};
use crate::core::Db;
use crate::core::bookings::checks::{check_request, check_rules, insert};
use crate::core::bookings::notify;
use crate::core::bookings::slot::{expire_holds, slot_taken};
use crate::core::entities::{account, booking_wait};
use crate::core::mail::{compose, enqueue};
use crate::core::secret::{digest, new_secret};
use crate::domain::{
    AppError, BookingFor, BookingView, Locale, NewBooking, Slot, TimeRange, Viewer, WaitStatus,
    WaitView,
};

/// How long an offer holds the freed slot.
pub const OFFER_MINUTES: i64 = 120;

const TOKEN_PREFIX: &str = "wl_";

/// Mails `row`'s person the offer, with the link that books it.
async fn tell(
    conn: &impl ConnectionTrait,
    row: &booking_wait::Model,
    secret: &str,
    base_url: &str,
) -> Result<(), AppError> {
    let Some(person) = account::Entity::find_by_id(row.account_id)
        .one(conn)
        .await?
    else {
        return Ok(());
    };
    let locale = Locale::from_code(&person.locale).unwrap_or_default();
    let space = space_name(conn, row.space_id).await?;
    let slot = Slot {
        starts_at: row.starts_at,
        ends_at: row.ends_at,
    }
    .describe(locale);
    let until = row
        .offer_expires_at
        .map(crate::domain::time::paris_time)
        .unwrap_or_default();
    let link = format!(
        "{}/book/offer?token={secret}",
        base_url.trim_end_matches('/')
    );
    let args = [
        ("space", space.as_str()),
        ("slot", slot.as_str()),
        ("title", row.title.as_str()),
        ("until", until.as_str()),
    ];
    enqueue(
        conn,
        compose(locale, &person.email, "mail.waitlist_offer", &args, &link),
    )
    .await?;
    Ok(())
}

/// One pass of the waiting list at `now`: lapses offers not taken in time and places whose
/// slot has begun, then offers each freed slot to the first in line. Safe to run on several
/// servers at once: a place is offered by one conditional update. Returns the offers made.
pub async fn offer_due(db: &Db, base_url: &str, now: DateTime<Utc>) -> Result<usize, AppError> {
    booking_wait::Entity::update_many()
        .col_expr(
            booking_wait::Column::Status,
            Expr::value(WaitStatus::Lapsed.as_str()),
        )
        .filter(booking_wait::Column::Status.eq(WaitStatus::Offered.as_str()))
        .filter(booking_wait::Column::OfferExpiresAt.lte(now))
        .exec(db.write())
        .await?;
    booking_wait::Entity::update_many()
        .col_expr(
            booking_wait::Column::Status,
            Expr::value(WaitStatus::Lapsed.as_str()),
        )
        .filter(booking_wait::Column::Status.is_in(IN_LINE))
        .filter(booking_wait::Column::StartsAt.lte(now))
        .exec(db.write())
        .await?;
    let line = booking_wait::Entity::find()
        .filter(booking_wait::Column::Status.eq(WaitStatus::Waiting.as_str()))
        .order_by_asc(booking_wait::Column::CreatedAt)
        .order_by_asc(booking_wait::Column::Id)
        .all(db.read())
        .await?;
    let mut offered = 0;
    for place in line {
        let held = TimeRange::new(place.starts_at, place.held_until)?;
        // Most places wait for a slot still taken: seen without taking the writer's lock.
        if slot_taken(db.read(), place.space_id, held, None, now).await? {
            continue;
        }
        let txn = db.begin_write().await?;
        expire_holds(&txn, place.space_id, now).await?;
        if slot_taken(&txn, place.space_id, held, None, now).await? {
            continue;
        }
        let secret = new_secret(TOKEN_PREFIX);
        let expires = (now + Duration::minutes(OFFER_MINUTES)).min(place.starts_at);
        let won = booking_wait::Entity::update_many()
            .col_expr(
                booking_wait::Column::Status,
                Expr::value(WaitStatus::Offered.as_str()),
            )
            .col_expr(booking_wait::Column::OfferedAt, Expr::value(now))
            .col_expr(booking_wait::Column::OfferExpiresAt, Expr::value(expires))
            .col_expr(
                booking_wait::Column::OfferTokenHash,
                Expr::value(digest(&secret)),
            )
            .filter(booking_wait::Column::Id.eq(place.id))
            .filter(booking_wait::Column::Status.eq(WaitStatus::Waiting.as_str()))
            .exec(&txn)
            .await?;
        if won.rows_affected == 1 {
            let row = booking_wait::Model {
                status: WaitStatus::Offered.as_str().to_owned(),
                offer_expires_at: Some(expires),
                ..place
            };
            tell(&txn, &row, &secret, base_url).await?;
            txn.commit().await?;
            offered += 1;
        }
    }
    Ok(offered)
}

/// The running offer behind `secret`, for the person it was made to.
async fn running_offer(
    conn: &impl ConnectionTrait,
    viewer: &Viewer,
    secret: &str,
    now: DateTime<Utc>,
) -> Result<booking_wait::Model, AppError> {
    booking_wait::Entity::find()
        .filter(booking_wait::Column::OfferTokenHash.eq(digest(secret.trim())))
        .filter(booking_wait::Column::Status.eq(WaitStatus::Offered.as_str()))
        .filter(booking_wait::Column::OfferExpiresAt.gt(now))
        .filter(booking_wait::Column::AccountId.eq(viewer.id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

/// The offer behind `secret`, as the link's page shows it.
pub async fn offer(
    db: &Db,
    viewer: &Viewer,
    secret: &str,
    now: DateTime<Utc>,
) -> Result<WaitView, AppError> {
    let row = running_offer(db.read(), viewer, secret, now).await?;
    let name = space_name(db.read(), row.space_id).await?;
    Ok(to_view(row, name))
}

/// Books the slot an offer holds, for the structure that asked; the offer is used up.
pub async fn claim(
    db: &Db,
    viewer: &Viewer,
    secret: &str,
    now: DateTime<Utc>,
    base_url: &str,
) -> Result<BookingView, AppError> {
    let place = running_offer(db.read(), viewer, secret, now).await?;
    let new = NewBooking {
        space_id: place.space_id,
        customer: BookingFor::Structure(place.structure_id),
        range: TimeRange::new(place.starts_at, place.ends_at)?,
        title: place.title.clone(),
        attendees: u32::try_from(place.attendees).unwrap_or(1),
    };
    let checked = check_request(db, viewer, &new).await?;
    let held = check_rules(&checked.space, new.range, now)?;
    let txn = db.begin_write().await?;
    // Used up first, so the offer stops holding the slot for the booking it becomes.
    let used = booking_wait::Entity::update_many()
        .col_expr(
            booking_wait::Column::Status,
            Expr::value(WaitStatus::Booked.as_str()),
        )
        .filter(booking_wait::Column::Id.eq(place.id))
        .filter(booking_wait::Column::Status.eq(WaitStatus::Offered.as_str()))
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(AppError::NotFound);
    }
    expire_holds(&txn, place.space_id, now).await?;
    let row = insert(&txn, viewer, &checked, &new, (new.range, held), None, now)
        .await?
        .ok_or_else(AppError::overlap)?;
    let mut done = place.into_active_model();
    done.status = Set(WaitStatus::Booked.as_str().to_owned());
    done.booking_id = Set(Some(row.id));
    done.update(&txn).await?;
    let seen = notify::booked(&txn, viewer, row, &checked, base_url, now).await?;
    txn.commit().await?;
    Ok(seen)
}

/// Runs for the life of the server: a waiting-list pass every `every`.
pub async fn run_offers(db: Db, base_url: String, every: std::time::Duration) {
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        match offer_due(&db, &base_url, Utc::now()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(offered = n, "waiting-list slots offered"),
            Err(error) => tracing::warn!(?error, "waiting-list pass failed"),
        }
    }
}
