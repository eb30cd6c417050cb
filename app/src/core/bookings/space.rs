//! A bookable space with its rules, rates and the closures of its site, read once per request.
use std::sync::LazyLock;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::cache::Kept;
use crate::core::Db;
use crate::core::entities::{site_closure, space, space_rate};
use crate::core::spaces::word;
use crate::domain::pricing::RateCard;
use crate::domain::rules::{BookingRules, Closure, OpeningHours, open_window};
use crate::domain::{AppError, CustomerKind, Money, RateUnit, SpaceKind, TimeRange};

/// The bookable spaces this process read lately.
static RECENT: LazyLock<Kept<Bookable>> = LazyLock::new(Kept::default);

/// A space as bookings see it.
#[derive(Clone, Debug)]
pub struct Bookable {
    pub row: space::Model,
    pub kind: SpaceKind,
    pub rules: BookingRules,
    pub closures: Vec<Closure>,
    rates: Vec<space_rate::Model>,
}

impl Bookable {
    /// The active, bookable space `id`; `NotFound` for none, `Invalid` for a space let on a lease.
    pub async fn load(conn: &impl ConnectionTrait, id: i32) -> Result<Bookable, AppError> {
        let row = space::Entity::find_by_id(id)
            .filter(space::Column::Active.eq(true))
            .one(conn)
            .await?
            .ok_or(AppError::NotFound)?;
        let kind: SpaceKind = word(&row.kind, "spaces.kind")?;
        if !kind.is_bookable() {
            return Err(AppError::invalid("space_id", "booking.space_not_bookable"));
        }
        let rules = rules_of(&row)?;
        let closures = closures_of(conn, row.site_id).await?;
        let rates = space_rate::Entity::find()
            .filter(space_rate::Column::SpaceId.eq(id))
            .all(conn)
            .await?;
        Ok(Bookable {
            row,
            kind,
            rules,
            closures,
            rates,
        })
    }

    /// Space `id` as [`Bookable::load`] reads it, or as this process read it a moment ago
    /// (`bookings::cache`).
    pub async fn recent(db: &Db, id: i32) -> Result<Bookable, AppError> {
        if let Some(space) = RECENT.get(db.id(), id) {
            return Ok(space);
        }
        let space = Bookable::load(db.read(), id).await?;
        RECENT.put(db.id(), id, space.clone());
        Ok(space)
    }

    /// Forgets the spaces of `db` read lately: their rules or closures changed.
    pub fn forget_recent(db: &Db) {
        RECENT.forget(db.id());
    }

    /// The buffer kept free after each booking.
    pub fn buffer(&self) -> Duration {
        Duration::minutes(self.rules.buffer_minutes)
    }

    /// What `customer` pays for an hour, a half-day and a day here.
    pub fn rate_card(&self, customer: CustomerKind) -> RateCard {
        let rate = |unit: RateUnit| {
            self.rates
                .iter()
                .find(|r| r.customer == customer.as_str() && r.unit == unit.as_str())
                .map(|r| Money::from_cents(r.price_cents))
        };
        RateCard {
            hour: rate(RateUnit::Hour),
            half_day: rate(RateUnit::HalfDay),
            day: rate(RateUnit::Day),
        }
    }

    /// The opening windows of the Paris days from `first` for `days` days.
    pub fn windows(&self, first: NaiveDate, days: u32) -> Vec<TimeRange> {
        first
            .iter_days()
            .take(days as usize)
            .filter_map(|day| open_window(&self.rules, day, &self.closures))
            .collect()
    }

    /// The earliest instant a booking may start at, by the notice rule.
    pub fn earliest_start(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        now + Duration::minutes(self.rules.min_notice_minutes)
    }
}

/// The booking rules stored on a space's row.
pub fn rules_of(row: &space::Model) -> Result<BookingRules, AppError> {
    let opening_hours = OpeningHours::parse(&row.opening_hours).map_err(|_| {
        tracing::error!(space = row.id, "unreadable opening hours stored");
        AppError::Internal
    })?;
    Ok(BookingRules {
        opening_hours,
        min_minutes: row.min_minutes.into(),
        max_minutes: row.max_minutes.into(),
        step_minutes: row.step_minutes.into(),
        buffer_minutes: row.buffer_minutes.into(),
        max_advance_days: row.max_advance_days.into(),
        min_notice_minutes: row.min_notice_minutes.into(),
    })
}

/// The closures of site `site_id`.
pub async fn closures_of(
    conn: &impl ConnectionTrait,
    site_id: i32,
) -> Result<Vec<Closure>, AppError> {
    Ok(site_closure::Entity::find()
        .filter(site_closure::Column::SiteId.eq(site_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| Closure {
            starts_on: c.starts_on,
            ends_on: c.ends_on,
            reason: c.reason,
        })
        .collect())
}
