//! `/admin/occupancy`: the managers' occupancy dashboard for a site (or all) and a period: key
//! figures, rates by kind, floor and month as charts with their tables, the vacancies and the
//! leases ending. The period is chosen with a plain GET form.
use chrono::Datelike;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use leptos_router::location::Url;

use super::tables::{
    csv_href, ending_table, measure_key, month_table, rate_table, vacancies_table,
};
use crate::api::occupancy::occupancy_dashboard;
use crate::api::sites::site_overviews;
use crate::domain::locale::long_date;
use crate::domain::occupancy::Month;
use crate::domain::{AppError, Locale, OccupancyQuery, OccupancyView, SiteOverview};
use crate::ui::components::charts::{Bar, WIDE_MONTHS, bar_chart, month_chart};
use crate::ui::components::figures::{chart_section, export_link, stat};
use crate::ui::components::{Audience, guarded};
use crate::ui::components::{ErrorSummary, Input, field_invalid};
use crate::ui::format;
use crate::ui::i18n::{translate, translate_with, use_locale, use_t};

/// A bound of the period as the form and the CSV link send it: a month when it is a whole one.
fn bound(date: chrono::NaiveDate, first: bool) -> String {
    let month = Month::containing(date);
    let whole = if first {
        date.day() == 1
    } else {
        date == month.last_day()
    };
    if whole { month.key() } else { date.to_string() }
}

/// The site and period chosen: a GET form, so the address says what the page shows.
fn period_form(
    query: &OccupancyQuery,
    sites: Vec<SiteOverview>,
    error: Option<&AppError>,
    locale: Locale,
) -> impl IntoView + use<> {
    let t = move |key: &str| translate(locale, key);
    let chosen = query.site.clone().unwrap_or_default();
    let options = sites
        .into_iter()
        .map(|s| {
            let selected = s.slug == chosen;
            view! { <option value=s.slug selected=selected>{s.name}</option> }
        })
        .collect_view();
    view! {
        <form class="panel filters" method="get" action="/admin/occupancy" role="search" aria-label=t("occupancy.form_label")>
            <div class="field">
                <label for="occupancy-site">{t("spaces.site")}</label>
                <select id="occupancy-site" name="site" aria-invalid=field_invalid(error, "site").then_some("true")>
                    <option value="">{t("spaces.all_sites")}</option>
                    {options}
                </select>
            </div>
            <Input prefix="occupancy" name="from" label=t("occupancy.from") kind="month" required=false value=query.from.clone().unwrap_or_default() invalid=field_invalid(error, "from")/>
            <Input prefix="occupancy" name="to" label=t("occupancy.to") kind="month" required=false value=query.to.clone().unwrap_or_default() invalid=field_invalid(error, "to")/>
            <div class="filters-actions">
                <button class="button button-primary" type="submit">{t("occupancy.show")}</button>
            </div>
        </form>
    }
}

fn dashboard_view(view: OccupancyView, site: Option<String>, locale: Locale) -> AnyView {
    let t = move |key: &str| translate(locale, key);
    let params = format!(
        "site={}&from={}&to={}",
        Url::escape(site.as_deref().unwrap_or_default()),
        bound(view.from, true),
        bound(view.to, false),
    );
    let period = translate_with(
        locale,
        "occupancy.period",
        &[
            ("from", &long_date(view.from, locale)),
            ("to", &long_date(view.to, locale)),
        ],
    );
    let stats = view! {
        <ul class="stats" role="list">
            {stat(view.leased.percent_label(locale), t("occupancy.stat_leased"), None)}
            {stat(view.booked.percent_label(locale), t("occupancy.stat_booked"), None)}
            {stat(view.vacancies.len().to_string(), t("occupancy.stat_vacancies"), None)}
            {stat(view.revisions_due.to_string(), t("occupancy.stat_revisions"), Some("/admin/indices".into()))}
            {stat(view.requests_waiting.to_string(), t("occupancy.stat_requests"), Some("/admin/requests".into()))}
        </ul>
    };
    let charts = if view.by_kind.is_empty() && view.by_floor.is_empty() {
        view! { <p>{t("occupancy.no_spaces")}</p> }.into_any()
    } else {
        let kinds: Vec<Bar> = view
            .by_kind
            .iter()
            .map(|(kind, rate)| {
                let label = format!("{} ({})", t(&kind.label_key()), t(measure_key(*kind)));
                Bar::rate(label, *rate, locale)
            })
            .collect();
        let kind_rows = view
            .by_kind
            .iter()
            .map(|(kind, rate)| (t(&kind.label_key()), Some(t(measure_key(*kind))), *rate))
            .collect();
        let floor_rows: Vec<_> = view
            .by_floor
            .iter()
            .map(|(floor, rate)| (format::floor(*floor, locale), None, *rate))
            .collect();
        let floors: Vec<Bar> = floor_rows
            .iter()
            .map(|(label, _, rate)| Bar::rate(label.clone(), *rate, locale))
            .collect();
        let by_kind = t("occupancy.by_kind");
        let by_floor = t("occupancy.by_floor");
        let by_month = t("occupancy.by_month");
        view! {
            {chart_section("kinds", bar_chart("chart-kinds", by_kind.clone(), &kinds, locale).into_any(), rate_table(by_kind.clone(), t("occupancy.kind"), kind_rows, locale).into_any(), by_kind, csv_href("kinds", &params), locale)}
            {chart_section("floors", bar_chart("chart-floors", by_floor.clone(), &floors, locale).into_any(), rate_table(by_floor.clone(), t("occupancy.floor"), floor_rows, locale).into_any(), by_floor, csv_href("floors", &params), locale)}
            <section class="chart-section" aria-labelledby="months-heading">
                <h2 id="months-heading">{by_month.clone()}</h2>
                {if view.by_month.len() > WIDE_MONTHS {
                    view! {
                        <figure class="chart-figure chart-scroll" tabindex="0" role="region" aria-labelledby="months-heading">
                            {month_chart("chart-months", by_month.clone(), &view.by_month, locale)}
                        </figure>
                    }
                    .into_any()
                } else {
                    view! {
                        <figure class="chart-figure">
                            {month_chart("chart-months", by_month.clone(), &view.by_month, locale)}
                        </figure>
                    }
                    .into_any()
                }}
                <ul class="grid-legend chart-legend" role="list">
                    <li><span class="swatch chart-leased"></span>{t("occupancy.leased")}</li>
                    <li><span class="swatch chart-booked"></span>{t("occupancy.booked")}</li>
                </ul>
                {month_table(by_month.clone(), &view.by_month, locale)}
                {export_link(csv_href("months", &params), by_month, locale)}
            </section>
        }
        .into_any()
    };
    view! {
        <p class="muted">{period}</p>
        {stats}
        {charts}
        <section aria-labelledby="vacancies-heading">
            <h2 id="vacancies-heading">{t("occupancy.vacancies")}</h2>
            {vacancies_table(view.vacancies, locale)}
            {export_link(csv_href("vacancies", &params), t("occupancy.vacancies"), locale)}
        </section>
        <section aria-labelledby="ending-heading">
            <h2 id="ending-heading">{t("occupancy.ending")}</h2>
            {ending_table(view.ending, locale)}
            {export_link(csv_href("ending", &params), t("occupancy.ending"), locale)}
        </section>
    }
    .into_any()
}

#[component]
pub fn OccupancyPage() -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    guarded(Audience::Managers, move |_| {
        let raw = use_query_map().get_untracked();
        let text = |name: &str| raw.get(name).filter(|v| !v.trim().is_empty());
        let query = OccupancyQuery {
            site: text("site"),
            from: text("from"),
            to: text("to"),
        };
        let dashboard = Resource::new(
            {
                let query = query.clone();
                move || query.clone()
            },
            occupancy_dashboard,
        );
        let sites = Resource::new(|| (), |()| site_overviews());
        view! {
            <Title text=t("occupancy.title")/>
            <section class="stack-lg occupancy">
                <h1>{t("occupancy.title")}</h1>
                <p class="lead">{t("occupancy.intro")}</p>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || {
                        let query = query.clone();
                        Suspend::new(async move {
                            let sites = sites.await.unwrap_or_default();
                            match dashboard.await {
                                Ok(view) => {
                                    let shown = OccupancyQuery {
                                        site: query.site.clone(),
                                        from: Some(bound(view.from, true)),
                                        to: Some(bound(view.to, false)),
                                    };
                                    view! {
                                        {period_form(&shown, sites, None, locale)}
                                        {dashboard_view(view, query.site, locale)}
                                    }
                                    .into_any()
                                }
                                Err(error) => view! {
                                    <ErrorSummary error=Some(error.clone()) prefix="occupancy"/>
                                    {period_form(&query, sites, Some(&error), locale)}
                                }
                                .into_any(),
                            }
                        })
                    }}
                </Suspense>
            </section>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::bound;

    #[test]
    fn whole_months_are_sent_as_months() {
        let day = |s: &str| s.parse::<chrono::NaiveDate>().expect("date");
        assert_eq!(bound(day("2026-01-01"), true), "2026-01");
        assert_eq!(bound(day("2026-12-31"), false), "2026-12");
        assert_eq!(bound(day("2026-12-15"), false), "2026-12-15");
        assert_eq!(bound(day("2026-02-02"), true), "2026-02-02");
    }
}
