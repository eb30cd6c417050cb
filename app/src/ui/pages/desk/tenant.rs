//! `/parcels`: the parcels waiting at the desk for the member's structures, and the last ones
//! taken away.
use leptos::prelude::*;
use leptos_meta::Title;

use super::{arrived, what};
use crate::api::concierge::my_parcels;
use crate::domain::Locale;
use crate::domain::parcel::ParcelView;
use crate::ui::components::{Audience, Columns, data_table, guarded, load_error};
use crate::ui::format::date_time;
use crate::ui::i18n::{translate, use_locale, use_t};

/// A table of parcels, each row the structure, what arrived, then the two `more` cells.
fn table(
    parcels: &[ParcelView],
    caption: &str,
    more: [&str; 2],
    cells: fn(&ParcelView, Locale) -> [String; 2],
    locale: Locale,
) -> AnyView {
    let t = move |key: &str| translate(locale, key);
    let rows = parcels
        .iter()
        .map(|p| {
            let [first, second] = cells(p, locale);
            view! {
                <tr>
                    <th scope="row">{p.structure_name.clone()}</th>
                    <td>{what(p, locale)}</td>
                    <td>{first}</td>
                    <td>{second}</td>
                </tr>
            }
        })
        .collect_view();
    let columns = Columns {
        caption: t(caption),
        caption_hidden: false,
        headings: vec![t("desk.structure"), t("desk.what"), t(more[0]), t(more[1])],
        actions: None,
    };
    data_table(columns, rows)
}

fn lists(parcels: Vec<ParcelView>, locale: Locale) -> AnyView {
    let (waiting, taken): (Vec<ParcelView>, Vec<ParcelView>) =
        parcels.into_iter().partition(|p| p.picked_up_at.is_none());
    let waiting = if waiting.is_empty() {
        view! { <p>{translate(locale, "parcels.none_waiting")}</p> }.into_any()
    } else {
        let cells =
            |p: &ParcelView, locale| [arrived(p, locale), p.note.clone().unwrap_or_default()];
        table(
            &waiting,
            "parcels.waiting",
            ["desk.arrived", "desk.note"],
            cells,
            locale,
        )
    };
    let taken = (!taken.is_empty()).then(|| {
        let cells = |p: &ParcelView, locale| {
            let at = p.picked_up_at.map(|at| date_time(at, locale));
            [
                at.unwrap_or_default(),
                p.picked_up_by.clone().unwrap_or_default(),
            ]
        };
        table(
            &taken,
            "parcels.taken",
            ["parcels.taken_at", "desk.taken_by"],
            cells,
            locale,
        )
    });
    view! { {waiting} {taken} }.into_any()
}

#[component]
pub fn MyParcelsPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::SignedIn, move |_| {
        let locale = use_locale();
        let parcels = Resource::new(|| (), |()| my_parcels());
        view! {
            <Title text=t("parcels.title")/>
            <section class="stack-lg">
                <h1>{t("parcels.title")}</h1>
                <p class="lead">{t("parcels.intro")}</p>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || Suspend::new(async move {
                        match parcels.await {
                            Ok(list) => lists(list, locale),
                            Err(e) => load_error(&e),
                        }
                    })}
                </Suspense>
            </section>
        }
    })
}
