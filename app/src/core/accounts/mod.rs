//! Accounts, their structures and their API tokens.
mod add;
mod admin;
mod password;
mod tokens;

pub use add::{NewAccount, add, insert, parse_email};
pub use admin::{list_accounts, set_disabled, set_role, update_profile};
pub use password::{Password, hash_password, verify_password};
pub use tokens::{create_token, issue_token, list_tokens, revoke_token, viewer_for_token};

#[cfg(test)]
mod tests;
