//! The parts of figure pages (occupancy, an edition's report): key figures, a chart with its
//! table, and the link to download a table as CSV.
use leptos::prelude::*;

use crate::domain::Locale;
use crate::ui::i18n::translate;

/// One key figure, linked to where it is dealt with when it has such a place.
pub fn stat(value: String, label: String, href: Option<String>) -> impl IntoView + use<> {
    let label = match href {
        Some(href) => view! { <a href=href>{label}</a> }.into_any(),
        None => label.into_any(),
    };
    view! {
        <li class="stat">
            <span class="stat-value">{value}</span>
            <span class="stat-label">{label}</span>
        </li>
    }
}

/// The link under a table to the same rows as CSV at `href`; `caption` names the table to
/// screen readers.
pub fn export_link(href: String, caption: String, locale: Locale) -> impl IntoView + use<> {
    view! {
        <p class="export-link">
            <a href=href download="">
                {translate(locale, "occupancy.export_csv")}
                <span class="visually-hidden">{format!(" : {caption}")}</span>
            </a>
        </p>
    }
}

/// A chart, the table of its figures, and the table's CSV link to `csv`.
pub fn chart_section(
    id: &'static str,
    chart: AnyView,
    table: AnyView,
    caption: String,
    csv: String,
    locale: Locale,
) -> impl IntoView + use<> {
    view! {
        <section class="chart-section" aria-labelledby=format!("{id}-heading")>
            <h2 id=format!("{id}-heading")>{caption.clone()}</h2>
            <figure class="chart-figure">{chart}</figure>
            {table}
            {export_link(csv, caption, locale)}
        </section>
    }
}
