//! `/spaces/:id/week?date=…&days=7|1`: one space's week (or day), half-hour by half-hour, in
//! Paris time; free half-hours link to booking. A day when the clocks change shows its 23 or
//! 25 hours: a skipped time is marked, a repeated one holds both half-hours.
use chrono::{Datelike, Duration, NaiveDate};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::slot_query;
use crate::api::bookings::space_week;
use crate::domain::Locale;
use crate::domain::grid::{Cell, Slice, SpaceWeek};
use crate::ui::components::{ErrorSummary, Input};
use crate::ui::i18n::{translate_with, use_locale, use_t};

/// `lun. 29 mars` / `Mon 29 Mar`.
fn day_label(date: NaiveDate, locale: Locale) -> String {
    match locale {
        Locale::Fr => date
            .format_localized("%a %-d %b", chrono::Locale::fr_FR)
            .to_string(),
        Locale::En => date.format("%a %-d %b").to_string(),
    }
}

fn slice_view(space: i32, name: &str, date: NaiveDate, label: &str, slice: Slice) -> AnyView {
    let t = use_t();
    let locale = use_locale();
    let paris = chrono_tz::Europe::Paris;
    match slice.cell {
        Cell::Free => {
            let end = (slice.starts_at + Duration::hours(1)).with_timezone(&paris).format("%H:%M").to_string();
            let href = format!("/book/confirm?{}", slot_query(space, &date.to_string(), label, &end, 1));
            let text = translate_with(locale, "week.free_at", &[("space", name), ("day", &day_label(date, locale)), ("time", label)]);
            view! { <a class="slice slice-free" href=href aria-label=text>"+"</a> }.into_any()
        }
        Cell::Busy => view! { <span class="slice slice-busy"><span class="visually-hidden">{t("grid.busy")}</span></span> }.into_any(),
        Cell::Closed => view! { <span class="slice slice-closed"><span class="visually-hidden">{t("grid.unavailable")}</span></span> }.into_any(),
    }
}

fn week_table(week: SpaceWeek, days: u32) -> AnyView {
    let t = use_t();
    let locale = use_locale();
    if week.rows.is_empty() {
        return view! { <p class="notice" role="status">{t("week.closed")}</p> }.into_any();
    }
    let dates: Vec<NaiveDate> = week
        .days
        .iter()
        .filter_map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .collect();
    let head = dates
        .iter()
        .map(|d| view! { <th scope="col">{day_label(*d, locale)}</th> })
        .collect_view();
    let (space, name) = (week.space_id, week.name.clone());
    let rows = week
        .rows
        .into_iter()
        .map(|row| {
            let cells = row
                .days
                .iter()
                .zip(dates.iter())
                .map(|(slices, date)| {
                    if slices.is_empty() {
                        // The spring change skips this time on this day.
                        return view! { <td class="week-cell week-skipped"><span class="visually-hidden">{t("week.skipped")}</span><span aria-hidden="true">"—"</span></td> }.into_any();
                    }
                    let inner = slices
                        .iter()
                        .map(|s| slice_view(space, &name, *date, &row.label, *s))
                        .collect_view();
                    let class = if slices.len() > 1 { "week-cell week-repeated" } else { "week-cell" };
                    view! { <td class=class>{inner}</td> }.into_any()
                })
                .collect_view();
            view! { <tr><th scope="row" class="grid-time">{row.label.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    let caption_key = if days == 1 {
        "week.caption_day"
    } else {
        "week.caption"
    };
    let first = dates
        .first()
        .map(|d| day_label(*d, locale))
        .unwrap_or_default();
    let caption = translate_with(
        locale,
        caption_key,
        &[("space", &week.name), ("day", &first)],
    );
    view! {
        <div class="grid-scroll" tabindex="0" role="region" aria-labelledby="week-caption">
            <table class="day-grid week-grid">
                <caption id="week-caption">{caption}</caption>
                <thead><tr><th scope="col">{t("week.time")}</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {super::grid::legend()}
    }
    .into_any()
}

#[component]
pub fn WeekPage() -> impl IntoView {
    let t = use_t();
    let space: i32 = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok())
        .unwrap_or_default();
    let query = use_query_map().get_untracked();
    let today = crate::domain::time::paris_day(chrono::Utc::now());
    let date = query
        .get("date")
        .and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
        .unwrap_or(today);
    let days: u32 = if query.get("days").as_deref() == Some("1") {
        1
    } else {
        7
    };
    let step = if days == 1 { 1 } else { 7 };
    let monday = date - chrono::Days::new(u64::from(date.weekday().num_days_from_monday()));
    let shown = if days == 1 { date } else { monday };
    let link = move |d: NaiveDate, n: u32| format!("/spaces/{space}/week?date={d}&days={n}");
    let (previous, next) = (
        link(shown - chrono::Days::new(step), days),
        link(shown + chrono::Days::new(step), days),
    );
    let other_view = if days == 1 {
        (link(date, 7), t("week.show_week"))
    } else {
        (link(date, 1), t("week.show_day"))
    };
    let week = Resource::new(
        move || (space, date.to_string(), days),
        |(s, d, n)| space_week(s, d, n),
    );
    view! {
        <Title text=t("week.title")/>
        <section class="stack-lg">
            <h1>{t("week.title")}</h1>
            <form class="panel search-form" method="get" action=format!("/spaces/{space}/week")>
                <div class="form-row">
                    <Input prefix="week" name="date" label=t("book.date") kind="date" value=date.to_string()/>
                    <input type="hidden" name="days" value=days/>
                </div>
                <button class="button button-primary" type="submit">{t("grid.show")}</button>
            </form>
            <nav class="row-actions" aria-label=t("week.navigation")>
                <a class="button button-secondary" href=previous>{t(if days == 1 { "week.previous_day" } else { "week.previous" })}</a>
                <a class="button button-secondary" href=next>{t(if days == 1 { "week.next_day" } else { "week.next" })}</a>
                <a class="button button-secondary" href=other_view.0>{other_view.1}</a>
                <a href=format!("/spaces/{space}")>{t("week.back_to_space")}</a>
            </nav>
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                {move || Suspend::new(async move {
                    match week.await {
                        Ok(week) => week_table(week, days),
                        Err(error) => view! { <ErrorSummary error=Some(error) prefix="week"/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
