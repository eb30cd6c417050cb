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
}

impl AppState {
    /// The instant now, by the state's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The Paris day now, by the state's clock.
    pub fn today(&self) -> NaiveDate {
        self.clock.today()
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
