//! The lines of a structures or spaces file read into what would be created, each bad field
//! named, each line that matches what exists (or an earlier line) counted as unchanged.
use sea_orm::DatabaseTransaction;

use super::{Line, line_error};
use crate::core::entities::{site, space, structure};
use crate::domain::import::ImportReport;
use crate::domain::{
    AppError, Money, NewLease, NewSpace, NewStructure, RateInput, SpaceInput, StructureInput,
    Viewer,
};

/// A line to create.
pub(super) enum New {
    Structure(NewStructure),
    Space(NewSpace),
    /// A lease already running, as the spreadsheet keeps it.
    Lease(NewLease),
}

impl New {
    /// Writes it in `txn`.
    pub async fn insert(
        self,
        db: &crate::core::Db,
        txn: &DatabaseTransaction,
        viewer: &Viewer,
    ) -> Result<(), AppError> {
        match self {
            New::Structure(new) => {
                crate::core::structures::insert(txn, viewer, new).await?;
            }
            New::Space(new) => {
                crate::core::spaces::insert(txn, new).await?;
            }
            New::Lease(new) => {
                let running = crate::domain::LeaseStatus::Running;
                crate::core::leases::write(db, txn, viewer, new, running).await?;
            }
        }
        Ok(())
    }
}

/// Adds the field errors of `error` on `line` to `report`.
fn report_error(report: &mut ImportReport, line: &Line, error: AppError) {
    match error {
        AppError::Invalid(fields) => report.errors.extend(
            fields
                .into_iter()
                .map(|f| line_error(line, &f.field, &f.message)),
        ),
        other => report
            .errors
            .push(line_error(line, "", &other.detail_key())),
    }
}

/// The same words, whatever their case and surrounding spaces.
fn same(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The structures of `lines`; a structure is known by its SIRET or its name.
pub(super) fn structures(
    lines: &[Line],
    sites: &[site::Model],
    known: &[structure::Model],
    report: &mut ImportReport,
) -> Vec<New> {
    let mut seen: Vec<(Option<String>, String)> = known
        .iter()
        .map(|s| (s.siret.clone(), s.name.clone()))
        .collect();
    let mut news = Vec::new();
    for line in lines {
        let optional = |column: &str| Some(line.get(column).to_owned()).filter(|v| !v.is_empty());
        let input = StructureInput {
            name: line.get("name").to_owned(),
            legal_form: line.get("legal_form").to_lowercase(),
            sector: line.get("sector").to_lowercase(),
            siret: optional("siret"),
            site: optional("site"),
        };
        let new = match NewStructure::try_from(input) {
            Ok(new) => new,
            Err(error) => {
                report_error(report, line, error);
                continue;
            }
        };
        let site_known = match &new.site {
            Some(slug) => sites.iter().any(|s| &s.slug == slug),
            None => !sites.is_empty(),
        };
        if !site_known {
            report
                .errors
                .push(line_error(line, "site", "structure.site_unknown"));
            continue;
        }
        let siret = new.siret.as_ref().map(|s| s.as_str().to_owned());
        let matches = seen.iter().any(|(known_siret, name)| {
            (siret.is_some() && known_siret == &siret) || same(name, &new.name)
        });
        if matches {
            report.unchanged += 1;
        } else {
            report.created += 1;
            seen.push((siret, new.name.clone()));
            news.push(New::Structure(new));
        }
    }
    news
}

/// `raw` as a number, a decimal comma accepted.
fn number<T: std::str::FromStr>(raw: &str) -> Option<T> {
    raw.trim().replace(',', ".").parse().ok()
}

/// `oui`/`yes`/`1`/`x` as true, blank or `non`/`no`/`0` as false.
fn yes(raw: &str) -> Option<bool> {
    match raw.trim().to_lowercase().as_str() {
        "oui" | "yes" | "1" | "x" | "vrai" | "true" => Some(true),
        "" | "non" | "no" | "0" | "faux" | "false" => Some(false),
        _ => None,
    }
}

/// `value`, or an error on `column` of `line` when there is none.
fn read<T>(report: &mut ImportReport, line: &Line, column: &str, value: Option<T>) -> Option<T> {
    if value.is_none() {
        let key = format!("import.{column}_invalid");
        report.errors.push(line_error(line, column, &key));
    }
    value
}

/// The spaces of `lines`; a space is known by its site and its name.
pub(super) fn spaces(
    lines: &[Line],
    sites: &[site::Model],
    known: &[space::Model],
    report: &mut ImportReport,
) -> Vec<New> {
    let site_of = |slug: &str| sites.iter().find(|s| s.slug == slug).map(|s| s.id);
    let mut seen: Vec<(i32, String)> = known.iter().map(|s| (s.site_id, s.name.clone())).collect();
    let mut codes: Vec<(i32, String)> = known.iter().map(|s| (s.site_id, s.code.clone())).collect();
    let mut news = Vec::new();
    for line in lines {
        let errors_before = report.errors.len();
        let floor = read(report, line, "floor", number::<i32>(line.get("floor")));
        let capacity = read(
            report,
            line,
            "capacity",
            number::<i32>(line.get("capacity")),
        );
        let area = read(report, line, "area_m2", number::<f64>(line.get("area_m2")));
        let step_free = read(
            report,
            line,
            "step_free_access",
            yes(line.get("step_free_access")),
        );
        let price = match line.get("price_hour_hosted") {
            "" => Some(None),
            raw => read(
                report,
                line,
                "price_hour_hosted",
                Money::parse_euros(raw).map(Some),
            ),
        };
        let site_id = site_of(line.get("site"));
        if site_id.is_none() {
            report
                .errors
                .push(line_error(line, "site", "space.site_unknown"));
        }
        if report.errors.len() > errors_before {
            continue;
        }
        let (
            Some(floor),
            Some(capacity),
            Some(area_m2),
            Some(step_free),
            Some(price),
            Some(site_id),
        ) = (floor, capacity, area, step_free, price, site_id)
        else {
            continue;
        };
        let input = SpaceInput {
            site: line.get("site").to_owned(),
            code: line.get("code").to_owned(),
            name: line.get("name").to_owned(),
            kind: line.get("kind").to_lowercase(),
            floor,
            capacity,
            area_m2,
            needs_approval: None,
            equipment: Vec::new(),
            step_free_access: step_free,
            accessible_toilets: false,
            hearing_loop: false,
            description_fr: String::new(),
            description_en: String::new(),
            rates: price
                .map(|p| RateInput {
                    customer: "hosted".into(),
                    unit: "hour".into(),
                    price_cents: p.cents(),
                })
                .into_iter()
                .collect(),
        };
        let new = match NewSpace::try_from(input) {
            Ok(new) => new,
            Err(error) => {
                report_error(report, line, error);
                continue;
            }
        };
        if seen
            .iter()
            .any(|(site, name)| *site == site_id && same(name, &new.name))
        {
            report.unchanged += 1;
        } else if codes
            .iter()
            .any(|(site, code)| *site == site_id && same(code, &new.code))
        {
            report
                .errors
                .push(line_error(line, "code", "space.code_taken"));
        } else {
            report.created += 1;
            seen.push((site_id, new.name.clone()));
            codes.push((site_id, new.code.clone()));
            news.push(New::Space(new));
        }
    }
    news
}
