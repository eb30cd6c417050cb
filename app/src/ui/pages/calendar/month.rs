//! `/calendar`: the coming markets and events as a month (a table of weeks) or a list,
//! filtered by site and kind, with the address to subscribe to in a calendar app. Readable
//! with JavaScript off: the filters are a GET form, the months plain links.
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use super::{hours, summary};
use crate::api::events::calendar_days;
use crate::api::sites::site_overviews;
use crate::domain::events::{EventKind, MonthGrid};
use crate::domain::locale::long_date;
use crate::domain::{EventsQuery, OccurrenceView};
use crate::ui::i18n::{use_locale, use_t};

fn item(o: &OccurrenceView) -> impl IntoView + use<> {
    let t = use_t();
    let moved = o
        .moved
        .then(|| view! { " " <span class="badge badge-notice">{t("agenda.moved")}</span> });
    view! {
        <li class=format!("calendar-item calendar-{}", o.kind.as_str())>
            <a href=format!("/events/{}", o.slug)>{o.name.clone()}</a>
            <span class="muted">" "{hours(o)}</span>
            {moved}
        </li>
    }
}

fn month_table(grid: &MonthGrid, days: &[OccurrenceView], label: String) -> impl IntoView + use<> {
    let t = use_t();
    let weekdays = crate::ui::format::WEEKDAY_KEYS;
    let rows = grid
        .weeks
        .iter()
        .map(|week| {
            let cells = week
                .iter()
                .map(|cell| match cell {
                    Some(day) => {
                        let these: Vec<&OccurrenceView> = days.iter().filter(|o| o.day == *day).collect();
                        let class = if these.is_empty() { "calendar-day" } else { "calendar-day calendar-busy" };
                        view! {
                            <td class=class>
                                <span class="calendar-date">{day.format("%-d").to_string()}</span>
                                {(!these.is_empty()).then(|| view! { <ul>{these.into_iter().map(item).collect_view()}</ul> })}
                            </td>
                        }
                        .into_any()
                    }
                    None => view! { <td class="calendar-day calendar-out"></td> }.into_any(),
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="table calendar-month">
            <caption>{label}</caption>
            <thead><tr>{weekdays.into_iter().map(|k| view! { <th scope="col">{t(k)}</th> }).collect_view()}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn list(days: &[OccurrenceView]) -> impl IntoView + use<> {
    let t = use_t();
    let locale = use_locale();
    if days.is_empty() {
        return view! { <p>{t("agenda.none")}</p> }.into_any();
    }
    let mut dates: Vec<NaiveDate> = days.iter().map(|o| o.day).collect();
    dates.dedup();
    view! {
        <ol class="calendar-list stack">
            {dates.into_iter().map(|date| {
                let these: Vec<&OccurrenceView> = days.iter().filter(|o| o.day == date).collect();
                view! {
                    <li>
                        <h2>{long_date(date, locale)}</h2>
                        <ul class="stack">
                            {these.into_iter().map(|o| view! {
                                <li>
                                    <a href=format!("/events/{}", o.slug)><strong>{o.name.clone()}</strong></a>
                                    " — "{hours(o)}" — "{o.place.clone()}", "{o.site_name.clone()}
                                    {o.moved.then(|| view! { " " <span class="badge badge-notice">{t("agenda.moved")}</span> })}
                                    <br/><span class="muted">{summary(o, locale).to_owned()}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
    .into_any()
}

#[component]
pub fn PublicCalendarPage() -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let q = use_query_map().get_untracked();
    let today = crate::domain::time::paris_day(chrono::Utc::now());
    let grid = q
        .get("month")
        .and_then(|m| m.parse::<MonthGrid>().ok())
        .unwrap_or_else(|| MonthGrid::containing(today));
    let as_list = q.get("view").as_deref() == Some("list");
    let site = q.get("site").filter(|s| !s.is_empty());
    let kind = q.get("kind").filter(|s| !s.is_empty());
    let (from, to) = if as_list {
        (today, today + chrono::Days::new(90))
    } else {
        (grid.first_day(), grid.last_day())
    };
    let query = EventsQuery {
        from: Some(from.to_string()),
        to: Some(to.to_string()),
        site: site.clone(),
        kind: kind.clone(),
    };
    let days = Resource::new(move || query.clone(), calendar_days);
    let sites = Resource::new(|| (), |()| site_overviews());
    let filters = {
        let (site, kind) = (site.clone(), kind.clone());
        move |month: &str, list: bool| {
            let mut params = vec![];
            if list {
                params.push("view=list".to_owned());
            } else {
                params.push(format!("month={month}"));
            }
            if let Some(s) = &site {
                params.push(format!("site={s}"));
            }
            if let Some(k) = &kind {
                params.push(format!("kind={k}"));
            }
            format!("/calendar?{}", params.join("&"))
        }
    };
    let (previous, next) = (grid.previous(), grid.next());
    let month_label = crate::domain::occupancy::Month::new(grid.year, grid.month)
        .map(|m| m.label(locale))
        .unwrap_or_else(|| grid.key());
    let feed_path = match &site {
        Some(s) => format!("/calendar.ics?site={s}"),
        None => "/calendar.ics".to_owned(),
    };
    let key = |(year, month): (i32, u32)| format!("{year}-{month:02}");
    let prev_href = filters(&key(previous), false);
    let next_href = filters(&key(next), false);
    let list_href = filters("", true);
    let month_href = filters(&MonthGrid::containing(today).key(), false);
    view! {
        <Title text=t("agenda.title")/>
        <Meta name="description" content=t("agenda.description")/>
        <section class="stack-lg">
            <h1>{t("agenda.title")}</h1>
            <p class="lead">{t("agenda.intro")}</p>
            <form class="panel filters" method="get" action="/calendar" role="search" aria-label=t("agenda.filters")>
                {(!as_list).then(|| view! { <input type="hidden" name="month" value=grid.key()/> })}
                {as_list.then(|| view! { <input type="hidden" name="view" value="list"/> })}
                <div class="field">
                    <label for="calendar-site">{t("spaces.site")}</label>
                    <Suspense fallback=move || view! { <p class="muted">{t("page.loading")}</p> }>
                        {move || {
                            let site = site.clone();
                            Suspend::new(async move {
                                let options = sites.await.unwrap_or_default();
                                view! {
                                    <select id="calendar-site" name="site">
                                        <option value="">{t("spaces.all_sites")}</option>
                                        {options.into_iter().map(|s| {
                                            let chosen = site.as_deref() == Some(s.slug.as_str());
                                            view! { <option value=s.slug.clone() selected=chosen>{s.name}</option> }
                                        }).collect_view()}
                                    </select>
                                }
                            })
                        }}
                    </Suspense>
                </div>
                <div class="field">
                    <label for="calendar-kind">{t("agenda.kind")}</label>
                    <select id="calendar-kind" name="kind">
                        <option value="">{t("agenda.all_kinds")}</option>
                        {EventKind::ALL.iter().map(|k| {
                            let chosen = kind.as_deref() == Some(k.as_str());
                            view! { <option value=k.as_str() selected=chosen>{t(&format!("{}_plural", k.label_key()))}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="filters-actions">
                    <button class="button button-secondary" type="submit">{t("agenda.filter")}</button>
                </div>
            </form>
            <nav class="calendar-nav" aria-label=t("agenda.views")>
                <a href=month_href aria-current=(!as_list).then_some("page")>{t("agenda.month_view")}</a>
                " · "
                <a href=list_href aria-current=as_list.then_some("page")>{t("agenda.list_view")}</a>
            </nav>
            {(!as_list).then(|| view! {
                <nav class="calendar-nav" aria-label=t("agenda.months")>
                    <a href=prev_href rel="prev">{t("agenda.previous")}</a>
                    " · "
                    <a href=next_href rel="next">{t("agenda.next")}</a>
                </nav>
            })}
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                {move || {
                    let grid = grid.clone();
                    let month_label = month_label.clone();
                    let feed_path = feed_path.clone();
                    Suspend::new(async move {
                        match days.await {
                            Ok((days, base_url)) => {
                                let webcal = format!(
                                    "webcal://{}{feed_path}",
                                    base_url.split_once("://").map_or(base_url.as_str(), |(_, rest)| rest).trim_end_matches('/')
                                );
                                view! {
                                    {if as_list { list(&days).into_any() } else { month_table(&grid, &days, month_label).into_any() }}
                                    <section class="panel stack" aria-labelledby="subscribe-title">
                                        <h2 id="subscribe-title">{t("agenda.subscribe_title")}</h2>
                                        <p>{t("agenda.subscribe_intro")}</p>
                                        <p>
                                            <a class="button button-primary" href=webcal>{t("agenda.subscribe")}</a>
                                            " "
                                            <a class="button button-secondary" href=feed_path.clone()>{t("agenda.download")}</a>
                                        </p>
                                    </section>
                                }
                                .into_any()
                            }
                            Err(e) => view! { <p class="notice notice-error" role="alert">{t(&e.detail_key())}</p> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}
