//! `/book/grid`: a day of every room and event space, half-hour by half-hour; a free half-hour
//! is a link to book from there.
use chrono::Duration;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::slot_query;
use crate::api::bookings::day_grid;
use crate::domain::grid::{Cell, DayGrid};
use crate::ui::components::{ErrorSummary, Input};
use crate::ui::i18n::{translate_with, use_locale, use_t};

/// What the grid's colours mean.
pub(super) fn legend() -> impl IntoView {
    let t = use_t();
    view! {
        <ul class="grid-legend" role="list">
            <li><span class="cell-free swatch"></span>{t("grid.legend_free")}</li>
            <li><span class="cell-busy swatch"></span>{t("grid.busy")}</li>
            <li><span class="cell-closed swatch"></span>{t("grid.unavailable")}</li>
        </ul>
    }
}

fn grid_table(grid: DayGrid) -> AnyView {
    let t = use_t();
    let locale = use_locale();
    if grid.rows.is_empty() {
        return view! { <p class="notice" role="status">{t("grid.closed")}</p> }.into_any();
    }
    let paris = chrono_tz::Europe::Paris;
    let labels: Vec<String> = grid
        .columns
        .iter()
        .map(|c| c.with_timezone(&paris).format("%H:%M").to_string())
        .collect();
    let head = labels
        .iter()
        .map(|l| view! { <th scope="col" class="grid-time">{l.clone()}</th> })
        .collect_view();
    let date = grid.date.clone();
    let rows = grid
        .rows
        .into_iter()
        .map(|row| {
            let cells = row
                .cells
                .iter()
                .zip(grid.columns.iter())
                .zip(labels.iter())
                .map(|((cell, start), label)| match cell {
                    Cell::Free => {
                        let end = (*start + Duration::hours(1)).with_timezone(&paris).format("%H:%M").to_string();
                        let href = format!("/book/confirm?{}", slot_query(row.space_id, &date, label, &end, 1));
                        let name = translate_with(locale, "grid.free_at", &[("space", &row.name), ("time", label)]);
                        view! { <td class="cell cell-free"><a href=href aria-label=name>"+"</a></td> }.into_any()
                    }
                    Cell::Busy => view! { <td class="cell cell-busy"><span class="visually-hidden">{t("grid.busy")}</span></td> }.into_any(),
                    Cell::Closed => view! { <td class="cell cell-closed"><span class="visually-hidden">{t("grid.unavailable")}</span></td> }.into_any(),
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row" class="grid-space">
                        <a href=format!("/spaces/{}", row.space_id)>{row.name.clone()}</a>
                        <span class="muted">{format!(" · {}", row.capacity)}</span>
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="grid-scroll" tabindex="0" role="region" aria-labelledby="grid-caption">
            <table class="day-grid">
                <caption id="grid-caption">{translate_with(locale, "grid.caption", &[("date", &grid.date)])}</caption>
                <thead><tr><th scope="col">{t("bookings.space")}</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {legend()}
    }
    .into_any()
}

#[component]
pub fn GridPage() -> impl IntoView {
    let t = use_t();
    let today = crate::domain::time::paris_day(chrono::Utc::now());
    let date = use_query_map()
        .get_untracked()
        .get("date")
        .filter(|d| !d.trim().is_empty())
        .unwrap_or_else(|| today.to_string());
    let grid = Resource::new(
        {
            let date = date.clone();
            move || date.clone()
        },
        day_grid,
    );
    view! {
        <Title text=t("grid.title")/>
        <section class="stack-lg">
            <h1>{t("grid.title")}</h1>
            <p class="lead">{t("grid.intro")}</p>
            <form class="panel search-form" method="get" action="/book/grid">
                <div class="form-row">
                    <Input prefix="grid" name="date" label=t("book.date") kind="date" value=date.clone()/>
                </div>
                <button class="button button-primary" type="submit">{t("grid.show")}</button>
            </form>
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                {move || Suspend::new(async move {
                    match grid.await {
                        Ok(grid) => grid_table(grid),
                        Err(error) => view! { <ErrorSummary error=Some(error) prefix="grid"/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
