//! Signing in, invitations and resets, the account page and API tokens.
mod link;
mod profile;
mod sign_in;
mod tokens;

pub use link::{InvitationPage, ResetPage};
pub use profile::AccountPage;
pub use sign_in::{ForgotPage, SignInPage};
pub use tokens::TokensPage;
