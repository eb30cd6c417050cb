//! A market's changed days: the list, with each restored in one click, and the form that
//! cancels or moves one day.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::markets::{ChangeMarketDay, RestoreMarketDay};
use crate::domain::events::{ExceptionView, MarketDetail};
use crate::domain::locale::long_date;
use crate::ui::components::{
    Columns, ErrorSummary, Input, data_table, field_invalid, returned_error,
};
use crate::ui::i18n::{translate_with, use_locale, use_t};

fn change_row(slug: &str, change: &ExceptionView) -> impl IntoView + use<> {
    let t = use_t();
    let locale = use_locale();
    let day = long_date(change.original_day, locale);
    let what = match (change.moved_day, &change.opens, &change.closes) {
        (Some(moved), Some(opens), Some(closes)) => translate_with(
            locale,
            "markets.moved_to",
            &[
                ("day", &long_date(moved, locale)),
                ("opens", opens),
                ("closes", closes),
            ],
        ),
        _ => t("markets.cancelled"),
    };
    view! {
        <tr>
            <th scope="row">{day.clone()}</th>
            <td>{what}</td>
            <td>{change.reason.clone()}</td>
            <td>
                <form method="post" action=RestoreMarketDay::PATH>
                    <input type="hidden" name="slug" value=slug.to_owned()/>
                    <input type="hidden" name="day" value=change.original_day.to_string()/>
                    <button class="button button-secondary" type="submit">
                        {t("markets.restore")}<span class="visually-hidden">{format!(" : {day}")}</span>
                    </button>
                </form>
            </td>
        </tr>
    }
}

/// The changed days of `market` and the form to change one more.
pub fn days_section(market: &MarketDetail) -> impl IntoView + use<> {
    let t = use_t();
    let error = returned_error("change_market_day");
    let invalid = |field| field_invalid(error.as_ref(), field);
    let list = if market.exceptions.is_empty() {
        view! { <p>{t("markets.no_changes")}</p> }.into_any()
    } else {
        let rows = market
            .exceptions
            .iter()
            .map(|c| change_row(&market.slug, c))
            .collect_view();
        let columns = Columns {
            caption: t("markets.days"),
            caption_hidden: true,
            headings: vec![
                t("exception.day"),
                t("markets.change"),
                t("exception.reason"),
            ],
            actions: Some(t("bookings.actions")),
        };
        data_table(columns, rows)
    };
    view! {
        <section class="panel stack" id="days" aria-labelledby="days-title">
            <h2 id="days-title">{t("markets.days")}</h2>
            {list}
            <ErrorSummary error=error.clone() prefix="exception"/>
            <form class="stack" method="post" action=ChangeMarketDay::PATH>
                <h3>{t("markets.change_day")}</h3>
                <p class="field-hint">{t("markets.change_day_hint")}</p>
                <input type="hidden" name="slug" value=market.slug.clone()/>
                <div class="grid-2">
                    <Input prefix="exception" name="day" param="input[day]" label=t("exception.day") kind="date" invalid=invalid("day")/>
                    <Input prefix="exception" name="moved_day" param="input[moved_day]" label=t("exception.moved_day") kind="date" required=false invalid=invalid("moved_day")/>
                    <Input prefix="exception" name="opens" param="input[opens]" label=t("exception.opens") kind="time" required=false invalid=invalid("opens")/>
                    <Input prefix="exception" name="closes" param="input[closes]" label=t("exception.closes") kind="time" required=false invalid=invalid("closes")/>
                </div>
                <Input prefix="exception" name="reason" param="input[reason]" label=t("exception.reason") hint=t("exception.reason_hint") invalid=invalid("reason")/>
                <button class="button button-primary" type="submit">{t("markets.change_day_submit")}</button>
            </form>
        </section>
    }
}
