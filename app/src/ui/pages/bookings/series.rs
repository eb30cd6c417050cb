//! The repetition of a booking on `/book/confirm`: how often and until when, then every date of
//! the series with its price or what is in its way.
use leptos::prelude::*;

use super::carried::carried_fields;
use crate::api::bookings::BookingForm;
use crate::domain::recurrence::{Frequency, SeriesPlan};
use crate::ui::i18n::{translate_with, use_locale, use_t};

/// The choice to repeat the booking: a plain GET form that shows the page again with the dates.
pub(super) fn repeat_chooser(form: &BookingForm, people: u32) -> impl IntoView + use<> {
    let t = use_t();
    let current = form.frequency();
    let options = [
        None,
        Some(Frequency::Weekly),
        Some(Frequency::Fortnightly),
        Some(Frequency::Monthly),
    ]
    .into_iter()
    .map(|f| {
        let (value, label) = match f {
            None => ("", "book.repeat_none"),
            Some(Frequency::Weekly) => ("weekly", "book.repeat_weekly"),
            Some(Frequency::Fortnightly) => ("fortnightly", "book.repeat_fortnightly"),
            Some(Frequency::Monthly) => ("monthly", "book.repeat_monthly"),
        };
        view! { <option value=value selected=current == f>{t(label)}</option> }
    })
    .collect_view();
    view! {
        <form class="panel stack repeat-form" method="get" action="/book/confirm">
            {carried_fields(form, people, false, true)}
            <fieldset class="stack">
                <legend>{t("book.repeat")}</legend>
                <div class="repeat-fields">
                    <div class="field">
                        <label for="booking-repeat">{t("book.repeat_how")}</label>
                        <select id="booking-repeat" name="repeat">{options}</select>
                    </div>
                    <div class="field">
                        <label for="booking-until">{t("book.repeat_until")}</label>
                        <input type="date" id="booking-until" name="until" min=form.date.clone() value=form.until.clone().unwrap_or_default()/>
                    </div>
                </div>
            </fieldset>
            <p><button class="button button-secondary" type="submit">{t("book.repeat_show")}</button></p>
        </form>
    }
}

/// Every date of a repetition: its price, or what stands in its way; those are dropped.
pub(super) fn series_dates(plan: &SeriesPlan) -> impl IntoView + use<> {
    let t = use_t();
    let locale = use_locale();
    let rows = plan
        .dates
        .iter()
        .map(|d| {
            let when = d.slot.describe(locale);
            match &d.problem {
                Some(problem) => view! {
                    <tr class="date-in-the-way">
                        <th scope="row"><del>{when}</del></th>
                        <td><span class="status status-refused">{t("book.date_dropped")}</span> " " {t(problem)}</td>
                    </tr>
                }
                .into_any(),
                None => view! {
                    <tr>
                        <th scope="row">{when}</th>
                        <td class="num">{d.price_cents.format(locale)}</td>
                    </tr>
                }
                .into_any(),
            }
        })
        .collect_view();
    let dropped = plan.dates.len() - plan.booked();
    let summary = translate_with(
        locale,
        "book.series_summary",
        &[
            ("booked", &plan.booked().to_string()),
            ("dropped", &dropped.to_string()),
        ],
    );
    view! {
        <div class="panel stack">
            <h2>{plan.space_name.clone()}</h2>
            <p class="lead" role="status">{summary}</p>
            {plan.needs_approval.then(|| view! { <p class="notice">{t("book.needs_approval")}</p> })}
            <table class="table series-table">
                <caption>{t("book.series_dates")}</caption>
                <thead><tr><th scope="col">{t("bookings.when")}</th><th scope="col">{t("bookings.price")}</th></tr></thead>
                <tbody>{rows}</tbody>
                <tfoot><tr><th scope="row">{t("book.total")}</th><td class="num"><strong>{plan.total().format(locale)}</strong></td></tr></tfoot>
            </table>
            // The dates in the way are dropped when the booking form is sent.
            <input type="hidden" form="booking-form" name="form[skip]" value=plan.days_in_the_way()/>
        </div>
    }
}
