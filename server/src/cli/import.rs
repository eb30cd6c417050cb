//! `solilab import structures|spaces FILE [--dry-run]`: a CSV read whole, then imported all or
//! nothing; each bad line said on standard error with exit code 1, nothing written.
use app::core::{Db, accounts, import};
use app::domain::Locale;
use app::domain::import::ImportKind;
use app::domain::locale::translate;

use super::failure::{Failed, explain, fail};

/// Imports `file` as `kind` in the name of the first admin.
pub(super) async fn import_file(
    db: &Db,
    kind: ImportKind,
    file: &std::path::Path,
    dry_run: bool,
) -> Result<(), Failed> {
    let bytes =
        std::fs::read(file).map_err(|e| fail(1, format!("cannot read {}: {e}", file.display())))?;
    let viewer = accounts::first_admin(db)
        .await
        .map_err(|e| fail(1, explain(&e)))?
        .ok_or_else(|| {
            fail(
                1,
                "no admin yet: create one with `solilab user add --role admin`",
            )
        })?;
    let report = import::import(db, &viewer, kind, &bytes, !dry_run)
        .await
        .map_err(|e| fail(1, explain(&e)))?;
    if !report.errors.is_empty() {
        for e in &report.errors {
            eprintln!(
                "line {}: {}: {}",
                e.line,
                e.field,
                translate(Locale::En, &e.message)
            );
        }
        return Err(fail(
            1,
            format!("{} errors: nothing imported", report.errors.len()),
        ));
    }
    let verb = if report.written {
        "imported"
    } else {
        "would import"
    };
    eprintln!(
        "{} lines read: {verb} {} new {}, {} already known",
        report.lines,
        report.created,
        kind.as_str(),
        report.unchanged
    );
    Ok(())
}
