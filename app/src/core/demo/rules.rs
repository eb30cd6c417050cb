//! The demo's booking rules per kind of space.
use sea_orm::Set;

use crate::core::entities::space;
use crate::domain::SpaceKind;

/// The booking rules of each kind of space: rooms by the half-hour on weekdays; desks from
/// 8 to 19 with Saturday mornings; event spaces late into the evening and on Saturdays, with
/// an hour to set up between bookings, two days' notice and a half-price late cancellation.
pub(super) fn rules(kind: SpaceKind) -> space::ActiveModel {
    let weekdays = |hours: &str, saturday: &str| {
        format!("{hours},{hours},{hours},{hours},{hours},{saturday},")
    };
    let mut rules = <space::ActiveModel as Default>::default();
    match kind {
        SpaceKind::CoworkingDesk => {
            rules.opening_hours = Set(weekdays("08:00-19:00", "09:00-13:00"));
            rules.max_minutes = Set(660);
        }
        SpaceKind::EventSpace => {
            rules.opening_hours = Set(weekdays("08:00-23:00", "08:00-23:00"));
            rules.min_minutes = Set(120);
            rules.max_minutes = Set(900);
            rules.buffer_minutes = Set(60);
            rules.min_notice_minutes = Set(2880);
            rules.cancel_free_hours = Set(168);
            rules.cancel_fee_percent = Set(50);
        }
        _ => {}
    }
    rules
}
