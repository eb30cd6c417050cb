//! `/admin/editions/:id`: an edition's days, hours, call and publication, its stall types,
//! and its stalls, generated in numbered rows and removed one by one after a confirmation.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::fields::line;
use crate::api::event_making::{
    AddStallType, AddStalls, RemoveStall, RenumberStall, UpdateEdition, edition_for_managers,
};
use crate::domain::AppError;
use crate::domain::events::{EditionDetail, EditionInput, StallRow};
use crate::domain::money::Money;
use crate::ui::components::{
    Audience, Columns, ErrorSummary, Input, Placed, PlanEditor, PlanTarget, Question, ask_link,
    data_table, field_invalid, guarded, notice_key, page_error, path_id, question, returned_error,
};
use crate::ui::i18n::{use_locale, use_t};

/// The fields of an edition's form, filled from `input`.
pub fn edition_fields(input: &EditionInput, error: Option<&AppError>) -> impl IntoView + use<> {
    let t = use_t();
    let field = |name: &'static str,
                 param: &'static str,
                 kind: &'static str,
                 value: &String,
                 required: bool| {
        line("edition", name, param, kind, value.clone(), required, error)
    };
    view! {
        <div class="grid-2">
            {field("starts_on", "input[starts_on]", "date", &input.starts_on, true)}
            {field("ends_on", "input[ends_on]", "date", &input.ends_on, false)}
            {field("opens", "input[opens]", "time", &input.opens, true)}
            {field("closes", "input[closes]", "time", &input.closes, true)}
            {field("call_opens_on", "input[call_opens_on]", "date", &input.call_opens_on, true)}
            {field("call_closes_on", "input[call_closes_on]", "date", &input.call_closes_on, true)}
        </div>
        <div class="choice">
            <input type="checkbox" id="edition-published" name="input[published]" value="true" checked=input.published/>
            <label for="edition-published">{t("events_admin.publish")}</label>
        </div>
    }
}

/// The stall types of `edition` and the form to add one.
fn types_section(edition: &EditionDetail) -> impl IntoView + use<> {
    let t = use_t();
    let locale = use_locale();
    let error = returned_error("add_stall_type");
    let invalid = |field| field_invalid(error.as_ref(), field);
    let rows = edition
        .stall_types
        .iter()
        .map(|k| {
            view! {
                <tr>
                    <th scope="row">{k.name.clone()}</th>
                    <td>{format!("{} × {} cm", k.width_cm, k.depth_cm)}</td>
                    <td>{Money::from_cents(k.price_cents).format(locale)}</td>
                    <td>{if k.power { t("events_admin.yes") } else { t("events_admin.no") }}</td>
                </tr>
            }
        })
        .collect_view();
    let list = if edition.stall_types.is_empty() {
        view! { <p>{t("events_admin.no_types")}</p> }.into_any()
    } else {
        view! {
            <table class="table">
                <caption class="visually-hidden">{t("events_admin.stall_types")}</caption>
                <thead><tr>
                    <th scope="col">{t("market.name")}</th>
                    <th scope="col">{t("events_admin.size")}</th>
                    <th scope="col">{t("events_admin.price")}</th>
                    <th scope="col">{t("events_admin.power")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section class="panel stack" id="stall-types" aria-labelledby="types-title">
            <h2 id="types-title">{t("events_admin.stall_types")}</h2>
            {list}
            <ErrorSummary error=error.clone() prefix="stall_type"/>
            <form class="stack" method="post" action=AddStallType::PATH>
                <h3>{t("events_admin.add_type")}</h3>
                <input type="hidden" name="id" value=edition.id/>
                <Input prefix="stall_type" name="name" param="form[name]" label=t("market.name") invalid=invalid("name")/>
                <div class="grid-2">
                    <Input prefix="stall_type" name="width_cm" param="form[width_cm]" label=t("events_admin.width_cm") kind="number" min="50" step="10" invalid=invalid("width_cm")/>
                    <Input prefix="stall_type" name="depth_cm" param="form[depth_cm]" label=t("events_admin.depth_cm") kind="number" min="50" step="10" invalid=invalid("depth_cm")/>
                    <Input prefix="stall_type" name="price_cents" param="form[price]" label=t("events_admin.price_euros") invalid=invalid("price_cents")/>
                </div>
                <div class="choice">
                    <input type="checkbox" id="stall_type-power" name="form[power]" value="on"/>
                    <label for="stall_type-power">{t("events_admin.power")}</label>
                </div>
                <button class="button button-primary" type="submit">{t("events_admin.add_type")}</button>
            </form>
        </section>
    }
}

fn stall_row(edition: i32, stall: &StallRow, confirm: bool) -> impl IntoView + use<> {
    let t = use_t();
    let action = if stall.holder.is_some() {
        view! { <span class="muted">{t("events_admin.held")}</span> }.into_any()
    } else if confirm {
        question(Question {
            action: RemoveStall::PATH,
            fields: vec![
                ("edition", edition.to_string()),
                ("id", stall.id.to_string()),
            ],
            text: t("events_admin.confirm_remove_stall"),
            yes: t("events_admin.remove_stall_yes"),
            back: format!("/admin/editions/{edition}#stalls"),
        })
    } else {
        ask_link(
            format!("/admin/editions/{edition}?remove_stall={}#stalls", stall.id),
            t("events_admin.remove_stall"),
            Some(format!(" {}", stall.number)),
        )
    };
    let renumber = view! {
        <form method="post" action=RenumberStall::PATH class="inline">
            <input type="hidden" name="edition" value=edition/>
            <input type="hidden" name="id" value=stall.id/>
            <label class="visually-hidden" for=format!("stall-number-{}", stall.id)>
                {format!("{} {}", t("events_admin.number"), stall.number)}
            </label>
            <input id=format!("stall-number-{}", stall.id) class="number-input" name="number" type="number" min="1" value=stall.number required/>
            <button class="button button-secondary" type="submit">{t("events_admin.renumber")}</button>
        </form>
    };
    view! {
        <tr>
            <th scope="row">{stall.number}</th>
            <td>{renumber}</td>
            <td>{stall.stall_type.clone()}</td>
            <td>{stall.holder.clone().unwrap_or_default()}</td>
            <td>{action}</td>
        </tr>
    }
}

/// The stalls of `edition`, the one to confirm removing, and the form that adds rows of them.
fn stalls_section(edition: &EditionDetail, remove: Option<i32>) -> impl IntoView + use<> {
    let t = use_t();
    let error = returned_error("add_stalls");
    let invalid = |field| field_invalid(error.as_ref(), field);
    let types = edition
        .stall_types
        .iter()
        .map(|k| view! { <option value=k.id>{k.name.clone()}</option> })
        .collect_view();
    let per_row = [5, 10, 15, 20, 25, 30]
        .map(|n| view! { <option value=n selected=n == 10>{n}</option> })
        .collect_view();
    let editor = (!edition.stalls.is_empty()).then(|| {
        let height = edition.stalls.iter().map(|s| s.y + s.h).max().unwrap_or(0) + 20;
        let placed: Vec<Placed> = edition
            .stalls
            .iter()
            .map(|s| Placed {
                id: s.id,
                label: s.number.to_string(),
                x: s.x,
                y: s.y,
                w: s.w,
                h: s.h,
            })
            .collect();
        view! {
            <PlanEditor
                target=PlanTarget::Stalls
                width=1000
                height=height.max(300)
                picture=None
                spaces=placed
                hint=t("plan.editor_hint")
                saved=t("plan.editor_saved")
                failed=t("events_admin.editor_failed")
            />
        }
    });
    let list = if edition.stalls.is_empty() {
        view! { <p>{t("events_admin.no_stalls")}</p> }.into_any()
    } else {
        let rows = edition
            .stalls
            .iter()
            .map(|s| stall_row(edition.id, s, remove == Some(s.id)))
            .collect_view();
        let columns = Columns {
            caption: t("events_admin.stalls"),
            caption_hidden: true,
            headings: vec![
                t("events_admin.number"),
                t("events_admin.new_number"),
                t("events_admin.stall_type"),
                t("events_admin.holder"),
            ],
            actions: Some(t("bookings.actions")),
        };
        view! { <div class="table-scroll">{data_table(columns, rows)}</div> }.into_any()
    };
    let form = if edition.stall_types.is_empty() {
        view! { <p>{t("events_admin.types_first")}</p> }.into_any()
    } else {
        view! {
            <ErrorSummary error=error.clone() prefix="stalls"/>
            <form class="stack" method="post" action=AddStalls::PATH>
                <h3>{t("events_admin.add_stalls")}</h3>
                <p class="field-hint">{t("events_admin.add_stalls_hint")}</p>
                <input type="hidden" name="id" value=edition.id/>
                <div class="grid-2">
                    <div class="field">
                        <label for="stalls-stall_type_id">{t("events_admin.stall_type")}</label>
                        <select id="stalls-stall_type_id" name="input[stall_type_id]">{types}</select>
                    </div>
                    <Input prefix="stalls" name="count" param="input[count]" label=t("events_admin.count") kind="number" min="1" invalid=invalid("count")/>
                    <div class="field">
                        <label for="stalls-per_row">{t("events_admin.per_row")}</label>
                        <select id="stalls-per_row" name="input[per_row]">{per_row}</select>
                    </div>
                </div>
                <button class="button button-primary" type="submit">{t("events_admin.add_stalls")}</button>
            </form>
        }
        .into_any()
    };
    view! {
        <section class="panel stack" id="stalls" aria-labelledby="stalls-title">
            <h2 id="stalls-title">{t("events_admin.stalls")}</h2>
            <p><a href=format!("/admin/editions/{}/plan", edition.id)>{t("events_admin.plan_link")}</a></p>
            <ErrorSummary error=returned_error("renumber_stall") prefix="stalls"/>
            {editor}
            {list}
            {form}
        </section>
    }
}

/// The notices an edition's page shows after an action.
const NOTICES: [(&str, &str); 6] = [
    ("stall_renumbered", "events_admin.stall_renumbered"),
    ("created", "events_admin.edition_created"),
    ("saved", "events_admin.edition_saved"),
    ("type_added", "events_admin.type_added"),
    ("stalls_added", "events_admin.stalls_added"),
    ("stall_removed", "events_admin.stall_removed"),
];

#[component]
pub fn EditionPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let id = path_id();
        let query = use_query_map().get_untracked();
        let notice = notice_key(&NOTICES).map(t);
        let remove: Option<i32> = query.get("remove_stall").and_then(|id| id.parse().ok());
        let edition = Resource::new(move || id, edition_for_managers);
        view! {
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                {move || {
                    let notice = notice.clone();
                    Suspend::new(async move {
                        match edition.await {
                            Ok(edition) => {
                                let error = returned_error("update_edition");
                                let title = format!("{} {}", edition.event_name, edition.year);
                                view! {
                                    <Title text=title.clone()/>
                                    <section class="stack-lg narrow">
                                        <p><a href=format!("/admin/events/{}", edition.event_slug)>{format!("← {}", edition.event_name)}</a></p>
                                        <h1>{title}</h1>
                                        <p class="muted">
                                            <a href=format!("/admin/editions/{}/applications", edition.id)>{t("events_admin.applications_link")}</a>" · "
                                            <a href=format!("/admin/editions/{}/report", edition.id)>{t("events_admin.report_link")}</a>
                                        </p>
                                        {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                                        <ErrorSummary error=error.clone() prefix="edition"/>
                                        <form class="panel stack" method="post" action=UpdateEdition::PATH>
                                            <input type="hidden" name="id" value=edition.id/>
                                            {edition_fields(&edition.input, error.as_ref())}
                                            <button class="button button-primary" type="submit">{t("events_admin.save_edition")}</button>
                                        </form>
                                        {types_section(&edition)}
                                        {stalls_section(&edition, remove)}
                                    </section>
                                }
                                .into_any()
                            }
                            Err(e) => page_error(&e),
                        }
                    })
                }}
            </Suspense>
        }
    })
}
