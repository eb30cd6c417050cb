//! `/events/:slug/apply`: the public application form of the edition whose call for exhibitors
//! is open today; when none is, the dates of the next call. No account needed.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use super::fields::application_form;
use crate::api::exhibitors::{ApplyToEdition, OpenCall, apply_form};
use crate::domain::locale::long_date;
use crate::ui::components::returned_error;
use crate::ui::i18n::{translate_with, use_locale, use_t};
use crate::ui::pages::ErrorPage;

fn body(call: OpenCall) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let page = &call.page;
    let edition = |id: Option<i32>| id.and_then(|id| page.editions.iter().find(|e| e.id == id));
    let back = view! {
        <p><a href=format!("/events/{}", page.slug)>{t("exhibitors.back_to_event")}</a></p>
    };
    let content = match edition(call.open) {
        Some(e) => {
            let heading = translate_with(
                locale,
                "exhibitors.apply_heading",
                &[("event", &page.name), ("year", &e.year.to_string())],
            );
            let intro = translate_with(
                locale,
                "exhibitors.apply_intro",
                &[("closes", &long_date(e.call_closes_on, locale))],
            );
            view! {
                <h1>{heading}</h1>
                <p class="lead">{intro}</p>
                {application_form(
                    ApplyToEdition::PATH,
                    ("edition_id", e.id.to_string()),
                    None,
                    &call.stall_types,
                    returned_error("apply_to_edition"),
                    t("exhibitors.send"),
                )}
            }
            .into_any()
        }
        None => {
            let next = match edition(call.next) {
                Some(e) => translate_with(
                    locale,
                    "exhibitors.next_call",
                    &[
                        ("year", &e.year.to_string()),
                        ("from", &long_date(e.call_opens_on, locale)),
                        ("to", &long_date(e.call_closes_on, locale)),
                    ],
                ),
                None => t("exhibitors.no_next_call"),
            };
            view! {
                <h1>{format!("{} — {}", t("exhibitors.apply_title"), page.name)}</h1>
                <div class="notice" role="status">
                    <p><strong>{t("exhibitors.no_call")}</strong></p>
                    <p>{next}</p>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <Title text=format!("{} — {}", t("exhibitors.apply_title"), page.name)/>
        <Meta name="description" content=t("exhibitors.apply_title")/>
        <section class="stack-lg">
            {back}
            {content}
        </section>
    }
}

#[component]
pub fn ApplyPage() -> impl IntoView {
    let t = use_t();
    let slug = use_params_map()
        .get_untracked()
        .get("slug")
        .unwrap_or_default();
    let call = Resource::new(move || slug.clone(), apply_form);
    view! {
        <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
            {move || Suspend::new(async move {
                match call.await {
                    Ok(call) => body(call).into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
