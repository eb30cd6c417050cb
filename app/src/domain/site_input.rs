//! A site's fields as its admins create and edit them, with the operator's legal details that
//! invoices print, and the rules they must pass.
use serde::{Deserialize, Serialize};

use super::checks::Checks;
use super::{AppError, Siret, SiteView};

/// A site's fields as a form or `POST /api/v1/sites` sends them; blank optional fields are left
/// out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SiteInput {
    pub name: String,
    /// Lower-case letters, digits and dashes; made from the name when blank.
    #[serde(default)]
    pub slug: String,
    pub address: String,
    /// Five digits.
    pub postcode: String,
    pub city: String,
    #[serde(default)]
    pub description_fr: String,
    #[serde(default)]
    pub description_en: String,
    /// Whom to write to about the site.
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    /// When the building is open, as visitors read it (`Lundi au vendredi, 8 h 30 – 19 h`).
    #[serde(default)]
    pub opening_hours: String,
    /// The operator's legal name, as invoices print it.
    #[serde(default)]
    pub legal_name: String,
    /// The operator's SIRET (14 digits).
    #[serde(default)]
    pub siret: String,
    /// The operator's intra-community VAT number (`FR` + key + SIREN).
    #[serde(default)]
    pub vat_number: String,
    /// Without a VAT number, the mention invoices print instead (`TVA non applicable, art. 293 B
    /// du CGI`).
    #[serde(default)]
    pub vat_exemption: String,
    /// After how many days (1 to 60) a parcel still waiting at the desk is flagged and its
    /// structure reminded; 7 when left out.
    #[serde(default)]
    pub parcel_reminder_days: Option<i32>,
    /// After how many days (1 to 365) visitors' names are erased, their counts kept; 30 when
    /// left out.
    #[serde(default)]
    pub visitor_retention_days: Option<i32>,
}

/// A change of some of a site's fields, for `PATCH /api/v1/sites/{id}`: each field given
/// replaces the current one (an empty string clears an optional field).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SitePatch {
    pub name: Option<String>,
    pub slug: Option<String>,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub description_fr: Option<String>,
    pub description_en: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub opening_hours: Option<String>,
    pub legal_name: Option<String>,
    pub siret: Option<String>,
    pub vat_number: Option<String>,
    pub vat_exemption: Option<String>,
    pub parcel_reminder_days: Option<i32>,
    pub visitor_retention_days: Option<i32>,
}

impl From<SiteInput> for SitePatch {
    /// A whole form: every field given.
    fn from(input: SiteInput) -> SitePatch {
        SitePatch {
            name: Some(input.name),
            slug: Some(input.slug),
            address: Some(input.address),
            postcode: Some(input.postcode),
            city: Some(input.city),
            description_fr: Some(input.description_fr),
            description_en: Some(input.description_en),
            email: Some(input.email),
            phone: Some(input.phone),
            opening_hours: Some(input.opening_hours),
            legal_name: Some(input.legal_name),
            siret: Some(input.siret),
            vat_number: Some(input.vat_number),
            vat_exemption: Some(input.vat_exemption),
            parcel_reminder_days: input.parcel_reminder_days,
            visitor_retention_days: input.visitor_retention_days,
        }
    }
}

impl SiteInput {
    /// These fields with `patch`'s given ones in their place.
    pub fn patched(mut self, patch: SitePatch) -> SiteInput {
        let fields = [
            (&mut self.name, patch.name),
            (&mut self.slug, patch.slug),
            (&mut self.address, patch.address),
            (&mut self.postcode, patch.postcode),
            (&mut self.city, patch.city),
            (&mut self.description_fr, patch.description_fr),
            (&mut self.description_en, patch.description_en),
            (&mut self.email, patch.email),
            (&mut self.phone, patch.phone),
            (&mut self.opening_hours, patch.opening_hours),
            (&mut self.legal_name, patch.legal_name),
            (&mut self.siret, patch.siret),
            (&mut self.vat_number, patch.vat_number),
            (&mut self.vat_exemption, patch.vat_exemption),
        ];
        for (field, given) in fields {
            if let Some(given) = given {
                *field = given;
            }
        }
        for (field, given) in [
            (&mut self.parcel_reminder_days, patch.parcel_reminder_days),
            (
                &mut self.visitor_retention_days,
                patch.visitor_retention_days,
            ),
        ] {
            if given.is_some() {
                *field = given;
            }
        }
        self
    }
}

/// A site that passed every rule, ready to be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewSite {
    pub name: String,
    pub slug: String,
    pub address: String,
    pub postcode: String,
    pub city: String,
    pub description_fr: String,
    pub description_en: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub opening_hours: String,
    pub legal_name: String,
    pub siret: Option<String>,
    pub vat_number: Option<String>,
    pub vat_exemption: Option<String>,
    pub parcel_reminder_days: i32,
    pub visitor_retention_days: i32,
}

/// How many days visitors' names are kept, when a site does not say.
pub const VISITOR_RETENTION_DAYS: i32 = 30;

/// How many days a parcel waits before it is flagged, when a site does not say.
pub const PARCEL_REMINDER_DAYS: i32 = 7;

/// An intra-community VAT number, spaces and dots left out and upper-cased; a French one
/// (`FR`, a two-digit key, the SIREN) must carry the key of its SIREN.
pub fn vat_number(raw: &str) -> Option<String> {
    let number: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect::<String>()
        .to_uppercase();
    let (country, rest) = number.split_at_checked(2)?;
    if !country.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    if country == "FR" {
        let (key, siren) = rest.split_at_checked(2)?;
        let siren_ok = siren.len() == 9 && siren.bytes().all(|b| b.is_ascii_digit());
        let key: u64 = key.parse().ok()?;
        let siren_value: u64 = siren.parse().ok()?;
        return (siren_ok && key == (12 + 3 * (siren_value % 97)) % 97).then_some(number);
    }
    let rest_ok = (2..=12).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_alphanumeric());
    rest_ok.then_some(number)
}

impl TryFrom<SiteInput> for NewSite {
    type Error = AppError;

    fn try_from(input: SiteInput) -> Result<Self, AppError> {
        let mut checks = Checks::new("site");
        let name = checks.text("name", &input.name, 1..=120);
        let address = checks.text("address", &input.address, 1..=200);
        let city = checks.text("city", &input.city, 1..=100);
        let description_fr = checks.text("description_fr", &input.description_fr, 0..=2000);
        let description_en = checks.text("description_en", &input.description_en, 0..=2000);
        let opening_hours = checks.text("opening_hours", &input.opening_hours, 0..=500);
        let legal_name = checks.text("legal_name", &input.legal_name, 0..=200);
        let vat_exemption = checks.text("vat_exemption", &input.vat_exemption, 0..=200);
        let phone = input.phone.trim().to_owned();
        let optional = |value: String| (!value.is_empty()).then_some(value);
        let slug = checks.slug(&input.slug, &name);
        let postcode = input.postcode.trim().to_owned();
        checks.check(
            postcode.len() == 5 && postcode.bytes().all(|b| b.is_ascii_digit()),
            "postcode",
        );
        checks.check(
            phone.len() <= 30
                && phone
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +.-()".contains(c)),
            "phone",
        );
        let email = match input.email.trim() {
            "" => None,
            raw => super::account::parse_email(raw)
                .map_err(|_| checks.fail("email"))
                .ok(),
        };
        let siret = match input.siret.trim() {
            "" => None,
            raw => Siret::parse(raw).map_err(|_| checks.fail("siret")).ok(),
        };
        let vat_number = match input.vat_number.trim() {
            "" => None,
            raw => {
                let number = vat_number(raw);
                checks.check(number.is_some(), "vat_number");
                number
            }
        };
        if let (Some(siret), Some(vat)) = (&siret, &vat_number)
            && vat.starts_with("FR")
            && !vat.ends_with(&siret.as_str()[..9])
        {
            checks.fail_with("vat_number", "site.vat_number_siren");
        }
        let parcel_reminder_days = input.parcel_reminder_days.unwrap_or(PARCEL_REMINDER_DAYS);
        checks.check(
            (1..=60).contains(&parcel_reminder_days),
            "parcel_reminder_days",
        );
        let visitor_retention_days = input
            .visitor_retention_days
            .unwrap_or(VISITOR_RETENTION_DAYS);
        checks.check(
            (1..=365).contains(&visitor_retention_days),
            "visitor_retention_days",
        );
        checks.finish()?;
        Ok(NewSite {
            name,
            slug,
            address,
            postcode,
            city,
            description_fr,
            description_en,
            email,
            phone: optional(phone),
            opening_hours,
            legal_name,
            siret: siret.map(|s| s.as_str().to_owned()),
            vat_number,
            vat_exemption: optional(vat_exemption),
            parcel_reminder_days,
            visitor_retention_days,
        })
    }
}

impl From<SiteView> for SiteInput {
    fn from(site: SiteView) -> SiteInput {
        SiteInput {
            name: site.name,
            slug: site.slug,
            address: site.address,
            postcode: site.postcode,
            city: site.city,
            description_fr: site.description_fr,
            description_en: site.description_en,
            email: site.email.unwrap_or_default(),
            phone: site.phone.unwrap_or_default(),
            opening_hours: site.opening_hours,
            legal_name: site.legal_name,
            siret: site.siret.unwrap_or_default(),
            vat_number: site.vat_number.unwrap_or_default(),
            vat_exemption: site.vat_exemption.unwrap_or_default(),
            parcel_reminder_days: Some(site.parcel_reminder_days),
            visitor_retention_days: Some(site.visitor_retention_days),
        }
    }
}

#[cfg(test)]
mod tests;
