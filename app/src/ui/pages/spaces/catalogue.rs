//! The public catalogue of spaces, filtered by site, kind and capacity.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::card::space_card;
use super::filters::filter_form;
use crate::api::sites::site_overviews;
use crate::api::spaces::list_spaces;
use crate::domain::SpaceQuery;
use crate::ui::i18n::{translate_with, use_locale, use_t};
use crate::ui::pages::ErrorPage;

#[component]
pub fn CataloguePage() -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let raw = use_query_map().with_untracked(|q| SpaceQuery {
        site: q.get("site"),
        kind: q.get("kind"),
        min_capacity: q.get("min_capacity"),
        free_from: q.get("free_from"),
        free_to: q.get("free_to"),
    });
    let retired = use_query_map()
        .with_untracked(|q| q.get("retired").is_some())
        .then(|| view! { <p class="notice" role="status">{t("spaces.retired")}</p> });
    let new_space = crate::ui::viewer::use_viewer()
        .filter(|v| v.is_manager())
        .map(|_| {
            view! {
                <div class="actions">
                    <a class="button button-primary" href="/admin/spaces/new">{t("spaces.new")}</a>
                    <a class="button button-secondary" href="/admin/plan">{t("plan.admin_title")}</a>
                    <a class="button button-secondary" href="/admin/import">{t("import.title")}</a>
                </div>
            }
        });
    let (clean, errors) = raw.without_invalid();
    let spaces = Resource::new(move || clean.clone(), list_spaces);
    let sites = Resource::new(|| (), |_| site_overviews());
    view! {
        <Title text=t("spaces.title")/>
        <nav class="breadcrumb" aria-label=t("layout.breadcrumb")>
            <ol>
                <li><a href="/">{t("nav.home")}</a></li>
                <li aria-current="page">{t("nav.spaces")}</li>
            </ol>
        </nav>
        <div class="page-head">
            <h1>{t("spaces.title")}</h1>
            {new_space}
        </div>
        <p class="lead">{t("spaces.lead")}</p>
        {retired}
        <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
            {move || {
                let (raw, errors) = (raw.clone(), errors.clone());
                Suspend::new(async move {
                    let (sites, spaces) = match (sites.await, spaces.await) {
                        (Ok(sites), Ok(spaces)) => (sites, spaces),
                        (Err(error), _) | (_, Err(error)) => return view! { <ErrorPage error/> }.into_any(),
                    };
                    let count = match spaces.len() {
                        0 => t("spaces.count_zero"),
                        1 => t("spaces.count_one"),
                        n => translate_with(locale, "spaces.count_many", &[("n", &n.to_string())]),
                    };
                    let list = if spaces.is_empty() {
                        view! {
                            <div class="empty-state">
                                <p>{t("spaces.empty")}</p>
                                <a class="button button-secondary" href="/spaces">{t("spaces.reset")}</a>
                            </div>
                        }
                        .into_any()
                    } else {
                        let cards = spaces.into_iter().map(|s| space_card(s, locale)).collect_view();
                        view! { <ul class="space-list" role="list">{cards}</ul> }.into_any()
                    };
                    view! {
                        {filter_form(&raw, &errors, &sites, locale)}
                        <p class="result-count" role="status">{count}</p>
                        {list}
                    }
                    .into_any()
                })
            }}
        </Suspense>
    }
}
