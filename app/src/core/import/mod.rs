//! Bringing the operator's spreadsheets in: a CSV of structures, spaces or running leases (UTF-8 or
//! Windows-1252, `;` or `,` between fields, French dates and decimal commas) is read whole,
//! every bad line and field named, then imported all or nothing. A line that matches what
//! exists (a structure by SIRET or name, a space by site and name, a lease by space, structure
//! and first day) changes nothing, so the
//! same file imported twice adds nothing the second time.
mod leases;
mod rows;
mod uploads;

pub use uploads::{preview, run, store};

use std::collections::HashMap;

use sea_orm::EntityTrait;

use crate::core::entities::{lease, site, space, structure};
use crate::core::{Db, access};
use crate::domain::import::{ImportKind, ImportReport, LineError};
use crate::domain::{AppError, Viewer};

/// The largest file an import reads.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// `bytes` as text: UTF-8 (its byte-order mark left out), else Windows-1252, which
/// spreadsheets save in on French Windows.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    }
}

/// One data line: its number in the file (the header is line 1) and its fields by column.
pub(crate) struct Line {
    pub number: usize,
    pub fields: HashMap<String, String>,
}

impl Line {
    /// The field in `column`, trimmed; empty when the file has no such column.
    pub fn get(&self, column: &str) -> &str {
        self.fields.get(column).map_or("", |v| v.trim())
    }
}

/// The lines of `text`, fields by the header's column names (lower case); `;` separates them
/// when the header holds more `;` than `,`. Blank lines are skipped.
fn lines(text: &str) -> Result<Vec<Line>, AppError> {
    let header = text.lines().next().unwrap_or_default();
    let delimiter = if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let unreadable = |_| AppError::invalid("file", "import.file_unreadable");
    let columns: Vec<String> = reader
        .headers()
        .map_err(unreadable)?
        .iter()
        .map(|c| c.trim().to_lowercase())
        .collect();
    let mut found = Vec::new();
    for record in reader.records() {
        let record = record.map_err(unreadable)?;
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let number = record.position().map_or(0, |p| p.line() as usize);
        let fields = columns
            .iter()
            .cloned()
            .zip(record.iter().map(str::to_owned))
            .collect();
        found.push(Line { number, fields });
    }
    Ok(found)
}

/// Reads `bytes` as a CSV of `kind` and, when `write` and every line is good, imports its new
/// lines in one transaction (managers only). A file with a bad line writes nothing.
pub async fn import(
    db: &Db,
    viewer: &Viewer,
    kind: ImportKind,
    bytes: &[u8],
    write: bool,
) -> Result<ImportReport, AppError> {
    access::manager(viewer)?;
    if bytes.len() > MAX_BYTES {
        return Err(AppError::invalid("file", "import.file_too_large"));
    }
    import_text(db, viewer, kind, &decode(bytes), write).await
}

/// [`import`] of a file already decoded.
pub(crate) async fn import_text(
    db: &Db,
    viewer: &Viewer,
    kind: ImportKind,
    text: &str,
    write: bool,
) -> Result<ImportReport, AppError> {
    access::manager(viewer)?;
    let lines = lines(text)?;
    if lines.is_empty() {
        return Err(AppError::invalid("file", "import.file_empty"));
    }
    let txn = db.begin_write().await?;
    let sites: Vec<site::Model> = site::Entity::find().all(&txn).await?;
    let mut report = ImportReport {
        kind,
        lines: lines.len(),
        created: 0,
        unchanged: 0,
        errors: Vec::new(),
        written: false,
    };
    let news = match kind {
        ImportKind::Structures => {
            let known = structure::Entity::find().all(&txn).await?;
            rows::structures(&lines, &sites, &known, &mut report)
        }
        ImportKind::Spaces => {
            let known = space::Entity::find().all(&txn).await?;
            rows::spaces(&lines, &sites, &known, &mut report)
        }
        ImportKind::Leases => {
            let known = leases::Known {
                sites: &sites,
                structures: &structure::Entity::find().all(&txn).await?,
                spaces: &space::Entity::find().all(&txn).await?,
                leases: &lease::Entity::find().all(&txn).await?,
            };
            leases::leases(&lines, &known, &mut report)
        }
    };
    if !report.errors.is_empty() || !write {
        return Ok(report);
    }
    for new in news {
        new.insert(db, &txn, viewer).await?;
    }
    txn.commit().await?;
    report.written = true;
    Ok(report)
}

/// A CSV file of `kind` with its header and one example line, for a spreadsheet to start from.
pub fn template(kind: ImportKind) -> &'static str {
    match kind {
        ImportKind::Structures => {
            "name;legal_form;sector;siret;site\nLes Compagnons du Quai;association;reuse_resources;73282932000074;solilab\n"
        }
        ImportKind::Spaces => {
            "site;code;name;kind;floor;capacity;area_m2;step_free_access;price_hour_hosted\nsolilab;B-201;Bureau 201;office;2;4;18,5;oui;\n"
        }
        ImportKind::Leases => {
            "structure;site;space;starts_on;ends_on;monthly_rent;monthly_charges;vat_rate\n73282932000074;solilab;B-201;01/01/2025;;450,00;60,00;20\n"
        }
    }
}

/// The error of `field` on `line`, as a report names it.
pub(crate) fn line_error(line: &Line, field: &str, message: &str) -> LineError {
    LineError {
        line: line.number,
        field: field.to_owned(),
        message: message.to_owned(),
    }
}

#[cfg(test)]
mod tests;
