//! Occupancy: what is leased, what is free now and soon, and the managers' dashboard.
mod dashboard;
mod load;
mod rooms;

pub use dashboard::{dashboard, rates};
pub use load::{Leasable, candidates, leasable};

#[cfg(test)]
mod tests;
