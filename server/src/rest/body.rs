//! A JSON body whose rejection is a problem document, not axum's plain text.
use app::domain::{AppError, Locale};
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

use super::Problem;

/// `Json<T>` for the API: a body that cannot be read answers `400` as problem+json.
pub struct Body<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Body<T> {
    type Rejection = Problem;

    async fn from_request(request: Request, state: &S) -> Result<Self, Problem> {
        let locale = request
            .extensions()
            .get::<Locale>()
            .copied()
            .unwrap_or_default();
        axum::Json::<T>::from_request(request, state)
            .await
            .map(|axum::Json(value)| Body(value))
            .map_err(|rejection| {
                tracing::debug!(%rejection, "unreadable JSON body");
                Problem::new(AppError::Malformed, locale)
            })
    }
}
