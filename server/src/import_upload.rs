//! The import page's two plain HTTP doors: `GET /admin/import/template/{kind}` downloads a CSV
//! to start from, `POST /admin/import` takes the uploaded file (multipart) and opens its
//! preview at `/admin/import/{id}`; a refused file goes back to the form with its reason.
use app::core::{AppState, import};
use app::domain::import::ImportKind;
use axum::extract::{Multipart, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::header;

use crate::rest::{Problem, SignedIn};
use crate::uploads;

/// `GET /admin/import/template/{kind}` (managers).
pub async fn template(
    user: SignedIn,
    axum::extract::Path(kind): axum::extract::Path<String>,
) -> Response {
    let kind = kind.trim_end_matches(".csv");
    let found = app::core::access::manager(&user.viewer).and_then(|()| {
        kind.parse::<ImportKind>()
            .map_err(|_| app::domain::AppError::NotFound)
    });
    match found {
        Ok(kind) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"solilab-{}.csv\"", kind.as_str()),
                ),
            ],
            import::template(kind),
        )
            .into_response(),
        Err(e) => Problem::from((e, user.locale)).into_response(),
    }
}

/// Back to the form, saying why the file was refused.
fn refused(key: &str) -> Response {
    uploads::refused("/admin/import", key)
}

/// `POST /admin/import`: the form's `kind` and `file` (managers).
pub async fn upload(State(state): State<AppState>, user: SignedIn, form: Multipart) -> Response {
    if let Err(e) = app::core::access::manager(&user.viewer) {
        return Problem::from((e, user.locale)).into_response();
    }
    let Ok(fields) = uploads::fields(form).await else {
        return refused("import.file_too_large");
    };
    let Some(kind) = uploads::text(&fields, "kind").and_then(|k| k.parse::<ImportKind>().ok())
    else {
        return refused("import.kind_invalid");
    };
    let Some(file) = fields.get("file").filter(|f| !f.bytes.is_empty()) else {
        return refused("import.file_empty");
    };
    let name = file.file_name.as_deref().unwrap_or("import.csv");
    match import::store(
        &state.db,
        &user.viewer,
        kind,
        name,
        &file.bytes,
        state.now(),
    )
    .await
    {
        Ok(id) => Redirect::to(&format!("/admin/import/{id}")).into_response(),
        Err(app::domain::AppError::Invalid(fields)) => refused(
            fields
                .first()
                .map_or("import.file_unreadable", |f| f.message.as_str()),
        ),
        Err(e) => Problem::from((e, user.locale)).into_response(),
    }
}
