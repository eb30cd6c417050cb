//! `/admin/sites`: every site an admin runs, with a link to create one and to edit each.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::sites::site_list;
use crate::domain::SiteView;
use crate::ui::components::{Audience, Columns, data_table, guarded, load_error};
use crate::ui::i18n::use_t;

fn site_row(site: SiteView) -> impl IntoView {
    let t = use_t();
    let href = format!("/admin/sites/{}", site.id);
    view! {
        <tr>
            <th scope="row"><a href=href.clone()>{site.name.clone()}</a></th>
            <td>{format!("{}, {} {}", site.address, site.postcode, site.city)}</td>
            <td>{site.legal_name.clone()}</td>
            <td>
                <a class="button button-secondary" href=href>
                    {t("sites.edit")}<span class="visually-hidden">{format!(" : {}", site.name)}</span>
                </a>
                " "
                <a class="button button-secondary" href=format!("/admin/plan?site={}", site.slug)>
                    {t("plan.admin_title")}<span class="visually-hidden">{format!(" : {}", site.name)}</span>
                </a>
            </td>
        </tr>
    }
}

#[component]
pub fn SitesPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Admins, move |_| {
        let sites = Resource::new(|| (), |()| site_list());
        view! {
            <Title text=t("sites.title")/>
            <section class="stack-lg">
                <div class="page-head">
                    <h1>{t("sites.title")}</h1>
                    <a class="button button-primary" href="/admin/sites/new">{t("sites.new")}</a>
                </div>
                <p class="lead">{t("sites.intro")}</p>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || Suspend::new(async move {
                        match sites.await {
                            Ok(rows) if rows.is_empty() => view! { <p>{t("sites.none")}</p> }.into_any(),
                            Ok(rows) => data_table(
                                Columns {
                                    caption: t("sites.title"),
                                    caption_hidden: true,
                                    headings: vec![t("site.name"), t("site.address"), t("site.legal_name")],
                                    actions: Some(t("bookings.actions")),
                                },
                                rows.into_iter().map(site_row).collect_view(),
                            ),
                            Err(e) => load_error(&e),
                        }
                    })}
                </Suspense>
            </section>
        }
    })
}
