//! Accounts, their structures and their API tokens.
mod add;
mod admin;
mod tokens;

pub use add::{NewAccount, add, insert};
pub use admin::{first_admin, list_accounts, set_disabled, set_role, update_profile};
pub use tokens::{create_token, issue_token, list_tokens, revoke_token};

#[cfg(test)]
mod tests;
