//! `/admin/editions/:id/applications`: a manager filters an edition's applications by status,
//! ticks some and accepts them, waiting-lists them, or refuses them with a reason. A refusal
//! is final and mailed, so it goes through a confirmation step (`?confirm=refused`, reached by
//! the refuse button sending the same form by GET) that names every chosen application.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{decision_notice, edition_links};
use crate::api::exhibitors::{ApplicationList, edition_applications};
use crate::api::exhibitors::{DecideApplications, PublishExhibitors};
use crate::domain::events::ApplicationStatus;
use crate::domain::{AppError, ApplicationView, FieldError};
use crate::ui::components::path_id;
use crate::ui::components::{Audience, guarded};
use crate::ui::components::{ErrorSummary, returned_error};
use crate::ui::i18n::{translate_with, use_locale, use_t};

fn row(a: &ApplicationView) -> impl IntoView + use<> {
    let t = use_t();
    let locale = use_locale();
    let id = format!("pick-{}", a.id);
    let label = translate_with(
        locale,
        "exhibitors.pick_one",
        &[("organisation", &a.organisation)],
    );
    view! {
        <tr>
            <td>
                <input type="checkbox" id=id.clone() name="ids[]" value=a.id/>
                <label for=id class="visually-hidden">{label}</label>
            </td>
            <th scope="row">{a.organisation.clone()}<br/><span class="muted">{format!("{} · {}", a.contact_name, a.email)}</span></th>
            <td>{t(&a.sector.label_key())}</td>
            <td>{a.products.clone()}</td>
            <td>{a.stall_type.clone()}</td>
            <td><span class=format!("badge application-{}", a.status.as_str())>{t(&a.status.label_key())}</span></td>
            <td class="num">{a.stall.map(|n| n.to_string()).unwrap_or_else(|| "—".into())}</td>
        </tr>
    }
}

/// The table inside the bulk decision form, with the three decisions under it.
fn decide_form(list: &ApplicationList) -> AnyView {
    let t = use_t();
    let locale = use_locale();
    if list.applications.is_empty() {
        return view! { <p>{t("exhibitors.none")}</p> }.into_any();
    }
    let id = list.edition.id;
    let count = translate_with(
        locale,
        "exhibitors.count",
        &[("n", &list.applications.len().to_string())],
    );
    view! {
        <form class="stack decide-form" method="post" action=DecideApplications::PATH>
            <input type="hidden" name="edition_id" value=id/>
            <div class="table-scroll">
                <table class="table" id="decide-ids">
                    <caption>{count}</caption>
                    <thead><tr>
                        <th scope="col">{t("exhibitors.pick")}</th>
                        <th scope="col">{t("exhibitors.organisation")}</th>
                        <th scope="col">{t("structure.sector")}</th>
                        <th scope="col">{t("event.products")}</th>
                        <th scope="col">{t("exhibitors.stall_type")}</th>
                        <th scope="col">{t("exhibitors.status")}</th>
                        <th scope="col" class="num">{t("event.stall")}</th>
                    </tr></thead>
                    <tbody>{list.applications.iter().map(row).collect_view()}</tbody>
                </table>
            </div>
            <fieldset class="panel stack decision-bar">
                <legend>{t("exhibitors.decision")}</legend>
                <p class="field-hint">{t("exhibitors.decision_hint")}</p>
                <div class="field">
                    <label for="decide-reason">{t("exhibitors.refusal_reason")}</label>
                    <p class="field-hint" id="decide-reason-hint">{t("exhibitors.refusal_hint")}</p>
                    <textarea id="decide-reason" name="reason" rows="2" maxlength="500" aria-describedby="decide-reason-hint"></textarea>
                </div>
                <div class="decision-buttons">
                    <button class="button button-primary" type="submit" name="decision" value="accepted">{t("exhibitors.accept")}</button>
                    <button class="button button-secondary" type="submit" name="decision" value="waiting">{t("exhibitors.wait")}</button>
                    <button class="button button-danger" type="submit" name="confirm" value="refused" formmethod="get" formaction=format!("/admin/editions/{id}/applications")>{t("exhibitors.refuse")}</button>
                </div>
            </fieldset>
        </form>
    }
    .into_any()
}

/// The confirmation of a refusal: the chosen applications by name and the reason, once more.
fn confirm_refusal(list: &ApplicationList, ids: &[i32], reason: String) -> AnyView {
    let t = use_t();
    let locale = use_locale();
    let id = list.edition.id;
    let chosen: Vec<&ApplicationView> = list
        .applications
        .iter()
        .filter(|a| ids.contains(&a.id))
        .collect();
    let title = match chosen.len() {
        1 => t("exhibitors.confirm_one"),
        n => translate_with(locale, "exhibitors.confirm_many", &[("n", &n.to_string())]),
    };
    view! {
        <form class="panel stack narrow inline-confirm" method="post" action=DecideApplications::PATH>
            <h2>{title}</h2>
            <p>{t("exhibitors.confirm_intro")}</p>
            <input type="hidden" name="edition_id" value=id/>
            <input type="hidden" name="decision" value="refused"/>
            <ul>
                {chosen.iter().map(|a| view! {
                    <li>{a.organisation.clone()}<input type="hidden" name="ids[]" value=a.id/></li>
                }).collect_view()}
            </ul>
            <div class="field">
                <label for="decide-reason">{t("exhibitors.refusal_reason")}</label>
                <p class="field-hint" id="decide-reason-hint">{t("exhibitors.refusal_hint")}</p>
                <textarea id="decide-reason" name="reason" rows="3" maxlength="500" required=true aria-describedby="decide-reason-hint">{reason}</textarea>
            </div>
            <p>
                <button class="button button-danger" type="submit">{t("exhibitors.refuse_yes")}</button>
                " "
                <a class="button button-secondary" href=format!("/admin/editions/{id}/applications")>{t("form.cancel")}</a>
            </p>
        </form>
    }
    .into_any()
}

fn status_filter(id: i32, status: Option<String>) -> impl IntoView {
    let t = use_t();
    view! {
        <form class="panel filters" method="get" action=format!("/admin/editions/{id}/applications") role="search" aria-label=t("exhibitors.filters")>
            <div class="field">
                <label for="filter-status">{t("exhibitors.status")}</label>
                <select id="filter-status" name="status">
                    <option value="">{t("exhibitors.all_statuses")}</option>
                    {ApplicationStatus::ALL.iter().map(|s| view! {
                        <option value=s.as_str() selected=status.as_deref() == Some(s.as_str())>{t(&s.label_key())}</option>
                    }).collect_view()}
                </select>
            </div>
            <button class="button button-secondary" type="submit">{t("exhibitors.filter")}</button>
        </form>
    }
}

/// Whether the exhibitors' list is public, and the button that changes it.
fn publish_form(list: &crate::domain::exhibitors::ApplicationList) -> impl IntoView + use<> {
    let t = use_t();
    let published = list.edition.published;
    view! {
        <form class="panel stack" method="post" action=PublishExhibitors::PATH>
            <input type="hidden" name="edition_id" value=list.edition.id/>
            <input type="hidden" name="published" value=(!published).to_string()/>
            <p>{t(if published { "exhibitors.list_public" } else { "exhibitors.list_private" })}</p>
            <button class="button button-secondary" type="submit">
                {t(if published { "exhibitors.unpublish" } else { "exhibitors.publish" })}
            </button>
        </form>
    }
}

#[component]
pub fn EditionApplicationsPage() -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    guarded(Audience::Managers, move |_| {
        let id = path_id();
        let query = use_query_map().get_untracked();
        let status = query.get("status").filter(|s| !s.is_empty());
        let ids: Vec<i32> = query
            .get_all("ids[]")
            .unwrap_or_default()
            .iter()
            .filter_map(|v| v.parse().ok())
            .collect();
        let confirming = query.get("confirm").as_deref() == Some("refused");
        let reason = query.get("reason").unwrap_or_default();
        // Asking to refuse nothing answers like the server would.
        let error = returned_error("decide_applications").or_else(|| {
            (confirming && ids.is_empty())
                .then(|| AppError::Invalid(vec![FieldError::new("ids", "application.none_chosen")]))
        });
        let notice = query
            .get("decided")
            .and_then(|n| n.parse::<usize>().ok())
            .map(|n| decision_notice(n, locale))
            .or_else(|| {
                query.get("published").map(|p| {
                    t(if p == "true" {
                        "exhibitors.published_now"
                    } else {
                        "exhibitors.unpublished_now"
                    })
                })
            });
        let filter = status.clone();
        let list = Resource::new(
            move || (id, filter.clone()),
            |(id, s)| edition_applications(id, s),
        );
        view! {
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                {move || {
                    let (status, ids, reason, error, notice) = (status.clone(), ids.clone(), reason.clone(), error.clone(), notice.clone());
                    Suspend::new(async move {
                        let list = match list.await {
                            Ok(list) => list,
                            Err(error) => return view! { <crate::ui::pages::ErrorPage error/> }.into_any(),
                        };
                        let title = translate_with(locale, "exhibitors.list_title", &[("event", &list.edition.event), ("year", &list.edition.year.to_string())]);
                        let content = if confirming && !ids.is_empty() {
                            confirm_refusal(&list, &ids, reason)
                        } else {
                            view! { {status_filter(id, status)} {decide_form(&list)} }.into_any()
                        };
                        view! {
                            <Title text=title.clone()/>
                            <section class="stack-lg">
                                {edition_links(&list.edition, "applications")}
                                <h1>{title}</h1>
                                {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                                <ErrorSummary error=error prefix="decide"/>
                                {publish_form(&list)}
                                {content}
                            </section>
                        }
                        .into_any()
                    })
                }}
            </Suspense>
        }
    })
}
