//! A site's form fields, grouped as an admin reads them: the place, contact and opening hours,
//! the operator's legal details.
use leptos::prelude::*;

use crate::domain::site_input::{PARCEL_REMINDER_DAYS, VISITOR_RETENTION_DAYS};
use crate::domain::{AppError, SiteInput};
use crate::ui::components::{Input, field_invalid};
use crate::ui::i18n::use_t;

/// One field: its name, the parameter it is sent under, where its value is, whether it is
/// required, its input type, and the key of its hint if it has one.
struct Field {
    name: &'static str,
    param: &'static str,
    get: fn(&SiteInput) -> &String,
    required: bool,
    kind: &'static str,
    hint: Option<&'static str>,
}

const fn field(
    name: &'static str,
    param: &'static str,
    get: fn(&SiteInput) -> &String,
    required: bool,
) -> Field {
    Field {
        name,
        param,
        get,
        required,
        kind: "text",
        hint: None,
    }
}

const PLACE: [Field; 5] = [
    field("name", "input[name]", |i| &i.name, true),
    Field {
        hint: Some("site.slug_hint"),
        ..field("slug", "input[slug]", |i| &i.slug, false)
    },
    field("address", "input[address]", |i| &i.address, true),
    field("postcode", "input[postcode]", |i| &i.postcode, true),
    field("city", "input[city]", |i| &i.city, true),
];

const CONTACT: [Field; 3] = [
    Field {
        kind: "email",
        ..field("email", "input[email]", |i| &i.email, false)
    },
    Field {
        kind: "tel",
        ..field("phone", "input[phone]", |i| &i.phone, false)
    },
    Field {
        hint: Some("site.opening_hours_hint"),
        ..field(
            "opening_hours",
            "input[opening_hours]",
            |i| &i.opening_hours,
            false,
        )
    },
];

const LEGAL: [Field; 4] = [
    field("legal_name", "input[legal_name]", |i| &i.legal_name, false),
    field("siret", "input[siret]", |i| &i.siret, false),
    field("vat_number", "input[vat_number]", |i| &i.vat_number, false),
    Field {
        hint: Some("site.vat_exemption_hint"),
        ..field(
            "vat_exemption",
            "input[vat_exemption]",
            |i| &i.vat_exemption,
            false,
        )
    },
];

fn group(fields: &[Field], input: &SiteInput, error: Option<&AppError>) -> impl IntoView + use<> {
    let t = use_t();
    fields
        .iter()
        .map(|f| {
            view! {
                <Input
                    prefix="site"
                    name=f.name
                    param=f.param
                    label=t(&format!("site.{}", f.name))
                    kind=f.kind
                    value=(f.get)(input).clone()
                    hint=f.hint.map(t)
                    required=f.required
                    invalid=field_invalid(error, f.name)
                />
            }
        })
        .collect_view()
}

/// A description in one language, as a text area.
fn description(
    name: &'static str,
    param: &'static str,
    text: String,
    error: Option<&AppError>,
) -> impl IntoView + use<> {
    let t = use_t();
    let id = format!("site-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{t(&format!("site.{name}"))}</label>
            <textarea id=id name=param rows="4" maxlength="2000" aria-invalid=field_invalid(error, name).then_some("true")>{text}</textarea>
        </div>
    }
}

/// The desk's settings, each a number of days.
fn desk_settings(input: &SiteInput, error: Option<&AppError>) -> impl IntoView + use<> {
    let t = use_t();
    [
        (
            "parcel_reminder_days",
            "input[parcel_reminder_days]",
            input.parcel_reminder_days.unwrap_or(PARCEL_REMINDER_DAYS),
        ),
        (
            "visitor_retention_days",
            "input[visitor_retention_days]",
            input
                .visitor_retention_days
                .unwrap_or(VISITOR_RETENTION_DAYS),
        ),
    ]
    .into_iter()
    .map(|(name, param, days)| {
        view! {
            <Input
                prefix="site"
                name=name
                param=param
                label=t(&format!("site.{name}"))
                kind="number"
                min="1"
                value=days.to_string()
                hint=t(&format!("site.{name}_hint"))
                invalid=field_invalid(error, name)
            />
        }
    })
    .collect_view()
}

/// Every field of a site's form, filled from `input`.
pub fn site_fields(input: SiteInput, error: Option<&AppError>) -> impl IntoView + use<> {
    let t = use_t();
    view! {
        <fieldset class="stack">
            <legend>{t("sites.place")}</legend>
            {group(&PLACE, &input, error)}
            {description("description_fr", "input[description_fr]", input.description_fr.clone(), error)}
            {description("description_en", "input[description_en]", input.description_en.clone(), error)}
        </fieldset>
        <fieldset class="stack">
            <legend>{t("sites.contact")}</legend>
            {group(&CONTACT, &input, error)}
        </fieldset>
        <fieldset class="stack">
            <legend>{t("sites.legal")}</legend>
            <p class="field-hint">{t("sites.legal_hint")}</p>
            {group(&LEGAL, &input, error)}
        </fieldset>
        <fieldset class="stack">
            <legend>{t("sites.desk")}</legend>
            {desk_settings(&input, error)}
        </fieldset>
    }
}
