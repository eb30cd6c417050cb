//! `/admin/markets/new` and `/admin/markets/:slug`: a manager creates a market, or edits it
//! and its days, producers and roster.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::days::days_section;
use super::fields::{NewPage, market_fields, new_page};
use super::producers::{producers_section, roster_section};
use crate::api::markets::{CreateMarket, UpdateMarket, market_page};
use crate::domain::events::MarketInput;
use crate::ui::components::{Audience, ErrorSummary, guarded, page_error, returned_error};
use crate::ui::components::{notice_key, path_slug};
use crate::ui::i18n::use_t;

#[component]
pub fn NewMarketPage() -> impl IntoView {
    guarded(Audience::Managers, move |_| {
        new_page(NewPage {
            prefix: "market",
            title: "markets.new",
            submit: "markets.create",
            endpoint: "create_market",
            action: CreateMarket::PATH,
            fields: |sites, error| {
                market_fields(MarketInput::default(), Some(sites), error).into_any()
            },
        })
    })
}

/// The notices a market's page shows after an action, by query parameter.
const NOTICES: [(&str, &str); 7] = [
    ("created", "markets.created"),
    ("saved", "markets.saved"),
    ("day_changed", "markets.day_changed"),
    ("day_restored", "markets.day_restored"),
    ("producer_added", "markets.producer_added"),
    ("producer_removed", "markets.producer_removed"),
    ("roster_saved", "markets.roster_saved"),
];

#[component]
pub fn EditMarketPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let slug = path_slug();
        let query = use_query_map().get_untracked();
        let notice = notice_key(&NOTICES).map(t);
        let remove: Option<i32> = query.get("remove_producer").and_then(|id| id.parse().ok());
        let key = slug.clone();
        let market = Resource::new(move || key.clone(), market_page);
        view! {
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                {move || {
                    let notice = notice.clone();
                    Suspend::new(async move {
                        match market.await {
                            Ok(market) => {
                                let name = market.input.name.clone();
                                let error = returned_error("update_market");
                                let fields = market_fields(market.input.clone(), None, error.as_ref());
                                view! {
                                    <Title text=name.clone()/>
                                    <section class="stack-lg narrow">
                                        <p><a href="/admin/markets">{t("markets.back")}</a></p>
                                        <h1>{name}</h1>
                                        <p class="muted">{market.site_name.clone()}" · "<a href=format!("/events/{}", market.slug)>{t("markets.public_page")}</a></p>
                                        {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                                        <ErrorSummary error=error prefix="market"/>
                                        <form class="panel stack" method="post" action=UpdateMarket::PATH>
                                            <input type="hidden" name="slug" value=market.slug.clone()/>
                                            {fields}
                                            <button class="button button-primary" type="submit">{t("markets.save")}</button>
                                        </form>
                                        {days_section(&market)}
                                        {producers_section(&market, remove)}
                                        {roster_section(&market)}
                                    </section>
                                }
                                .into_any()
                            }
                            Err(e) => page_error(&e),
                        }
                    })
                }}
            </Suspense>
        }
    })
}
