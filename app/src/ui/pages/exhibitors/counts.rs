//! The report's visitor counts: the counts recorded so far, each deletable after a confirmation
//! (`?delete=ID`, a plain link), and the form to record one for an entrance, a day and an hour
//! or the whole day. Typing a count again replaces it.
use chrono::{Days, NaiveDate};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::editions::{DeleteVisitorCount, RecordVisitorCount};
use crate::domain::events::{EditionReport, VisitorCount};
use crate::domain::locale::{count, long_date};
use crate::domain::{AppError, Locale};
use crate::ui::components::{ErrorSummary, Input, field_invalid};
use crate::ui::i18n::{translate, translate_with};

/// An hour as both languages read it, `14:00–15:00`, or the whole day.
pub(super) fn hour_label(hour: Option<i32>, locale: Locale) -> String {
    match hour {
        Some(h) => format!("{h:02}:00–{:02}:00", (h + 1) % 24),
        None => translate(locale, "visitors.whole_day"),
    }
}

fn report_href(id: i32, query: &str) -> String {
    format!("/admin/editions/{id}/report{query}#counts")
}

/// The edition's days, first to last.
fn days(report: &EditionReport) -> Vec<NaiveDate> {
    let mut days = Vec::new();
    let mut day = report.starts_on;
    while day <= report.ends_on {
        days.push(day);
        day = match day.checked_add_days(Days::new(1)) {
            Some(next) => next,
            None => break,
        };
    }
    days
}

fn counts_table(report: &EditionReport, locale: Locale) -> AnyView {
    let t = move |key: &str| translate(locale, key);
    if report.counts.is_empty() {
        return view! { <p>{t("visitors.none")}</p> }.into_any();
    }
    let id = report.edition.id;
    let rows = report
        .counts
        .iter()
        .map(|c| {
            let what = translate_with(
                locale,
                "visitors.delete_which",
                &[("entrance", &c.entrance), ("hour", &hour_label(c.hour, locale))],
            );
            view! {
                <tr>
                    <td>{long_date(c.day, locale)}</td>
                    <th scope="row">{c.entrance.clone()}</th>
                    <td>{hour_label(c.hour, locale)}</td>
                    <td class="num">{count(i64::from(c.visitors), locale)}</td>
                    <td class="no-print">
                        <a href=report_href(id, &format!("?delete={}", c.id))>
                            {t("visitors.delete")}<span class="visually-hidden">{format!(" : {what}")}</span>
                        </a>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="table">
                <caption>{t("visitors.counts_caption")}</caption>
                <thead><tr>
                    <th scope="col">{t("visitors.day")}</th>
                    <th scope="col">{t("visitors.entrance")}</th>
                    <th scope="col">{t("visitors.hour")}</th>
                    <th scope="col" class="num">{t("visitors.visitors")}</th>
                    <th scope="col" class="no-print"><span class="visually-hidden">{t("visitors.actions")}</span></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// Asks before deleting count `c`: it names the count, and deleting posts the form.
fn confirm_delete(report: &EditionReport, c: &VisitorCount, locale: Locale) -> AnyView {
    let t = move |key: &str| translate(locale, key);
    let id = report.edition.id;
    let what = translate_with(
        locale,
        "visitors.confirm_text",
        &[
            ("entrance", &c.entrance),
            ("day", &long_date(c.day, locale)),
            ("hour", &hour_label(c.hour, locale)),
            ("n", &count(i64::from(c.visitors), locale)),
        ],
    );
    view! {
        <form class="panel stack narrow inline-confirm" method="post" action=DeleteVisitorCount::PATH role="alertdialog" aria-labelledby="delete-count-title" aria-describedby="delete-count-text">
            <h3 id="delete-count-title">{t("visitors.confirm_title")}</h3>
            <p id="delete-count-text">{what}</p>
            <input type="hidden" name="edition_id" value=id/>
            <input type="hidden" name="count_id" value=c.id/>
            <p>
                <button class="button button-danger" type="submit" autofocus=true>{t("visitors.delete_yes")}</button>
                " "
                <a class="button button-secondary" href=report_href(id, "")>{t("form.cancel")}</a>
            </p>
        </form>
    }
    .into_any()
}

/// The form to record a count; `error` is what the last attempt sent back.
fn count_form(report: &EditionReport, error: Option<AppError>, locale: Locale) -> AnyView {
    let t = move |key: &str| translate(locale, key);
    if !report.counting_open {
        let from = long_date(report.starts_on, locale);
        return view! { <p class="notice">{translate_with(locale, "visitors.not_yet", &[("day", &from)])}</p> }
            .into_any();
    }
    let invalid = |field: &str| field_invalid(error.as_ref(), field).then_some("true");
    let day_options = days(report)
        .into_iter()
        .map(|d| view! { <option value=d.to_string()>{long_date(d, locale)}</option> })
        .collect_view();
    let hour_options = (0..24)
        .map(|h| view! { <option value=h>{hour_label(Some(h), locale)}</option> })
        .collect_view();
    let mut known: Vec<String> = report.counts.iter().map(|c| c.entrance.clone()).collect();
    known.sort();
    known.dedup();
    let entrances = known
        .into_iter()
        .map(|e| view! { <option value=e></option> })
        .collect_view();
    view! {
        <form class="panel stack count-form" method="post" action=RecordVisitorCount::PATH aria-labelledby="count-form-title">
            <h3 id="count-form-title">{t("visitors.form_title")}</h3>
            <p class="field-hint">{t("visitors.form_hint")}</p>
            <ErrorSummary error=error.clone() prefix="count"/>
            <input type="hidden" name="edition_id" value=report.edition.id/>
            <div class="form-row">
                <div class="field">
                    <label for="count-day">{t("visitors.day")}</label>
                    <select id="count-day" name="count[day]" required=true aria-invalid=invalid("day")>{day_options}</select>
                </div>
                <div class="field">
                    <label for="count-entrance">{t("visitors.entrance")}</label>
                    <input id="count-entrance" name="count[entrance]" type="text" list="count-entrances" maxlength="100" required=true aria-invalid=invalid("entrance")/>
                    <datalist id="count-entrances">{entrances}</datalist>
                </div>
                <div class="field">
                    <label for="count-hour">{t("visitors.hour")}</label>
                    <select id="count-hour" name="count[hour]" aria-invalid=invalid("hour")>
                        <option value="">{t("visitors.whole_day")}</option>
                        {hour_options}
                    </select>
                </div>
                <Input prefix="count" name="visitors" param="count[visitors]" label=t("visitors.visitors") kind="number" min="0" step="1" invalid=field_invalid(error.as_ref(), "visitors")/>
            </div>
            <p><button class="button button-primary" type="submit">{t("visitors.record")}</button></p>
        </form>
    }
    .into_any()
}

/// The counts section: notice of the last change, the counts (or the confirmation of a
/// deletion), and the form.
pub(super) fn counts_section(
    report: &EditionReport,
    delete: Option<i32>,
    notice: Option<String>,
    error: Option<AppError>,
    delete_error: Option<AppError>,
    locale: Locale,
) -> impl IntoView + use<> {
    let t = move |key: &str| translate(locale, key);
    let confirm = delete.map(|id| match report.counts.iter().find(|c| c.id == id) {
        Some(c) => confirm_delete(report, c, locale),
        None => view! { <p class="notice notice-error" role="alert">{t("visitors.unknown")}</p> }
            .into_any(),
    });
    view! {
        <section class="stack" id="counts" aria-labelledby="counts-heading">
            <h2 id="counts-heading">{t("visitors.counts_title")}</h2>
            {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            <ErrorSummary error=delete_error prefix="count"/>
            {confirm}
            {counts_table(report, locale)}
            {count_form(report, error, locale)}
        </section>
    }
}
