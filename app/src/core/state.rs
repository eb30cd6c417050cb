//! What every request handler and server function can reach.
use super::Db;

/// The shared state of a running Solilab.
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    /// The public address of the site, used in links inside mails and feeds.
    pub base_url: String,
}

impl AppState {
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
