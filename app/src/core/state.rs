//! What every request handler and server function can reach.
use chrono::{DateTime, NaiveDate, Utc};

use super::Db;
use crate::domain::time::Clock;

/// The shared state of a running Solilab.
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    /// The public address of the site, used in links inside mails and feeds.
    pub base_url: String,
    /// What time it is: the system's clock, or the one a test sets.
    pub clock: Clock,
    /// Whether this process has seen an admin account: until then, every request asks.
    pub set_up: SetUp,
}

/// Once true, stays true: an admin account exists, so the first-run setup is over.
#[derive(Clone, Debug, Default)]
pub struct SetUp(std::sync::Arc<std::sync::atomic::AtomicBool>);

impl AppState {
    /// The instant now, by the state's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The Paris day now, by the state's clock.
    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    /// Whether the site still waits for its first admin (see [`crate::core::setup`]); asks the
    /// database only until the answer is no.
    pub async fn setup_pending(&self) -> Result<bool, crate::domain::AppError> {
        use std::sync::atomic::Ordering;
        if self.set_up.0.load(Ordering::Relaxed) {
            return Ok(false);
        }
        let pending = super::setup::pending(self.db.read()).await?;
        if !pending {
            self.set_up.0.store(true, Ordering::Relaxed);
        }
        Ok(pending)
    }

    /// Whether the site is served over https: cookies are then `Secure` and `__Host-` bound.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    /// The state in the current Leptos context (set up by the server for every request).
    pub fn from_context() -> Result<AppState, crate::domain::AppError> {
        leptos::prelude::use_context::<AppState>().ok_or_else(|| {
            tracing::error!("AppState missing from the Leptos context");
            crate::domain::AppError::Internal
        })
    }
}
