//! Space requests (*demandes de locaux*): anyone sends one, managers match it to vacancies,
//! offer a space and follow it to a lease or a refusal.
mod manage;
mod submit;

pub use manage::{Outcome, close, list, offer};
pub use submit::submit;

#[cfg(test)]
mod tests;
