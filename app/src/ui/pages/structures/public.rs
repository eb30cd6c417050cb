//! `/structures`: the hosted structures that chose to appear, for visitors.
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::api::structures::public_structures;
use crate::domain::{PublicStructure, Sector};
use crate::ui::i18n::use_t;

fn card(s: PublicStructure) -> impl IntoView {
    let t = use_t();
    view! {
        <li class="card stack">
            <h3>{s.name.clone()}</h3>
            <p class="muted">{t(&s.legal_form.label_key())}</p>
            {(!s.activity.is_empty()).then(|| view! { <p>{s.activity.clone()}</p> })}
            {s.website.clone().map(|w| view! { <p><a href=w.clone() rel="noopener">{w.clone()}</a></p> })}
        </li>
    }
}

#[component]
pub fn PublicDirectoryPage() -> impl IntoView {
    let t = use_t();
    let list = Resource::new(|| (), |()| public_structures());
    view! {
        <Title text=t("public_directory.title")/>
        <Meta name="description" content=t("public_directory.intro")/>
        <section class="stack-lg">
            <h1>{t("public_directory.title")}</h1>
            <p class="lead">{t("public_directory.intro")}</p>
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(all) if all.is_empty() => view! { <p>{t("public_directory.none")}</p> }.into_any(),
                        Ok(all) => Sector::ALL
                            .iter()
                            .filter_map(|sector| {
                                let these: Vec<PublicStructure> =
                                    all.iter().filter(|s| s.sector == *sector).cloned().collect();
                                (!these.is_empty()).then(|| view! {
                                    <section class="stack">
                                        <h2>{t(&sector.label_key())}</h2>
                                        <ul class="cards">{these.into_iter().map(card).collect_view()}</ul>
                                    </section>
                                })
                            })
                            .collect_view()
                            .into_any(),
                        Err(e) => view! { <p class="notice notice-error" role="alert">{t(&e.detail_key())}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
