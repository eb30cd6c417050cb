//! A file uploaded from the import page: kept decoded between its preview and its import.
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};

use super::{MAX_BYTES, decode, import_text};
use crate::core::entities::import_upload;
use crate::core::spaces::word;
use crate::core::{Db, access};
use crate::domain::import::{ImportKind, ImportPreview, ImportReport};
use crate::domain::{AppError, Viewer};

/// Keeps `bytes`, a CSV of `kind` named `file_name`, for its preview (managers); gives its id.
pub async fn store(
    db: &Db,
    viewer: &Viewer,
    kind: ImportKind,
    file_name: &str,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> Result<i32, AppError> {
    access::manager(viewer)?;
    if bytes.is_empty() {
        return Err(AppError::invalid("file", "import.file_empty"));
    }
    if bytes.len() > MAX_BYTES {
        return Err(AppError::invalid("file", "import.file_too_large"));
    }
    let row = import_upload::ActiveModel {
        kind: Set(kind.as_str().to_owned()),
        file_name: Set(file_name.chars().take(200).collect()),
        content: Set(decode(bytes)),
        created_by: Set(viewer.id),
        created_at: Set(now),
        imported_at: Set(None),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    Ok(row.id)
}

async fn upload(db: &Db, id: i32) -> Result<(import_upload::Model, ImportKind), AppError> {
    let row = import_upload::Entity::find_by_id(id)
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    let kind = word(&row.kind, "import_uploads.kind")?;
    Ok((row, kind))
}

/// Upload `id` with what importing it would do (managers); nothing is written.
pub async fn preview(db: &Db, viewer: &Viewer, id: i32) -> Result<ImportPreview, AppError> {
    access::manager(viewer)?;
    let (row, kind) = upload(db, id).await?;
    let report = import_text(db, viewer, kind, &row.content, false).await?;
    Ok(ImportPreview {
        id,
        file_name: row.file_name,
        imported: row.imported_at.is_some(),
        report,
    })
}

/// Imports upload `id` all or nothing (managers); `Conflict` when it was imported already.
pub async fn run(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    now: DateTime<Utc>,
) -> Result<ImportReport, AppError> {
    access::manager(viewer)?;
    let (row, kind) = upload(db, id).await?;
    if row.imported_at.is_some() {
        return Err(AppError::Conflict("import.done_already".into()));
    }
    let report = import_text(db, viewer, kind, &row.content, true).await?;
    if report.written {
        let mut done = row.into_active_model();
        done.imported_at = Set(Some(now));
        done.update(db.write()).await?;
    }
    Ok(report)
}
