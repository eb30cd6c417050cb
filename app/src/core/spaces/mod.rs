//! Spaces: the catalogue, each space's facts, adding one, changing it and retiring it.
mod catalogue;
mod convert;
mod create;
mod edit;

pub(crate) use convert::word;

pub use catalogue::{get, list};
pub use create::create;
pub(crate) use create::insert;
pub use edit::{Retired, holders, retire, update};
