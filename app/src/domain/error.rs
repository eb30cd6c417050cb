//! The errors a caller can meet, each with a status and a translated message; never internal text.
use serde::{Deserialize, Serialize};

/// One invalid input field and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The field's name, as sent.
    pub field: String,
    /// An i18n key saying what is wrong.
    pub message: String,
}

impl FieldError {
    /// A field error with the message under `key`.
    pub fn new(field: impl Into<String>, key: impl Into<String>) -> Self {
        FieldError {
            field: field.into(),
            message: key.into(),
        }
    }
}

/// What went wrong, as the caller may be told.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The request could not be read.
    #[error("malformed request")]
    Malformed,
    /// Not signed in.
    #[error("not signed in")]
    Unauthorized,
    /// Signed in, but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// No such thing, or one the caller may not know exists.
    #[error("not found")]
    NotFound,
    /// It clashes with what exists; the key says how.
    #[error("conflict: {0}")]
    Conflict(String),
    /// Some fields are invalid.
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    /// Too many attempts; retry after this many seconds.
    #[error("too many requests")]
    TooManyRequests(u64),
    /// Something failed on our side; details are in the server log only.
    #[error("internal error")]
    Internal,
}

impl AppError {
    /// The HTTP status that carries this error.
    pub const fn status(&self) -> u16 {
        match self {
            AppError::Malformed => 400,
            AppError::Unauthorized => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Conflict(_) => 409,
            AppError::Invalid(_) => 422,
            AppError::TooManyRequests(_) => 429,
            AppError::Internal => 500,
        }
    }

    /// The i18n key of the short title.
    pub const fn title_key(&self) -> &'static str {
        match self {
            AppError::Malformed => "error.malformed",
            AppError::Unauthorized => "error.unauthorized",
            AppError::Forbidden => "error.forbidden",
            AppError::NotFound => "error.not_found",
            AppError::Conflict(_) => "error.conflict",
            AppError::Invalid(_) => "error.invalid",
            AppError::TooManyRequests(_) => "error.too_many_requests",
            AppError::Internal => "error.internal",
        }
    }

    /// The i18n key of the detailed message.
    pub fn detail_key(&self) -> String {
        match self {
            AppError::Conflict(key) => key.clone(),
            other => format!("{}_detail", other.title_key()),
        }
    }

    /// A single invalid field.
    pub fn invalid(field: &str, key: &str) -> Self {
        AppError::Invalid(vec![FieldError::new(field, key)])
    }

    /// The slot asked for is taken.
    pub fn overlap() -> Self {
        AppError::Conflict("booking.overlap".into())
    }
}

impl leptos::server_fn::error::FromServerFnError for AppError {
    type Encoder = leptos::server_fn::codec::JsonEncoding;

    fn from_server_fn_error(value: leptos::server_fn::error::ServerFnErrorErr) -> Self {
        use leptos::server_fn::error::ServerFnErrorErr as E;
        match value {
            E::Args(_) | E::MissingArg(_) | E::Deserialization(_) => AppError::Malformed,
            _ => AppError::Internal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_follow_the_contract() {
        assert_eq!(AppError::NotFound.status(), 404);
        assert_eq!(AppError::invalid("kind", "x").status(), 422);
        assert_eq!(AppError::Conflict("c".into()).status(), 409);
        assert_eq!(AppError::TooManyRequests(3).status(), 429);
    }

    #[test]
    fn detail_keys_point_at_translations() {
        assert_eq!(AppError::NotFound.detail_key(), "error.not_found_detail");
        assert_eq!(
            AppError::Conflict("booking.overlap".into()).detail_key(),
            "booking.overlap"
        );
    }
}
