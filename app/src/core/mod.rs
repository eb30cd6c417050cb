//! The rules of Solilab, on the server only: entities, queries, commands, one folder per area.
pub mod access;
pub mod accounts;
pub mod audit;
pub mod auth;
pub mod bookings;
pub mod calendars;
pub mod concierge;
pub mod db;
pub mod demo;
pub mod entities;
mod error;
pub mod events;
pub mod idempotency;
pub mod import;
pub mod leases;
pub mod mail;
pub mod occupancy;
pub mod requests;
mod secret;
pub mod setup;
pub mod sites;
pub mod spaces;
pub mod state;
pub mod structures;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod writer;

pub use db::{Db, Engine};
pub use state::AppState;
