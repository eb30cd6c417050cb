//! Identifies the caller of every request (bearer token or session cookie) and puts the
//! [`Caller`] in the request's extensions for pages, server functions and the API.
use std::net::{IpAddr, SocketAddr};

use app::core::AppState;
use app::core::auth::{Caller, Client, authenticate, cookie};
use app::domain::SetupPending;
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

/// The header a trusted reverse proxy writes the client's address in, when Solilab runs behind
/// one (`SOLILAB_CLIENT_IP_HEADER`); without it, the address is the connection's peer.
#[derive(Clone, Debug, Default)]
pub struct ClientIpHeader(pub Option<http::HeaderName>);

/// The client's address: the last entry of the proxy's header (the one the proxy itself added,
/// which a client cannot forge), or else the connection's peer.
fn client_ip(
    headers: &HeaderMap,
    header: Option<&http::HeaderName>,
    peer: Option<IpAddr>,
) -> Option<String> {
    let forwarded = header
        .and_then(|name| headers.get_all(name).iter().next_back())
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.rsplit(',').next())
        .and_then(|last| last.trim().parse::<IpAddr>().ok());
    forwarded.or(peer).map(|ip| ip.to_string())
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
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip());
    let proxy_header = request
        .extensions()
        .get::<ClientIpHeader>()
        .and_then(|h| h.0.clone());
    let client = Client {
        ip: client_ip(headers, proxy_header.as_ref(), peer),
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
    let pending = state.setup_pending().await.unwrap_or(false);
    request.extensions_mut().insert(SetupPending(pending));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_proxy_header_names_the_client_only_when_trusted() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            HeaderValue::from_static("6.6.6.6, 203.0.113.9"),
        );
        let peer = Some(IpAddr::from([10, 0, 0, 2]));
        let header = http::HeaderName::from_static("x-forwarded-for");
        assert_eq!(
            client_ip(&headers, Some(&header), peer).as_deref(),
            Some("203.0.113.9")
        );
        assert_eq!(client_ip(&headers, None, peer).as_deref(), Some("10.0.0.2"));
        headers.insert("x-forwarded-for", HeaderValue::from_static("garbage"));
        assert_eq!(
            client_ip(&headers, Some(&header), peer).as_deref(),
            Some("10.0.0.2")
        );
    }
}
