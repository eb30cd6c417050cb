//! The lines of a leases file: each running lease of a structure (by SIRET or name) on a space
//! (by site and code), with its dates and rent; one that exists already (same space, structure
//! and first day) changes nothing, one over another lease's dates is named.
use chrono::NaiveDate;

use super::rows::New;
use super::{Line, line_error};
use crate::core::entities::{lease, site, space, structure};
use crate::domain::checks::Checks;
use crate::domain::import::ImportReport;
use crate::domain::{LeaseInput, Money, NewLease};

/// What a leases file is read against.
pub(super) struct Known<'a> {
    pub sites: &'a [site::Model],
    pub structures: &'a [structure::Model],
    pub spaces: &'a [space::Model],
    pub leases: &'a [lease::Model],
}

/// Whether two leases' dates overlap (no end: open-ended).
fn overlap(a: (NaiveDate, Option<NaiveDate>), b: (NaiveDate, Option<NaiveDate>)) -> bool {
    a.0 <= b.1.unwrap_or(NaiveDate::MAX) && b.0 <= a.1.unwrap_or(NaiveDate::MAX)
}

/// `raw` in euros as cents, a decimal comma accepted; blank is 0.
fn cents(raw: &str) -> Option<i64> {
    if raw.trim().is_empty() {
        Some(0)
    } else {
        Money::parse_euros(raw).map(Money::cents)
    }
}

/// The leases of `lines`.
pub(super) fn leases(lines: &[Line], known: &Known<'_>, report: &mut ImportReport) -> Vec<New> {
    // (space, structure, first day, last day) of every lease, known or read so far.
    let mut taken: Vec<(i32, i32, NaiveDate, Option<NaiveDate>)> = known
        .leases
        .iter()
        .map(|l| (l.space_id, l.structure_id, l.starts_on, l.ends_on))
        .collect();
    let mut news = Vec::new();
    for line in lines {
        let before = report.errors.len();
        let who = line.get("structure");
        let structure = known.structures.iter().find(|s| {
            s.siret.as_deref() == Some(who.replace(' ', "").as_str())
                || s.name.trim().eq_ignore_ascii_case(who)
        });
        if structure.is_none() {
            report
                .errors
                .push(line_error(line, "structure", "import.structure_unknown"));
        }
        let site = known.sites.iter().find(|s| s.slug == line.get("site"));
        let space = site.and_then(|site| {
            known
                .spaces
                .iter()
                .find(|s| s.site_id == site.id && s.code.eq_ignore_ascii_case(line.get("space")))
        });
        if space.is_none() {
            report
                .errors
                .push(line_error(line, "space", "import.space_unknown"));
        }
        let mut checks = Checks::new("import");
        let starts_on = checks.day("starts_on", line.get("starts_on"));
        let ends_on = checks.optional_day("ends_on", line.get("ends_on"));
        let rent = cents(line.get("monthly_rent"));
        checks.check(rent.is_some(), "monthly_rent");
        let charges = cents(line.get("monthly_charges"));
        checks.check(charges.is_some(), "monthly_charges");
        let vat: Option<f64> = match line.get("vat_rate") {
            "" => Some(20.0),
            raw => raw
                .replace(',', ".")
                .trim_end_matches('%')
                .trim()
                .parse()
                .ok(),
        };
        checks.check(vat.is_some(), "vat_rate");
        if let Err(crate::domain::AppError::Invalid(fields)) = checks.finish() {
            report.errors.extend(
                fields
                    .into_iter()
                    .map(|f| line_error(line, &f.field, &f.message)),
            );
        }
        if report.errors.len() > before {
            continue;
        }
        let (Some(structure), Some(space), Some(starts_on), Some(rent), Some(charges), Some(vat)) =
            (structure, space, starts_on, rent, charges, vat)
        else {
            continue;
        };
        let input = LeaseInput {
            space_id: space.id,
            structure_id: structure.id,
            starts_on,
            ends_on,
            monthly_rent_cents: rent,
            monthly_charges_cents: charges,
            vat_rate_percent: vat,
            share_percent: None,
            deposit_cents: None,
            notice_months: None,
            included_hours_per_month: None,
            documents: None,
            rent_index: None,
            reference_quarter: None,
        };
        let new = match NewLease::try_from(input) {
            Ok(new) => new,
            Err(crate::domain::AppError::Invalid(fields)) => {
                report.errors.extend(
                    fields
                        .into_iter()
                        .map(|f| line_error(line, &f.field, &f.message)),
                );
                continue;
            }
            Err(other) => {
                report
                    .errors
                    .push(line_error(line, "", &other.detail_key()));
                continue;
            }
        };
        let same = taken
            .iter()
            .any(|t| t.0 == space.id && t.1 == structure.id && t.2 == starts_on);
        if same {
            report.unchanged += 1;
        } else if taken
            .iter()
            .any(|t| t.0 == space.id && overlap((t.2, t.3), (starts_on, ends_on)))
        {
            report
                .errors
                .push(line_error(line, "space", "lease.overlap"));
        } else {
            report.created += 1;
            taken.push((space.id, structure.id, starts_on, ends_on));
            news.push(New::Lease(new));
        }
    }
    news
}
