//! Spaces: the catalogue and each space's facts.
mod catalogue;
mod convert;

pub(crate) use convert::word;

pub use catalogue::{get, list};
