//! Signing in and staying signed in: sessions in the database, single-use links for invitations
//! and password resets, rate limits, and the cookie that carries a session.
mod caller;
pub mod cookie;
mod links;
mod mails;
mod password;
pub mod rate_limit;
mod session;
mod sign_in;
mod viewer;

pub use caller::{Caller, Client, authenticate};
pub use links::{LinkPurpose, link_view, redeem_link, request_reset, send_invitation};
pub use password::change_password;
pub use session::{ABSOLUTE_TIMEOUT, IDLE_TIMEOUT, end_all_sessions, end_session, start_session};
pub use sign_in::{sign_in, sign_out};
pub(crate) use viewer::{join_structures, structures_of, viewer_of};
pub use viewer::{switch_structure, viewer_for};

#[cfg(test)]
mod tests;
