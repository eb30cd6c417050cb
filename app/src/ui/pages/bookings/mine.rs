//! `/bookings`: the bookings of my structure, coming and past; cancelling asks first.
use chrono::Utc;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::bookings::my_bookings;
use crate::domain::{BookingView, Slot};
use crate::ui::components::{ErrorSummary, returned_error};
use crate::ui::i18n::{use_locale, use_t};
use crate::ui::pages::account::guard::{Audience, guarded};

fn booking_row(booking: BookingView, confirm: Option<i32>) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let slot = Slot {
        starts_at: booking.starts_at,
        ends_at: booking.ends_at,
    }
    .describe(locale);
    let cancellable = booking.status.holds_slot() && booking.ends_at > Utc::now();
    let action = match (cancellable, confirm == Some(booking.id)) {
        (true, true) => view! {
            <form method="post" action="/api/fn/cancel_booking" class="inline-confirm">
                <input type="hidden" name="id" value=booking.id/>
                <span>{t("bookings.confirm_cancel")}</span>
                <button class="button button-danger" type="submit">{t("bookings.cancel_yes")}</button>
                <a class="button button-secondary" href="/bookings">{t("form.cancel")}</a>
            </form>
        }.into_any(),
        (true, false) => view! {
            <a class="button button-secondary" href=format!("/bookings?cancel={}", booking.id)>
                {t("bookings.cancel")}<span class="visually-hidden">{format!(" : {}", booking.title)}</span>
            </a>
        }.into_any(),
        (false, _) => ().into_any(),
    };
    let status_class = format!("status status-{}", booking.status.as_str());
    let fee = (booking.cancel_fee_cents.cents() > 0).then(|| {
        format!(
            " ({} {})",
            t("bookings.fee"),
            booking.cancel_fee_cents.format(locale)
        )
    });
    view! {
        <tr id=format!("booking-{}", booking.id)>
            <th scope="row">{booking.title.clone()}<br/><span class="muted">{booking.customer_name.clone()}</span></th>
            <td>{booking.space_name.clone()}</td>
            <td>{slot}</td>
            <td class="num">{booking.price_cents.format(locale)}</td>
            <td><span class=status_class>{t(&booking.status.label_key())}</span>{fee}</td>
            <td>{action}</td>
        </tr>
    }
}

fn table(rows: Vec<BookingView>, caption: String, confirm: Option<i32>) -> impl IntoView {
    let t = use_t();
    view! {
        <table class="table">
            <caption>{caption}</caption>
            <thead><tr>
                <th scope="col">{t("bookings.what")}</th>
                <th scope="col">{t("bookings.space")}</th>
                <th scope="col">{t("bookings.when")}</th>
                <th scope="col">{t("bookings.price")}</th>
                <th scope="col">{t("bookings.status")}</th>
                <th scope="col"><span class="visually-hidden">{t("bookings.actions")}</span></th>
            </tr></thead>
            <tbody>{rows.into_iter().map(|b| booking_row(b, confirm)).collect_view()}</tbody>
        </table>
    }
}

#[component]
pub fn MyBookingsPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::SignedIn, move |_| {
        let query = use_query_map().get_untracked();
        let confirm = query.get("cancel").and_then(|id| id.parse().ok());
        let notice = if query.get("created").is_some() {
            Some(t("bookings.created"))
        } else if query.get("cancelled").is_some() {
            Some(t("bookings.cancelled"))
        } else {
            None
        };
        let error = returned_error("cancel_booking");
        let bookings = Resource::new(|| (), |()| my_bookings());
        view! {
            <Title text=t("bookings.title")/>
            <section class="stack-lg">
                <h1>{t("bookings.title")}</h1>
                {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                <ErrorSummary error=error prefix="bookings"/>
                <p><a class="button button-primary" href="/book">{t("bookings.new")}</a></p>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || Suspend::new(async move {
                        match bookings.await {
                            Ok(list) if list.is_empty() => view! { <p>{t("bookings.none")}</p> }.into_any(),
                            Ok(list) => {
                                let now = Utc::now();
                                let (coming, past): (Vec<_>, Vec<_>) = list.into_iter().partition(|b| b.ends_at > now && b.status.holds_slot());
                                view! {
                                    {if coming.is_empty() { view! { <p>{t("bookings.none_coming")}</p> }.into_any() } else { table(coming, t("bookings.coming"), confirm).into_any() }}
                                    {(!past.is_empty()).then(|| table(past, t("bookings.history"), None))}
                                }.into_any()
                            }
                            Err(e) => view! { <p class="notice notice-error">{t(&e.detail_key())}</p> }.into_any(),
                        }
                    })}
                </Suspense>
            </section>
        }
    })
}
