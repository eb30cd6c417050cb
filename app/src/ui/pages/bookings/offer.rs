//! `/book/offer?token=…`: the slot a waiting list offers, held for its person for a short time,
//! booked in one click. An offer used, lapsed or meant for someone else is not found.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::bookings::ClaimOffer;
use crate::api::bookings::waitlist_offer;
use crate::domain::Slot;
use crate::ui::components::{Audience, guarded};
use crate::ui::components::{ErrorSummary, returned_error};
use crate::ui::i18n::{translate_with, use_locale, use_t};

#[component]
pub fn OfferPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::SignedIn, move |_| {
        let locale = use_locale();
        let token = use_query_map()
            .get_untracked()
            .get("token")
            .unwrap_or_default();
        let error = returned_error("claim_offer");
        let offer = Resource::new(
            {
                let token = token.clone();
                move || token.clone()
            },
            waitlist_offer,
        );
        view! {
            <Title text=t("offer.title")/>
            <section class="stack-lg">
                <h1>{t("offer.title")}</h1>
                <ErrorSummary error=error prefix="offer"/>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || {
                        let token = token.clone();
                        Suspend::new(async move {
                            match offer.await {
                                Ok(o) => {
                                    let slot = Slot { starts_at: o.starts_at, ends_at: o.ends_at }.describe(locale);
                                    let until = o
                                        .offer_expires_at
                                        .map(crate::domain::time::paris_time)
                                        .unwrap_or_default();
                                    view! {
                                        <div class="panel stack">
                                            <h2>{o.space_name.clone()}</h2>
                                            <p class="lead">{slot}</p>
                                            <p>{o.title.clone()}</p>
                                            <p class="notice">{translate_with(locale, "offer.held_until", &[("time", &until)])}</p>
                                            <form method="post" action=ClaimOffer::PATH>
                                                <input type="hidden" name="token" value=token/>
                                                <button class="button button-primary" type="submit">{t("offer.book")}</button>
                                            </form>
                                        </div>
                                    }
                                    .into_any()
                                }
                                Err(_) => view! {
                                    <p class="notice notice-error" role="alert">{t("offer.gone")}</p>
                                    <p><a href="/book">{t("book.back_to_search")}</a></p>
                                }
                                .into_any(),
                            }
                        })
                    }}
                </Suspense>
            </section>
        }
    })
}
