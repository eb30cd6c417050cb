//! Chooses each request's language and remembers an explicit choice in a cookie.
use app::domain::Locale;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::HeaderValue;
use http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, COOKIE, SET_COOKIE, VARY};

const COOKIE_NAME: &str = "lang";

fn query_lang(query: Option<&str>) -> Option<String> {
    url::form_urlencoded::parse(query?.as_bytes())
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| v.into_owned())
}

fn cookie_lang(request: &Request) -> Option<String> {
    request
        .headers()
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE_NAME)
        .map(|(_, v)| v.to_owned())
}

/// Puts the request's [`Locale`] in its extensions for pages and API errors.
pub async fn negotiate(mut request: Request, next: Next) -> Response {
    let asked = query_lang(request.uri().query()).and_then(|q| Locale::from_code(&q));
    let remembered = cookie_lang(&request);
    let accept = request
        .headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let locale = Locale::negotiate(asked.map(Locale::code), remembered.as_deref(), accept);
    request.extensions_mut().insert(locale);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if let Some(asked) = asked.filter(|a| remembered.as_deref() != Some(a.code())) {
        let cookie = format!(
            "{COOKIE_NAME}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            asked.code()
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            headers.append(SET_COOKIE, value);
        }
    }
    headers.insert(CONTENT_LANGUAGE, HeaderValue::from_static(locale.code()));
    headers.append(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    response
}
