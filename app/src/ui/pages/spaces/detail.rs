//! A space's own page: its facts, equipment, accessibility and rates.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::card::kind_line;
use crate::api::spaces::get_space;
use crate::domain::{AppError, BookingMode, CustomerKind, Locale, RateUnit, SpaceView};
use crate::ui::format;
use crate::ui::i18n::{translate, use_locale, use_t};
use crate::ui::pages::ErrorPage;

fn rates_table(space: &SpaceView, locale: Locale) -> impl IntoView + use<> {
    let t = move |key: &str| translate(locale, key);
    let units: Vec<RateUnit> = RateUnit::ALL
        .iter()
        .copied()
        .filter(|u| space.rates.iter().any(|r| r.unit == *u))
        .collect();
    let customers: Vec<CustomerKind> = CustomerKind::ALL
        .iter()
        .copied()
        .filter(|c| space.rates.iter().any(|r| r.customer == *c))
        .collect();
    let head = units
        .iter()
        .map(|u| view! { <th scope="col">{t(&u.label_key())}</th> })
        .collect_view();
    let rows = customers
        .into_iter()
        .map(|customer| {
            let cells = units
                .iter()
                .map(|unit| {
                    let price = space
                        .rates
                        .iter()
                        .find(|r| r.customer == customer && r.unit == *unit)
                        .map_or_else(|| "—".to_owned(), |r| r.price_cents.format(locale));
                    view! { <td class="num">{price}</td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{t(&customer.label_key())}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="rates-caption">
            <table class="rates">
                <caption id="rates-caption">{t("space.rates_caption")}</caption>
                <thead><tr><th scope="col">{t("space.customer")}</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn space_detail(space: SpaceView, locale: Locale) -> impl IntoView {
    let t = move |key: &str| translate(locale, key);
    let rates = (!space.rates.is_empty()).then(|| rates_table(&space, locale));
    let s = space.summary.clone();
    let description = match locale {
        Locale::Fr => space.description_fr.clone(),
        Locale::En => space.description_en.clone(),
    };
    let mode = match s.booking_mode {
        BookingMode::Hourly if s.needs_approval => t("space.mode_hourly_approval"),
        BookingMode::Hourly => t("space.mode_hourly"),
        BookingMode::Lease => t("space.mode_lease"),
    };
    let fact = |label: String, value: String| view! { <div class="fact"><dt>{label}</dt><dd>{value}</dd></div> };
    let equipment = space
        .equipment
        .iter()
        .map(|e| view! { <li>{t(&format!("equipment.{e}"))}</li> })
        .collect_view();
    let access = [
        (space.step_free_access, "space.step_free_access"),
        (space.accessible_toilets, "space.accessible_toilets"),
        (space.hearing_loop, "space.hearing_loop"),
    ]
    .into_iter()
    .map(|(yes, key)| {
        let (class, state) = if yes { ("yes", t("space.available")) } else { ("no", t("space.unavailable")) };
        view! { <li class=class><span class="visually-hidden">{format!("{state} : ")}</span>{t(key)}</li> }
    })
    .collect_view();
    view! {
        <Title text=s.name.clone()/>
        <nav class="breadcrumb" aria-label=t("layout.breadcrumb")>
            <ol>
                <li><a href="/">{t("nav.home")}</a></li>
                <li><a href="/spaces">{t("nav.spaces")}</a></li>
                <li aria-current="page">{s.name.clone()}</li>
            </ol>
        </nav>
        <article class="space-detail">
            <header class="space-detail-header">
                {kind_line(s.kind, s.code.clone(), locale)}
                <h1>{s.name.clone()}</h1>
                <p class="lead">{description}</p>
                {
                    let manager = crate::ui::viewer::use_viewer().is_some_and(|v| v.is_manager());
                    let hourly = s.booking_mode == BookingMode::Hourly;
                    (hourly || manager).then(|| view! {
                        <p class="row-actions">
                            {hourly.then(|| view! { <a class="button button-secondary" href=format!("/spaces/{}/week", s.id)>{t("week.link")}</a> })}
                            {(hourly && manager).then(|| view! { <a class="button button-secondary" href=format!("/admin/spaces/{}/rules", s.id)>{t("space_rules.title")}</a> })}
                            {manager.then(|| view! { <a class="button button-secondary" href=format!("/admin/spaces/{}", s.id)>{t("space_form.edit")}</a> })}
                        </p>
                    })
                }
            </header>
            <div class="space-detail-body">
                <section class="panel">
                    <h2>{t("space.facts")}</h2>
                    <dl class="facts">
                        {fact(t("space.capacity"), format::capacity(s.capacity, locale))}
                        {fact(t("space.area"), format::area(s.area_m2, locale))}
                        {fact(t("space.floor"), format::floor(s.floor, locale))}
                        {fact(t("space.site"), space.site_name.clone())}
                        {fact(t("space.mode"), mode)}
                    </dl>
                </section>
                <section class="panel">
                    <h2>{t("space.equipment")}</h2>
                    {if space.equipment.is_empty() {
                        view! { <p class="muted">{t("space.no_equipment")}</p> }.into_any()
                    } else {
                        view! { <ul class="tag-list" role="list">{equipment}</ul> }.into_any()
                    }}
                    <h2>{t("space.accessibility")}</h2>
                    <ul class="check-list" role="list">{access}</ul>
                </section>
                <section class="panel panel-wide">
                    <h2>{t("space.rates")}</h2>
                    {match rates {
                        Some(table) => table.into_any(),
                        None => view! { <p class="muted">{t("space.no_rates")}</p> }.into_any(),
                    }}
                    <p class="muted">{t("space.rates_note")}</p>
                </section>
            </div>
        </article>
    }
}

#[component]
pub fn SpacePage() -> impl IntoView {
    let locale = use_locale();
    let t = use_t();
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|id| id.parse::<i32>().ok()));
    let space = Resource::new(
        move || id,
        |id| async move {
            match id {
                Some(id) => get_space(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
            {move || Suspend::new(async move {
                match space.await {
                    Ok(space) => space_detail(space, locale).into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
