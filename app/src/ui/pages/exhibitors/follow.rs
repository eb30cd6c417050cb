//! `/applications/:secret`: an applicant follows the application by the link mailed to them:
//! its status, fee and stall, the reason of a refusal; the form to change it while the call is
//! open and it is not answered, and the sales declaration after the day. An unknown link is a
//! 404 page.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use super::fields::application_form;
use crate::api::exhibitors::FollowPage;
use crate::api::exhibitors::{DeclareApplicationSales, EditApplication};
use crate::domain::events::ApplicationStatus;
use crate::domain::{ApplicationView, Money};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::i18n::{translate_with, use_locale, use_t};

/// What the applicant reads first: status, fee, stall, reason, sales.
fn facts(a: &ApplicationView) -> impl IntoView + use<> {
    let t = use_t();
    let locale = use_locale();
    let stall = match (a.status, a.stall) {
        (_, Some(n)) => Some(translate_with(
            locale,
            "exhibitors.stall_number",
            &[("n", &n.to_string())],
        )),
        (ApplicationStatus::Accepted, None) => Some(t("exhibitors.stall_later")),
        _ => None,
    };
    let reason = a
        .decision_reason
        .clone()
        .filter(|_| a.status == ApplicationStatus::Refused);
    // A refused or withdrawn application owes nothing.
    let fee = (!matches!(
        a.status,
        ApplicationStatus::Refused | ApplicationStatus::Withdrawn
    ))
    .then(|| Money::from_cents(a.fee_cents).format(locale));
    view! {
        <dl class="facts">
            <dt>{t("exhibitors.status")}</dt>
            <dd><span class=format!("badge application-{}", a.status.as_str())>{t(&a.status.label_key())}</span></dd>
            <dt>{t("exhibitors.organisation")}</dt><dd>{a.organisation.clone()}</dd>
            <dt>{t("exhibitors.contact")}</dt><dd>{format!("{} · {}", a.contact_name, a.email)}</dd>
            <dt>{t("exhibitors.products")}</dt><dd>{a.products.clone()}</dd>
            <dt>{t("exhibitors.stall_type")}</dt><dd>{a.stall_type.clone()}</dd>
            {fee.map(|f| view! { <dt>{t("exhibitors.fee")}</dt><dd>{f}</dd> })}
            {stall.map(|s| view! { <dt>{t("exhibitors.stall")}</dt><dd>{s}</dd> })}
            {reason.map(|r| view! { <dt>{t("exhibitors.reason")}</dt><dd>{r}</dd> })}
            {a.sales_cents.map(|c| view! { <dt>{t("exhibitors.sales")}</dt><dd>{Money::from_cents(c).format(locale)}</dd> })}
        </dl>
    }
}

fn sales_form(secret: &str, a: &ApplicationView) -> impl IntoView + use<> {
    let t = use_t();
    let locale = use_locale();
    let error = returned_error("declare_application_sales");
    let invalid = field_invalid(error.as_ref(), "sales");
    let value = a
        .sales_cents
        .map(|c| Money::from_cents(c).format(locale))
        .unwrap_or_default();
    view! {
        <section class="stack" aria-labelledby="sales-title">
            <h2 id="sales-title">{t("exhibitors.sales_title")}</h2>
            <p>{t("exhibitors.sales_intro")}</p>
            <ErrorSummary error=error prefix="sales"/>
            <form class="panel stack narrow" method="post" action=DeclareApplicationSales::PATH>
                <input type="hidden" name="secret" value=secret.to_owned()/>
                <Input prefix="sales" name="sales" label=t("exhibitors.sales_amount") hint=t("exhibitors.sales_hint") value=value invalid=invalid/>
                <button class="button button-primary" type="submit">{t("exhibitors.declare")}</button>
            </form>
        </section>
    }
}

fn body(secret: String, page: FollowPage) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let query = use_query_map().get_untracked();
    let notice = [
        ("sent", "exhibitors.sent"),
        ("saved", "exhibitors.saved"),
        ("declared", "exhibitors.declared"),
    ]
    .into_iter()
    .find(|(param, _)| query.get(param).is_some())
    .map(|(_, key)| t(key));
    let a = page.application;
    let heading = translate_with(
        locale,
        "exhibitors.follow_heading",
        &[("event", &a.event), ("year", &a.year.to_string())],
    );
    let edit = a.editable.then(|| {
        view! {
            <section class="stack" aria-labelledby="edit-title">
                <h2 id="edit-title">{t("exhibitors.edit_title")}</h2>
                <p>{t("exhibitors.edit_intro")}</p>
                {application_form(
                    EditApplication::PATH,
                    ("secret", secret.clone()),
                    Some(&a),
                    &page.stall_types,
                    returned_error("edit_application"),
                    t("exhibitors.save"),
                )}
            </section>
        }
    });
    let sales = a.sales_open.then(|| sales_form(&secret, &a));
    let statement = page.statement.as_ref().map(|_| {
        view! { <p><a class="button button-secondary" href=format!("/applications/{secret}/statement")>{t("statement.see")}</a></p> }
    });
    // A form that is gone by now (the call closed, the day passed) still says why it failed.
    let late = if a.editable {
        None
    } else if a.sales_open {
        returned_error("edit_application")
    } else {
        returned_error("edit_application").or_else(|| returned_error("declare_application_sales"))
    };
    view! {
        <Title text=heading.clone()/>
        // The address is a secret: keep it out of search engines and other sites' logs.
        <Meta name="robots" content="noindex"/>
        <Meta name="referrer" content="same-origin"/>
        <section class="stack-lg">
            <p><a href=format!("/events/{}", a.event_slug)>{t("exhibitors.back_to_event")}</a></p>
            <h1>{heading}</h1>
            {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            <ErrorSummary error=late prefix="application"/>
            {facts(&a)}
            {statement}
            {edit}
            {sales}
        </section>
    }
}

#[component]
pub fn FollowApplicationPage() -> impl IntoView {
    super::followed_page(|secret, page| body(secret, page).into_any())
}
