//! `/admin/closures`: the days a site is closed beyond public holidays; managers add them and
//! remove them, after a confirmation.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::bookings::site_closures;
use crate::api::bookings::{AddClosure, RemoveClosure};
use crate::api::sites::site_overviews;
use crate::domain::ClosureView;
use crate::domain::locale::long_date;
use crate::ui::components::{Audience, Columns, Question, ask_link, data_table, guarded, question};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::i18n::{translate_with, use_locale, use_t};

fn closure_row(closure: ClosureView, confirm: Option<i32>) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let days = if closure.starts_on == closure.ends_on {
        long_date(closure.starts_on, locale)
    } else {
        translate_with(
            locale,
            "closure.from_to",
            &[
                ("from", &long_date(closure.starts_on, locale)),
                ("to", &long_date(closure.ends_on, locale)),
            ],
        )
    };
    let action = if confirm == Some(closure.id) {
        question(Question {
            action: RemoveClosure::PATH,
            fields: vec![("id", closure.id.to_string())],
            text: t("closure.confirm_remove"),
            yes: t("closure.remove_yes"),
            back: "/admin/closures".into(),
        })
    } else {
        ask_link(
            format!("/admin/closures?remove={}", closure.id),
            t("closure.remove"),
            Some(format!(" : {}", closure.reason)),
        )
    };
    view! {
        <tr>
            <th scope="row">{closure.site_name.clone()}</th>
            <td>{days}</td>
            <td>{closure.reason.clone()}</td>
            <td>{action}</td>
        </tr>
    }
}

#[component]
pub fn ClosuresPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let query = use_query_map().get_untracked();
        let confirm = query.get("remove").and_then(|id| id.parse().ok());
        let notice = if query.get("added").is_some() {
            Some(t("closure.added"))
        } else if query.get("removed").is_some() {
            Some(t("closure.removed"))
        } else {
            None
        };
        let error = returned_error("add_closure").or_else(|| returned_error("remove_closure"));
        let invalid = |field: &str| field_invalid(error.as_ref(), field);
        let (from_invalid, to_invalid, reason_invalid) =
            (invalid("starts_on"), invalid("ends_on"), invalid("reason"));
        let list = Resource::new(|| (), |()| site_closures());
        let sites = Resource::new(|| (), |()| site_overviews());
        view! {
            <Title text=t("closure.title")/>
            <section class="stack-lg">
                <h1>{t("closure.title")}</h1>
                <p class="lead">{t("closure.intro")}</p>
                {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                <ErrorSummary error=error prefix="closure"/>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || Suspend::new(async move {
                        match list.await {
                            Ok(rows) if rows.is_empty() => view! { <p>{t("closure.none")}</p> }.into_any(),
                            Ok(rows) => data_table(
                                Columns {
                                    caption: t("closure.coming"),
                                    caption_hidden: false,
                                    headings: vec![t("closure.site"), t("closure.days"), t("closure.reason")],
                                    actions: Some(t("bookings.actions")),
                                },
                                rows.into_iter().map(|c| closure_row(c, confirm)).collect_view(),
                            ),
                            Err(e) => view! { <p class="notice notice-error">{t(&e.detail_key())}</p> }.into_any(),
                        }
                    })}
                </Suspense>
                <form class="panel stack" method="post" action=AddClosure::PATH>
                    <h2>{t("closure.new")}</h2>
                    <div class="field">
                        <label for="closure-site_id">{t("closure.site")}</label>
                        <Suspense fallback=move || view! { <p class="muted">{t("page.loading")}</p> }>
                            {move || Suspend::new(async move {
                                let options = sites.await.unwrap_or_default();
                                view! {
                                    <select id="closure-site_id" name="site_id">
                                        {options.into_iter().map(|s| view! { <option value=s.id>{s.name}</option> }).collect_view()}
                                    </select>
                                }
                            })}
                        </Suspense>
                    </div>
                    <div class="form-row">
                        <Input prefix="closure" name="starts_on" label=t("closure.starts_on") kind="date" invalid=from_invalid/>
                        <Input prefix="closure" name="ends_on" label=t("closure.ends_on") kind="date" invalid=to_invalid/>
                    </div>
                    <Input prefix="closure" name="reason" label=t("closure.reason") hint=t("closure.reason_hint") invalid=reason_invalid/>
                    <button class="button button-primary" type="submit">{t("closure.add")}</button>
                </form>
            </section>
        }
    })
}
