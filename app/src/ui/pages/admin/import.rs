//! `/admin/import` and `/admin/import/:id`: a manager uploads a CSV of structures or spaces,
//! reads what it would create with every bad line named, then imports it all or nothing.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::import::{RunImport, import_check};
use crate::domain::import::{ImportKind, ImportPreview};
use crate::ui::components::{Audience, guarded, page_error, path_id};
use crate::ui::i18n::{translate_with, use_locale, use_t};

#[component]
pub fn ImportPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let error = use_query_map()
            .get_untracked()
            .get("error")
            .filter(|key| key.starts_with("import."));
        let kinds = ImportKind::ALL
            .iter()
            .map(|k| view! { <option value=k.as_str()>{t(&format!("import.kind.{}", k.as_str()))}</option> })
            .collect_view();
        let templates = ImportKind::ALL
            .iter()
            .map(|k| {
                view! {
                    <li><a href=format!("/admin/import/template/{}.csv", k.as_str()) download>
                        {t(&format!("import.template.{}", k.as_str()))}
                    </a></li>
                }
            })
            .collect_view();
        view! {
            <Title text=t("import.title")/>
            <section class="stack-lg narrow">
                <h1>{t("import.title")}</h1>
                <p class="lead">{t("import.intro")}</p>
                {error.map(|key| view! { <p class="notice notice-error" role="alert">{t(&key)}</p> })}
                <form class="panel stack" method="post" action="/admin/import" enctype="multipart/form-data">
                    <div class="field">
                        <label for="import-kind">{t("import.kind")}</label>
                        <select id="import-kind" name="kind">{kinds}</select>
                    </div>
                    <div class="field">
                        <label for="import-file">{t("import.file")}</label>
                        <p class="field-hint" id="import-file-hint">{t("import.file_hint")}</p>
                        <input id="import-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="import-file-hint"/>
                    </div>
                    <button class="button button-primary" type="submit">{t("import.preview")}</button>
                </form>
                <section class="stack">
                    <h2>{t("import.templates")}</h2>
                    <ul>{templates}</ul>
                </section>
            </section>
        }
    })
}

fn preview_view(preview: ImportPreview, done: bool) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let report = &preview.report;
    let counts = [
        ("lines", report.lines),
        ("created", report.created),
        ("unchanged", report.unchanged),
    ]
    .map(|(what, n)| {
        view! { <li>{translate_with(locale, &format!("import.count.{what}"), &[("n", &n.to_string())])}</li> }
    })
    .collect_view();
    let errors = (!report.errors.is_empty()).then(|| {
        let rows = report
            .errors
            .iter()
            .map(|e| {
                view! {
                    <tr>
                        <th scope="row">{e.line}</th>
                        <td>{e.field.clone()}</td>
                        <td>{t(&e.message)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <p class="notice notice-error" role="alert">{translate_with(locale, "import.errors", &[("n", &report.errors.len().to_string())])}</p>
            <div class="table-scroll">
                <table class="table">
                    <caption>{t("import.errors_caption")}</caption>
                    <thead><tr>
                        <th scope="col">{t("import.line")}</th>
                        <th scope="col">{t("import.column")}</th>
                        <th scope="col">{t("import.problem")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let action = if done {
        view! { <p class="notice" role="status">{t("import.done")}</p> }.into_any()
    } else if preview.imported {
        view! { <p class="notice">{t("import.done_already")}</p> }.into_any()
    } else if report.errors.is_empty() && report.created > 0 {
        view! {
            <form method="post" action=RunImport::PATH>
                <input type="hidden" name="id" value=preview.id/>
                <button class="button button-primary" type="submit">
                    {translate_with(locale, "import.run", &[("n", &report.created.to_string())])}
                </button>
            </form>
        }
        .into_any()
    } else if report.errors.is_empty() {
        view! { <p class="notice">{t("import.nothing_new")}</p> }.into_any()
    } else {
        view! { <p>{t("import.fix_and_retry")}</p> }.into_any()
    };
    view! {
        <p class="muted">{preview.file_name.clone()}" · "{t(&format!("import.kind.{}", report.kind.as_str()))}</p>
        <ul>{counts}</ul>
        {errors}
        {action}
        <p><a href="/admin/import">{t("import.another")}</a></p>
    }
}

#[component]
pub fn ImportPreviewPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let id = path_id();
        let done = use_query_map().get_untracked().get("done").is_some();
        let preview = Resource::new(move || id, import_check);
        view! {
            <Title text=t("import.title")/>
            <section class="stack-lg narrow">
                <h1>{t("import.preview_title")}</h1>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("import.reading")}</p> }>
                    {move || Suspend::new(async move {
                        match preview.await {
                            Ok(p) => preview_view(p, done).into_any(),
                            Err(e) => page_error(&e),
                        }
                    })}
                </Suspense>
            </section>
        }
    })
}
