//! What a page adds to its HTTP response: its status and its Content-Security-Policy.

/// Sets the response status (404 for a missing page, 500 for a failure); nothing in the browser.
pub fn set_status(code: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(options), Ok(status)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(code),
    ) {
        options.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = code;
}

/// The policy of a page: only our own files, the hydration script carrying this response's nonce
/// (and what it imports), and WebAssembly compilation; no framing, no plugins, no foreign forms.
#[cfg(any(feature = "ssr", test))]
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Sends the page's Content-Security-Policy, built on the nonce Leptos gives its inline scripts.
pub fn set_content_security_policy() {
    #[cfg(feature = "ssr")]
    if let (Some(options), Some(nonce)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        leptos::nonce::use_nonce(),
    ) && let Ok(value) = http::HeaderValue::from_str(&content_security_policy(&nonce))
    {
        options.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

/// Sends the browser elsewhere (a `302` with `Location`) instead of this page.
pub fn redirect(path: &str) {
    #[cfg(feature = "ssr")]
    leptos_axum::redirect(path);
    #[cfg(not(feature = "ssr"))]
    let _ = path;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_only_the_nonce_and_wasm() {
        let csp = content_security_policy("abc123");
        assert!(csp.contains("script-src 'nonce-abc123' 'strict-dynamic' 'wasm-unsafe-eval'"));
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(!csp.contains("unsafe-inline"));
    }
}
