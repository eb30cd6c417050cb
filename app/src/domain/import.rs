//! Bringing the operator's spreadsheets in: what a CSV holds, and what its import found.
use serde::{Deserialize, Serialize};

use super::enums::vocabulary;

vocabulary!(
    /// What a CSV file brings in.
    ImportKind, "import_kind", {
        Structures => "structures",
        Spaces => "spaces",
        Leases => "leases",
    }
);

/// A bad field on one line of a CSV file; line 1 is the header, so data starts on line 2.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LineError {
    pub line: usize,
    /// The column, as the header names it.
    pub field: String,
    /// An i18n key saying what is wrong.
    pub message: String,
}

/// What reading, and perhaps importing, a CSV file found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ImportReport {
    pub kind: ImportKind,
    /// Data lines read.
    pub lines: usize,
    /// Lines that are new (created, or to create on a dry run).
    pub created: usize,
    /// Lines that match what exists, left as they are.
    pub unchanged: usize,
    /// Every bad line and field; nothing is written while there is one.
    pub errors: Vec<LineError>,
    /// Whether the new lines were written.
    pub written: bool,
}

/// An uploaded file with what its import finds, or found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub id: i32,
    pub file_name: String,
    /// Whether its lines were written already.
    pub imported: bool,
    pub report: ImportReport,
}
