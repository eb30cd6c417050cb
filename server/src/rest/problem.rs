//! Errors as `application/problem+json` (RFC 9457), in the caller's language.
use app::domain::locale::translate;
use app::domain::{AppError, Locale, Slot, SpaceHolder};
use axum::Extension;
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};
use serde::Serialize;
use utoipa::ToSchema;

/// One invalid field in a problem.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProblemField {
    pub field: String,
    pub message: String,
}

/// A date of a repeating booking that cannot be booked, and why.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProblemDate {
    pub starts_at: chrono::DateTime<chrono::Utc>,
    pub ends_at: chrono::DateTime<chrono::Utc>,
    /// Why, in the caller's language.
    pub reason: String,
}

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProblemBody {
    /// A URI naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// For `422`: each invalid field and why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ProblemField>,
    /// For a taken slot: the nearest free slots of the same length, nearest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<Slot>,
    /// For a repeating booking: the dates in the way, to send again in `skip`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<ProblemDate>,
    /// For a space that cannot be retired: the coming bookings and running leases that hold it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub holders: Vec<SpaceHolder>,
}

/// An error on its way to an API caller.
#[derive(Debug)]
pub struct Problem {
    pub error: AppError,
    pub locale: Locale,
    /// A more precise explanation than the error's own, as an i18n key.
    pub detail_key: Option<String>,
    /// Free slots to offer instead of a taken one.
    pub suggestions: Vec<Slot>,
    /// Dates of a series in the way, each with the i18n key of why.
    pub conflicts: Vec<(Slot, String)>,
    /// What holds a space that cannot be retired.
    pub holders: Vec<SpaceHolder>,
}

impl Problem {
    pub fn new(error: AppError, locale: Locale) -> Problem {
        Problem {
            error,
            locale,
            detail_key: None,
            suggestions: Vec::new(),
            conflicts: Vec::new(),
            holders: Vec::new(),
        }
    }

    /// Names what holds a space that cannot be retired.
    pub fn with_holders(mut self, holders: Vec<SpaceHolder>) -> Problem {
        self.holders = holders;
        self
    }

    /// Names the dates of a series that stand in the way.
    pub fn with_conflicts(mut self, dates: Vec<(Slot, String)>) -> Problem {
        self.conflicts = dates;
        self
    }

    /// Offers `slots` instead of the one asked for.
    pub fn with_suggestions(mut self, slots: Vec<Slot>) -> Problem {
        self.suggestions = slots;
        self
    }

    /// Explains the problem with the text under `key` instead of the error's usual one.
    pub fn with_detail(mut self, key: &str) -> Problem {
        self.detail_key = Some(key.to_owned());
        self
    }

    /// The document this problem is sent as.
    pub fn body(&self) -> ProblemBody {
        let t = |key: &str| translate(self.locale, key);
        let errors = match &self.error {
            AppError::Invalid(fields) => fields
                .iter()
                .map(|f| ProblemField {
                    field: f.field.clone(),
                    message: t(&f.message),
                })
                .collect(),
            _ => Vec::new(),
        };
        let slug = self
            .error
            .title_key()
            .trim_start_matches("error.")
            .replace('_', "-");
        ProblemBody {
            kind: format!("urn:solilab:problem:{slug}"),
            title: t(self.error.title_key()),
            status: self.error.status(),
            detail: t(self
                .detail_key
                .clone()
                .unwrap_or_else(|| self.error.detail_key())
                .as_str()),
            errors,
            suggestions: self.suggestions.clone(),
            conflicts: self
                .conflicts
                .iter()
                .map(|(slot, key)| ProblemDate {
                    starts_at: slot.starts_at,
                    ends_at: slot.ends_at,
                    reason: t(key),
                })
                .collect(),
            holders: self.holders.clone(),
        }
    }
}

impl From<(AppError, Locale)> for Problem {
    fn from((error, locale): (AppError, Locale)) -> Problem {
        Problem::new(error, locale)
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status =
            StatusCode::from_u16(self.error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, axum::Json(self.body())).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let AppError::TooManyRequests(seconds) = self.error {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// The answer to an unknown API route.
pub async fn not_found(Extension(locale): Extension<Locale>) -> Problem {
    Problem::new(AppError::NotFound, locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_fields_are_translated() {
        let problem = Problem::new(
            AppError::invalid("min_capacity", "spaces.capacity_invalid"),
            Locale::Fr,
        );
        let body = problem.body();
        assert_eq!(body.status, 422);
        assert_eq!(body.kind, "urn:solilab:problem:invalid");
        assert_eq!(body.title, "Saisie invalide");
        assert_eq!(body.errors[0].field, "min_capacity");
        assert!(body.errors[0].message.starts_with("Indiquez"));
    }
}
