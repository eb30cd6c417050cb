//! `solilab user add` and `solilab token issue`.
use std::io::Read;

use app::core::Db;
use app::core::accounts::{self, NewAccount};
use app::core::auth::Password;
use app::domain::AppError;

use super::failure::{Failed, explain, fail};

/// The password given on standard input, without its final line break.
pub(super) fn password_from_stdin() -> Result<Password, Failed> {
    let mut raw = String::new();
    std::io::stdin().read_to_string(&mut raw).map_err(|e| {
        fail(
            1,
            format!("cannot read the password from standard input: {e}"),
        )
    })?;
    let raw = raw.strip_suffix('\n').unwrap_or(&raw);
    let raw = raw.strip_suffix('\r').unwrap_or(raw);
    Password::parse(raw).map_err(|e| fail(1, explain(&e)))
}

/// Creates the account `new` and says so.
pub(super) async fn add_user(db: &Db, new: NewAccount) -> Result<(), Failed> {
    let structure = new.structure_id;
    let created = accounts::add(db, new).await.map_err(|e| match e {
        AppError::NotFound => fail(
            1,
            format!("no structure with id {}", structure.unwrap_or_default()),
        ),
        other => fail(1, explain(&other)),
    })?;
    println!(
        "account {} created for {} ({})",
        created.id, created.email, created.role
    );
    Ok(())
}

/// Prints a new API token for the account of `email`.
pub(super) async fn issue_token(db: &Db, email: &str, name: &str) -> Result<(), Failed> {
    let token = accounts::issue_token(db, email, name)
        .await
        .map_err(|e| match e {
            AppError::NotFound => fail(1, format!("no enabled account with email {email}")),
            other => fail(1, explain(&other)),
        })?;
    println!("{token}");
    Ok(())
}
