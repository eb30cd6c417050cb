//! A structure's leases as a table; managers take each lease's next step from it.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::leases::{DeleteLease, LeaseStep, RenewLease};
use crate::domain::locale::long_date;
use crate::domain::{LeaseStatus, LeaseView, Money};
use crate::ui::components::{Question, question};
use crate::ui::format::area;
use crate::ui::i18n::{translate_with, use_locale, use_t};

/// Which lease a confirmation step is open for, read from the page's address.
#[derive(Clone, Copy, Debug, Default)]
pub struct Confirming {
    pub delete: Option<i32>,
    pub notice: Option<i32>,
    pub move_out: Option<i32>,
    pub renew: Option<i32>,
}

fn actions(lease: &LeaseView, here: &str, confirming: Confirming) -> AnyView {
    let t = use_t();
    let id = lease.id;
    let step_button = |step: &'static str, label: String| {
        view! {
            <form method="post" action=LeaseStep::PATH class="inline">
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="step" value=step/>
                <button class="button button-secondary" type="submit">{label}</button>
            </form>
        }
    };
    if confirming.delete == Some(id) {
        return question(Question {
            action: DeleteLease::PATH,
            fields: vec![
                ("id", id.to_string()),
                ("structure_id", lease.structure_id.to_string()),
            ],
            text: t("lease.confirm_delete"),
            yes: t("lease.delete_yes"),
            back: here.to_owned(),
        });
    }
    if confirming.notice == Some(id) {
        return view! {
            <form method="post" action=LeaseStep::PATH class="stack inline-confirm">
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="step" value="notice"/>
                <div class="field">
                    <label for=format!("notice-on-{id}")>{t("lease.notice_on")}</label>
                    <input id=format!("notice-on-{id}") name="on" type="date" required/>
                </div>
                <div class="field">
                    <label for=format!("notice-ends-{id}")>{t("lease.ends_on")}</label>
                    <input id=format!("notice-ends-{id}") name="ends_on" type="date" required/>
                </div>
                <button class="button button-primary" type="submit">{t("lease.notice_save")}</button>
                <a class="button button-secondary" href=here.to_owned()>{t("form.cancel")}</a>
            </form>
        }
        .into_any();
    }
    if confirming.move_out == Some(id) {
        return view! {
            <form method="post" action=LeaseStep::PATH class="stack inline-confirm">
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="step" value="move_out"/>
                <p>{t("lease.move_out_warning")}</p>
                <div class="field">
                    <label for=format!("move-out-{id}")>{t("lease.move_out_on")}</label>
                    <input id=format!("move-out-{id}") name="on" type="date" required/>
                </div>
                <button class="button button-danger" type="submit">{t("lease.move_out_save")}</button>
                <a class="button button-secondary" href=here.to_owned()>{t("form.cancel")}</a>
            </form>
        }
        .into_any();
    }
    if confirming.renew == Some(id) {
        return view! {
            <form method="post" action=RenewLease::PATH class="stack inline-confirm">
                <input type="hidden" name="id" value=id/>
                <p>{t("lease.renew_intro")}</p>
                <div class="field">
                    <label for=format!("renew-starts-{id}")>{t("lease.renew_starts_on")}</label>
                    <input id=format!("renew-starts-{id}") name="starts_on" type="date" required/>
                </div>
                <div class="field">
                    <label for=format!("renew-ends-{id}")>{t("lease.renew_ends_on")}</label>
                    <input id=format!("renew-ends-{id}") name="ends_on" type="date"/>
                </div>
                <div class="field">
                    <label for=format!("renew-rent-{id}")>{t("lease.renew_rent")}</label>
                    <input id=format!("renew-rent-{id}") name="rent" inputmode="decimal"/>
                </div>
                <button class="button button-primary" type="submit">{t("lease.renew_save")}</button>
                <a class="button button-secondary" href=here.to_owned()>{t("form.cancel")}</a>
            </form>
        }
        .into_any();
    }
    let link = |param: &str, label: String| {
        view! { <a class="button button-secondary" href=format!("{here}?{param}={id}")>{label}</a> }
    };
    match lease.status {
        LeaseStatus::Draft => view! {
            {step_button("sign", t("lease.sign"))}
            {link("delete", t("lease.delete"))}
        }
        .into_any(),
        LeaseStatus::Signed => view! {
            {step_button("move_in", t("lease.move_in"))}
            {link("renew", t("lease.renew"))}
            {link("move_out", t("lease.move_out"))}
        }
        .into_any(),
        LeaseStatus::Running => view! {
            {link("renew", t("lease.renew"))}
            {link("notice", t("lease.give_notice"))}
            {link("move_out", t("lease.move_out"))}
        }
        .into_any(),
        LeaseStatus::Notice => view! {
            {link("renew", t("lease.renew"))}
            {link("move_out", t("lease.move_out"))}
        }
        .into_any(),
        LeaseStatus::Ended => ().into_any(),
    }
}

/// The leases of a structure; with `manage`, each with its next steps (confirmations open
/// as `confirming` says, on the page at `here`).
pub fn leases_table(
    leases: Vec<LeaseView>,
    manage: bool,
    here: String,
    confirming: Confirming,
) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    if leases.is_empty() {
        return view! { <p>{t("lease.none")}</p> }.into_any();
    }
    let rows = leases
        .into_iter()
        .map(|l| {
            let period = match l.ends_on {
                Some(end) => translate_with(
                    locale,
                    "pathway.from_to",
                    &[("from", &long_date(l.starts_on, locale)), ("to", &long_date(end, locale))],
                ),
                None => translate_with(locale, "pathway.since", &[("from", &long_date(l.starts_on, locale))]),
            };
            let rent = translate_with(
                locale,
                "lease.rent_line",
                &[
                    ("rent", &Money::from_cents(l.monthly_rent_cents).format(locale)),
                    ("charges", &Money::from_cents(l.monthly_charges_cents).format(locale)),
                ],
            );
            let share = l
                .share_percent
                .map(|p| translate_with(locale, "lease.shared_part", &[("percent", &p.to_string())]));
            let actions = manage.then(|| actions(&l, &here, confirming));
            view! {
                <tr id=format!("lease-{}", l.id)>
                    <th scope="row">{l.space_name.clone()}<br/><span class="muted">{format!("{} · {}", t(&l.space_kind.label_key()), area(l.area_m2, locale))}</span></th>
                    <td>{period}</td>
                    <td>{rent}{share.map(|s| view! { <br/><span class="muted">{s}</span> })}</td>
                    <td><span class=format!("badge badge-{}", l.status.as_str())>{t(&l.status.label_key())}</span></td>
                    {actions.map(|a| view! { <td class="actions">{a}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table">
            <caption>{t("lease.table")}</caption>
            <thead><tr>
                <th scope="col">{t("lease.space")}</th>
                <th scope="col">{t("lease.period")}</th>
                <th scope="col">{t("lease.rent")}</th>
                <th scope="col">{t("lease.status")}</th>
                {manage.then(|| view! { <th scope="col"><span class="visually-hidden">{t("bookings.actions")}</span></th> })}
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}
