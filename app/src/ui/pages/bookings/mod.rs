//! Booking pages: find a room, confirm with the price (once or repeating), my bookings, moving
//! one, the approval queue.
mod calendar;
mod carried;
mod confirm;
mod find;
mod grid;
mod mine;
mod offer;
mod plan;
mod queue;
mod reschedule;
mod series;
mod week;

pub use calendar::CalendarPage;
pub use confirm::ConfirmPage;
pub use find::FindPage;
pub use grid::GridPage;
pub use mine::MyBookingsPage;
pub use offer::OfferPage;
pub use plan::PlanPage;
pub use queue::ApprovalPage;
pub use reschedule::MovePage;
pub use week::WeekPage;

/// The query string of a slot to confirm.
fn slot_query(space: i32, date: &str, from: &str, to: &str, people: u32) -> String {
    use leptos_router::location::Url;
    format!(
        "space={space}&date={}&from={}&to={}&people={people}",
        Url::escape(date),
        Url::escape(from),
        Url::escape(to)
    )
}

/// The free slot a refusal offers instead, read from the error's `starts_at` and `ends_at`
/// arguments.
fn offered_slot(
    error: Option<&crate::domain::AppError>,
) -> Option<(chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>)> {
    let Some(crate::domain::AppError::Conflict(key)) = error else {
        return None;
    };
    let arg = |name: &str| {
        key.split('|')
            .find_map(|part| part.strip_prefix(&format!("{name}=")))
            .and_then(|v| chrono::DateTime::parse_from_rfc3339(v).ok())
            .map(|t| t.with_timezone(&chrono::Utc))
    };
    Some((arg("starts_at")?, arg("ends_at")?))
}
