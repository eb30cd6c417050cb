//! Booking pages: find a room, confirm with the price, my bookings, the approval queue.
mod confirm;
mod find;
mod grid;
mod mine;
mod queue;

pub use confirm::ConfirmPage;
pub use find::FindPage;
pub use grid::GridPage;
pub use mine::MyBookingsPage;
pub use queue::ApprovalPage;

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
