//! An exhibitor's application (*candidature*) to an edition, as the public form sends it, and
//! the decisions a manager may take on it.
use serde::{Deserialize, Serialize};

use super::super::{AppError, FieldError, LegalForm, Sector, Siret};
use super::ApplicationStatus;

/// The public application form, as typed: every field stays text until checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationInput {
    pub organisation: String,
    /// 14 digits, spaces allowed; empty for a structure without one.
    #[serde(default)]
    pub siret: String,
    pub legal_form: String,
    pub sector: String,
    pub contact_name: String,
    pub email: String,
    #[serde(default)]
    pub phone: String,
    /// What the exhibitor sells.
    pub products: String,
    pub stall_type_id: String,
    /// Special needs (electricity, water, access); may be empty.
    #[serde(default)]
    pub needs: String,
}

/// An application that passed its rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewApplication {
    pub organisation: String,
    pub siret: Option<Siret>,
    pub legal_form: LegalForm,
    pub sector: Sector,
    pub contact_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub products: String,
    pub stall_type_id: i32,
    pub needs: String,
}

/// The text trimmed, when it is not empty and holds `max` characters at most.
fn text(raw: &str, max: usize) -> Option<String> {
    let t = raw.trim();
    (!t.is_empty() && t.chars().count() <= max).then(|| t.to_owned())
}

impl TryFrom<ApplicationInput> for NewApplication {
    type Error = AppError;

    fn try_from(input: ApplicationInput) -> Result<Self, AppError> {
        let mut errors = Vec::new();
        let mut need = |ok: bool, field: &str, key: &str| {
            if !ok {
                errors.push(FieldError::new(field, key));
            }
        };
        let organisation = text(&input.organisation, 200);
        let organisation_key = "application.organisation_invalid";
        need(organisation.is_some(), "organisation", organisation_key);
        let siret = match input.siret.trim() {
            "" => Some(None),
            raw => Siret::parse(raw).ok().map(Some),
        };
        need(siret.is_some(), "siret", "application.siret_invalid");
        let legal_form = input.legal_form.trim().parse::<LegalForm>().ok();
        let legal_form_key = "application.legal_form_invalid";
        need(legal_form.is_some(), "legal_form", legal_form_key);
        let sector = input.sector.trim().parse::<Sector>().ok();
        need(sector.is_some(), "sector", "application.sector_invalid");
        let contact_name = text(&input.contact_name, 200);
        let contact_key = "application.contact_invalid";
        need(contact_name.is_some(), "contact_name", contact_key);
        let email = text(&input.email, 254).filter(|e| {
            let (user, host) = e.split_once('@').unwrap_or_default();
            !user.is_empty() && host.contains('.') && !host.contains('@')
        });
        need(email.is_some(), "email", "application.email_invalid");
        let phone = text(&input.phone, 32);
        let products = text(&input.products, 1000);
        need(
            products.is_some(),
            "products",
            "application.products_invalid",
        );
        let stall_type_id = input
            .stall_type_id
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|id| *id > 0);
        let stall_key = "application.stall_type_invalid";
        need(stall_type_id.is_some(), "stall_type_id", stall_key);
        let needs = input.needs.trim().to_owned();
        let needs_ok = needs.chars().count() <= 1000;
        need(needs_ok, "needs", "application.needs_too_long");
        match (
            organisation,
            siret,
            legal_form,
            sector,
            contact_name,
            email,
            products,
            stall_type_id,
        ) {
            (
                Some(organisation),
                Some(siret),
                Some(legal_form),
                Some(sector),
                Some(contact_name),
                Some(email),
                Some(products),
                Some(stall_type_id),
            ) if errors.is_empty() => Ok(NewApplication {
                organisation,
                siret,
                legal_form,
                sector,
                contact_name,
                email,
                phone,
                products,
                stall_type_id,
                needs,
            }),
            _ => Err(AppError::Invalid(errors)),
        }
    }
}

/// Whether a manager (or the applicant, to withdraw) may move an application from `from` to
/// `to`: a received or waiting one is accepted, put on (or kept on) the waiting list, or
/// refused; an accepted one may still go to the waiting list or be refused before the day;
/// any but a refused one may be withdrawn.
pub fn decision_allowed(from: ApplicationStatus, to: ApplicationStatus) -> bool {
    use ApplicationStatus::{Accepted, Received, Refused, Waiting, Withdrawn};
    match (from, to) {
        (Refused, Withdrawn) => false,
        (_, Withdrawn) => true,
        (Received | Waiting, Accepted | Waiting | Refused) => true,
        (Accepted, Waiting | Refused) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests;
