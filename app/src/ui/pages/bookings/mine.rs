//! `/bookings`: the bookings of my structure, coming and past; cancelling asks first.
use chrono::Utc;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::bookings::{CancelBooking, CancelSeries, WithdrawWait};
use crate::api::bookings::{my_bookings, my_waits};
use crate::domain::{BookingView, Slot, WaitView};
use crate::ui::components::{Audience, Question, ask_link, guarded, question};
use crate::ui::components::{ErrorSummary, returned_error};
use crate::ui::i18n::{translate_with, use_locale, use_t};

/// What the list asks to confirm: cancelling one booking, or a series' coming dates (asked on
/// the row the question came from).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Confirm {
    Booking(i32),
    Series { series: i32, row: i32 },
}

fn booking_row(booking: BookingView, confirm: Option<Confirm>) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let slot = Slot {
        starts_at: booking.starts_at,
        ends_at: booking.ends_at,
    }
    .describe(locale);
    let cancellable = booking.status.holds_slot() && booking.ends_at > Utc::now();
    let series_action = booking.series_id.filter(|_| cancellable).map(|series| {
        if confirm
            == Some(Confirm::Series {
                series,
                row: booking.id,
            })
        {
            question(Question {
                action: CancelSeries::PATH,
                fields: vec![("id", series.to_string())],
                text: t("bookings.confirm_cancel_series"),
                yes: t("bookings.cancel_yes"),
                back: "/bookings".into(),
            })
        } else {
            ask_link(
                format!(
                    "/bookings?cancel_series={series}&row={}#booking-{}",
                    booking.id, booking.id
                ),
                t("bookings.cancel_series"),
                Some(format!(" : {}", booking.title)),
            )
        }
    });
    let move_link = (cancellable && booking.starts_at > Utc::now()).then(|| view! {
        <a class="button button-secondary" href=format!("/bookings/move?id={}", booking.id)>
            {t("bookings.move")}<span class="visually-hidden">{format!(" : {}", booking.title)}</span>
        </a>
    });
    let action = match (cancellable, confirm == Some(Confirm::Booking(booking.id))) {
        (true, true) => question(Question {
            action: CancelBooking::PATH,
            fields: vec![("id", booking.id.to_string())],
            text: t("bookings.confirm_cancel"),
            yes: t("bookings.cancel_yes"),
            back: "/bookings".into(),
        }),
        (true, false) => ask_link(
            format!("/bookings?cancel={}", booking.id),
            t("bookings.cancel"),
            Some(format!(" : {}", booking.title)),
        ),
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
            <th scope="row">
                {booking.title.clone()}
                {booking.series_id.map(|_| view! { " " <span class="badge badge-series" title=t("bookings.series_hint")>{t("bookings.series")}</span> })}
                <br/><span class="muted">{booking.customer_name.clone()}</span>
            </th>
            <td>{booking.space_name.clone()}</td>
            <td>{slot}</td>
            <td class="num">{booking.price_cents.format(locale)}</td>
            <td><span class=status_class>{t(&booking.status.label_key())}</span>{fee}</td>
            <td><div class="row-actions">{action}{move_link}{series_action}</div></td>
        </tr>
    }
}

fn table(rows: Vec<BookingView>, caption: String, confirm: Option<Confirm>) -> impl IntoView {
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

/// My places in waiting lists: waiting, or offered with a link sent by mail.
fn waits_list(waits: Vec<WaitView>, confirm: Option<i32>) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let items = waits
        .into_iter()
        .map(|w| {
            let slot = Slot { starts_at: w.starts_at, ends_at: w.ends_at }.describe(locale);
            let state = if w.offered {
                let until = w
                    .offer_expires_at
                    .map(crate::domain::time::paris_time)
                    .unwrap_or_default();
                translate_with(locale, "waitlist.offered", &[("time", &until)])
            } else {
                t("waitlist.waiting")
            };
            let action = if confirm == Some(w.id) {
                question(Question {
                    action: WithdrawWait::PATH,
                    fields: vec![("id", w.id.to_string())],
                    text: t("waitlist.confirm_withdraw"),
                    yes: t("waitlist.withdraw_yes"),
                    back: "/bookings".into(),
                })
            } else {
                ask_link(
                    format!("/bookings?withdraw={}#wait-{}", w.id, w.id),
                    t("waitlist.withdraw"),
                    Some(format!(" : {}", w.title)),
                )
            };
            view! {
                <li id=format!("wait-{}", w.id) class="panel stack">
                    <p><strong>{w.space_name.clone()}</strong>{format!(" · {slot} · {}", w.title)}</p>
                    <p class="muted">{state}</p>
                    <div class="row-actions">{action}</div>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="stack">
            <h2>{t("waitlist.mine")}</h2>
            <ul class="stack" role="list">{items}</ul>
        </section>
    }
}

#[component]
pub fn MyBookingsPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::SignedIn, move |_| {
        let query = use_query_map().get_untracked();
        let locale = use_locale();
        let number = |name: &str| query.get(name).and_then(|id| id.parse::<i32>().ok());
        let confirm = number("cancel").map(Confirm::Booking).or_else(|| {
            let (series, row) = (number("cancel_series")?, number("row")?);
            Some(Confirm::Series { series, row })
        });
        let counted = |key: &str, n: i32| translate_with(locale, key, &[("n", &n.to_string())]);
        let notice = number("dates")
            .map(|n| counted("bookings.created_series", n))
            .or_else(|| number("series_cancelled").map(|n| counted("bookings.series_cancelled", n)))
            .or_else(|| {
                [
                    ("created", "bookings.created"),
                    ("cancelled", "bookings.cancelled"),
                    ("moved", "bookings.moved"),
                    ("waiting", "waitlist.joined"),
                    ("withdrawn", "waitlist.withdrawn"),
                ]
                .into_iter()
                .find(|(param, _)| query.get(param).is_some())
                .map(|(_, key)| t(key))
            });
        let error = returned_error("cancel_booking")
            .or_else(|| returned_error("cancel_series"))
            .or_else(|| returned_error("withdraw_wait"));
        let withdrawing = number("withdraw");
        let waits = Resource::new(|| (), |()| my_waits());
        let bookings = Resource::new(|| (), |()| my_bookings());
        view! {
            <Title text=t("bookings.title")/>
            <section class="stack-lg">
                <h1>{t("bookings.title")}</h1>
                {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                <ErrorSummary error=error prefix="bookings"/>
                <p class="row-actions">
                    <a class="button button-primary" href="/book">{t("bookings.new")}</a>
                    <a class="button button-secondary" href="/bookings/calendar">{t("bookings.calendar")}</a>
                </p>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        waits.await.ok().filter(|w| !w.is_empty()).map(|w| waits_list(w, withdrawing))
                    })}
                </Suspense>
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
