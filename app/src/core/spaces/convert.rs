//! From stored rows to the catalogue's views.
use std::collections::HashMap;
use std::str::FromStr;

use crate::core::entities::{space, space_rate};
use crate::domain::{AppError, CustomerKind, Money, RateView, SpaceSummary};

/// Reads a stored vocabulary word; a word the code does not know is a corrupt row, not bad input.
pub(crate) fn word<T: FromStr>(value: &str, column: &str) -> Result<T, AppError> {
    value.parse().map_err(|_| {
        tracing::error!(column, value, "unknown word stored in the database");
        AppError::Internal
    })
}

pub(super) fn rates(rows: &[space_rate::Model]) -> Result<Vec<RateView>, AppError> {
    let mut rates = rows
        .iter()
        .map(|r| {
            Ok(RateView {
                customer: word(&r.customer, "space_rates.customer")?,
                unit: word(&r.unit, "space_rates.unit")?,
                price_cents: Money::from_cents(r.price_cents),
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    rates.sort_by_key(|r| (r.customer, r.unit));
    Ok(rates)
}

pub(super) fn summary(
    row: &space::Model,
    site_slugs: &HashMap<i32, String>,
    rates: &[RateView],
) -> Result<SpaceSummary, AppError> {
    let from = rates
        .iter()
        .filter(|r| r.customer == CustomerKind::Hosted)
        .min_by_key(|r| (r.unit, r.price_cents));
    Ok(SpaceSummary {
        id: row.id,
        site: site_slugs.get(&row.site_id).cloned().unwrap_or_default(),
        code: row.code.clone(),
        name: row.name.clone(),
        kind: word(&row.kind, "spaces.kind")?,
        floor: row.floor,
        capacity: row.capacity,
        area_m2: row.area_m2,
        booking_mode: word(&row.booking_mode, "spaces.booking_mode")?,
        needs_approval: row.needs_approval,
        from_price_cents: from.map(|r| r.price_cents),
        from_price_unit: from.map(|r| r.unit),
    })
}
