//! `/admin/editions/:id/report`: an edition's report for managers: key figures beside the
//! previous edition, visitors by entrance and hour with the counts and the form to record them,
//! exhibitors by sector and legal form, stall fees by kind of stall, and every edition of the
//! event year by year. Each chart is followed by its table and the table's CSV.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::counts::{counts_section, hour_label};
use super::edition_links;
use super::report_sections::{counted_section, csv, fees_section, history_section, key_figures};
use crate::api::editions::{EditionReport, read_edition_report};
use crate::domain::locale::count;
use crate::ui::components::path_id;
use crate::ui::components::returned_error;
use crate::ui::components::{Audience, guarded};
use crate::ui::i18n::{translate_with, use_locale, use_t};
use crate::ui::pages::ErrorPage;

fn body(report: EditionReport, delete: Option<i32>, notice: Option<String>) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let id = report.edition.id;
    let title = translate_with(
        locale,
        "report.title",
        &[
            ("event", &report.edition.event),
            ("year", &report.edition.year.to_string()),
        ],
    );
    let n = move |v: i64| count(v, locale);
    let label = |key: String| t(&key);
    let entrances = counted_section(
        "entrances",
        t("report.by_entrance"),
        (t("visitors.entrance"), t("report.visitors")),
        report.by_entrance.clone(),
        n,
        t("visitors.none"),
        csv(id, "entrances"),
        locale,
    );
    let hours = (!report.by_hour.is_empty()).then(|| {
        let rows = report
            .by_hour
            .iter()
            .map(|(h, v)| (hour_label(Some(*h), locale), *v))
            .collect();
        counted_section(
            "hours",
            t("report.by_hour"),
            (t("visitors.hour"), t("report.visitors")),
            rows,
            n,
            String::new(),
            csv(id, "hours"),
            locale,
        )
    });
    let no_exhibitors = t("report.no_exhibitors");
    let sectors = counted_section(
        "sectors",
        t("report.by_sector"),
        (t("structure.sector"), t("report.exhibitors")),
        report
            .sectors
            .iter()
            .map(|(s, c)| (label(s.label_key()), i64::from(*c)))
            .collect(),
        n,
        no_exhibitors.clone(),
        csv(id, "sectors"),
        locale,
    );
    let forms = counted_section(
        "legal-forms",
        t("report.by_legal_form"),
        (t("structure.legal_form"), t("report.exhibitors")),
        report
            .legal_forms
            .iter()
            .map(|(f, c)| (label(f.label_key()), i64::from(*c)))
            .collect(),
        n,
        no_exhibitors,
        csv(id, "legal_forms"),
        locale,
    );
    let error = returned_error("record_visitor_count");
    let delete_error = returned_error("delete_visitor_count");
    view! {
        <Title text=title.clone()/>
        <section class="stack-lg report-page">
            {edition_links(&report.edition, "report")}
            <h1>{title}</h1>
            <p class="lead">{translate_with(locale, "report.intro", &[("from", &crate::domain::locale::long_date(report.starts_on, locale)), ("opens", &report.opens), ("closes", &report.closes)])}</p>
            {key_figures(&report, locale)}
            {entrances}
            {hours}
            {counts_section(&report, delete, notice, error, delete_error, locale)}
            {sectors}
            {forms}
            {fees_section(&report, locale)}
            {history_section(&report, locale)}
        </section>
    }
}

#[component]
pub fn EditionReportPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let id = path_id();
        let query = use_query_map().get_untracked();
        let delete = query.get("delete").and_then(|s| s.parse::<i32>().ok());
        let notice = [
            ("counted", "visitors.counted"),
            ("replaced", "visitors.replaced"),
            ("deleted", "visitors.deleted"),
        ]
        .into_iter()
        .find(|(param, _)| query.get(param).is_some())
        .map(|(_, key)| t(key));
        let report = Resource::new(move || id, read_edition_report);
        view! {
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                {move || {
                    let notice = notice.clone();
                    Suspend::new(async move {
                        match report.await {
                            Ok(report) => body(report, delete, notice).into_any(),
                            Err(error) => view! { <ErrorPage error/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        }
    })
}
