//! `/admin/audit`: the audit log, newest first, a hundred lines a page.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::accounts::audit_log;
use crate::domain::AuditEntry;
use crate::ui::components::{Audience, guarded};
use crate::ui::format::date_time;
use crate::ui::i18n::{use_locale, use_t};

fn entry_row(entry: AuditEntry) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let who = entry.actor.clone().unwrap_or_else(|| "—".into());
    let about = [
        entry.subject.clone().or(entry.email.clone()),
        entry.structure.clone(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <tr>
            <td>{date_time(entry.at, locale)}</td>
            <td>{t(&entry.action.label_key())}</td>
            <td>{who}</td>
            <td>{about}</td>
            <td>{entry.detail}</td>
            <td>{entry.client_ip.unwrap_or_default()}</td>
        </tr>
    }
}

#[component]
pub fn AuditPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Admins, move |_| {
        let before = use_query_map()
            .get_untracked()
            .get("before")
            .and_then(|b| b.parse::<i32>().ok());
        let entries = Resource::new(move || before, audit_log);
        let table = move || {
            Suspend::new(async move {
                match entries.await {
                    Ok(list) if list.is_empty() => view! { <p>{t("audit.empty")}</p> }.into_any(),
                    Ok(list) => {
                        let older = (list.len() >= 100)
                            .then(|| list.last().map(|e| format!("/admin/audit?before={}", e.id)))
                            .flatten();
                        view! {
                            <div class="table-scroll">
                                <table class="table">
                                    <caption class="visually-hidden">{t("audit.title")}</caption>
                                    <thead><tr>
                                        <th scope="col">{t("audit.when")}</th>
                                        <th scope="col">{t("audit.what")}</th>
                                        <th scope="col">{t("audit.who")}</th>
                                        <th scope="col">{t("audit.about")}</th>
                                        <th scope="col">{t("audit.detail")}</th>
                                        <th scope="col">{t("audit.ip")}</th>
                                    </tr></thead>
                                    <tbody>{list.into_iter().map(entry_row).collect_view()}</tbody>
                                </table>
                            </div>
                            {older.map(|href| view! { <p><a href=href>{t("audit.older")}</a></p> })}
                        }
                        .into_any()
                    }
                    Err(e) => {
                        view! { <p class="notice notice-error">{t(&e.detail_key())}</p> }.into_any()
                    }
                }
            })
        };
        view! {
            <Title text=t("audit.title")/>
            <section class="stack-lg">
                <h1>{t("audit.title")}</h1>
                <Suspense fallback=move || view! { <p>{t("page.loading")}</p> }>{table}</Suspense>
            </section>
        }
    })
}
