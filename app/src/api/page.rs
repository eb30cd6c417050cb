//! What a page rendered on the server reads of its request and of the running site; nothing in
//! the browser, where pages only hydrate their islands.

/// The secret a server function handed over to the page at `path` (see
/// `context::hand_over`), read from its cookie; the response removes the cookie, so it shows
/// once.
pub fn handed_over(cookie: &str, path: &str) -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        super::context::take_handed_over(cookie, path)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (cookie, path);
        None
    }
}

/// The public address of the site (`SOLILAB_BASE_URL`), without a trailing slash.
pub fn base_url() -> String {
    #[cfg(feature = "ssr")]
    {
        crate::core::AppState::from_context()
            .map(|state| state.base_url.trim_end_matches('/').to_owned())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        String::new()
    }
}
