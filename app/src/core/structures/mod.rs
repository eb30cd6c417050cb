//! Hosted structures: creating one, reading one, adding members (by invitation when needed).
mod create;
mod detail;
mod directory;
mod facts;
mod members;

pub use create::{choices, create, get, names};
pub use detail::detail;
pub use directory::{directory, public_directory};
pub use facts::{update_facts, update_terms};
pub use members::{add_member, members};

#[cfg(test)]
mod tests;
