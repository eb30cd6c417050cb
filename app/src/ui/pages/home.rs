//! The home page: what the place is, its figures, and the way to the catalogue.
use leptos::prelude::*;
use leptos_meta::Title;

use super::ErrorPage;
use crate::api::sites::site_overviews;
use crate::domain::{Locale, SiteOverview, SpaceKind};
use crate::ui::i18n::{translate, use_locale, use_t};

fn site_figures(site: SiteOverview, locale: Locale) -> impl IntoView {
    let t = move |key: &str| translate(locale, key);
    let title_id = format!("site-{}", site.slug);
    let labelled_by = title_id.clone();
    let description = match locale {
        Locale::Fr => site.description_fr,
        Locale::En => site.description_en,
    };
    let figures = site
        .spaces_by_kind
        .into_iter()
        .map(|(kind, n)| {
            let key = if n == 1 {
                format!("{}_one", kind.label_key())
            } else {
                format!("{}_plural", kind.label_key())
            };
            view! {
                <li class="stat">
                    <span class="stat-value">{n}</span>
                    <span class="stat-label">{t(&key)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="section" aria-labelledby=labelled_by>
            <h2 id=title_id>{site.name}</h2>
            <p>{description}</p>
            <p class="muted">{format!("{}, {}", site.address, site.city)}</p>
            <ul class="stats" role="list">
                {figures}
                <li class="stat">
                    <span class="stat-value">{site.hosted_structures}</span>
                    <span class="stat-label">{t("home.hosted_structures")}</span>
                </li>
            </ul>
        </section>
    }
}

#[component]
pub fn HomePage() -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let sites = Resource::new(|| (), |_| site_overviews());
    let kinds = SpaceKind::ALL
        .iter()
        .map(|kind| {
            view! {
                <li class="kind-card">
                    <a href=format!("/spaces?kind={}", kind.as_str())>
                        <span class="kind-card-title">{t(&format!("{}_plural_title", kind.label_key()))}</span>
                        <span class="kind-card-text">{t(&format!("{}_pitch", kind.label_key()))}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=t("home.page_title")/>
        <section class="hero">
            <h1>{t("home.title")}</h1>
            <p class="lead">{t("home.lead")}</p>
            <p>
                <a class="button button-primary" href="/spaces">{t("home.cta")}</a>
                " "<a class="button button-secondary" href="/requests/new">{t("request_form.home_link")}</a>
            </p>
        </section>
        <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
            {move || Suspend::new(async move {
                match sites.await {
                    Ok(sites) => sites.into_iter().map(|s| site_figures(s, locale)).collect_view().into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
        <section class="section" aria-labelledby="kinds-title">
            <h2 id="kinds-title">{t("home.kinds_title")}</h2>
            <ul class="kind-grid" role="list">{kinds}</ul>
        </section>
        <section class="section two-columns">
            <div>
                <h2>{t("home.ess_title")}</h2>
                <p>{t("home.ess_text")}</p>
            </div>
            <div>
                <h2>{t("home.visit_title")}</h2>
                <p>{t("home.visit_text")}</p>
            </div>
        </section>
    }
}
