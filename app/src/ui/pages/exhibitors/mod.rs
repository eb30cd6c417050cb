//! Exhibitors: the public application form, the applicant's follow page and fee statement, and
//! for managers an edition's applications (bulk decisions), its stall plan and its report.
mod applications;
mod apply;
mod counts;
mod fields;
mod follow;
mod plan;
mod report;
mod report_sections;
mod statement;

pub use applications::EditionApplicationsPage;
pub use apply::ApplyPage;
pub use follow::FollowApplicationPage;
pub use plan::StallPlanPage;
pub use report::EditionReportPage;
pub use statement::StatementPage;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::exhibitors::{EditionHeading, FollowPage, followed_application};
use crate::domain::Locale;
use crate::ui::i18n::{translate, translate_with, use_t};
use crate::ui::pages::ErrorPage;

/// The way between an edition's event page, applications, plan and report; `here` is the
/// current one.
fn edition_links(edition: &EditionHeading, here: &'static str) -> impl IntoView + use<> {
    let t = use_t();
    let id = edition.id;
    let link = |page: &'static str, key: &'static str| {
        let current = (page == here).then_some("page");
        view! { <li><a href=format!("/admin/editions/{id}/{page}") aria-current=current>{t(key)}</a></li> }
    };
    view! {
        <nav class="edition-links" aria-label=t("exhibitors.manage")>
            <ul role="list">
                <li><a href=format!("/events/{}", edition.event_slug)>{format!("{} {}", edition.event, edition.year)}</a></li>
                {link("applications", "exhibitors.see_list")}
                {link("plan", "exhibitors.see_plan")}
                {link("report", "report.link")}
            </ul>
        </nav>
    }
}

/// What the list says after `n` applications changed.
fn decision_notice(n: usize, locale: Locale) -> String {
    match n {
        0 => translate(locale, "exhibitors.decided_none"),
        1 => translate(locale, "exhibitors.decided_one"),
        n => translate_with(locale, "exhibitors.decided_many", &[("n", &n.to_string())]),
    }
}

/// A page read through an application's follow link: `body` draws it from the link's secret and
/// what it leads to; an unknown link is the 404 page.
fn followed_page(body: fn(String, FollowPage) -> AnyView) -> impl IntoView {
    let t = use_t();
    let secret = use_params_map()
        .get_untracked()
        .get("secret")
        .unwrap_or_default();
    let key = secret.clone();
    let page = Resource::new(move || key.clone(), followed_application);
    view! {
        <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
            {move || {
                let secret = secret.clone();
                Suspend::new(async move {
                    match page.await {
                        Ok(page) => body(secret, page),
                        Err(error) => view! { <ErrorPage error/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
