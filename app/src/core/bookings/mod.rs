//! Bookings of spaces: rules, prices, the never-twice guarantee, approval, cancellation,
//! repeating series and moves.
mod approval;
mod cache;
mod cancel;
mod checks;
mod closures;
mod create;
mod free;
mod grid;
mod notify;
mod plan;
mod price;
mod read;
mod reschedule;
mod rules_admin;
mod search;
mod series;
mod slot;
mod space;
mod suggest;
mod view;
pub mod waitlist;

pub use approval::{Decision, decide, queue};
pub use cancel::{cancel, cancellation_fee};
pub use closures::{add_closure, closures, remove_closure};
pub use create::{create, preview};
pub use free::free_among;
pub use grid::{day_grid, space_week};
pub use plan::floor_plan;
pub use read::{availability, busy, get, list};
pub use reschedule::reschedule;
pub use rules_admin::{space_rules, update_space_rules};
pub use search::find;
pub use series::{cancel_series, create_series, plan_series};
pub use space::Bookable;
pub use suggest::{explain, suggest};
pub use view::views;

#[cfg(test)]
mod tests;
