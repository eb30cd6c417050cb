//! Imports from spreadsheets (managers): an uploaded file's preview, and its import.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::context::{redirect, request};
#[cfg(feature = "ssr")]
use crate::core::import;
use crate::domain::AppError;
use crate::domain::import::ImportPreview;

/// What importing upload `id` would do, every bad line named.
#[server(prefix = "/api/fn", endpoint = "import_check")]
pub async fn import_check(id: i32) -> Result<ImportPreview, AppError> {
    let request = request()?;
    import::preview(&request.state.db, request.viewer()?, id).await
}

/// Imports upload `id` all or nothing, then shows what was done.
#[server(prefix = "/api/fn", endpoint = "run_import")]
pub async fn run_import(id: i32) -> Result<(), AppError> {
    let request = request()?;
    let now = request.state.now();
    let report = import::run(&request.state.db, request.viewer()?, id, now).await?;
    if report.written {
        redirect(&format!("/admin/import/{id}?done=1"));
    } else {
        redirect(&format!("/admin/import/{id}"));
    }
    Ok(())
}
