//! `/visitors`: a member announces a visitor for their structure and sees the coming ones;
//! `/desk/visitors?date=…`: the desk's list of a day's expected visitors, each checked in with
//! one button (the host is mailed at once).
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::visitors::{AnnounceVisitor, CheckInVisitor, desk_visitors, my_visitors};
use crate::domain::locale::long_date;
use crate::domain::time::paris_time;
use crate::domain::visitor::VisitorView;
use crate::domain::{AppError, Locale};
use crate::ui::components::{
    Audience, Columns, ErrorSummary, Input, data_table, field_invalid, guarded, load_error,
    returned_error,
};
use crate::ui::i18n::{translate, use_locale, use_t};

/// `Awa Diallo (Coopérative Oasis)`, or the mention that the name was erased.
fn who(visit: &VisitorView, locale: Locale) -> String {
    match (&visit.name, &visit.company) {
        (Some(name), Some(company)) => format!("{name} ({company})"),
        (Some(name), None) => name.clone(),
        _ => translate(locale, "visits.erased"),
    }
}

fn arrival(visit: &VisitorView, locale: Locale) -> String {
    visit.arrived_at.map_or_else(
        || translate(locale, "visits.not_yet"),
        |at| {
            format!(
                "{} {}",
                translate(locale, "visits.arrived_at"),
                paris_time(at)
            )
        },
    )
}

/// The announcing form: the member's acting structure is the one visited.
fn announce_form(error: Option<&AppError>, today: String) -> impl IntoView + use<> {
    let t = use_t();
    let invalid = |field| field_invalid(error, field);
    view! {
        <form class="panel stack" method="post" action=AnnounceVisitor::PATH aria-labelledby="announce-title">
            <h2 id="announce-title">{t("visits.announce_title")}</h2>
            <div class="grid-2">
                <Input prefix="visitor" name="name" label=t("visits.name") autocomplete="off" invalid=invalid("name")/>
                <Input prefix="visitor" name="company" label=t("visits.company") required=false invalid=invalid("company")/>
            </div>
            <div class="grid-2">
                <Input prefix="visitor" name="day" label=t("book.date") kind="date" value=today invalid=invalid("day")/>
                <Input prefix="visitor" name="expected_at" label=t("visits.expected_at") kind="time" required=false invalid=invalid("expected_at")/>
            </div>
            <button class="button button-primary" type="submit">{t("visits.announce")}</button>
        </form>
    }
}

fn coming(list: Vec<VisitorView>, locale: Locale) -> AnyView {
    let t = move |key: &str| translate(locale, key);
    if list.is_empty() {
        return view! { <p>{t("visits.none_coming")}</p> }.into_any();
    }
    let rows = list
        .iter()
        .map(|v| {
            view! {
                <tr>
                    <td>{long_date(v.day, locale)}</td>
                    <td>{v.expected_at.clone().unwrap_or_default()}</td>
                    <th scope="row">{who(v, locale)}</th>
                    <td>{v.host.clone().unwrap_or_default()}</td>
                    <td>{arrival(v, locale)}</td>
                </tr>
            }
        })
        .collect_view();
    let columns = Columns {
        caption: t("visits.coming"),
        caption_hidden: false,
        headings: vec![
            t("book.date"),
            t("visits.expected_at"),
            t("visits.name"),
            t("visits.host"),
            t("visits.arrival"),
        ],
        actions: None,
    };
    data_table(columns, rows)
}

#[component]
pub fn MyVisitorsPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::SignedIn, move |_| {
        let locale = use_locale();
        let notice = use_query_map()
            .get_untracked()
            .get("announced")
            .map(|_| t("visits.announced"));
        let error = returned_error("announce_visitor");
        let today = crate::domain::time::paris_day(chrono::Utc::now()).to_string();
        let list = Resource::new(|| (), |()| my_visitors());
        view! {
            <Title text=t("visits.title")/>
            <section class="stack-lg">
                <h1>{t("visits.title")}</h1>
                <p class="lead">{t("visits.intro")}</p>
                {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                <ErrorSummary error=error.clone() prefix="visitor"/>
                {announce_form(error.as_ref(), today)}
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || Suspend::new(async move {
                        match list.await {
                            Ok(list) => coming(list, locale),
                            Err(e) => load_error(&e),
                        }
                    })}
                </Suspense>
                <p class="field-hint">{t("visits.retention")}</p>
            </section>
        }
    })
}

fn desk_row(visit: &VisitorView, locale: Locale) -> impl IntoView + use<> {
    let t = move |key: &str| translate(locale, key);
    let action = if visit.arrived_at.is_some() {
        view! { <span>{arrival(visit, locale)}</span> }.into_any()
    } else {
        view! {
            <form method="post" action=CheckInVisitor::PATH>
                <input type="hidden" name="id" value=visit.id/>
                <button class="button button-secondary" type="submit">
                    {t("visits.check_in")}<span class="visually-hidden">{format!(" : {}", who(visit, locale))}</span>
                </button>
            </form>
        }
        .into_any()
    };
    view! {
        <tr id=format!("visitor-{}", visit.id)>
            <td>{visit.expected_at.clone().unwrap_or_default()}</td>
            <th scope="row">{who(visit, locale)}</th>
            <td>{visit.structure_name.clone()}</td>
            <td>{visit.host.clone().unwrap_or_default()}</td>
            <td>{action}</td>
        </tr>
    }
}

fn desk_list(list: Vec<VisitorView>, locale: Locale) -> AnyView {
    let t = move |key: &str| translate(locale, key);
    if list.is_empty() {
        return view! { <p>{t("visits.none_expected")}</p> }.into_any();
    }
    let columns = Columns {
        caption: t("visits.expected"),
        caption_hidden: false,
        headings: vec![
            t("visits.expected_at"),
            t("visits.name"),
            t("desk.structure"),
            t("visits.host"),
        ],
        actions: Some(t("visits.arrival")),
    };
    data_table(
        columns,
        list.iter().map(|v| desk_row(v, locale)).collect_view(),
    )
}

#[component]
pub fn DeskVisitorsPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let locale = use_locale();
        let query = use_query_map().get_untracked();
        let date = query.get("date").unwrap_or_default();
        let notice = query.get("arrived").map(|_| t("visits.checked_in"));
        let error = returned_error("check_in_visitor");
        let list = Resource::new(
            {
                let date = date.clone();
                move || date.clone()
            },
            desk_visitors,
        );
        view! {
            <Title text=t("visits.desk_title")/>
            <section class="stack-lg">
                <h1>{t("visits.desk_title")}</h1>
                <p class="lead">{t("visits.desk_intro")}</p>
                <p><a href="/desk/parcels">{t("desk.back")}</a></p>
                {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                <ErrorSummary error=error prefix="visitor"/>
                <form class="panel search-form" method="get" action="/desk/visitors">
                    <div class="form-row">
                        <Input prefix="visitors" name="date" label=t("book.date") kind="date" value=date.clone() required=false/>
                    </div>
                    <button class="button button-primary" type="submit">{t("grid.show")}</button>
                </form>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || Suspend::new(async move {
                        match list.await {
                            Ok(list) => desk_list(list, locale),
                            Err(error) => view! { <ErrorSummary error=Some(error) prefix="visitors"/> }.into_any(),
                        }
                    })}
                </Suspense>
            </section>
        }
    })
}
