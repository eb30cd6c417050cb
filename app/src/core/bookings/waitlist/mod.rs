//! The waiting list: a tenant who finds a slot taken asks to be told when it frees. A pass
//! (every few seconds, on every server) offers each freed slot to the first in line: the slot is
//! held for them for two hours and they are mailed a secret link to book it. An offer not
//! taken in time lapses, and the next in line gets their turn.
mod offers;
mod place;

pub use offers::{OFFER_MINUTES, claim, offer, offer_due, run_offers};
pub use place::{join, mine, withdraw};
