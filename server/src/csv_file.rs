//! A table answered as a CSV file download, for the managers' export links (they follow them
//! with their session cookie). Headers are in the request's language.
use app::domain::{AppError, Locale, Viewer};
use axum::extract::Query;
use axum::extract::rejection::QueryRejection;
use axum::response::{IntoResponse, Response};
use http::header;

use crate::rest::Problem;

/// A manager's export request: its query, and which of `tables` the query's `table` names
/// (`Invalid` under `unknown_key` for none).
pub fn chosen<Q>(
    viewer: &Viewer,
    query: Result<Query<Q>, QueryRejection>,
    table: impl Fn(&Q) -> &str,
    tables: &[&'static str],
    unknown_key: &str,
) -> Result<(Q, &'static str), AppError> {
    app::core::access::manager(viewer)?;
    let Query(query) = query.map_err(|_| AppError::Malformed)?;
    let name = tables
        .iter()
        .find(|t| **t == table(&query))
        .ok_or_else(|| AppError::invalid("table", unknown_key))?;
    Ok((query, name))
}

/// A CSV file: its name and its rows under their header.
pub struct CsvFile {
    pub name: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

fn write(head: Vec<String>, rows: Vec<Vec<String>>) -> Result<Vec<u8>, AppError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let failed = |e: csv::Error| {
        tracing::error!(error = %e, "CSV not written");
        AppError::Internal
    };
    writer.write_record(&head).map_err(failed)?;
    for row in rows {
        writer.write_record(&row).map_err(failed)?;
    }
    writer
        .into_inner()
        .map_err(|e| failed(e.into_error().into()))
}

/// Answers `file` as an attachment, or the error as problem+json in `locale`.
pub fn respond(file: Result<CsvFile, AppError>, locale: Locale) -> Response {
    match file.and_then(|f| Ok((f.name, write(f.head, f.rows)?))) {
        Ok((name, body)) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{name}\""),
                ),
                (header::CACHE_CONTROL, "private, no-store".to_owned()),
            ],
            body,
        )
            .into_response(),
        Err(e) => Problem::new(e, locale).into_response(),
    }
}
