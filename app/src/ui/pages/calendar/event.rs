//! `/events/:slug`: a market's or an event's page for visitors: what it is, where and how to
//! get in, its coming days and changes, the producers or the exhibitors with their stalls.
//! It carries schema.org `Event` data for search engines.
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use super::hours;
use crate::api::events::event_details;
use crate::domain::locale::long_date;
use crate::domain::{EventPage, Locale};
use crate::ui::format::date_time;
use crate::ui::i18n::{translate_with, use_locale, use_t};
use crate::ui::pages::ErrorPage;
use crate::ui::viewer::use_viewer;

/// schema.org `Event`s of the coming days, as JSON-LD; written by the server only (the page is
/// never rebuilt in the browser).
#[cfg(not(feature = "ssr"))]
fn structured_data(_: &EventPage, _: Locale) -> String {
    String::new()
}

/// schema.org `Event`s of the coming days, as JSON-LD.
#[cfg(feature = "ssr")]
fn structured_data(page: &EventPage, locale: Locale) -> String {
    let description = match locale {
        Locale::Fr => &page.summary_fr,
        Locale::En => &page.summary_en,
    };
    let events: Vec<serde_json::Value> = page
        .coming
        .iter()
        .take(10)
        .map(|o| {
            serde_json::json!({
                "@context": "https://schema.org",
                "@type": "Event",
                "name": page.name,
                "description": description,
                "startDate": o.starts_at.with_timezone(&chrono_tz::Europe::Paris).to_rfc3339(),
                "endDate": o.ends_at.with_timezone(&chrono_tz::Europe::Paris).to_rfc3339(),
                "eventStatus": "https://schema.org/EventScheduled",
                "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                "isAccessibleForFree": true,
                "location": {
                    "@type": "Place",
                    "name": format!("{}, {}", page.place, page.site_name),
                    "address": {
                        "@type": "PostalAddress",
                        "streetAddress": page.address,
                        "addressLocality": page.city,
                        "addressCountry": "FR",
                    },
                },
            })
        })
        .collect();
    // `</` cannot close the script element from inside the data.
    serde_json::to_string(&events)
        .unwrap_or_else(|_| "[]".into())
        .replace("</", "<\\/")
}

fn body(page: EventPage) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let (summary, description, access) = match locale {
        Locale::Fr => (
            page.summary_fr.clone(),
            page.description_fr.clone(),
            page.access_fr.clone(),
        ),
        Locale::En => (
            page.summary_en.clone(),
            page.description_en.clone(),
            page.access_en.clone(),
        ),
    };
    let data = structured_data(&page, locale);
    let coming = if page.coming.is_empty() {
        view! { <p>{t("event.no_coming")}</p> }.into_any()
    } else {
        view! {
            <ul>
                {page.coming.iter().take(12).map(|o| view! {
                    <li>{long_date(o.day, locale)}", "{hours(o)}
                        {o.moved.then(|| view! { " " <span class="badge badge-notice">{t("agenda.moved")}</span> })}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let changes = (!page.changes.is_empty()).then(|| view! {
        <section class="stack" aria-labelledby="changes-title">
            <h2 id="changes-title">{t("event.changes")}</h2>
            <ul>
                {page.changes.iter().map(|c| {
                    let what = match c.moved_to {
                        Some(at) => translate_with(locale, "event.moved_to", &[("day", &long_date(c.original_day, locale)), ("to", &date_time(at, locale))]),
                        None => translate_with(locale, "event.cancelled", &[("day", &long_date(c.original_day, locale))]),
                    };
                    view! { <li><strong>{what}</strong>" "{c.reason.clone()}</li> }
                }).collect_view()}
            </ul>
        </section>
    });
    let producers = (!page.producers.is_empty()).then(|| view! {
        <section class="stack" aria-labelledby="producers-title">
            <h2 id="producers-title">{t("event.producers")}</h2>
            <table class="table">
                <caption class="visually-hidden">{t("event.producers")}</caption>
                <thead><tr>
                    <th scope="col">{t("event.producer")}</th>
                    <th scope="col">{t("event.products")}</th>
                    <th scope="col">{t("event.next_days")}</th>
                </tr></thead>
                <tbody>
                    {page.producers.iter().map(|p| view! {
                        <tr>
                            <th scope="row">{p.name.clone()}<br/><span class="muted">{p.town.clone()}</span></th>
                            <td>{p.products.clone()}</td>
                            <td>{p.days.iter().take(4).map(|d| d.format("%d/%m").to_string()).collect::<Vec<_>>().join(", ")}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    });
    // Rendered on the server only: today is the server's day in Paris.
    let today = crate::domain::time::paris_day(chrono::Utc::now());
    let manager = use_viewer().is_some_and(|v| v.is_manager());
    let editions = (!page.editions.is_empty()).then(|| view! {
        <section class="stack" aria-labelledby="editions-title">
            <h2 id="editions-title">{t("event.editions")}</h2>
            {page.editions.iter().map(|e| {
                let apply = (e.call_opens_on <= today && today <= e.call_closes_on).then(|| view! {
                    <p><a class="button button-primary" href=format!("/events/{}/apply", page.slug)>{t("exhibitors.apply_link")}</a></p>
                });
                let manage = manager.then(|| view! {
                    <p class="muted">
                        <a href=format!("/admin/editions/{}/applications", e.id)>{t("exhibitors.see_list")}</a>
                        " · "
                        <a href=format!("/admin/editions/{}/plan", e.id)>{t("exhibitors.see_plan")}</a>
                        " · "
                        <a href=format!("/admin/editions/{}/report", e.id)>{t("report.link")}</a>
                    </p>
                });
                let dates = if e.starts_on == e.ends_on {
                    long_date(e.starts_on, locale)
                } else {
                    translate_with(locale, "pathway.from_to", &[("from", &long_date(e.starts_on, locale)), ("to", &long_date(e.ends_on, locale))])
                };
                let call = translate_with(locale, "event.call", &[("from", &long_date(e.call_opens_on, locale)), ("to", &long_date(e.call_closes_on, locale))]);
                let exhibitors = (!e.exhibitors.is_empty()).then(|| view! {
                    <table class="table">
                        <caption>{translate_with(locale, "event.exhibitors", &[("n", &e.exhibitors.len().to_string()), ("year", &e.year.to_string())])}</caption>
                        <thead><tr>
                            <th scope="col">{t("event.stall")}</th>
                            <th scope="col">{t("event.exhibitor")}</th>
                            <th scope="col">{t("structure.sector")}</th>
                        </tr></thead>
                        <tbody>
                            {e.exhibitors.iter().map(|x| view! {
                                <tr>
                                    <td class="num">{x.stall.map(|n| n.to_string()).unwrap_or_else(|| "—".into())}</td>
                                    <th scope="row">{x.organisation.clone()}</th>
                                    <td>{t(&x.sector.label_key())}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                });
                view! {
                    <article class="panel stack">
                        <h3>{e.year}</h3>
                        <p>{dates}", "{e.opens.clone()}"–"{e.closes.clone()}</p>
                        <p class="muted">{call}</p>
                        {apply}
                        {manage}
                        {exhibitors}
                    </article>
                }
            }).collect_view()}
        </section>
    });
    view! {
        <Title text=page.name.clone()/>
        <Meta name="description" content=summary.clone()/>
        <script type="application/ld+json" inner_html=data></script>
        <article class="stack-lg">
            <p><a href="/calendar">{t("event.back")}</a></p>
            <h1>{page.name.clone()}</h1>
            <p class="lead">{summary}</p>
            <p>{description}</p>
            <dl class="facts">
                <dt>{t("event.where")}</dt>
                <dd>{format!("{}, {} — {}, {}", page.place, page.site_name, page.address, page.city)}</dd>
                <dt>{t("event.access")}</dt>
                <dd>{access}</dd>
            </dl>
            <section class="stack" aria-labelledby="coming-title">
                <h2 id="coming-title">{t("event.coming")}</h2>
                {coming}
            </section>
            {changes}
            {producers}
            {editions}
        </article>
    }
}

#[component]
pub fn EventPageView() -> impl IntoView {
    let t = use_t();
    let slug = use_params_map()
        .get_untracked()
        .get("slug")
        .unwrap_or_default();
    let page = Resource::new(move || slug.clone(), event_details);
    view! {
        <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => body(page).into_any(),
                    Err(error) => view! { <ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
