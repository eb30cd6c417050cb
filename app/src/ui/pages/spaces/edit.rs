//! `/admin/spaces/new` and `/admin/spaces/:id`: managers add a space to a site, change it and
//! its prices, and retire it once no coming booking or running lease holds it.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::form_fields::space_fields;
use crate::api::sites::site_overviews;
use crate::api::spaces::{CreateSpace, RetireSpace, UpdateSpace, get_space, space_holders};
use crate::domain::{SpaceForm, SpaceHolder};
use crate::ui::components::path_id;
use crate::ui::components::{
    Audience, ErrorSummary, Question, guarded, load_error, page_error, question, returned_error,
};
use crate::ui::i18n::{translate_with, use_locale, use_t};

#[component]
pub fn NewSpacePage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let error = returned_error("create_space");
        let form = SpaceForm {
            kind: "meeting_room".into(),
            floor: "0".into(),
            step_free_access: Some("on".into()),
            accessible_toilets: Some("on".into()),
            ..SpaceForm::default()
        };
        let fields = space_fields(form, error.as_ref());
        let sites = Resource::new(|| (), |()| site_overviews());
        view! {
            <Title text=t("space_form.new")/>
            <section class="stack-lg narrow">
                <p><a href="/spaces">{t("space_form.back")}</a></p>
                <h1>{t("space_form.new")}</h1>
                <ErrorSummary error=error prefix="space"/>
                <form class="panel stack" method="post" action=CreateSpace::PATH>
                    <div class="field">
                        <label for="space-site">{t("space.site")}</label>
                        <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                            {move || Suspend::new(async move {
                                match sites.await {
                                    Ok(sites) if sites.is_empty() => view! {
                                        <p class="notice notice-error" role="alert">{t("space_form.no_site")}</p>
                                    }.into_any(),
                                    Ok(sites) => view! {
                                        <select id="space-site" name="form[site]">
                                            {sites.into_iter().map(|s| view! { <option value=s.slug>{s.name}</option> }).collect_view()}
                                        </select>
                                    }.into_any(),
                                    Err(e) => load_error(&e),
                                }
                            })}
                        </Suspense>
                    </div>
                    {fields}
                    <button class="button button-primary" type="submit">{t("space_form.create")}</button>
                </form>
            </section>
        }
    })
}

/// The retirement panel: what holds the space, or a confirmation.
fn retire_panel(id: i32, holders: Vec<SpaceHolder>) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    if holders.is_empty() {
        return question(Question {
            action: RetireSpace::PATH,
            fields: vec![("id", id.to_string())],
            text: t("space_form.retire_confirm"),
            yes: t("space_form.retire_yes"),
            back: format!("/admin/spaces/{id}"),
        });
    }
    let items = holders
        .into_iter()
        .map(|h| {
            let key = format!("space_form.held_by_{}", h.kind);
            let from = crate::domain::locale::long_date(h.from, locale);
            view! { <li>{translate_with(locale, &key, &[("holder", &h.holder), ("from", &from)])}</li> }
        })
        .collect_view();
    view! {
        <div class="notice notice-error" role="alert">
            <p>{t("space.retire_held")}</p>
            <ul>{items}</ul>
        </div>
    }
    .into_any()
}

#[component]
pub fn EditSpacePage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let id = path_id();
        let query = use_query_map().get_untracked();
        let retiring = query.get("retire").is_some();
        let notice = [
            ("created", "space_form.created"),
            ("saved", "space_form.saved"),
        ]
        .into_iter()
        .find(|(param, _)| query.get(param).is_some())
        .map(|(_, key)| t(key));
        let error = returned_error("update_space").or_else(|| returned_error("retire_space"));
        let space = Resource::new(move || id, get_space);
        let holders = Resource::new(
            move || (id, retiring),
            |(id, retiring)| async move {
                if retiring {
                    space_holders(id).await.map(Some)
                } else {
                    Ok(None)
                }
            },
        );
        view! {
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                {move || {
                    let (notice, error) = (notice.clone(), error.clone());
                    Suspend::new(async move {
                        let (space, holders) = (space.await, holders.await);
                        match space {
                            Ok(space) => {
                                let name = space.summary.name.clone();
                                let site = space.site_name.clone();
                                let fields = space_fields(SpaceForm::from(space), error.as_ref());
                                let retire = match holders {
                                    Ok(Some(holders)) => retire_panel(id, holders).into_any(),
                                    Ok(None) => view! {
                                        <a class="button button-secondary" href=format!("/admin/spaces/{id}?retire=1#retire")>{t("space_form.retire")}</a>
                                    }.into_any(),
                                    Err(e) => load_error(&e),
                                };
                                view! {
                                    <Title text=name.clone()/>
                                    <section class="stack-lg narrow">
                                        <p><a href=format!("/spaces/{id}")>{t("space_form.back_to_space")}</a></p>
                                        <h1>{name}</h1>
                                        <p class="lead">{site}</p>
                                        {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                                        <ErrorSummary error=error prefix="space"/>
                                        <form class="panel stack" method="post" action=UpdateSpace::PATH>
                                            <input type="hidden" name="id" value=id/>
                                            {fields}
                                            <button class="button button-primary" type="submit">{t("space_form.save")}</button>
                                        </form>
                                        <section class="panel stack" id="retire" aria-labelledby="retire-title">
                                            <h2 id="retire-title">{t("space_form.retire_title")}</h2>
                                            <p>{t("space_form.retire_intro")}</p>
                                            {retire}
                                        </section>
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
