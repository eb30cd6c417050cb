//! The application form, shared by the public page (empty) and the follow page (filled in):
//! every field is sent under `application[…]`, and its id is `application-{field}` for the
//! error summary's links.
use leptos::prelude::*;

use crate::api::exhibitors::StallTypeView;
use crate::domain::{AppError, ApplicationView, LegalForm, Locale, Money, Sector};
use crate::ui::components::{ErrorSummary, Input, field_invalid};
use crate::ui::i18n::{translate, translate_with, use_locale, use_t};

/// `3`, `2,5` or `2.5` metres from centimetres.
fn metres(cm: i32, locale: Locale) -> String {
    if cm % 100 == 0 {
        return (cm / 100).to_string();
    }
    let text = format!("{:.1}", f64::from(cm) / 100.0);
    match locale {
        Locale::Fr => text.replace('.', ","),
        Locale::En => text,
    }
}

/// A stall type's size, power and price: `3 × 3 m · avec électricité · 80,00 €`.
pub(super) fn stall_facts(s: &StallTypeView, locale: Locale) -> String {
    let size = translate_with(
        locale,
        "exhibitors.size",
        &[
            ("w", &metres(s.width_cm, locale)),
            ("d", &metres(s.depth_cm, locale)),
        ],
    );
    let power = translate(
        locale,
        if s.power {
            "exhibitors.power"
        } else {
            "exhibitors.no_power"
        },
    );
    let price = Money::from_cents(s.price_cents).format(locale);
    format!("{size} · {power} · {price}")
}

/// A required list of a vocabulary's words, sent under `application[{name}]`.
fn choice(
    name: &'static str,
    label: String,
    words: Vec<(&'static str, String)>,
    chosen: Option<&'static str>,
    invalid: bool,
) -> impl IntoView + use<> {
    let t = use_t();
    let id = format!("application-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=format!("application[{name}]") required=true aria-invalid=invalid.then_some("true")>
                <option value="">{t("exhibitors.choose")}</option>
                {words.into_iter().map(|(word, text)| view! {
                    <option value=word selected=chosen == Some(word)>{text}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// The stall types as radio buttons, with size, power and price.
fn stall_types(
    types: &[StallTypeView],
    chosen: Option<i32>,
    invalid: bool,
) -> impl IntoView + use<> {
    let t = use_t();
    let locale = use_locale();
    let radios = types
        .iter()
        .enumerate()
        .map(|(i, s)| {
            // The first radio carries the field's id, where the error summary leads.
            let id = if i == 0 {
                "application-stall_type_id".to_owned()
            } else {
                format!("application-stall_type_id-{}", s.id)
            };
            view! {
                <div class="stall-choice">
                    <input type="radio" id=id.clone() name="application[stall_type_id]" value=s.id required=true checked=chosen == Some(s.id) aria-invalid=invalid.then_some("true")/>
                    <label for=id>
                        <strong>{s.name.clone()}</strong>
                        <span class="muted">{stall_facts(s, locale)}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="stall-choices">
            <legend>{t("exhibitors.stall_type")}</legend>
            {radios}
        </fieldset>
    }
}

/// The whole form posting to the server function at `action` with one hidden field (the edition or the
/// secret), filled in from `values` when given.
pub(super) fn application_form(
    action: &'static str,
    hidden: (&'static str, String),
    values: Option<&ApplicationView>,
    types: &[StallTypeView],
    error: Option<AppError>,
    submit: String,
) -> impl IntoView + use<> {
    let t = use_t();
    let invalid = |field: &str| field_invalid(error.as_ref(), field);
    let text = |pick: fn(&ApplicationView) -> String| values.map(pick).unwrap_or_default();
    let legal_forms = LegalForm::ALL
        .iter()
        .map(|w| (w.as_str(), t(&w.label_key())))
        .collect();
    let sectors = Sector::ALL
        .iter()
        .map(|w| (w.as_str(), t(&w.label_key())))
        .collect();
    view! {
        <ErrorSummary error=error.clone() prefix="application"/>
        <form class="panel stack narrow application-form" method="post" action=action>
            <input type="hidden" name=hidden.0 value=hidden.1/>
            <h2>{t("exhibitors.who")}</h2>
            <Input prefix="application" name="organisation" param="application[organisation]" label=t("exhibitors.organisation") autocomplete="organization" value=text(|a| a.organisation.clone()) invalid=invalid("organisation")/>
            <Input prefix="application" name="siret" param="application[siret]" label=t("exhibitors.siret") hint=t("exhibitors.siret_hint") required=false value=text(|a| a.siret.clone().unwrap_or_default()) invalid=invalid("siret")/>
            {choice("legal_form", t("structure.legal_form"), legal_forms, values.map(|a| a.legal_form.as_str()), invalid("legal_form"))}
            {choice("sector", t("structure.sector"), sectors, values.map(|a| a.sector.as_str()), invalid("sector"))}
            <Input prefix="application" name="contact_name" param="application[contact_name]" label=t("exhibitors.contact") autocomplete="name" value=text(|a| a.contact_name.clone()) invalid=invalid("contact_name")/>
            <Input prefix="application" name="email" param="application[email]" label=t("exhibitors.email") hint=t("exhibitors.email_hint") kind="email" autocomplete="email" value=text(|a| a.email.clone()) invalid=invalid("email")/>
            <Input prefix="application" name="phone" param="application[phone]" label=t("exhibitors.phone") kind="tel" autocomplete="tel" required=false value=text(|a| a.phone.clone().unwrap_or_default())/>
            <h2>{t("exhibitors.what")}</h2>
            <div class="field">
                <label for="application-products">{t("exhibitors.products")}</label>
                <p class="field-hint" id="application-products-hint">{t("exhibitors.products_hint")}</p>
                <textarea id="application-products" name="application[products]" rows="4" maxlength="1000" required=true aria-describedby="application-products-hint" aria-invalid=invalid("products").then_some("true")>{text(|a| a.products.clone())}</textarea>
            </div>
            {stall_types(types, values.map(|a| a.stall_type_id), invalid("stall_type_id"))}
            <div class="field">
                <label for="application-needs">{t("exhibitors.needs")}</label>
                <p class="field-hint" id="application-needs-hint">{t("exhibitors.needs_hint")}</p>
                <textarea id="application-needs" name="application[needs]" rows="3" maxlength="1000" aria-describedby="application-needs-hint" aria-invalid=invalid("needs").then_some("true")>{text(|a| a.needs.clone())}</textarea>
            </div>
            <button class="button button-primary" type="submit">{submit}</button>
        </form>
    }
}
