//! Server functions: thin doors from the pages to `core`, one file per area.
pub mod accounts;
pub mod auth;
pub mod bookings;
pub mod concierge;
#[cfg(feature = "ssr")]
mod context;
pub mod editions;
pub mod event_making;
pub mod events;
pub mod exhibitors;
pub mod import;
pub mod leases;
pub mod markets;
pub mod occupancy;
pub mod page;
pub mod setup;
pub mod sites;
pub mod spaces;
pub mod structures;
pub mod visitors;
