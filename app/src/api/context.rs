//! What every server function needs from its request: the state, the caller and the language,
//! and what it may add to the response (the session cookie, a redirect).
use crate::core::AppState;
use crate::core::auth::{Caller, cookie};
use crate::domain::{AppError, Locale, Viewer};

/// The request a server function serves.
pub struct Request {
    pub state: AppState,
    pub caller: Caller,
    pub locale: Locale,
}

impl Request {
    /// The signed-in person, or `Unauthorized`.
    pub fn viewer(&self) -> Result<&Viewer, AppError> {
        self.caller.signed_in()
    }

    /// Gives the browser the session cookie carrying `secret`.
    pub fn set_session(&self, secret: &str) {
        set_cookie(&cookie::set(secret, self.state.secure_cookies()));
    }

    /// Removes the session cookie.
    pub fn clear_session(&self) {
        set_cookie(&cookie::clear(self.state.secure_cookies()));
    }
}

/// The current request, from the context the server provides.
pub fn request() -> Result<Request, AppError> {
    let state = AppState::from_context()?;
    let parts = leptos::prelude::use_context::<http::request::Parts>().ok_or_else(|| {
        tracing::error!("request parts missing from the server function context");
        AppError::Internal
    })?;
    Ok(Request {
        state,
        caller: parts
            .extensions
            .get::<Caller>()
            .cloned()
            .unwrap_or_default(),
        locale: parts
            .extensions
            .get::<Locale>()
            .copied()
            .unwrap_or_default(),
    })
}

/// Adds a `Set-Cookie` header to the response.
pub fn set_cookie(value: &str) {
    if let (Some(options), Ok(value)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(value),
    ) {
        options.append_header(http::header::SET_COOKIE, value);
    }
}

/// The secret handed over to the page at `path` in the cookie `cookie` ([`hand_over`]), which
/// the response removes.
pub fn take_handed_over(cookie: &str, path: &str) -> Option<String> {
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    let secret = parts
        .headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == cookie)
        .map(|(_, v)| v.to_owned())?;
    set_cookie(&format!(
        "{cookie}=; Path={path}; Max-Age=0; HttpOnly; SameSite=Strict"
    ));
    Some(secret)
}

/// Hands a secret just made (a token, a feed's address) to the page at `path`, once: in a
/// cookie of that path that lives five minutes and that the page removes when it shows it.
pub fn hand_over(cookie: &str, secret: &str, path: &str, secure: bool) {
    let secure = if secure { "; Secure" } else { "" };
    set_cookie(&format!(
        "{cookie}={secret}; Path={path}; Max-Age=300; HttpOnly; SameSite=Strict{secure}"
    ));
}

/// Sends the browser to `path` once the function returns; only paths of this site are followed.
pub fn redirect(path: &str) {
    leptos_axum::redirect(local_path(path));
}

/// `path` when it stays on this site (`/…` but not `//…`), the home page otherwise.
pub fn local_path(path: &str) -> &str {
    let tidy = !path.contains('\\') && !path.chars().any(char::is_control);
    if path.starts_with('/') && !path.starts_with("//") && tidy {
        path
    } else {
        "/"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(local_path("/account"), "/account");
        assert_eq!(local_path("//evil.example"), "/");
        assert_eq!(local_path("https://evil.example"), "/");
        assert_eq!(local_path("/\\evil.example"), "/");
        assert_eq!(local_path(""), "/");
        assert_eq!(local_path("/a\nSet-Cookie: x"), "/");
    }
}
