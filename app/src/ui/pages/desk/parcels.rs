//! `/desk/parcels`: the desk logs an arrival in a few keystrokes (the structure found as its
//! name is typed) and hands parcels over, structure by structure, naming who took them.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{arrived, what};
use crate::api::concierge::{LogParcel, PickupParcels, desk_parcels, parcel_recipients};
use crate::domain::parcel::{CARRIERS, ParcelSize, ParcelView};
use crate::domain::{AppError, Locale};
use crate::ui::components::{
    Audience, Columns, ErrorSummary, Input, data_table, field_invalid, guarded, load_error,
    returned_error,
};
use crate::ui::i18n::{translate, translate_with, use_locale, use_t};

/// The form that logs one arrival; the structure field takes the focus, ready for the next.
fn arrival_form(recipients: Vec<String>, error: Option<&AppError>) -> impl IntoView + use<> {
    let t = use_t();
    let invalid = |field| field_invalid(error, field);
    let names = recipients
        .into_iter()
        .map(|name| view! { <option value=name></option> })
        .collect_view();
    let carriers = CARRIERS
        .iter()
        .map(|c| view! { <option value=*c></option> })
        .collect_view();
    let sizes = ParcelSize::ALL
        .iter()
        .map(|s| {
            let selected = *s == ParcelSize::Small;
            view! { <option value=s.as_str() selected=selected>{t(&s.label_key())}</option> }
        })
        .collect_view();
    let structure_invalid = invalid("structure_id");
    view! {
        <form class="panel stack" method="post" action=LogParcel::PATH aria-labelledby="arrival-title">
            <h2 id="arrival-title">{t("desk.log_title")}</h2>
            <div class="field">
                <label for="parcel-structure_id">{t("desk.structure")}</label>
                <p class="field-hint" id="parcel-structure_id-hint">{t("desk.structure_hint")}</p>
                <input id="parcel-structure_id" name="structure" list="parcel-recipients" autocomplete="off"
                    required=true autofocus=true aria-describedby="parcel-structure_id-hint"
                    aria-invalid=structure_invalid.then_some("true")/>
                <datalist id="parcel-recipients">{names}</datalist>
            </div>
            <div class="grid-2">
                <div class="field">
                    <label for="parcel-carrier">{t("desk.carrier")}</label>
                    <input id="parcel-carrier" name="carrier" list="parcel-carriers" autocomplete="off"
                        required=true maxlength="60" aria-invalid=invalid("carrier").then_some("true")/>
                    <datalist id="parcel-carriers">{carriers}</datalist>
                </div>
                <Input prefix="parcel" name="count" label=t("desk.count") kind="number" min="1" value="1".to_owned() invalid=invalid("count")/>
            </div>
            <div class="grid-2">
                <div class="field">
                    <label for="parcel-size">{t("desk.size")}</label>
                    <select id="parcel-size" name="size" aria-invalid=invalid("size").then_some("true")>{sizes}</select>
                </div>
                <Input prefix="parcel" name="note" label=t("desk.note") required=false invalid=invalid("note")/>
            </div>
            <button class="button button-primary" type="submit">{t("desk.log")}</button>
        </form>
    }
}

/// One structure's waiting parcels, and the form that hands them all over.
fn structure_block(parcels: Vec<ParcelView>, locale: Locale) -> impl IntoView {
    let t = move |key: &str| translate(locale, key);
    let name = parcels
        .first()
        .map(|p| p.structure_name.clone())
        .unwrap_or_default();
    let structure = parcels.first().map(|p| p.structure_id).unwrap_or_default();
    let count: i32 = parcels.iter().map(|p| p.count).sum();
    let ids = parcels
        .iter()
        .map(|p| view! { <input type="hidden" name="ids[]" value=p.id/> })
        .collect_view();
    let rows = parcels
        .iter()
        .map(|p| {
            let told = if p.notified_at.is_some() {
                t("desk.told")
            } else {
                t("desk.not_told_yet")
            };
            let class = p.overdue.then_some("overdue");
            view! {
                <tr class=class>
                    <td>{what(p, locale)}</td>
                    <td>{arrived(p, locale)}</td>
                    <td>{p.note.clone().unwrap_or_default()}</td>
                    <td>{told}</td>
                </tr>
            }
        })
        .collect_view();
    let columns = Columns {
        caption: translate_with(
            locale,
            "desk.waiting_for",
            &[("structure", &name), ("n", &count.to_string())],
        ),
        caption_hidden: false,
        headings: vec![
            t("desk.what"),
            t("desk.arrived"),
            t("desk.note"),
            t("desk.mail"),
        ],
        actions: None,
    };
    let field = format!("taken-by-{structure}");
    view! {
        <section class="panel stack" id=format!("structure-{structure}")>
            {data_table(columns, rows)}
            <form class="inline-form" method="post" action=PickupParcels::PATH>
                {ids}
                <label for=field.clone()>{t("desk.taken_by")}</label>
                <input id=field name="taken_by" required=true maxlength="120" autocomplete="off"/>
                <button class="button button-secondary" type="submit">
                    {t("desk.hand_over")}<span class="visually-hidden">{format!(" : {name}")}</span>
                </button>
            </form>
        </section>
    }
}

/// The waiting parcels, structure by structure in the order their first parcel arrived.
fn waiting(parcels: Vec<ParcelView>, locale: Locale) -> AnyView {
    if parcels.is_empty() {
        return view! { <p>{translate(locale, "desk.none_waiting")}</p> }.into_any();
    }
    let mut groups: Vec<Vec<ParcelView>> = Vec::new();
    for parcel in parcels {
        match groups
            .iter_mut()
            .find(|g| g[0].structure_id == parcel.structure_id)
        {
            Some(group) => group.push(parcel),
            None => groups.push(vec![parcel]),
        }
    }
    groups
        .into_iter()
        .map(|group| structure_block(group, locale))
        .collect_view()
        .into_any()
}

#[component]
pub fn DeskParcelsPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let locale = use_locale();
        let query = use_query_map().get_untracked();
        let notice = if query.get("logged").is_some() {
            Some(t("desk.logged"))
        } else {
            query
                .get("picked")
                .map(|n| translate_with(locale, "desk.picked", &[("n", &n)]))
        };
        let error = returned_error("log_parcel").or_else(|| returned_error("pickup_parcels"));
        let recipients = Resource::new(|| (), |()| parcel_recipients());
        let parcels = Resource::new(|| (), |()| desk_parcels());
        let today = crate::domain::time::paris_day(chrono::Utc::now());
        view! {
            <Title text=t("desk.parcels_title")/>
            <section class="stack-lg">
                <h1>{t("desk.parcels_title")}</h1>
                <p class="lead">{t("desk.parcels_intro")}</p>
                <p><a href="/desk/visitors">{t("desk.to_visitors")}</a></p>
                {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                <ErrorSummary error=error.clone() prefix="parcel"/>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || {
                        let error = error.clone();
                        Suspend::new(async move {
                            match recipients.await {
                                Ok(names) => arrival_form(names, error.as_ref()).into_any(),
                                Err(e) => load_error(&e),
                            }
                        })
                    }}
                </Suspense>
                <h2>{t("desk.waiting")}</h2>
                <p><a href=format!("/desk/parcels/register?date={today}")>{t("desk.register_link")}</a></p>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || Suspend::new(async move {
                        match parcels.await {
                            Ok(list) => waiting(list, locale),
                            Err(e) => load_error(&e),
                        }
                    })}
                </Suspense>
            </section>
        }
    })
}
