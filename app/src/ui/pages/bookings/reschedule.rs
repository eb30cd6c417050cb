//! `/bookings/move?id=N`: another day or time for one coming booking, a date of a series alone
//! included. A taken slot is refused with the nearest free one offered.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::bookings::MoveBooking;
use crate::api::bookings::booking;
use crate::domain::{AppError, Slot};
use crate::ui::components::{Audience, guarded};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::i18n::{use_locale, use_t};

/// The day and times of the free slot a refusal offers, in Paris time.
fn offered(error: Option<&AppError>) -> Option<(String, String, String)> {
    let paris = chrono_tz::Europe::Paris;
    let (start, end) = super::offered_slot(error)?;
    let (start, end) = (start.with_timezone(&paris), end.with_timezone(&paris));
    Some((
        start.format("%Y-%m-%d").to_string(),
        start.format("%H:%M").to_string(),
        end.format("%H:%M").to_string(),
    ))
}

#[component]
pub fn MovePage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::SignedIn, move |_| {
        let locale = use_locale();
        let query = use_query_map().get_untracked();
        let id: i32 = query
            .get("id")
            .and_then(|id| id.parse().ok())
            .unwrap_or_default();
        let error = returned_error("move_booking");
        let offer = offered(error.as_ref());
        let invalid = |field: &str| field_invalid(error.as_ref(), field);
        let (date_invalid, from_invalid, to_invalid) = (
            invalid("date") || invalid("starts_at"),
            invalid("from"),
            invalid("to") || invalid("ends_at"),
        );
        let found = Resource::new(move || id, booking);
        view! {
            <Title text=t("move.title")/>
            <section class="stack-lg">
                <h1>{t("move.title")}</h1>
                <ErrorSummary error=error prefix="move"/>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || {
                        let offer = offer.clone();
                        Suspend::new(async move {
                            let b = match found.await {
                                Ok(b) => b,
                                Err(e) => return view! {
                                    <p class="notice notice-error" role="alert">{t(&e.detail_key())}</p>
                                    <p><a href="/bookings">{t("move.back")}</a></p>
                                }.into_any(),
                            };
                            let paris = chrono_tz::Europe::Paris;
                            let (start, end) = (b.starts_at.with_timezone(&paris), b.ends_at.with_timezone(&paris));
                            let now = Slot { starts_at: b.starts_at, ends_at: b.ends_at }.describe(locale);
                            let (date, from, to) = offer.unwrap_or_else(|| (
                                start.format("%Y-%m-%d").to_string(),
                                start.format("%H:%M").to_string(),
                                end.format("%H:%M").to_string(),
                            ));
                            view! {
                                <div class="panel stack">
                                    <h2>{b.title.clone()} <span class="muted">{format!(" · {}", b.space_name)}</span></h2>
                                    <p class="lead">{t("move.now")} " " <strong>{now}</strong></p>
                                    {b.series_id.map(|_| view! { <p class="muted">{t("move.series_alone")}</p> })}
                                </div>
                                <form class="panel stack" method="post" action=MoveBooking::PATH>
                                    <input type="hidden" name="id" value=b.id/>
                                    <Input prefix="move" name="date" label=t("book.date") kind="date" value=date invalid=date_invalid/>
                                    <Input prefix="move" name="from" label=t("book.from") kind="time" step="1800" value=from invalid=from_invalid/>
                                    <Input prefix="move" name="to" label=t("book.to") kind="time" step="1800" value=to invalid=to_invalid/>
                                    <p class="row-actions">
                                        <button class="button button-primary" type="submit">{t("move.save")}</button>
                                        <a class="button button-secondary" href="/bookings">{t("form.cancel")}</a>
                                    </p>
                                </form>
                            }.into_any()
                        })
                    }}
                </Suspense>
            </section>
        }
    })
}
