//! The concierge desk of each site: parcels and mail, visitors.
mod parcel_mail;
pub mod parcels;
pub mod visitors;

pub use parcel_mail::{notify_due, remind_due, run_desk};
pub use parcels::{BATCH_WINDOW, arrival_from_form, list, log, pickup, recipients, register};
pub use visitors::{announce, arrive, day_counts, erase_due, visitor_list};

#[cfg(test)]
mod tests;
