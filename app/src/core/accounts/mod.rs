//! Accounts, their structures and their API tokens.
mod add;
mod password;
mod tokens;

pub use add::{NewAccount, add, insert, parse_email};
pub use password::{Password, hash_password, verify_password};
pub use tokens::{account_for_token, issue_token};

#[cfg(test)]
mod tests;
