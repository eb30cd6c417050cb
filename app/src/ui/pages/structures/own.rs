//! `/structure`: the structure a member acts for: its facts (which they edit), its pathway,
//! leases and members.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::detail::{facts_form, header, members};
use super::leases::{Confirming, leases_table};
use super::pathway::pathway;
use crate::api::structures::structure_info;
use crate::ui::components::{Audience, guarded};
use crate::ui::i18n::use_t;

#[component]
pub fn OwnStructurePage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::SignedIn, move |viewer| {
        let saved = use_query_map().get_untracked().get("saved").is_some();
        if viewer.acting.is_none() {
            return view! {
                <Title text=t("own.title")/>
                <section class="stack-lg"><h1>{t("own.title")}</h1><p>{t("own.none")}</p></section>
            }
            .into_any();
        }
        let detail = Resource::new(|| 0, structure_info);
        view! {
            <Title text=t("own.title")/>
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                {move || Suspend::new(async move {
                    match detail.await {
                        Ok(d) => view! {
                            <section class="stack-lg">
                                {header(&d.structure)}
                                {saved.then(|| view! { <p class="notice" role="status">{t("structure.saved")}</p> })}
                                {facts_form(&d.structure)}
                                {pathway(d.pathway.clone())}
                                <section class="stack" aria-labelledby="leases-title">
                                    <h2 id="leases-title">{t("lease.title")}</h2>
                                    {leases_table(d.leases.clone(), false, String::new(), Confirming::default())}
                                </section>
                                {members(&d)}
                            </section>
                        }
                        .into_any(),
                        Err(e) => view! { <p class="notice notice-error" role="alert">{t(&e.detail_key())}</p> }.into_any(),
                    }
                })}
            </Suspense>
        }
        .into_any()
    })
}
