//! `/admin/editions/:id/plan`: an edition's stall plan drawn on the server, free and given
//! stalls in two colours; each stall links to `?stall=ID`, which opens the form to give it to
//! an accepted exhibitor without a stall, or to take it back. The list of stalls and holders
//! follows; on paper only the plan and the list remain.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::edition_links;
use crate::api::exhibitors::AssignEditionStall;
use crate::api::exhibitors::{PlanStall, StallPlan, edition_plan};
use crate::domain::Locale;
use crate::ui::components::path_id;
use crate::ui::components::{Audience, guarded};
use crate::ui::components::{ErrorSummary, returned_error};
use crate::ui::i18n::{translate, translate_with, use_locale, use_t};
use crate::ui::pages::ErrorPage;

fn stall_link(edition: i32, stall: i32) -> String {
    format!("/admin/editions/{edition}/plan?stall={stall}#assign")
}

/// `Stand 12 : libre`, `Stand 12 : Atelier du Quai`.
fn stall_label(s: &PlanStall, locale: Locale) -> String {
    let n = s.number.to_string();
    match &s.holder {
        Some(holder) => translate_with(
            locale,
            "exhibitors.stall_taken",
            &[("n", &n), ("holder", holder)],
        ),
        None => translate_with(locale, "exhibitors.stall_free", &[("n", &n)]),
    }
}

fn drawing(
    plan: &StallPlan,
    title: &str,
    chosen: Option<i32>,
    locale: Locale,
) -> impl IntoView + use<> {
    let taken = plan.stalls.iter().filter(|s| s.holder.is_some()).count();
    let desc = translate_with(
        locale,
        "exhibitors.plan_desc",
        &[
            ("n", &plan.stalls.len().to_string()),
            ("taken", &taken.to_string()),
            ("free", &(plan.stalls.len() - taken).to_string()),
        ],
    );
    let shapes = plan
        .stalls
        .iter()
        .map(|s| {
            let state = if s.holder.is_some() { "taken" } else { "free" };
            let picked = if chosen == Some(s.id) { " stall-chosen" } else { "" };
            view! {
                <a href=stall_link(plan.edition.id, s.id)>
                    <title>{stall_label(s, locale)}</title>
                    <rect class=format!("stall stall-{state}{picked}") x=s.x y=s.y width=s.w height=s.h rx="3"></rect>
                    <text class="stall-number" x=s.x + s.w / 2 y=s.y + s.h / 2 text-anchor="middle" dominant-baseline="central">{s.number}</text>
                </a>
            }
        })
        .collect_view();
    view! {
        <svg class="stall-plan" viewBox="0 0 1000 600" role="img" aria-labelledby="stall-plan-title stall-plan-desc">
            <title id="stall-plan-title">{title.to_owned()}</title>
            <desc id="stall-plan-desc">{desc}</desc>
            {shapes}
        </svg>
    }
}

/// The form for the chosen stall: give it to an exhibitor waiting for one, or take it back.
fn chosen_form(plan: &StallPlan, stall: i32, locale: Locale) -> AnyView {
    let t = move |key: &str| translate(locale, key);
    let Some(s) = plan.stalls.iter().find(|s| s.id == stall) else {
        return view! { <p class="notice notice-error" role="alert">{t("exhibitors.unknown_stall")}</p> }.into_any();
    };
    let id = plan.edition.id;
    let title = translate_with(
        locale,
        "exhibitors.chosen_title",
        &[("n", &s.number.to_string())],
    );
    let action = match (&s.holder, s.application_id) {
        (Some(holder), Some(application)) => view! {
            <p>{translate_with(locale, "exhibitors.chosen_taken", &[("type", &s.stall_type), ("holder", holder)])}</p>
            <form method="post" action=AssignEditionStall::PATH>
                <input type="hidden" name="edition_id" value=id/>
                <input type="hidden" name="application_id" value=application/>
                <button class="button button-danger" type="submit">{t("exhibitors.release")}</button>
            </form>
        }
        .into_any(),
        _ if plan.unplaced.is_empty() => view! {
            <p>{translate_with(locale, "exhibitors.chosen_free", &[("type", &s.stall_type)])}</p>
            <p>{t("exhibitors.all_placed")}</p>
        }
        .into_any(),
        _ => {
            // Those who asked for this kind of stall come first.
            let mut waiting: Vec<_> = plan.unplaced.iter().collect();
            waiting.sort_by_key(|u| u.stall_type_id != s.stall_type_id);
            let options = waiting
                .into_iter()
                .map(|u| {
                    let text = translate_with(locale, "exhibitors.wants", &[("organisation", &u.organisation), ("type", &u.stall_type)]);
                    view! { <option value=u.id>{text}</option> }
                })
                .collect_view();
            view! {
                <p>{translate_with(locale, "exhibitors.chosen_free", &[("type", &s.stall_type)])}</p>
                <form class="stack" method="post" action=AssignEditionStall::PATH>
                    <input type="hidden" name="edition_id" value=id/>
                    <input type="hidden" name="stall_id" value=s.id/>
                    <div class="field">
                        <label for="assign-application_id">{t("exhibitors.assign_to")}</label>
                        <select id="assign-application_id" name="application_id" required=true>{options}</select>
                    </div>
                    <button class="button button-primary" type="submit">{t("exhibitors.assign")}</button>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <section class="panel stack stall-assign" id="assign" aria-labelledby="assign-title">
            <h2 id="assign-title">{title}</h2>
            {action}
            <p><a href=format!("/admin/editions/{id}/plan")>{t("exhibitors.close")}</a></p>
        </section>
    }
    .into_any()
}

fn stalls_table(plan: &StallPlan, locale: Locale) -> impl IntoView + use<> {
    let t = move |key: &str| translate(locale, key);
    let rows = plan
        .stalls
        .iter()
        .map(|s| {
            view! {
                <tr>
                    <td class="num"><a href=stall_link(plan.edition.id, s.id)>{s.number}</a></td>
                    <td>{s.stall_type.clone()}</td>
                    <td>{s.holder.clone().unwrap_or_else(|| t("exhibitors.free"))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table stalls-table">
            <caption>{t("exhibitors.stalls_caption")}</caption>
            <thead><tr>
                <th scope="col" class="num">{t("exhibitors.number")}</th>
                <th scope="col">{t("exhibitors.stall_type")}</th>
                <th scope="col">{t("exhibitors.holder")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn body(plan: StallPlan, chosen: Option<i32>, notice: Option<String>) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let title = translate_with(
        locale,
        "exhibitors.plan_title",
        &[
            ("event", &plan.edition.event),
            ("year", &plan.edition.year.to_string()),
        ],
    );
    let waiting = match plan.unplaced.len() {
        0 => t("exhibitors.all_placed"),
        1 => t("exhibitors.waiting_one"),
        n => translate_with(locale, "exhibitors.waiting_many", &[("n", &n.to_string())]),
    };
    view! {
        <Title text=title.clone()/>
        <section class="stack-lg stall-plan-page">
            {edition_links(&plan.edition, "plan")}
            <h1>{title.clone()}</h1>
            <p class="lead no-print">{t("exhibitors.plan_intro")}</p>
            {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            <ErrorSummary error=returned_error("assign_edition_stall") prefix="assign"/>
            <p>{waiting}</p>
            <figure class="stall-figure">
                {drawing(&plan, &title, chosen, locale)}
                <ul class="grid-legend" role="list" aria-label=t("exhibitors.legend")>
                    <li><span class="swatch stall-free"></span>{t("exhibitors.free")}</li>
                    <li><span class="swatch stall-taken"></span>{t("exhibitors.taken")}</li>
                    <li class="no-print"><span class="swatch stall-chosen"></span>{t("exhibitors.chosen")}</li>
                </ul>
            </figure>
            {chosen.map(|stall| chosen_form(&plan, stall, locale))}
            {stalls_table(&plan, locale)}
        </section>
    }
}

#[component]
pub fn StallPlanPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let id = path_id();
        let query = use_query_map().get_untracked();
        let chosen = query.get("stall").and_then(|s| s.parse::<i32>().ok());
        let notice = [
            ("assigned", "exhibitors.assigned"),
            ("released", "exhibitors.released"),
        ]
        .into_iter()
        .find(|(param, _)| query.get(param).is_some())
        .map(|(_, key)| t(key));
        let plan = Resource::new(move || id, edition_plan);
        view! {
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                {move || {
                    let notice = notice.clone();
                    Suspend::new(async move {
                        match plan.await {
                            Ok(plan) => body(plan, chosen, notice).into_any(),
                            Err(error) => view! { <ErrorPage error/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        }
    })
}
