//! Exhibitors: the public application form and the applicant's follow page, and for managers
//! an edition's applications (bulk decisions) and its stall plan.
mod applications;
mod apply;
mod fields;
mod follow;
mod plan;

pub use applications::EditionApplicationsPage;
pub use apply::ApplyPage;
pub use follow::FollowApplicationPage;
pub use plan::StallPlanPage;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::exhibitors::EditionHeading;
use crate::domain::Locale;
use crate::ui::i18n::{translate, translate_with, use_t};

/// The edition id in the address; an impossible one when it is not a number.
fn edition_id() -> i32 {
    use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok())
        .unwrap_or(-1)
}

/// The way between an edition's event page, applications and plan; `here` is the current one.
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
