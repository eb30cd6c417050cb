//! `/book`: "a room for N people, on this day, from–to": free spaces, or the nearest free slots.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::slot_query;
use crate::api::bookings::find_spaces;
use crate::domain::{AppError, SearchResult, Slot, SpaceSummary};
use crate::ui::components::{ErrorSummary, Input};
use crate::ui::format;
use crate::ui::i18n::{use_locale, use_t};

/// The search's fields as the address carries them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Search {
    date: String,
    from: String,
    to: String,
    people: String,
}

fn space_card(space: SpaceSummary, search: &Search, people: u32) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let href = format!(
        "/book/confirm?{}",
        slot_query(space.id, &search.date, &search.from, &search.to, people)
    );
    let price = space
        .from_price_cents
        .zip(space.from_price_unit)
        .map(|(price, unit)| format!("{} / {}", price.format(locale), t(&unit.label_key())));
    view! {
        <li class="result">
            <div>
                <h3><a href=format!("/spaces/{}", space.id)>{space.name.clone()}</a></h3>
                <p class="muted">
                    {t(&space.kind.label_key())} " · " {format::capacity(space.capacity, locale)}
                    " · " {format::floor(space.floor, locale)}
                    {price.map(|p| format!(" · {p}"))}
                </p>
            </div>
            <a class="button button-primary" href=href>
                {t("book.choose")}<span class="visually-hidden">{format!(" : {}", space.name)}</span>
            </a>
        </li>
    }
}

fn nearby_slot(space_id: i32, slot: Slot, people: u32) -> impl IntoView {
    let locale = use_locale();
    let paris = chrono_tz::Europe::Paris;
    let (start, end) = (
        slot.starts_at.with_timezone(&paris),
        slot.ends_at.with_timezone(&paris),
    );
    let href = format!(
        "/book/confirm?{}",
        slot_query(
            space_id,
            &start.format("%Y-%m-%d").to_string(),
            &start.format("%H:%M").to_string(),
            &end.format("%H:%M").to_string(),
            people,
        )
    );
    view! { <li><a href=href>{slot.describe(locale)}</a></li> }
}

fn results(result: SearchResult, search: Search, people: u32) -> AnyView {
    let t = use_t();
    if !result.free.is_empty() {
        let count = result.free.len();
        return view! {
            <h2 id="results">{t("book.free_title")} " (" {count} ")"</h2>
            <ul class="results" role="list">
                {result.free.into_iter().map(|s| space_card(s, &search, people)).collect_view()}
            </ul>
        }
        .into_any();
    }
    if result.nearby.is_empty() {
        return view! { <p class="notice" role="status">{t("book.nothing")}</p> }.into_any();
    }
    view! {
        <p class="notice" role="status">{t("book.none_free")}</p>
        <h2 id="results">{t("book.nearby_title")}</h2>
        <ul class="results" role="list">
            {result.nearby.into_iter().map(|near| {
                let space_id = near.space.id;
                let slots = near.slots.into_iter().map(move |slot| nearby_slot(space_id, slot, people)).collect_view();
                view! {
                    <li class="result result-nearby">
                        <h3>{near.space.name.clone()}</h3>
                        <ul role="list">{slots}</ul>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
pub fn FindPage() -> impl IntoView {
    let t = use_t();
    let query = use_query_map().get_untracked();
    let field = |name: &str| query.get(name).unwrap_or_default();
    let search = Search {
        date: field("date"),
        from: field("from"),
        to: field("to"),
        people: field("people"),
    };
    let asked = !search.date.is_empty();
    let people: u32 = search.people.trim().parse().unwrap_or(1);
    let result = Resource::new(
        {
            let search = search.clone();
            move || search.clone()
        },
        move |s| async move {
            if s.date.is_empty() {
                return Ok(None);
            }
            let people = s
                .people
                .trim()
                .parse::<u32>()
                .map_err(|_| AppError::invalid("people", "booking.attendees_invalid"))?;
            find_spaces(s.date, s.from, s.to, people).await.map(Some)
        },
    );
    let form_search = search.clone();
    view! {
        <Title text=t("book.title")/>
        <section class="stack-lg">
            <h1>{t("book.title")}</h1>
            <p class="lead">{t("book.intro")}</p>
            <p class="row-actions"><a href="/book/grid">{t("grid.link")}</a> <a href="/book/plan">{t("plan.link")}</a></p>
            <form class="panel search-form" method="get" action="/book" role="search">
                <h2 class="visually-hidden">{t("book.search")}</h2>
                <div class="form-row">
                    <Input prefix="find" name="people" label=t("book.people") kind="number" min="1" value=if asked { form_search.people.clone() } else { "1".into() }/>
                    <Input prefix="find" name="date" label=t("book.date") kind="date" value=form_search.date.clone()/>
                    <Input prefix="find" name="from" label=t("book.from") kind="time" step="1800" value=if asked { form_search.from.clone() } else { "09:00".into() }/>
                    <Input prefix="find" name="to" label=t("book.to") kind="time" step="1800" value=if asked { form_search.to.clone() } else { "10:00".into() }/>
                </div>
                <button class="button button-primary" type="submit">{t("book.search")}</button>
            </form>
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("book.searching")}</p> }>
                {move || {
                    let search = search.clone();
                    Suspend::new(async move {
                        match result.await {
                            Ok(Some(found)) => results(found, search, people),
                            Ok(None) => ().into_any(),
                            Err(error) => view! { <ErrorSummary error=Some(error) prefix="find"/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}
