//! Spaces: the catalogue, each space's facts, and adding one.
mod catalogue;
mod convert;
mod create;

pub(crate) use convert::word;

pub use catalogue::{get, list};
pub use create::create;
