//! The catalogue's filter form: a plain GET form, so it works without JavaScript.
use leptos::prelude::*;

use crate::domain::{FieldError, Locale, SiteOverview, SpaceKind, SpaceQuery};
use crate::ui::i18n::translate;

fn error_for<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a FieldError> {
    errors.iter().find(|e| e.field == field)
}

pub fn filter_form(
    query: &SpaceQuery,
    errors: &[FieldError],
    sites: &[SiteOverview],
    locale: Locale,
) -> impl IntoView {
    let t = move |key: &str| translate(locale, key);
    let chosen_site = query.site.clone().unwrap_or_default();
    let chosen_kind = query.kind.clone().unwrap_or_default();
    let site_options = sites
        .iter()
        .map(|s| {
            let selected = s.slug == chosen_site;
            view! { <option value=s.slug.clone() selected=selected>{s.name.clone()}</option> }
        })
        .collect_view();
    let kind_options = SpaceKind::ALL
        .iter()
        .map(|k| view! { <option value=k.as_str() selected=k.as_str() == chosen_kind>{t(&k.label_key())}</option> })
        .collect_view();
    let kind_error = error_for(errors, "kind").map(|e| t(&e.message));
    let cap_error = error_for(errors, "min_capacity").map(|e| t(&e.message));
    view! {
        <form class="filters" method="get" action="/spaces" role="search" aria-label=t("spaces.filters_label")>
            <div class="field">
                <label for="f-site">{t("spaces.site")}</label>
                <select id="f-site" name="site">
                    <option value="">{t("spaces.all_sites")}</option>
                    {site_options}
                </select>
            </div>
            <div class="field">
                <label for="f-kind">{t("spaces.kind")}</label>
                <select
                    id="f-kind"
                    name="kind"
                    aria-invalid=kind_error.is_some().then_some("true")
                    aria-describedby=kind_error.is_some().then_some("f-kind-error")
                >
                    <option value="">{t("spaces.all_kinds")}</option>
                    {kind_options}
                </select>
                {kind_error.map(|m| view! { <p class="field-error" id="f-kind-error">{m}</p> })}
            </div>
            <div class="field">
                <label for="f-cap">{t("spaces.min_capacity")}</label>
                <input
                    id="f-cap"
                    type="number"
                    name="min_capacity"
                    min="0"
                    max="10000"
                    inputmode="numeric"
                    value=query.min_capacity.clone().unwrap_or_default()
                    aria-invalid=cap_error.is_some().then_some("true")
                    aria-describedby=cap_error.is_some().then_some("f-cap-error")
                />
                {cap_error.map(|m| view! { <p class="field-error" id="f-cap-error">{m}</p> })}
            </div>
            <div class="filters-actions">
                <button class="button button-primary" type="submit">{t("spaces.filter")}</button>
                <a class="button button-secondary" href="/spaces">{t("spaces.reset")}</a>
            </div>
        </form>
    }
}
