//! A space in the catalogue's list.
use leptos::prelude::*;

use crate::domain::{Locale, SpaceKind, SpaceSummary};
use crate::ui::format;
use crate::ui::i18n::{translate, translate_with};

/// The kind badge and code line shared by cards and the space page.
pub fn kind_line(kind: SpaceKind, code: String, locale: Locale) -> impl IntoView {
    view! {
        <p class="space-card-kind">
            <span class=format!("badge badge-kind-{}", kind.as_str())>{translate(locale, &kind.label_key())}</span>
            " "
            <span class="code">{code}</span>
        </p>
    }
}

pub fn space_card(space: SpaceSummary, locale: Locale) -> impl IntoView {
    let t = move |key: &str| translate(locale, key);
    let price = space
        .from_price_cents
        .zip(space.from_price_unit)
        .map(|(price, unit)| {
            view! {
                <p class="space-card-price">
                    {t("spaces.from")} " " <strong>{price.format(locale)}</strong> " "
                    {translate_with(locale, "spaces.per_unit", &[("unit", &t(&unit.label_key()))])}
                </p>
            }
        });
    view! {
        <li class="space-card">
            <h2 class="space-card-title">
                <a href=format!("/spaces/{}", space.id)>{space.name}</a>
            </h2>
            {kind_line(space.kind, space.code, locale)}
            <ul class="space-card-facts">
                <li>{format::capacity(space.capacity, locale)}</li>
                <li>{format::area(space.area_m2, locale)}</li>
                <li>{format::floor(space.floor, locale)}</li>
            </ul>
            {price}
            {space.needs_approval.then(|| view! { <span class="badge badge-approval">{t("spaces.needs_approval")}</span> })}
        </li>
    }
}
