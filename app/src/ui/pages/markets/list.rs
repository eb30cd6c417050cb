//! `/admin/markets`: every market and event the managers run, by site, with a link to create a
//! market and to open each.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::markets::event_rows;
use crate::domain::EventKind;
use crate::domain::events::EventRow;
use crate::ui::components::{Audience, Columns, data_table, guarded, load_error};
use crate::ui::i18n::use_t;

fn row(event: EventRow) -> impl IntoView {
    let t = use_t();
    let href = match event.kind {
        EventKind::Market => format!("/admin/markets/{}", event.slug),
        EventKind::Event => format!("/admin/events/{}", event.slug),
    };
    view! {
        <tr>
            <th scope="row"><a href=href>{event.name.clone()}</a></th>
            <td>{t(&event.kind.label_key())}</td>
            <td>{event.site_name.clone()}</td>
            <td><a href=format!("/events/{}", event.slug)>{t("markets.public_page")}</a></td>
        </tr>
    }
}

#[component]
pub fn MarketsPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let rows = Resource::new(|| (), |()| event_rows());
        view! {
            <Title text=t("markets.title")/>
            <section class="stack-lg">
                <div class="page-head">
                    <h1>{t("markets.title")}</h1>
                    <div class="actions">
                        <a class="button button-primary" href="/admin/markets/new">{t("markets.new")}</a>
                        <a class="button button-secondary" href="/admin/events/new">{t("events_admin.new")}</a>
                    </div>
                </div>
                <p class="lead">{t("markets.intro")}</p>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || Suspend::new(async move {
                        match rows.await {
                            Ok(rows) if rows.is_empty() => view! { <p>{t("markets.none")}</p> }.into_any(),
                            Ok(rows) => data_table(
                                Columns {
                                    caption: t("markets.title"),
                                    caption_hidden: true,
                                    headings: vec![t("market.name"), t("markets.kind"), t("market.site")],
                                    actions: Some(t("markets.public_page")),
                                },
                                rows.into_iter().map(row).collect_view(),
                            ),
                            Err(e) => load_error(&e),
                        }
                    })}
                </Suspense>
            </section>
        }
    })
}
