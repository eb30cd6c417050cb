//! `/admin/structures/:id`: a structure's page for managers: facts and terms, pathway,
//! leases with their next steps, members, bookings and history.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::choices::{vocabulary_select, words};
use super::leases::{Confirming, leases_table};
use super::pathway::pathway;
use crate::api::structures::structure_info;
use crate::api::structures::{UpdateStructureFacts, UpdateStructureTerms};
use crate::domain::locale::long_date;
use crate::domain::{CustomerKind, StructureDetail, StructureStatus, StructureView};
use crate::ui::components::path_id;
use crate::ui::components::{Audience, guarded, page_error};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::format::date_time;
use crate::ui::i18n::{use_locale, use_t};

/// The facts a structure's members and managers edit.
pub(super) fn facts_form(s: &StructureView) -> impl IntoView + use<> {
    let t = use_t();
    let error = returned_error("update_structure_facts");
    let invalid = |field: &str| field_invalid(error.as_ref(), field);
    let (web, mail, phone) = (invalid("website"), invalid("email"), invalid("phone"));
    view! {
        <form class="panel stack" method="post" action=UpdateStructureFacts::PATH>
            <h2>{t("structure.facts")}</h2>
            <ErrorSummary error=error prefix="facts"/>
            <input type="hidden" name="id" value=s.id/>
            <div class="field">
                <label for="facts-activity">{t("structure.activity")}</label>
                <textarea id="facts-activity" name="facts[activity]" rows="3">{s.activity.clone()}</textarea>
            </div>
            <Input prefix="facts" name="website" param="facts[website]" label=t("structure.website") kind="url" value=s.website.clone().unwrap_or_default() required=false invalid=web/>
            <div class="form-row">
                <Input prefix="facts" name="email" param="facts[email]" label=t("structure.email") kind="email" value=s.email.clone().unwrap_or_default() required=false invalid=mail/>
                <Input prefix="facts" name="phone" param="facts[phone]" label=t("structure.phone") kind="tel" value=s.phone.clone().unwrap_or_default() required=false invalid=phone/>
            </div>
            <div class="field checkbox">
                <input id="facts-public_listing" name="facts[public_listing]" type="checkbox" value="true" checked=s.public_listing/>
                <label for="facts-public_listing">{t("structure.public_listing")}</label>
            </div>
            <button class="button button-primary" type="submit">{t("structure.save")}</button>
        </form>
    }
}

fn terms_form(s: &StructureView) -> impl IntoView + use<> {
    let t = use_t();
    let error = returned_error("update_structure_terms");
    let invalid = |field: &str| field_invalid(error.as_ref(), field);
    let (discount, hours) = (
        invalid("discount_percent"),
        invalid("included_hours_per_month"),
    );
    view! {
        <form class="panel stack" method="post" action=UpdateStructureTerms::PATH>
            <h2>{t("structure.terms")}</h2>
            <ErrorSummary error=error prefix="terms"/>
            <input type="hidden" name="id" value=s.id/>
            {vocabulary_select("terms-status".into(), "terms[status]", t("structure.status"), words!(StructureStatus), Some(s.status.as_str().into()), None)}
            {vocabulary_select("terms-customer_kind".into(), "terms[customer_kind]", t("structure.customer_kind"), words!(CustomerKind), Some(s.customer_kind.as_str().into()), None)}
            <div class="form-row">
                <Input prefix="terms" name="discount_percent" param="terms[discount_percent]" label=t("structure.discount") kind="number" min="0" value=s.discount_percent.to_string() hint=t("structure.discount_hint") invalid=discount/>
                <Input prefix="terms" name="included_hours_per_month" param="terms[included_hours_per_month]" label=t("structure.included_hours") kind="number" min="0" value=s.included_hours_per_month.to_string() hint=t("structure.included_hint") invalid=hours/>
            </div>
            <button class="button button-primary" type="submit">{t("structure.save")}</button>
        </form>
    }
}

/// The heading facts of a structure.
pub(super) fn header(s: &StructureView) -> impl IntoView + use<> {
    let t = use_t();
    let locale = use_locale();
    let since = long_date(crate::domain::time::paris_day(s.created_at), locale);
    view! {
        <div class="stack">
            <h1>{s.name.clone()}</h1>
            <p class="lead">
                <span class=format!("badge badge-{}", s.status.as_str())>{t(&s.status.label_key())}</span>
                " "{t(&s.legal_form.label_key())}" · "{t(&s.sector.label_key())}
            </p>
            <dl class="facts">
                <dt>{t("structure.siret")}</dt><dd>{s.siret.clone().unwrap_or_else(|| t("structure.no_siret"))}</dd>
                <dt>{t("structure.since")}</dt><dd>{since}</dd>
                {s.left_on.map(|d| view! { <dt>{t("structure.left_on")}</dt><dd>{long_date(d, locale)}</dd> })}
            </dl>
        </div>
    }
}

/// The members, by name.
pub(super) fn members(detail: &StructureDetail) -> impl IntoView + use<> {
    let t = use_t();
    let items = detail
        .members
        .iter()
        .map(|m| {
            let invited = m
                .invited
                .then(|| view! { " " <span class="badge">{t("structure.invited")}</span> });
            view! { <li>{m.display_name.clone()}" — "{m.email.clone()}{invited}</li> }
        })
        .collect_view();
    view! {
        <section class="stack" aria-labelledby="members-title">
            <h2 id="members-title">{t("structure.members")}</h2>
            {if detail.members.is_empty() {
                view! { <p>{t("structure.no_members")}</p> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }}
        </section>
    }
}

fn history(detail: &StructureDetail) -> impl IntoView + use<> {
    let t = use_t();
    let locale = use_locale();
    let rows = detail
        .history
        .iter()
        .map(|e| {
            view! {
                <tr>
                    <td>{date_time(e.at, locale)}</td>
                    <td>{t(&e.action.label_key())}</td>
                    <td>{e.actor.clone().unwrap_or_default()}</td>
                    <td>{e.detail.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="stack" aria-labelledby="history-title">
            <h2 id="history-title">{t("structure.history")}</h2>
            <table class="table">
                <caption class="visually-hidden">{t("structure.history")}</caption>
                <thead><tr>
                    <th scope="col">{t("audit.when")}</th>
                    <th scope="col">{t("audit.what")}</th>
                    <th scope="col">{t("audit.who")}</th>
                    <th scope="col">{t("audit.detail")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

fn bookings(detail: &StructureDetail) -> impl IntoView + use<> {
    let t = use_t();
    let locale = use_locale();
    if detail.bookings.is_empty() {
        return view! { <p>{t("structure.no_bookings")}</p> }.into_any();
    }
    view! {
        <ul>
            {detail.bookings.iter().map(|b| view! {
                <li>{date_time(b.starts_at, locale)}" — "{b.space_name.clone()}" — "{b.title.clone()}" ("{t(&b.status.label_key())}")"</li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
pub fn StructurePage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let id = path_id();
        let query = use_query_map().get_untracked();
        let number = |name: &str| query.get(name).and_then(|v| v.parse().ok());
        let confirming = Confirming {
            delete: number("delete"),
            notice: number("notice"),
            move_out: number("move_out"),
            renew: number("renew"),
        };
        let notice = [
            ("created", "structure.created"),
            ("saved", "structure.saved"),
            ("lease_created", "lease.created"),
            ("lease_saved", "lease.saved"),
            ("lease_deleted", "lease.deleted"),
            ("lease_renewed", "lease.renewed"),
        ]
        .into_iter()
        .find(|(param, _)| query.get(param).is_some())
        .map(|(_, key)| t(key));
        let step_error = returned_error("lease_step")
            .or_else(|| returned_error("delete_lease"))
            .or_else(|| returned_error("renew_lease"));
        let detail = Resource::new(move || id, structure_info);
        view! {
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                {move || {
                    let step_error = step_error.clone();
                    let notice = notice.clone();
                    Suspend::new(async move {
                        match detail.await {
                            Ok(d) => {
                                let here = format!("/admin/structures/{}", d.structure.id);
                                view! {
                                    <Title text=d.structure.name.clone()/>
                                    <section class="stack-lg">
                                        <p><a href="/admin/structures">{t("directory.back")}</a></p>
                                        {header(&d.structure)}
                                        {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                                        <ErrorSummary error=step_error prefix="lease"/>
                                        {pathway(d.pathway.clone())}
                                        <section class="stack" aria-labelledby="leases-title">
                                            <div class="page-head">
                                                <h2 id="leases-title">{t("lease.title")}</h2>
                                                <a class="button button-primary" href=format!("/admin/leases/new?structure={}", d.structure.id)>{t("lease.new")}</a>
                                            </div>
                                            {leases_table(d.leases.clone(), true, here, confirming)}
                                        </section>
                                        {members(&d)}
                                        <section class="stack" aria-labelledby="bookings-title">
                                            <h2 id="bookings-title">{t("structure.bookings")}</h2>
                                            {bookings(&d)}
                                        </section>
                                        <div class="grid-2">
                                            {facts_form(&d.structure)}
                                            {terms_form(&d.structure)}
                                        </div>
                                        {history(&d)}
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
