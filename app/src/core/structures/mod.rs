//! Hosted structures: creating one, reading one, adding members (by invitation when needed).
mod create;
mod detail;
mod directory;
mod facts;
mod members;

pub(crate) use create::insert;
pub use create::{choices, create, get};
pub use detail::detail;
pub use directory::{directory, names, public_directory};
pub use facts::{update_facts, update_terms};
pub use members::{add_member, members};

#[cfg(test)]
mod tests;
