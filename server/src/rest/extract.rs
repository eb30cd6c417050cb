//! What the API's handlers take from a request; each refusal is a problem document in the
//! caller's language, never axum's plain text.
use app::core::auth::Caller;
use app::domain::{AppError, Locale, Viewer};
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use http::Extensions;
use http::request::Parts;
use serde::de::DeserializeOwned;

use super::Problem;

/// The language the locale layer chose for this request.
fn locale_of(extensions: &Extensions) -> Locale {
    extensions.get::<Locale>().copied().unwrap_or_default()
}

/// `Json<T>` for the API: a body that cannot be read answers `400` as problem+json.
pub struct Body<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Body<T> {
    type Rejection = Problem;

    async fn from_request(request: Request, state: &S) -> Result<Self, Problem> {
        let locale = locale_of(request.extensions());
        axum::Json::<T>::from_request(request, state)
            .await
            .map(|axum::Json(value)| Body(value))
            .map_err(|rejection| {
                tracing::debug!(%rejection, "unreadable JSON body");
                Problem::new(AppError::Malformed, locale)
            })
    }
}

/// A signed-in caller and the language to answer in; anyone else gets `401`.
pub struct SignedIn {
    pub viewer: Viewer,
    pub locale: Locale,
    /// The whole caller, for the actions that log where a request came from.
    pub caller: Caller,
}

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Problem> {
        let locale = locale_of(&parts.extensions);
        let caller = parts
            .extensions
            .get::<Caller>()
            .cloned()
            .unwrap_or_default();
        let viewer = caller
            .signed_in()
            .map_err(|e| Problem::new(e, locale))?
            .clone();
        Ok(SignedIn {
            viewer,
            locale,
            caller,
        })
    }
}

/// A numeric id in the path; anything else names nothing (`404`).
pub struct Id(pub i32);

impl<S: Send + Sync> FromRequestParts<S> for Id {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Problem> {
        let locale = locale_of(&parts.extensions);
        let raw = Path::<String>::from_request_parts(parts, state).await;
        raw.ok()
            .and_then(|Path(raw)| raw.parse().ok())
            .map(Id)
            .ok_or_else(|| Problem::new(AppError::NotFound, locale))
    }
}

/// Path parameters of another shape (a slug, a slug and a day…); ones that cannot be read
/// name nothing (`404`).
pub struct Params<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for Params<T> {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Problem> {
        let locale = locale_of(&parts.extensions);
        Path::<T>::from_request_parts(parts, state)
            .await
            .map(|Path(value)| Params(value))
            .map_err(|_| Problem::new(AppError::NotFound, locale))
    }
}

/// A query string read into `T`; one that cannot be read answers `422` naming `query`.
pub struct Filter<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for Filter<T> {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Problem> {
        let locale = locale_of(&parts.extensions);
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Query(value)| Filter(value))
            .map_err(|_| Problem::new(AppError::invalid("query", "error.query_invalid"), locale))
    }
}
