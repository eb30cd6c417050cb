//! Charts drawn on the server as inline SVG: each is one image named by its title and described
//! by its figures, and the page repeats the same figures in a table right under it.
use leptos::prelude::*;

use crate::domain::occupancy::{Month, Rate};
use crate::domain::{Locale, MonthRates};
use crate::ui::i18n::translate_with;

/// One bar of a horizontal bar chart: its label, its length as a share of the longest
/// possible (0–1), and the figure written at its end.
pub struct Bar {
    pub label: String,
    pub share: f64,
    pub value: String,
}

impl Bar {
    /// A bar as long as `rate`, which it reads as a percentage.
    pub fn rate(label: String, rate: Rate, locale: Locale) -> Bar {
        Bar {
            label,
            share: share(rate),
            value: rate.percent_label(locale),
        }
    }

    /// One bar per `(label, amount)`, the largest amount drawn full length, each written by
    /// `show`.
    pub fn amounts(
        rows: impl IntoIterator<Item = (String, i64)>,
        show: impl Fn(i64) -> String,
    ) -> Vec<Bar> {
        let rows: Vec<(String, i64)> = rows.into_iter().collect();
        let most = rows.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1) as f64;
        rows.into_iter()
            .map(|(label, n)| Bar {
                label,
                share: (n.max(0) as f64 / most).clamp(0.0, 1.0),
                value: show(n),
            })
            .collect()
    }
}

const WIDTH: f64 = 720.0;
const LABEL_WIDTH: f64 = 290.0;
const BAR_MAX: f64 = 360.0;
const ROW: f64 = 30.0;
const PLOT_HEIGHT: f64 = 160.0;
const AXIS: f64 = 44.0;
const SLOT: f64 = 46.0;
const COLUMN: f64 = 16.0;
/// The most months drawn to the width of the page.
pub const WIDE_MONTHS: usize = 24;

/// A coordinate, written short.
fn n(value: f64) -> String {
    format!("{value:.1}")
}

fn share(rate: Rate) -> f64 {
    rate.ratio().clamp(0.0, 1.0)
}

/// A horizontal bar per item, its figure written at its end.
pub fn bar_chart(id: &str, title: String, bars: &[Bar], locale: Locale) -> impl IntoView + use<> {
    let desc = bars
        .iter()
        .map(|b| {
            translate_with(
                locale,
                "chart.item",
                &[("label", &b.label), ("value", &b.value)],
            )
        })
        .collect::<Vec<_>>()
        .join(" ; ");
    let height = ROW * bars.len() as f64 + 8.0;
    // Room after the bars for the longest figure (`130 226,97 €`), about 8 units a character.
    let longest = bars
        .iter()
        .map(|b| b.value.chars().count())
        .max()
        .unwrap_or(0);
    let width = (LABEL_WIDTH + BAR_MAX + 16.0 + 8.0 * longest as f64).max(WIDTH);
    let rows = bars
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            let top = ROW * i as f64 + 4.0;
            let middle = n(top + ROW / 2.0 + 4.0);
            view! {
                <text class="chart-label" x=n(LABEL_WIDTH - 8.0) y=middle.clone() text-anchor="end">{bar.label.clone()}</text>
                <rect class="chart-track" x=n(LABEL_WIDTH) y=n(top + 5.0) width=n(BAR_MAX) height=n(ROW - 10.0)></rect>
                <rect class="chart-bar" x=n(LABEL_WIDTH) y=n(top + 5.0) width=n(BAR_MAX * bar.share) height=n(ROW - 10.0)></rect>
                <text class="chart-value" x=n(LABEL_WIDTH + BAR_MAX + 8.0) y=middle>{bar.value.clone()}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="chart chart-bars" viewBox=format!("0 0 {} {}", n(width), n(height)) width=n(width) height=n(height) role="img" aria-labelledby=format!("{id}-title {id}-desc") focusable="false">
            <title id=format!("{id}-title")>{title}</title>
            <desc id=format!("{id}-desc")>{desc}</desc>
            {rows}
        </svg>
    }
}

/// The month's short name over its column: `janv.`, `Jan`.
fn short_month(month: Month, locale: Locale) -> String {
    match locale {
        Locale::Fr => month
            .first_day()
            .format_localized("%b", chrono::Locale::fr_FR)
            .to_string(),
        Locale::En => month.first_day().format("%b").to_string(),
    }
}

/// Two columns per month side by side, leased surface then booked hours, on a 0–100 % scale.
pub fn month_chart(
    id: &str,
    title: String,
    months: &[MonthRates],
    locale: Locale,
) -> impl IntoView + use<> {
    let desc = months
        .iter()
        .map(|m| {
            translate_with(
                locale,
                "occupancy.chart_month_item",
                &[
                    ("month", &m.month.label(locale)),
                    ("leased", &m.leased.percent_label(locale)),
                    ("booked", &m.booked.percent_label(locale)),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(" ; ");
    let top = 10.0;
    let width = AXIS + SLOT * months.len() as f64 + 8.0;
    // Past two years the columns keep their size and the figure scrolls sideways.
    let class = if months.len() > WIDE_MONTHS {
        "chart chart-columns chart-wide"
    } else {
        "chart chart-columns"
    };
    let height = top + PLOT_HEIGHT + 40.0;
    let y_of = |ratio: f64| top + PLOT_HEIGHT * (1.0 - ratio);
    let grid = [0.0, 0.25, 0.5, 0.75, 1.0]
        .into_iter()
        .map(|tick: f64| {
            let y = y_of(tick);
            let label = Rate { used: tick, available: 1.0 }.percent_label(locale);
            view! {
                <line class="chart-grid" x1=n(AXIS) x2=n(width - 4.0) y1=n(y) y2=n(y)></line>
                <text class="chart-axis" x=n(AXIS - 6.0) y=n(y + 4.0) text-anchor="end">{label}</text>
            }
        })
        .collect_view();
    let columns = months
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let left = AXIS + SLOT * i as f64 + (SLOT - 2.0 * COLUMN - 4.0) / 2.0;
            let column = |class: &'static str, x: f64, rate: Rate| {
                let y = y_of(share(rate));
                view! { <rect class=class x=n(x) y=n(y) width=n(COLUMN) height=n(top + PLOT_HEIGHT - y)></rect> }
            };
            let centre = n(AXIS + SLOT * (i as f64 + 0.5));
            let year = (i == 0 || m.month.month == 1).then(|| {
                view! { <text class="chart-axis" x=centre.clone() y=n(top + PLOT_HEIGHT + 32.0) text-anchor="middle">{m.month.year}</text> }
            });
            view! {
                {column("chart-leased", left, m.leased)}
                {column("chart-booked", left + COLUMN + 4.0, m.booked)}
                <text class="chart-axis" x=centre.clone() y=n(top + PLOT_HEIGHT + 16.0) text-anchor="middle">{short_month(m.month, locale)}</text>
                {year}
            }
        })
        .collect_view();
    view! {
        <svg class=class viewBox=format!("0 0 {} {}", n(width), n(height)) width=n(width) height=n(height) role="img" aria-labelledby=format!("{id}-title {id}-desc") focusable="false">
            <title id=format!("{id}-title")>{title}</title>
            <desc id=format!("{id}-desc")>{desc}</desc>
            {grid}
            {columns}
        </svg>
    }
}
