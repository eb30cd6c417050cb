//! `/admin/sites/new` and `/admin/sites/:id`: an admin creates a site or edits its details.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use super::fields::site_fields;
use crate::api::sites::{CreateSite, UpdateSite, site_details};
use crate::domain::SiteInput;
use crate::ui::components::{Audience, ErrorSummary, guarded, page_error, returned_error};
use crate::ui::components::{notice_key, path_id};
use crate::ui::i18n::use_t;

#[component]
pub fn NewSitePage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Admins, move |_| {
        let error = returned_error("create_site");
        let fields = site_fields(SiteInput::default(), error.as_ref());
        view! {
            <Title text=t("sites.new")/>
            <section class="stack-lg narrow">
                <p><a href="/admin/sites">{t("sites.back")}</a></p>
                <h1>{t("sites.new")}</h1>
                <ErrorSummary error=error prefix="site"/>
                <form class="panel stack" method="post" action=CreateSite::PATH>
                    {fields}
                    <button class="button button-primary" type="submit">{t("sites.create")}</button>
                </form>
            </section>
        }
    })
}

#[component]
pub fn EditSitePage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Admins, move |_| {
        let id = path_id();
        let notice = notice_key(&[("created", "sites.created"), ("saved", "sites.saved")]).map(t);
        let error = returned_error("update_site");
        let site = Resource::new(move || id, site_details);
        view! {
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                {move || {
                    let (notice, error) = (notice.clone(), error.clone());
                    Suspend::new(async move {
                        match site.await {
                            Ok(site) => {
                                let name = site.name.clone();
                                let fields = site_fields(SiteInput::from(site), error.as_ref());
                                view! {
                                    <Title text=name.clone()/>
                                    <section class="stack-lg narrow">
                                        <p><a href="/admin/sites">{t("sites.back")}</a></p>
                                        <h1>{name}</h1>
                                        {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                                        <ErrorSummary error=error prefix="site"/>
                                        <form class="panel stack" method="post" action=UpdateSite::PATH>
                                            <input type="hidden" name="id" value=id/>
                                            {fields}
                                            <button class="button button-primary" type="submit">{t("sites.save")}</button>
                                        </form>
                                    </section>
                                }
                                .into_any()
                            }
                            Err(e) => page_error(&e),
                        }
                    })
                }}
            </Suspense>
        }
    })
}
