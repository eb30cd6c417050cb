//! Space requests (*demandes de locaux*): what the public and managers send, and how a
//! request is matched to the spaces that are or will be free.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::enums::vocabulary;
use super::{AppError, FieldError, Sector, SpaceKind};

vocabulary!(
    /// Where a request stands.
    RequestStatus, "request_status", {
        Open => "open",
        Offered => "offered",
        Leased => "leased",
        Refused => "refused",
        Withdrawn => "withdrawn",
    }
);

/// The request form, as typed: numbers stay text until checked, so a slip is named, not lost.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpaceRequestInput {
    pub organisation: String,
    pub contact_name: String,
    pub email: String,
    #[serde(default)]
    pub phone: String,
    pub kind: String,
    pub surface_min: String,
    pub surface_max: String,
    /// Euros per month, excluding VAT; empty when unknown.
    #[serde(default)]
    pub budget: String,
    /// `2027-03-01`.
    pub wanted_from: String,
    pub sector: String,
    #[serde(default)]
    pub message: String,
}

/// A request that passed its rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewSpaceRequest {
    pub organisation: String,
    pub contact_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub kind: SpaceKind,
    pub surface_min_m2: i32,
    pub surface_max_m2: i32,
    pub budget_cents: Option<i64>,
    pub wanted_from: NaiveDate,
    pub sector: Sector,
    pub message: String,
}

fn text(raw: &str, max: usize) -> Option<String> {
    let t = raw.trim();
    (!t.is_empty() && t.chars().count() <= max).then(|| t.to_owned())
}

impl TryFrom<SpaceRequestInput> for NewSpaceRequest {
    type Error = AppError;

    fn try_from(input: SpaceRequestInput) -> Result<Self, AppError> {
        let mut errors = Vec::new();
        let mut need = |ok: bool, field: &str, key: &str| {
            if !ok {
                errors.push(FieldError::new(field, key));
            }
        };
        let organisation = text(&input.organisation, 200);
        need(
            organisation.is_some(),
            "organisation",
            "request.organisation_invalid",
        );
        let contact_name = text(&input.contact_name, 200);
        need(
            contact_name.is_some(),
            "contact_name",
            "request.contact_invalid",
        );
        let email = text(&input.email, 254).filter(|e| {
            let (user, host) = e.split_once('@').unwrap_or_default();
            !user.is_empty() && host.contains('.') && !host.contains('@')
        });
        need(email.is_some(), "email", "request.email_invalid");
        let phone = text(&input.phone, 32);
        let kind = input
            .kind
            .parse::<SpaceKind>()
            .ok()
            .filter(|k| !matches!(k, SpaceKind::MeetingRoom | SpaceKind::EventSpace));
        need(kind.is_some(), "kind", "request.kind_invalid");
        let surface = |raw: &str| {
            raw.trim()
                .parse::<i32>()
                .ok()
                .filter(|n| (1..=5000).contains(n))
        };
        let (min, max) = (surface(&input.surface_min), surface(&input.surface_max));
        need(min.is_some(), "surface_min", "request.surface_invalid");
        need(
            max.is_some() && max >= min,
            "surface_max",
            "request.surface_max_invalid",
        );
        let budget = match input.budget.trim() {
            "" => Some(None),
            raw => raw
                .replace([' ', '\u{202f}', '\u{a0}'], "")
                .parse::<i64>()
                .ok()
                .filter(|e| (1..=1_000_000).contains(e))
                .map(|euros| Some(euros * 100)),
        };
        need(budget.is_some(), "budget", "request.budget_invalid");
        let wanted_from = input.wanted_from.trim().parse::<NaiveDate>().ok();
        need(wanted_from.is_some(), "wanted_from", "request.date_invalid");
        let sector = input.sector.parse::<Sector>().ok();
        need(sector.is_some(), "sector", "request.sector_invalid");
        let message = input.message.trim().to_owned();
        need(
            message.chars().count() <= 4000,
            "message",
            "request.message_too_long",
        );
        match (
            organisation,
            contact_name,
            email,
            kind,
            min,
            max,
            budget,
            wanted_from,
            sector,
        ) {
            (
                Some(organisation),
                Some(contact_name),
                Some(email),
                Some(kind),
                Some(surface_min_m2),
                Some(surface_max_m2),
                Some(budget_cents),
                Some(wanted_from),
                Some(sector),
            ) if errors.is_empty() => Ok(NewSpaceRequest {
                organisation,
                contact_name,
                email,
                phone,
                kind,
                surface_min_m2,
                surface_max_m2,
                budget_cents,
                wanted_from,
                sector,
                message,
            }),
            _ => Err(AppError::Invalid(errors)),
        }
    }
}

/// A space that is or will be free, as a request is matched against it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    pub space_id: i32,
    pub name: String,
    pub kind: SpaceKind,
    pub floor: i32,
    pub area_m2: f64,
    /// The monthly rent asked for it, excluding VAT, when it has one.
    pub monthly_rent_cents: Option<i64>,
    pub free_from: NaiveDate,
    pub free_until: Option<NaiveDate>,
}

/// A candidate with how well it fits, 0–100.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequestMatch {
    pub candidate: Candidate,
    pub score: u32,
}

/// How well `c` fits request `r`, or `None` when it does not at all: the kind must be the
/// one asked for, the surface within a fifth of the range, the rent within a tenth over the
/// budget, and the space free within three months of the wished date, for a year at least.
pub fn score(r: &NewSpaceRequest, c: &Candidate) -> Option<u32> {
    if c.kind != r.kind {
        return None;
    }
    let (min, max) = (f64::from(r.surface_min_m2), f64::from(r.surface_max_m2));
    let surface_gap = if c.area_m2 < min {
        (min - c.area_m2) / min
    } else if c.area_m2 > max {
        (c.area_m2 - max) / max
    } else {
        0.0
    };
    if surface_gap > 0.2 {
        return None;
    }
    let budget_gap = match (r.budget_cents, c.monthly_rent_cents) {
        (Some(budget), Some(rent)) if rent > budget => (rent - budget) as f64 / budget as f64,
        _ => 0.0,
    };
    if budget_gap > 0.1 {
        return None;
    }
    let late_days = (c.free_from - r.wanted_from).num_days().max(0);
    if late_days > 90 {
        return None;
    }
    let short = c
        .free_until
        .is_some_and(|until| (until - r.wanted_from.max(c.free_from)).num_days() < 365);
    let penalty = surface_gap * 150.0
        + budget_gap * 300.0
        + late_days as f64 / 3.0
        + if short { 20.0 } else { 0.0 };
    Some((100.0 - penalty).clamp(1.0, 100.0).round() as u32)
}

/// The candidates fitting `r`, best first (then the earliest free, then by name), `limit` at most.
pub fn rank(r: &NewSpaceRequest, candidates: &[Candidate], limit: usize) -> Vec<RequestMatch> {
    let mut matches: Vec<RequestMatch> = candidates
        .iter()
        .filter_map(|c| {
            score(r, c).map(|score| RequestMatch {
                candidate: c.clone(),
                score,
            })
        })
        .collect();
    matches.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.candidate.free_from.cmp(&b.candidate.free_from))
            .then(a.candidate.name.cmp(&b.candidate.name))
    });
    matches.truncate(limit);
    matches
}

/// One request, for managers, with its best matches while it is open.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpaceRequestView {
    pub id: i32,
    pub organisation: String,
    pub contact_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub kind: SpaceKind,
    pub surface_min_m2: i32,
    pub surface_max_m2: i32,
    pub budget_cents: Option<i64>,
    pub wanted_from: NaiveDate,
    pub sector: Sector,
    pub message: String,
    pub status: RequestStatus,
    pub offered_space: Option<String>,
    pub decision_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub matches: Vec<RequestMatch>,
}

#[cfg(test)]
mod tests;
