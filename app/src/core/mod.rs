//! The rules of Solilab, on the server only: entities, queries, commands, one folder per area.
pub mod accounts;
pub mod db;
pub mod demo;
pub mod entities;
mod error;
pub mod mail;
pub mod sites;
pub mod spaces;
pub mod state;
#[cfg(any(test, feature = "testing"))]
pub mod testing;

pub use db::{Db, Engine};
pub use state::AppState;
