//! `/desk/parcels/register?date=…`: the register of a day at the desk, what arrived and what was
//! taken away, ready to print.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{arrived, what};
use crate::api::concierge::day_register;
use crate::domain::locale::long_date;
use crate::domain::parcel::ParcelRegister;
use crate::domain::{Locale, time::paris_time};
use crate::ui::components::{Audience, Columns, ErrorSummary, Input, data_table, guarded};
use crate::ui::i18n::{translate, translate_with, use_locale, use_t};

fn register_view(register: ParcelRegister, locale: Locale) -> AnyView {
    let t = move |key: &str| translate(locale, key);
    let day = long_date(register.day, locale);
    let heading = translate_with(
        locale,
        "desk.register_of",
        &[("site", &register.site_name), ("day", &day)],
    );
    let arrivals = if register.arrivals.is_empty() {
        view! { <p>{t("desk.no_arrivals")}</p> }.into_any()
    } else {
        let rows = register
            .arrivals
            .iter()
            .map(|p| {
                view! {
                    <tr>
                        <td>{paris_time(p.logged_at)}</td>
                        <th scope="row">{p.structure_name.clone()}</th>
                        <td>{what(p, locale)}</td>
                        <td>{p.note.clone().unwrap_or_default()}</td>
                    </tr>
                }
            })
            .collect_view();
        let columns = Columns {
            caption: t("desk.arrivals"),
            caption_hidden: false,
            headings: vec![
                t("desk.time"),
                t("desk.structure"),
                t("desk.what"),
                t("desk.note"),
            ],
            actions: None,
        };
        data_table(columns, rows)
    };
    let pickups = if register.pickups.is_empty() {
        view! { <p>{t("desk.no_pickups")}</p> }.into_any()
    } else {
        let rows = register
            .pickups
            .iter()
            .map(|p| {
                view! {
                    <tr>
                        <td>{p.picked_up_at.map(paris_time).unwrap_or_default()}</td>
                        <th scope="row">{p.structure_name.clone()}</th>
                        <td>{what(p, locale)}</td>
                        <td>{p.picked_up_by.clone().unwrap_or_default()}</td>
                        <td>{arrived(p, locale)}</td>
                    </tr>
                }
            })
            .collect_view();
        let columns = Columns {
            caption: t("desk.pickups"),
            caption_hidden: false,
            headings: vec![
                t("desk.time"),
                t("desk.structure"),
                t("desk.what"),
                t("desk.taken_by"),
                t("desk.arrived"),
            ],
            actions: None,
        };
        data_table(columns, rows)
    };
    view! {
        <h2>{heading}</h2>
        {arrivals}
        {pickups}
    }
    .into_any()
}

#[component]
pub fn ParcelRegisterPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let locale = use_locale();
        let query = use_query_map().get_untracked();
        let date = query.get("date").unwrap_or_default();
        let site = query.get("site");
        let register = Resource::new(
            {
                let date = date.clone();
                move || (site.clone(), date.clone())
            },
            |(site, date)| day_register(site, Some(date)),
        );
        view! {
            <Title text=t("desk.register_title")/>
            <section class="stack-lg">
                <p class="no-print"><a href="/desk/parcels">{t("desk.back")}</a></p>
                <h1>{t("desk.register_title")}</h1>
                <form class="panel search-form no-print" method="get" action="/desk/parcels/register">
                    <div class="form-row">
                        <Input prefix="register" name="date" label=t("book.date") kind="date" value=date.clone()/>
                    </div>
                    <button class="button button-primary" type="submit">{t("grid.show")}</button>
                </form>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || Suspend::new(async move {
                        match register.await {
                            Ok(register) => register_view(register, locale),
                            Err(error) => view! { <ErrorSummary error=Some(error) prefix="register"/> }.into_any(),
                        }
                    })}
                </Suspense>
            </section>
        }
    })
}
