//! `/admin/bookings`: requests waiting for a manager; approve, or refuse with a reason.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::bookings::DecideBooking;
use crate::api::bookings::approval_queue;
use crate::domain::{BookingView, Slot};
use crate::ui::components::{Audience, guarded};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::format::date_time;
use crate::ui::i18n::{use_locale, use_t};

fn request_card(
    booking: BookingView,
    refusing: Option<i32>,
    reason_invalid: bool,
) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let slot = Slot {
        starts_at: booking.starts_at,
        ends_at: booking.ends_at,
    }
    .describe(locale);
    let refuse = if refusing == Some(booking.id) {
        view! {
            <form method="post" action=DecideBooking::PATH class="stack">
                <input type="hidden" name="id" value=booking.id/>
                <input type="hidden" name="decision" value="refuse"/>
                <Input prefix="decision" name="reason" label=t("approval.reason") hint=t("approval.reason_hint") invalid=reason_invalid/>
                <div class="actions">
                    <button class="button button-danger" type="submit">{t("approval.refuse_yes")}</button>
                    <a class="button button-secondary" href="/admin/bookings">{t("form.cancel")}</a>
                </div>
            </form>
        }.into_any()
    } else {
        view! {
            <div class="actions">
                <form method="post" action=DecideBooking::PATH>
                    <input type="hidden" name="id" value=booking.id/>
                    <input type="hidden" name="decision" value="approve"/>
                    <button class="button button-primary" type="submit">
                        {t("approval.approve")}<span class="visually-hidden">{format!(" : {}", booking.title)}</span>
                    </button>
                </form>
                <a class="button button-secondary" href=format!("/admin/bookings?refuse={}", booking.id)>
                    {t("approval.refuse")}<span class="visually-hidden">{format!(" : {}", booking.title)}</span>
                </a>
            </div>
        }.into_any()
    };
    view! {
        <li class="panel stack" id=format!("request-{}", booking.id)>
            <h2>{booking.title.clone()}</h2>
            <p><strong>{booking.customer_name.clone()}</strong> " · " {booking.space_name.clone()} " · " {slot}</p>
            <p class="muted">
                {format!("{} {} · {} {}", booking.attendees, t("approval.people"), t("bookings.price"), booking.price_cents.format(locale))}
                {booking.hold_expires_at.map(|h| format!(" · {} {}", t("approval.hold_until"), date_time(h, locale)))}
            </p>
            {refuse}
        </li>
    }
}

#[component]
pub fn ApprovalPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let query = use_query_map().get_untracked();
        let refusing = query.get("refuse").and_then(|id| id.parse().ok());
        let notice = if query.get("approved").is_some() {
            Some(t("approval.approved"))
        } else if query.get("refused").is_some() {
            Some(t("approval.refused"))
        } else {
            None
        };
        let error = returned_error("decide_booking");
        let reason_invalid = field_invalid(error.as_ref(), "reason");
        let requests = Resource::new(|| (), |()| approval_queue());
        view! {
            <Title text=t("approval.title")/>
            <section class="stack-lg">
                <h1>{t("approval.title")}</h1>
                <p class="row-actions">
                    <a href="/admin/closures">{t("closure.title")}</a>
                    <a href="/book/grid">{t("grid.title")}</a>
                </p>
                {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                <ErrorSummary error=error prefix="decision"/>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || Suspend::new(async move {
                        match requests.await {
                            Ok(list) if list.is_empty() => view! { <p>{t("approval.none")}</p> }.into_any(),
                            Ok(list) => view! {
                                <ul class="stack" role="list">
                                    {list.into_iter().map(|b| request_card(b, refusing, reason_invalid)).collect_view()}
                                </ul>
                            }.into_any(),
                            Err(e) => view! { <p class="notice notice-error">{t(&e.detail_key())}</p> }.into_any(),
                        }
                    })}
                </Suspense>
            </section>
        }
    })
}
