//! A market's producers (added, and taken off after a confirmation) and its roster: for each
//! coming market day, the producers who come.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::markets::{AddMarketProducer, RemoveMarketProducer, SetMarketRoster};
use crate::domain::events::{MarketDetail, ProducerRow};
use crate::domain::locale::long_date;
use crate::ui::components::{
    Columns, ErrorSummary, Input, Question, ask_link, data_table, field_invalid, question,
    returned_error,
};
use crate::ui::i18n::{use_locale, use_t};

fn producer_row(slug: &str, p: &ProducerRow, confirm: bool) -> impl IntoView + use<> {
    let t = use_t();
    let action = if confirm {
        question(Question {
            action: RemoveMarketProducer::PATH,
            fields: vec![("slug", slug.to_owned()), ("id", p.id.to_string())],
            text: t("markets.confirm_remove_producer"),
            yes: t("markets.remove_producer_yes"),
            back: format!("/admin/markets/{slug}#producers"),
        })
    } else {
        ask_link(
            format!("/admin/markets/{slug}?remove_producer={}#producers", p.id),
            t("markets.remove_producer"),
            Some(format!(" : {}", p.name)),
        )
    };
    view! {
        <tr>
            <th scope="row">{p.name.clone()}</th>
            <td>{p.products.clone()}</td>
            <td>{p.town.clone()}</td>
            <td>{p.days.len()}</td>
            <td>{action}</td>
        </tr>
    }
}

/// The producers of `market`, the one to confirm taking off (`remove`), and the form to add
/// one.
pub fn producers_section(market: &MarketDetail, remove: Option<i32>) -> impl IntoView + use<> {
    let t = use_t();
    let error = returned_error("add_market_producer");
    let invalid = |field| field_invalid(error.as_ref(), field);
    let list = if market.producers.is_empty() {
        view! { <p>{t("markets.no_producers")}</p> }.into_any()
    } else {
        let rows = market
            .producers
            .iter()
            .map(|p| producer_row(&market.slug, p, remove == Some(p.id)))
            .collect_view();
        let columns = Columns {
            caption: t("markets.producers"),
            caption_hidden: true,
            headings: vec![
                t("producer.name"),
                t("producer.products"),
                t("producer.town"),
                t("markets.coming_days"),
            ],
            actions: Some(t("bookings.actions")),
        };
        data_table(columns, rows)
    };
    view! {
        <section class="panel stack" id="producers" aria-labelledby="producers-title">
            <h2 id="producers-title">{t("markets.producers")}</h2>
            {list}
            <ErrorSummary error=error.clone() prefix="producer"/>
            <form class="stack" method="post" action=AddMarketProducer::PATH>
                <h3>{t("markets.add_producer")}</h3>
                <input type="hidden" name="slug" value=market.slug.clone()/>
                <Input prefix="producer" name="name" param="input[name]" label=t("producer.name") invalid=invalid("name")/>
                <div class="grid-2">
                    <Input prefix="producer" name="products" param="input[products]" label=t("producer.products") required=false invalid=invalid("products")/>
                    <Input prefix="producer" name="town" param="input[town]" label=t("producer.town") required=false invalid=invalid("town")/>
                </div>
                <button class="button button-primary" type="submit">{t("markets.add_producer")}</button>
            </form>
        </section>
    }
}

/// For each coming market day of `market`, the producers who come, as tick boxes.
pub fn roster_section(market: &MarketDetail) -> impl IntoView + use<> {
    let t = use_t();
    let locale = use_locale();
    let error = returned_error("set_market_roster");
    let body = if market.producers.is_empty() || market.days.is_empty() {
        view! { <p>{t("markets.roster_empty")}</p> }.into_any()
    } else {
        market
            .days
            .iter()
            .map(|day| {
                let label = long_date(*day, locale);
                let boxes = market
                    .producers
                    .iter()
                    .map(|p| {
                        let id = format!("roster-{day}-{}", p.id);
                        view! {
                            <div class="choice">
                                <input type="checkbox" id=id.clone() name="producers[]" value=p.id checked=p.days.contains(day)/>
                                <label for=id>{p.name.clone()}</label>
                            </div>
                        }
                    })
                    .collect_view();
                view! {
                    <form class="stack" method="post" action=SetMarketRoster::PATH>
                        <input type="hidden" name="slug" value=market.slug.clone()/>
                        <input type="hidden" name="day" value=day.to_string()/>
                        <fieldset class="stack">
                            <legend>{label.clone()}</legend>
                            <div class="choices">{boxes}</div>
                        </fieldset>
                        <button class="button button-secondary" type="submit">
                            {t("markets.roster_save")}<span class="visually-hidden">{format!(" : {label}")}</span>
                        </button>
                    </form>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section class="panel stack" id="roster" aria-labelledby="roster-title">
            <h2 id="roster-title">{t("markets.roster")}</h2>
            <p class="field-hint">{t("markets.roster_hint")}</p>
            <ErrorSummary error=error prefix="roster"/>
            {body}
        </section>
    }
}
