//! Cross-site request forgery: a request that changes state is refused unless the browser says
//! it comes from this site (`Sec-Fetch-Site`), or its `Origin` is this site. Bearer requests
//! carry no ambient credentials and pass.
use app::core::AppState;
use app::domain::{AppError, Locale};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::header::{AUTHORIZATION, HOST, ORIGIN};
use http::{HeaderMap, Method};

use crate::rest::Problem;
use crate::session::session_cookie;

/// Whether the request's own headers prove it was sent by this site's pages.
fn same_site(headers: &HeaderMap, base_url: &str) -> Option<bool> {
    if let Some(site) = headers.get("sec-fetch-site") {
        return Some(matches!(site.to_str(), Ok("same-origin" | "none")));
    }
    let origin = headers.get(ORIGIN)?.to_str().ok()?;
    let host = headers.get(HOST).and_then(|h| h.to_str().ok());
    let origin_host = origin.split_once("://").map(|(_, rest)| rest);
    Some(origin == base_url.trim_end_matches('/') || (origin_host.is_some() && origin_host == host))
}

/// Refuses state-changing requests that another site could have made.
pub async fn guard(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let method = request.method();
    let safe = [Method::GET, Method::HEAD, Method::OPTIONS].contains(method);
    let headers = request.headers();
    if safe || headers.contains_key(AUTHORIZATION) {
        return next.run(request).await;
    }
    let allowed = match same_site(headers, &state.base_url) {
        Some(verdict) => verdict,
        // No browser header at all: only a request without the session cookie may pass
        // (a script, a form tool); a cookie needs proof.
        None => session_cookie(headers, state.secure_cookies()).is_none(),
    };
    if allowed {
        return next.run(request).await;
    }
    let locale = request
        .extensions()
        .get::<Locale>()
        .copied()
        .unwrap_or_default();
    tracing::warn!(path = %request.uri().path(), "cross-site request refused");
    Problem::new(AppError::Forbidden, locale)
        .with_detail("error.cross_site")
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, HeaderValue::from_static(v));
        }
        map
    }

    #[test]
    fn browsers_prove_the_origin() {
        let base = "http://127.0.0.1:3000";
        assert_eq!(
            same_site(&headers(&[("sec-fetch-site", "same-origin")]), base),
            Some(true)
        );
        assert_eq!(
            same_site(&headers(&[("sec-fetch-site", "cross-site")]), base),
            Some(false)
        );
        assert_eq!(
            same_site(&headers(&[("sec-fetch-site", "same-site")]), base),
            Some(false)
        );
        assert_eq!(
            same_site(&headers(&[("origin", "http://127.0.0.1:3000")]), base),
            Some(true)
        );
        assert_eq!(
            same_site(
                &headers(&[
                    ("origin", "https://evil.example"),
                    ("host", "127.0.0.1:3000")
                ]),
                base
            ),
            Some(false)
        );
        assert_eq!(
            same_site(
                &headers(&[
                    ("origin", "https://solilab.example"),
                    ("host", "solilab.example")
                ]),
                base
            ),
            Some(true)
        );
        assert_eq!(
            same_site(&headers(&[("origin", "null")]), base),
            Some(false)
        );
        assert_eq!(same_site(&headers(&[]), base), None);
    }
}
