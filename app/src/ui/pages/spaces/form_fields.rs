//! The fields of a space's form: what it is, where, for how many, its accessibility, and a
//! grid of prices per kind of customer and unit.
use leptos::prelude::*;

use crate::domain::space_form::rate_slots;
use crate::domain::{AppError, CustomerKind, RateUnit, SpaceForm, SpaceKind};
use crate::ui::components::{Input, field_invalid};
use crate::ui::i18n::use_t;

/// A tick box sent as `on` when ticked.
fn tick(name: &'static str, param: &'static str, label: String, on: bool) -> impl IntoView {
    let id = format!("space-{name}");
    view! {
        <div class="choice">
            <input type="checkbox" id=id.clone() name=param value="on" checked=on/>
            <label for=id>{label}</label>
        </div>
    }
}

/// The price grid: a row per kind of customer, a column per unit, euros excluding VAT.
fn prices(form: &SpaceForm, error: Option<&AppError>) -> impl IntoView + use<> {
    let t = use_t();
    let slots: Vec<(CustomerKind, RateUnit)> = rate_slots().collect();
    let rows = CustomerKind::ALL
        .iter()
        .map(|customer| {
            let cells = RateUnit::ALL
                .iter()
                .map(|unit| {
                    let index = slots
                        .iter()
                        .position(|(c, u)| c == customer && u == unit)
                        .unwrap_or_default();
                    let value = form.prices.get(index).cloned().unwrap_or_default();
                    let label = format!("{} — {}", t(&customer.label_key()), t(&unit.label_key()));
                    view! {
                        <td>
                            <input
                                class="price-input"
                                name=format!("form[prices][{index}]")
                                value=value
                                inputmode="decimal"
                                aria-label=label
                            />
                        </td>
                    }
                })
                .collect_view();
            view! { <tr><th scope="row">{t(&customer.label_key())}</th>{cells}</tr> }
        })
        .collect_view();
    let head = RateUnit::ALL
        .iter()
        .map(|u| view! { <th scope="col">{t(&u.label_key())}</th> })
        .collect_view();
    view! {
        <div class="field" id="space-rates" tabindex="-1">
            <p class="field-hint">{t("space_form.prices_hint")}</p>
            <div class="table-scroll">
                <table class="table" aria-invalid=field_invalid(error, "rates").then_some("true")>
                    <caption>{t("space_form.prices")}</caption>
                    <thead><tr><th scope="col">{t("space.customer")}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </div>
    }
}

/// Every field but the site, filled from `form`.
pub fn space_fields(form: SpaceForm, error: Option<&AppError>) -> impl IntoView + use<> {
    let t = use_t();
    let invalid = |field| field_invalid(error, field);
    let kinds = SpaceKind::ALL
        .iter()
        .map(|kind| {
            let chosen = form.kind == kind.as_str();
            view! { <option value=kind.as_str() selected=chosen>{t(&kind.label_key())}</option> }
        })
        .collect_view();
    let text = |value: &str| value.to_owned();
    view! {
        <Input prefix="space" name="code" param="form[code]" label=t("space_form.code") hint=t("space_form.code_hint") value=text(&form.code) invalid=invalid("code")/>
        <Input prefix="space" name="name" param="form[name]" label=t("space_form.name") value=text(&form.name) invalid=invalid("name")/>
        <div class="field">
            <label for="space-kind">{t("space_form.kind")}</label>
            <select id="space-kind" name="form[kind]" aria-invalid=invalid("kind").then_some("true")>{kinds}</select>
        </div>
        <div class="grid-2">
            <Input prefix="space" name="floor" param="form[floor]" label=t("space.floor") kind="number" value=text(&form.floor) invalid=invalid("floor")/>
            <Input prefix="space" name="capacity" param="form[capacity]" label=t("space_form.capacity") kind="number" value=text(&form.capacity) invalid=invalid("capacity")/>
            <Input prefix="space" name="area_m2" param="form[area_m2]" label=t("space_form.area") value=text(&form.area_m2) invalid=invalid("area_m2")/>
        </div>
        <Input prefix="space" name="equipment" param="form[equipment]" label=t("space.equipment") hint=t("space_form.equipment_hint") value=text(&form.equipment) required=false invalid=invalid("equipment")/>
        <fieldset class="stack">
            <legend>{t("space.accessibility")}</legend>
            {tick("step_free_access", "form[step_free_access]", t("space.step_free_access"), form.step_free_access.is_some())}
            {tick("accessible_toilets", "form[accessible_toilets]", t("space.accessible_toilets"), form.accessible_toilets.is_some())}
            {tick("hearing_loop", "form[hearing_loop]", t("space.hearing_loop"), form.hearing_loop.is_some())}
        </fieldset>
        <div class="field">
            <label for="space-description_fr">{t("space_form.description_fr")}</label>
            <textarea id="space-description_fr" name="form[description_fr]" rows="4" maxlength="5000" aria-invalid=invalid("description_fr").then_some("true")>{form.description_fr.clone()}</textarea>
        </div>
        <div class="field">
            <label for="space-description_en">{t("space_form.description_en")}</label>
            <textarea id="space-description_en" name="form[description_en]" rows="4" maxlength="5000">{form.description_en.clone()}</textarea>
        </div>
        {prices(&form, error)}
    }
}
