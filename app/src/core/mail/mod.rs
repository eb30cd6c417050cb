//! Mail that is never lost: written to the outbox in the same transaction as the change that
//! causes it, then sent by a worker over SMTP (or written as `.eml` files), with retries.
mod compose;
mod outbox;
mod transport;
mod worker;

pub use compose::compose;
pub use outbox::{Attachment, OutgoingMail, enqueue};
pub use transport::Transport;
pub use worker::{backoff, deliver_due, run_worker};

#[cfg(test)]
mod tests;
