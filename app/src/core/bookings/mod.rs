//! Bookings of spaces: rules, prices, the never-twice guarantee, approval and cancellation.
mod approval;
mod cancel;
mod create;
mod grid;
mod price;
mod read;
mod search;
mod space;
mod suggest;
mod view;

pub use approval::{Decision, decide, queue};
pub use cancel::{cancel, cancellation_fee};
pub use create::{create, preview};
pub use grid::day_grid;
pub use read::{availability, busy, get, list};
pub use search::{find, free_among};
pub use suggest::suggest;

#[cfg(test)]
mod tests;
