//! Signing in and staying signed in: sessions in the database, single-use links for invitations
//! and password resets, rate limits, and the cookie that carries a session.
mod caller;
mod change_password;
mod client;
pub mod cookie;
mod links;
mod mails;
pub mod password;
pub mod rate_limit;
mod session;
mod sign_in;
mod token;
mod viewer;

pub use caller::{Caller, authenticate};
pub use change_password::change_password;
pub use client::Client;
pub use links::{LinkPurpose, link_view, redeem_link, request_reset, send_invitation};
pub use password::{Password, hash_password, verify_password};
pub use session::{ABSOLUTE_TIMEOUT, IDLE_TIMEOUT, end_all_sessions, end_session, start_session};
pub use sign_in::{sign_in, sign_out};
pub use token::{TOKEN_PREFIX, viewer_for_token};
pub use viewer::{switch_structure, viewer_for};

#[cfg(test)]
mod tests;
