//! How a command fails: one line on standard error, and the process's exit code.
use std::process::ExitCode;

use app::domain::locale::translate;
use app::domain::{AppError, Locale};

/// A failure of a command, already explained on standard error.
pub(super) struct Failed(pub(super) ExitCode);

/// Says `message` on standard error; the command ends with exit code `code`.
pub(super) fn fail(code: u8, message: impl std::fmt::Display) -> Failed {
    eprintln!("error: {message}");
    Failed(ExitCode::from(code))
}

/// An error as one English line.
pub(super) fn explain(error: &AppError) -> String {
    match error {
        AppError::Invalid(fields) => fields
            .iter()
            .map(|f| format!("{}: {}", f.field, translate(Locale::En, &f.message)))
            .collect::<Vec<_>>()
            .join("; "),
        other => translate(Locale::En, &other.detail_key()),
    }
}
