//! `/bookings/calendar`: the structure's bookings in one's own calendar app, by a private
//! address (shown once, when made) that can be revoked; revoking asks first.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::bookings::{CreateCalendarFeed, RevokeCalendarFeed};
use crate::api::bookings::{NEW_FEED_COOKIE, calendar_feeds};
use crate::api::page::{base_url, handed_over};
use crate::domain::FeedView;
use crate::ui::components::{Audience, Question, ask_link, guarded, question};
use crate::ui::components::{ErrorSummary, returned_error};
use crate::ui::format::date_time;
use crate::ui::i18n::{translate_with, use_locale, use_t};

fn feed_row(feed: FeedView, confirm: Option<i32>) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let action = if confirm == Some(feed.id) {
        question(Question {
            action: RevokeCalendarFeed::PATH,
            fields: vec![("id", feed.id.to_string())],
            text: t("calendar.confirm_revoke"),
            yes: t("calendar.revoke_yes"),
            back: "/bookings/calendar".into(),
        })
    } else {
        ask_link(
            format!("/bookings/calendar?revoke={}", feed.id),
            t("calendar.revoke"),
            None,
        )
    };
    let name = translate_with(
        locale,
        "calendar.address_made",
        &[("date", &date_time(feed.created_at, locale))],
    );
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td>{feed.last_used_at.map(|at| date_time(at, locale)).unwrap_or_else(|| t("calendar.never"))}</td>
            <td>{action}</td>
        </tr>
    }
}

/// The new address, to copy or to open in a calendar app.
fn fresh_address(secret: String) -> impl IntoView {
    let t = use_t();
    let base = base_url();
    let https = format!("{base}/calendar/bookings/{secret}.ics");
    let webcal = https
        .replacen("https://", "webcal://", 1)
        .replacen("http://", "webcal://", 1);
    view! {
        <div class="notice stack" role="status">
            <p><strong>{t("calendar.created_once")}</strong></p>
            <label for="feed-address">{t("calendar.address")}</label>
            <input id="feed-address" class="code token-value" type="text" readonly value=https/>
            <p><a class="button button-primary" href=webcal>{t("calendar.subscribe")}</a></p>
        </div>
    }
}

#[component]
pub fn CalendarPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::SignedIn, move |viewer| {
        let fresh = handed_over(NEW_FEED_COOKIE, "/bookings/calendar");
        let query = use_query_map().get_untracked();
        let confirm = query.get("revoke").and_then(|id| id.parse().ok());
        let revoked = query.get("revoked").is_some();
        let error = returned_error("create_calendar_feed")
            .or_else(|| returned_error("revoke_calendar_feed"));
        let structure = viewer
            .acting_structure()
            .map(|s| s.name.clone())
            .unwrap_or_default();
        let feeds = Resource::new(|| (), |()| calendar_feeds());
        let list = move || {
            Suspend::new(async move {
                match feeds.await {
                    Ok(list) if list.is_empty() => view! { <p>{t("calendar.none")}</p> }.into_any(),
                    Ok(list) => view! {
                        <table class="table">
                            <caption>{t("calendar.addresses")}</caption>
                            <thead><tr>
                                <th scope="col">{t("calendar.address")}</th>
                                <th scope="col">{t("calendar.last_used")}</th>
                                <th scope="col"><span class="visually-hidden">{t("bookings.actions")}</span></th>
                            </tr></thead>
                            <tbody>{list.into_iter().map(|f| feed_row(f, confirm)).collect_view()}</tbody>
                        </table>
                    }
                    .into_any(),
                    Err(e) => view! { <p class="notice notice-error">{t(&e.detail_key())}</p> }.into_any(),
                }
            })
        };
        let locale = use_locale();
        view! {
            <Title text=t("calendar.title")/>
            <section class="stack-lg">
                <h1>{t("calendar.title")}</h1>
                <p>{translate_with(locale, "calendar.intro", &[("structure", &structure)])}</p>
                {fresh.map(fresh_address)}
                {revoked.then(|| view! { <p class="notice" role="status">{t("calendar.revoked")}</p> })}
                <ErrorSummary error=error prefix="calendar"/>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>{list}</Suspense>
                <form method="post" action=CreateCalendarFeed::PATH>
                    <button class="button button-primary" type="submit">{t("calendar.create")}</button>
                </form>
                <p><a href="/bookings">{t("move.back")}</a></p>
            </section>
        }
    })
}
