//! `solilab seed --demo`, and the demo `solilab serve --demo` writes into an empty database.
use app::core::{Db, demo};

use super::failure::{Failed, explain, fail};

/// Writes the demo site and says what it holds.
pub(super) async fn seed_demo(db: &Db) -> Result<(), Failed> {
    let summary = demo::seed(db).await.map_err(|e| fail(1, explain(&e)))?;
    eprintln!(
        "demo site written: {} sites, {} spaces, {} structures, {} accounts (password: {})",
        summary.sites,
        summary.spaces,
        summary.structures,
        summary.accounts,
        demo::DEMO_PASSWORD
    );
    Ok(())
}
