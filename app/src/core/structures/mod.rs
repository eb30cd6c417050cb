//! Hosted structures: creating one, reading one, adding members (by invitation when needed).
mod create;
mod members;

pub use create::{choices, create, get, refs};
pub use members::add_member;

#[cfg(test)]
mod tests;
