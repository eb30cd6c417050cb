//! `/admin/structures`: the directory of structures, searched and filtered by sector, legal
//! form and status, each linking to its page.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::choices::{vocabulary_select, words};
use crate::api::structures::structure_directory;
use crate::domain::{LegalForm, Sector, StructureQuery, StructureRow, StructureStatus};
use crate::ui::components::{Audience, guarded};
use crate::ui::i18n::{translate_with, use_locale, use_t};

fn row(s: StructureRow) -> impl IntoView {
    let t = use_t();
    let spaces = if s.spaces.is_empty() {
        "—".to_owned()
    } else {
        s.spaces.join(", ")
    };
    view! {
        <tr>
            <th scope="row"><a href=format!("/admin/structures/{}", s.id)>{s.name.clone()}</a></th>
            <td>{t(&s.legal_form.label_key())}</td>
            <td>{t(&s.sector.label_key())}</td>
            <td><span class=format!("badge badge-{}", s.status.as_str())>{t(&s.status.label_key())}</span></td>
            <td>{spaces}</td>
            <td class="num">{s.members}</td>
        </tr>
    }
}

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    guarded(Audience::Managers, move |_| {
        let q = use_query_map().get_untracked();
        let query = StructureQuery {
            q: q.get("q"),
            sector: q.get("sector"),
            legal_form: q.get("legal_form"),
            status: q.get("status"),
        };
        let list = Resource::new(move || query.clone(), structure_directory);
        let any = Some(t("directory.any"));
        view! {
            <Title text=t("directory.title")/>
            <section class="stack-lg">
                <div class="page-head">
                    <h1>{t("directory.title")}</h1>
                    <div class="actions">
                        <a class="button button-primary" href="/admin/structures/new">{t("directory.new")}</a>
                        <a class="button button-secondary" href="/admin/import">{t("import.title")}</a>
                    </div>
                </div>
                <form class="panel filters" method="get" action="/admin/structures" role="search">
                    <div class="field">
                        <label for="directory-q">{t("directory.search")}</label>
                        <input id="directory-q" name="q" type="search" value=q.get("q")/>
                    </div>
                    {vocabulary_select("directory-sector".into(), "sector", t("structure.sector"), words!(Sector), q.get("sector"), any.clone())}
                    {vocabulary_select("directory-legal_form".into(), "legal_form", t("structure.legal_form"), words!(LegalForm), q.get("legal_form"), any.clone())}
                    {vocabulary_select("directory-status".into(), "status", t("structure.status"), words!(StructureStatus), q.get("status"), any)}
                    <button class="button button-secondary" type="submit">{t("directory.filter")}</button>
                </form>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || Suspend::new(async move {
                        match list.await {
                            Ok(rows) if rows.is_empty() => view! { <p>{t("directory.none")}</p> }.into_any(),
                            Ok(rows) => {
                                let count = translate_with(locale, "directory.count", &[("n", &rows.len().to_string())]);
                                view! {
                                    <table class="table">
                                        <caption>{count}</caption>
                                        <thead><tr>
                                            <th scope="col">{t("structure.name")}</th>
                                            <th scope="col">{t("structure.legal_form")}</th>
                                            <th scope="col">{t("structure.sector")}</th>
                                            <th scope="col">{t("structure.status")}</th>
                                            <th scope="col">{t("directory.spaces")}</th>
                                            <th scope="col">{t("directory.members")}</th>
                                        </tr></thead>
                                        <tbody>{rows.into_iter().map(row).collect_view()}</tbody>
                                    </table>
                                }
                                .into_any()
                            }
                            Err(e) => view! { <p class="notice notice-error" role="alert">{t(&e.detail_key())}</p> }.into_any(),
                        }
                    })}
                </Suspense>
            </section>
        }
    })
}
