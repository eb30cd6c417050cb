//! Identifies the caller of every request (bearer token or session cookie) and puts the
//! [`Caller`] in the request's extensions for pages, server functions and the API.
use std::net::SocketAddr;

use app::core::AppState;
use app::core::auth::{Caller, Client, authenticate, cookie};
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header::{AUTHORIZATION, CACHE_CONTROL, COOKIE, SET_COOKIE, USER_AGENT};
use http::{HeaderMap, HeaderValue};

/// The token of an `Authorization: Bearer …` header.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

/// The session cookie's value among the request's cookies.
pub fn session_cookie(headers: &HeaderMap, secure: bool) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| cookie::read(v, secure).map(str::to_owned))
}

/// Resolves the caller; a cookie whose session has ended is removed from the browser.
pub async fn identify(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let secure = state.secure_cookies();
    let headers = request.headers();
    let client = Client {
        ip: request
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|info| info.0.ip().to_string()),
        user_agent: headers
            .get(USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
    };
    let token = bearer(headers).map(str::to_owned);
    let cookie_value = session_cookie(headers, secure);
    let caller = authenticate(
        &state.db,
        token.as_deref(),
        cookie_value.as_deref(),
        client.clone(),
    )
    .await
    .unwrap_or_else(|_| Caller {
        client,
        ..Caller::default()
    });
    let stale_cookie = token.is_none() && cookie_value.is_some() && caller.session.is_none();
    let signed_in = caller.viewer.is_some();
    if let Some(viewer) = caller.viewer.clone() {
        // Pages read the viewer alone: they know nothing of sessions.
        request.extensions_mut().insert(viewer);
    }
    request.extensions_mut().insert(caller);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if stale_cookie
        && !headers.contains_key(SET_COOKIE)
        && let Ok(value) = HeaderValue::from_str(&cookie::clear(secure))
    {
        headers.append(SET_COOKIE, value);
    }
    if signed_in {
        // A page made for one person is never kept by a shared cache.
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    }
    response
}
