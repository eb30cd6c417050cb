//! sea-orm entities: one file per table, the columns as the migrations create them. Rules live
//! beside them in the area modules, never here.
pub mod account;
pub mod account_link;
pub mod api_token;
pub mod audit_event;
pub mod booking;
pub mod booking_series;
pub mod booking_wait;
pub mod calendar_feed;
pub mod idempotency_key;
pub mod index_value;
pub mod lease;
pub mod lease_revision;
pub mod mail_outbox;
pub mod membership;
pub mod rate_limit;
pub mod session;
pub mod site;
pub mod site_closure;
pub mod space;
pub mod space_rate;
pub mod space_request;
pub mod structure;
