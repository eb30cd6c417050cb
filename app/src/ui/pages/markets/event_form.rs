//! `/admin/events/new` and `/admin/events/:slug`: a manager creates an event, edits it, and
//! adds its yearly editions.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use super::edition::edition_fields;
use super::fields::{NewPage, line, new_page, site_choice, text};
use crate::api::event_making::{CreateEdition, CreateEvent, UpdateEvent, event_for_managers};
use crate::api::sites::site_overviews;
use crate::domain::events::{EditionInput, EditionSummary, EventDetail, EventInput};
use crate::domain::locale::long_date;
use crate::domain::{AppError, SiteOverview};
use crate::ui::components::{Audience, ErrorSummary, guarded, page_error, returned_error};
use crate::ui::components::{notice_key, path_slug};
use crate::ui::i18n::{use_locale, use_t};

/// Every field of an event's form, filled from `input`.
fn event_fields(
    input: &EventInput,
    sites: &[SiteOverview],
    error: Option<&AppError>,
) -> impl IntoView + use<> {
    let t = use_t();
    view! {
        <fieldset class="stack">
            <legend>{t("events_admin.what")}</legend>
            {site_choice("event", &input.site, sites, error)}
            {line("event", "name", "input[name]", "text", input.name.clone(), true, error)}
            {line("event", "slug", "input[slug]", "text", input.slug.clone(), false, error)}
            {line("event", "place", "input[place]", "text", input.place.clone(), false, error)}
        </fieldset>
        <fieldset class="stack">
            <legend>{t("markets.for_visitors")}</legend>
            {line("event", "summary_fr", "input[summary_fr]", "text", input.summary_fr.clone(), false, error)}
            {line("event", "summary_en", "input[summary_en]", "text", input.summary_en.clone(), false, error)}
            {text("event", "description_fr", "input[description_fr]", input.description_fr.clone(), error)}
            {text("event", "description_en", "input[description_en]", input.description_en.clone(), error)}
            {text("event", "access_fr", "input[access_fr]", input.access_fr.clone(), error)}
            {text("event", "access_en", "input[access_en]", input.access_en.clone(), error)}
        </fieldset>
    }
}

#[component]
pub fn NewEventPage() -> impl IntoView {
    guarded(Audience::Managers, move |_| {
        new_page(NewPage {
            prefix: "event",
            title: "events_admin.new",
            submit: "events_admin.create",
            endpoint: "create_event",
            action: CreateEvent::PATH,
            fields: |sites, error| event_fields(&EventInput::default(), sites, error).into_any(),
        })
    })
}

fn edition_row(edition: &EditionSummary) -> impl IntoView + use<> {
    let t = use_t();
    let locale = use_locale();
    let href = format!("/admin/editions/{}", edition.id);
    view! {
        <tr>
            <th scope="row"><a href=href>{edition.year}</a></th>
            <td>{long_date(edition.starts_on, locale)}" – "{long_date(edition.ends_on, locale)}</td>
            <td>{edition.stalls}</td>
            <td>{if edition.published { t("events_admin.published") } else { t("events_admin.draft") }}</td>
        </tr>
    }
}

/// The editions of `event` and the form to add one.
fn editions_section(event: &EventDetail) -> impl IntoView + use<> {
    let t = use_t();
    let error = returned_error("create_edition");
    let list = if event.editions.is_empty() {
        view! { <p>{t("events_admin.no_editions")}</p> }.into_any()
    } else {
        view! {
            <table class="table">
                <caption class="visually-hidden">{t("event.editions")}</caption>
                <thead><tr>
                    <th scope="col">{t("events_admin.year")}</th>
                    <th scope="col">{t("events_admin.days")}</th>
                    <th scope="col">{t("events_admin.stalls")}</th>
                    <th scope="col">{t("events_admin.list")}</th>
                </tr></thead>
                <tbody>{event.editions.iter().map(edition_row).collect_view()}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section class="panel stack" id="editions" aria-labelledby="editions-title">
            <h2 id="editions-title">{t("event.editions")}</h2>
            {list}
            <ErrorSummary error=error.clone() prefix="edition"/>
            <form class="stack" method="post" action=CreateEdition::PATH>
                <h3>{t("events_admin.new_edition")}</h3>
                <input type="hidden" name="slug" value=event.slug.clone()/>
                {edition_fields(&EditionInput::default(), error.as_ref())}
                <button class="button button-primary" type="submit">{t("events_admin.create_edition")}</button>
            </form>
        </section>
    }
}

/// The notices an event's page shows after an action.
const NOTICES: [(&str, &str); 2] = [
    ("created", "events_admin.created"),
    ("saved", "events_admin.saved"),
];

#[component]
pub fn EditEventPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let slug = path_slug();
        let notice = notice_key(&NOTICES).map(t);
        let event = Resource::new(move || slug.clone(), event_for_managers);
        let sites = Resource::new(|| (), |()| site_overviews());
        view! {
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                {move || {
                    let notice = notice.clone();
                    Suspend::new(async move {
                        match (event.await, sites.await) {
                            (Ok(event), Ok(sites)) => {
                                let error = returned_error("update_event");
                                let name = event.input.name.clone();
                                let fields = event_fields(&event.input, &sites, error.as_ref());
                                view! {
                                    <Title text=name.clone()/>
                                    <section class="stack-lg narrow">
                                        <p><a href="/admin/markets">{t("markets.back")}</a></p>
                                        <h1>{name}</h1>
                                        <p class="muted">{event.site_name.clone()}" · "<a href=format!("/events/{}", event.slug)>{t("markets.public_page")}</a></p>
                                        {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                                        <ErrorSummary error=error prefix="event"/>
                                        <form class="panel stack" method="post" action=UpdateEvent::PATH>
                                            <input type="hidden" name="slug" value=event.slug.clone()/>
                                            {fields}
                                            <button class="button button-primary" type="submit">{t("events_admin.save")}</button>
                                        </form>
                                        {editions_section(&event)}
                                    </section>
                                }
                                .into_any()
                            }
                            (Err(e), _) | (_, Err(e)) => page_error(&e),
                        }
                    })
                }}
            </Suspense>
        }
    })
}
