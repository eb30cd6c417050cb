//! The sections of an edition's report: key figures, counted tables, fees and the years.
use crate::api::editions::EditionReport;
use crate::domain::events::{EditionFigures, change_percent};
use crate::domain::locale::count;
use crate::domain::{Locale, Money};
use crate::ui::components::charts::{Bar, bar_chart};
use crate::ui::components::figures::{chart_section, export_link, stat};
use crate::ui::i18n::{translate, translate_with};
use leptos::prelude::*;

pub(super) fn money(cents: i64, locale: Locale) -> String {
    Money::from_cents(cents).format(locale)
}

pub(super) fn csv(id: i32, table: &str) -> String {
    format!("/admin/editions/{id}/report.csv?table={table}")
}

/// A two-column table: a label per row and its figure.
pub(super) fn figure_table(
    caption: String,
    head: (String, String),
    rows: Vec<(String, String)>,
) -> impl IntoView + use<> {
    let body = rows
        .into_iter()
        .map(|(label, value)| view! { <tr><th scope="row">{label}</th><td class="num">{value}</td></tr> })
        .collect_view();
    view! {
        <table class="table">
            <caption>{caption}</caption>
            <thead><tr><th scope="col">{head.0}</th><th scope="col" class="num">{head.1}</th></tr></thead>
            <tbody>{body}</tbody>
        </table>
    }
}

/// A chart of counts with its table and CSV, or the sentence saying there is nothing yet.
#[expect(
    clippy::too_many_arguments,
    reason = "one call per chart reads better than a struct built once"
)]
pub(super) fn counted_section(
    id: &'static str,
    caption: String,
    head: (String, String),
    rows: Vec<(String, i64)>,
    show: impl Fn(i64) -> String + Copy,
    empty: String,
    csv: String,
    locale: Locale,
) -> AnyView {
    if rows.is_empty() {
        return view! {
            <section class="chart-section" aria-labelledby=format!("{id}-heading")>
                <h2 id=format!("{id}-heading")>{caption}</h2>
                <p>{empty}</p>
            </section>
        }
        .into_any();
    }
    let bars = Bar::amounts(rows.clone(), show);
    let table_rows = rows.into_iter().map(|(l, n)| (l, show(n))).collect();
    let chart = bar_chart(&format!("chart-{id}"), caption.clone(), &bars, locale).into_any();
    let table = figure_table(caption.clone(), head, table_rows).into_any();
    chart_section(id, chart, table, caption, csv, locale).into_any()
}

/// `+13 % sur 2025`, or nothing when there is no earlier figure to compare with.
pub(super) fn change(before: Option<(i32, i64)>, now: i64, locale: Locale) -> Option<String> {
    let (year, before) = before?;
    let percent = change_percent(before, now)?;
    let sign = if percent > 0 { "+" } else { "" };
    Some(translate_with(
        locale,
        "report.change",
        &[
            ("percent", &format!("{sign}{percent}")),
            ("year", &year.to_string()),
        ],
    ))
}

pub(super) fn key_figures(report: &EditionReport, locale: Locale) -> impl IntoView + use<> {
    let t = move |key: &str| translate(locale, key);
    let f = &report.figures;
    let previous = report.previous();
    // The change on the previous edition follows the label: `visiteurs comptés, +13 % sur 2025`.
    let with_change = |label: String, change: Option<String>| match change {
        Some(c) => format!("{label}, {c}"),
        None => label,
    };
    let (visitors, visitors_label) = match f.visitors {
        Some(n) => (
            count(n, locale),
            with_change(
                t("report.stat_visitors"),
                change(
                    previous.and_then(|p| p.visitors.map(|v| (p.year, v))),
                    n,
                    locale,
                ),
            ),
        ),
        None => ("—".to_owned(), t("report.stat_visitors")),
    };
    let declared = translate_with(
        locale,
        "report.stat_sales",
        &[
            ("declared", &f.declared.to_string()),
            ("exhibitors", &f.exhibitors.to_string()),
        ],
    );
    let sales_label = with_change(
        declared,
        change(
            previous.map(|p| (p.year, p.sales_cents)),
            f.sales_cents,
            locale,
        ),
    );
    let accepted = format!(
        "/admin/editions/{}/applications?status=accepted",
        report.edition.id
    );
    view! {
        <ul class="stats report-stats" role="list">
            {stat(visitors, visitors_label, Some("#counts".into()))}
            {stat(f.exhibitors.to_string(), t("report.stat_exhibitors"), Some(accepted))}
            {stat(money(f.fees_cents, locale), t("report.stat_fees"), Some("#fees-heading".into()))}
            {stat(money(f.sales_cents, locale), sales_label, None)}
        </ul>
    }
}

pub(super) fn fees_section(report: &EditionReport, locale: Locale) -> impl IntoView + use<> {
    let t = move |key: &str| translate(locale, key);
    let caption = t("report.fees");
    let rows = report
        .fees
        .iter()
        .map(|f| {
            view! {
                <tr>
                    <th scope="row">{f.stall_type.clone()}</th>
                    <td class="num">{money(f.price_cents, locale)}</td>
                    <td class="num">{f.exhibitors}</td>
                    <td class="num">{money(f.total_cents, locale)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="chart-section" aria-labelledby="fees-heading">
            <h2 id="fees-heading">{caption.clone()}</h2>
            <p>{t("report.fees_intro")}</p>
            <table class="table">
                <caption>{caption.clone()}</caption>
                <thead><tr>
                    <th scope="col">{t("exhibitors.stall_type")}</th>
                    <th scope="col" class="num">{t("report.price")}</th>
                    <th scope="col" class="num">{t("report.exhibitors")}</th>
                    <th scope="col" class="num">{t("report.owed")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
                <tfoot><tr>
                    <th scope="row" colspan="3">{t("report.total")}</th>
                    <td class="num">{money(report.figures.fees_cents, locale)}</td>
                </tr></tfoot>
            </table>
            {export_link(csv(report.edition.id, "fees"), caption, locale)}
            <p class="export-link">
                <a href=csv(report.edition.id, "exhibitors") download="">{t("report.exhibitors_csv")}</a>
            </p>
        </section>
    }
}

/// Every edition of the event up to this one, as charts of visitors and sales and one table.
pub(super) fn history_section(report: &EditionReport, locale: Locale) -> impl IntoView + use<> {
    let t = move |key: &str| translate(locale, key);
    let caption = t("report.history");
    let year = |f: &EditionFigures| f.year.to_string();
    let visitors: Vec<(String, i64)> = report
        .history
        .iter()
        .filter_map(|f| f.visitors.map(|v| (year(f), v)))
        .collect();
    let sales: Vec<(String, i64)> = report
        .history
        .iter()
        .map(|f| (year(f), f.sales_cents))
        .collect();
    let visitors_title = t("report.visitors_by_year");
    let sales_title = t("report.sales_by_year");
    let visitors_chart = (!visitors.is_empty()).then(|| {
        let bars = Bar::amounts(visitors, |n| count(n, locale));
        view! {
            <figure class="chart-figure">
                <figcaption>{visitors_title.clone()}</figcaption>
                {bar_chart("chart-visitors-years", visitors_title, &bars, locale)}
            </figure>
        }
    });
    let bars = Bar::amounts(sales, |n| money(n, locale));
    let rows = report
        .history
        .iter()
        .map(|f| {
            let current = (f.edition_id == report.edition.id).then_some("true");
            view! {
                <tr aria-current=current>
                    <th scope="row"><a href=format!("/admin/editions/{}/report", f.edition_id)>{f.year}</a></th>
                    <td class="num">{f.visitors.map_or_else(|| "—".to_owned(), |v| count(v, locale))}</td>
                    <td class="num">{f.exhibitors}</td>
                    <td class="num">{money(f.fees_cents, locale)}</td>
                    <td class="num">{money(f.sales_cents, locale)}</td>
                    <td class="num">{f.declared}</td>
                    <td class="num">{f.average_sales_cents().map_or_else(|| "—".to_owned(), |c| money(c, locale))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="chart-section" aria-labelledby="history-heading">
            <h2 id="history-heading">{caption.clone()}</h2>
            {visitors_chart}
            <figure class="chart-figure">
                <figcaption>{sales_title.clone()}</figcaption>
                {bar_chart("chart-sales-years", sales_title, &bars, locale)}
            </figure>
            <div class="table-scroll">
                <table class="table">
                    <caption>{caption.clone()}</caption>
                    <thead><tr>
                        <th scope="col">{t("report.year")}</th>
                        <th scope="col" class="num">{t("report.visitors")}</th>
                        <th scope="col" class="num">{t("report.exhibitors")}</th>
                        <th scope="col" class="num">{t("report.fees_short")}</th>
                        <th scope="col" class="num">{t("report.sales")}</th>
                        <th scope="col" class="num">{t("report.declared")}</th>
                        <th scope="col" class="num">{t("report.average_sale")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {export_link(csv(report.edition.id, "years"), caption, locale)}
        </section>
    }
}
