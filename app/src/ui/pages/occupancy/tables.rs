//! The dashboard's tables: the figures of each chart, the vacancies and the leases ending, each
//! with its caption, an empty-state sentence, and a link to download it as CSV.
use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::occupancy::Rate;
use crate::domain::{LeaseView, Locale, MonthRates, SpaceKind, VacancyView};
use crate::ui::format;
use crate::ui::i18n::translate;

/// A day as a table shows it, `3 août 2026`, in a `<time>` machines read.
pub(super) fn day(date: NaiveDate, locale: Locale) -> impl IntoView + use<> {
    let text = match locale {
        Locale::Fr => date
            .format_localized("%-d %B %Y", chrono::Locale::fr_FR)
            .to_string(),
        Locale::En => date.format("%-d %B %Y").to_string(),
    };
    view! { <time datetime=date.to_string()>{text}</time> }
}

/// What the rate of a kind of space measures: leased surface, or booked opening hours.
pub(super) fn measure_key(kind: SpaceKind) -> &'static str {
    if kind.is_bookable() {
        "occupancy.measure_hours"
    } else {
        "occupancy.measure_surface"
    }
}

/// The address of the dashboard's `table` as CSV; `params` is the page's site and period.
pub(super) fn csv_href(table: &str, params: &str) -> String {
    format!("/admin/occupancy/export.csv?table={table}&{params}")
}

/// A table: its caption, its column heads (text, numeric) and its rows.
fn table(caption: String, heads: Vec<(String, bool)>, body: impl IntoView + 'static) -> AnyView {
    let heads = heads
        .into_iter()
        .map(|(text, numeric)| view! { <th scope="col" class=numeric.then_some("num")>{text}</th> })
        .collect_view();
    view! {
        <table class="table">
            <caption>{caption}</caption>
            <thead><tr>{heads}</tr></thead>
            <tbody>{body}</tbody>
        </table>
    }
    .into_any()
}

/// The table under a bar chart: one row per label, its measure when it has one, and its rate.
pub(super) fn rate_table(
    caption: String,
    head: String,
    rows: Vec<(String, Option<String>, Rate)>,
    locale: Locale,
) -> AnyView {
    let t = move |key: &str| translate(locale, key);
    let with_measure = rows.iter().any(|(_, measure, _)| measure.is_some());
    let body = rows
        .into_iter()
        .map(|(label, measure, rate)| {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    {with_measure.then(|| view! { <td>{measure.unwrap_or_default()}</td> })}
                    <td class="num">{rate.percent_label(locale)}</td>
                </tr>
            }
        })
        .collect_view();
    let mut heads = vec![(head, false)];
    if with_measure {
        heads.push((t("occupancy.measure"), false));
    }
    heads.push((t("occupancy.rate"), true));
    table(caption, heads, body)
}

/// The table under the month chart.
pub(super) fn month_table(caption: String, months: &[MonthRates], locale: Locale) -> AnyView {
    let t = move |key: &str| translate(locale, key);
    let body = months
        .iter()
        .map(|m| {
            view! {
                <tr>
                    <th scope="row">{m.month.label(locale)}</th>
                    <td class="num">{m.leased.percent_label(locale)}</td>
                    <td class="num">{m.booked.percent_label(locale)}</td>
                </tr>
            }
        })
        .collect_view();
    let heads = vec![
        (t("occupancy.month"), false),
        (t("occupancy.leased"), true),
        (t("occupancy.booked"), true),
    ];
    table(caption, heads, body)
}

/// A day, or the sentence under `missing_key` when there is none.
fn day_or(date: Option<NaiveDate>, missing_key: &str, locale: Locale) -> AnyView {
    match date {
        Some(date) => day(date, locale).into_any(),
        None => translate(locale, missing_key).into_any(),
    }
}

/// A table of `rows` under the caption `caption_key`, with a column head for each of `heads`
/// (key, numeric); the sentence under `empty_key` when there is no row.
fn listing<T, V: IntoView + 'static>(
    rows: Vec<T>,
    (caption_key, empty_key): (&str, &str),
    heads: &[(&str, bool)],
    row: impl Fn(T) -> V,
    locale: Locale,
) -> AnyView {
    let t = move |key: &str| translate(locale, key);
    if rows.is_empty() {
        return view! { <p>{t(empty_key)}</p> }.into_any();
    }
    let heads = heads
        .iter()
        .map(|&(key, numeric)| (t(key), numeric))
        .collect();
    let body = rows.into_iter().map(row).collect_view();
    table(t(caption_key), heads, body)
}

/// The spaces free now or within the horizon.
pub(super) fn vacancies_table(rows: Vec<VacancyView>, locale: Locale) -> AnyView {
    let heads = [
        ("occupancy.space", false),
        ("occupancy.kind", false),
        ("occupancy.floor", false),
        ("occupancy.area", true),
        ("occupancy.free_from", false),
        ("occupancy.free_until", false),
    ];
    let row = move |v: VacancyView| {
        view! {
            <tr>
                <th scope="row"><a href=format!("/spaces/{}", v.space_id)>{v.name}</a></th>
                <td>{translate(locale, &v.kind.label_key())}</td>
                <td>{format::floor(v.floor, locale)}</td>
                <td class="num">{format::area(v.area_m2, locale)}</td>
                <td>{day(v.free_from, locale)}</td>
                <td>{day_or(v.free_until, "occupancy.no_lease_after", locale)}</td>
            </tr>
        }
    };
    let keys = ("occupancy.vacancies_caption", "occupancy.no_vacancies");
    listing(rows, keys, &heads, row, locale)
}

/// The leases in notice or ending within the horizon.
pub(super) fn ending_table(rows: Vec<LeaseView>, locale: Locale) -> AnyView {
    let heads = [
        ("occupancy.structure", false),
        ("occupancy.space", false),
        ("occupancy.ends_on", false),
        ("occupancy.status", false),
    ];
    let row = move |lease: LeaseView| {
        let structure = format!("/admin/structures/{}", lease.structure_id);
        view! {
            <tr>
                <th scope="row"><a href=structure>{lease.structure_name}</a></th>
                <td>{lease.space_name}</td>
                <td>{day_or(lease.ends_on, "occupancy.open_ended", locale)}</td>
                <td>{translate(locale, &lease.status.label_key())}</td>
            </tr>
        }
    };
    let keys = ("occupancy.ending_caption", "occupancy.no_ending");
    listing(rows, keys, &heads, row, locale)
}
