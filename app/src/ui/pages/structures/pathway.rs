//! A structure's pathway through the building, as a timeline.
use leptos::prelude::*;

use crate::domain::locale::long_date;
use crate::domain::{Locale, PathwayStep};
use crate::ui::i18n::{translate_with, use_locale, use_t};

fn step(step: PathwayStep, locale: Locale) -> impl IntoView {
    let t = use_t();
    let (class, title, when) = match step {
        PathwayStep::Arrived { on } => ("arrived", t("pathway.arrived"), long_date(on, locale)),
        PathwayStep::Occupied {
            kind,
            space,
            from,
            until,
        } => (
            "occupied",
            format!("{} — {space}", t(&kind.label_key())),
            match until {
                Some(until) => translate_with(
                    locale,
                    "pathway.from_to",
                    &[
                        ("from", &long_date(from, locale)),
                        ("to", &long_date(until, locale)),
                    ],
                ),
                None => translate_with(
                    locale,
                    "pathway.since",
                    &[("from", &long_date(from, locale))],
                ),
            },
        ),
        PathwayStep::Left { on } => ("left", t("pathway.left"), long_date(on, locale)),
    };
    view! {
        <li class=format!("timeline-step timeline-{class}")>
            <strong>{title}</strong>
            <span class="muted">{when}</span>
        </li>
    }
}

/// The timeline of `steps`, oldest first.
pub fn pathway(steps: Vec<PathwayStep>) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    view! {
        <section class="stack" aria-labelledby="pathway-title">
            <h2 id="pathway-title">{t("pathway.title")}</h2>
            <ol class="timeline">{steps.into_iter().map(|s| step(s, locale)).collect_view()}</ol>
        </section>
    }
}
