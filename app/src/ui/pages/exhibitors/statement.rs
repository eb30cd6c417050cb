//! `/applications/:secret/statement`: an accepted exhibitor's statement of the stall fee it
//! owes, laid out to be printed or saved as PDF from the browser. Until the application is
//! accepted the page says there is nothing owed yet; an unknown link is a 404 page.
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::api::exhibitors::FollowPage;
use crate::domain::locale::long_date;
use crate::domain::{Locale, Money};
use crate::ui::i18n::{translate_with, use_locale, use_t};

/// `Stand 3 × 3 m avec électricité — 300 × 300 cm, stand n° 12`: the stall type's name says
/// what it includes.
fn designation(page: &FollowPage, locale: Locale) -> String {
    let Some(s) = &page.statement else {
        return String::new();
    };
    let mut parts = vec![translate_with(
        locale,
        "statement.size",
        &[
            ("w", &s.width_cm.to_string()),
            ("d", &s.depth_cm.to_string()),
        ],
    )];
    if let Some(n) = s.stall {
        parts.push(translate_with(
            locale,
            "statement.stall",
            &[("n", &n.to_string())],
        ));
    }
    format!("{} — {}", s.stall_type, parts.join(", "))
}

fn body(secret: String, page: FollowPage) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let a = &page.application;
    let back = view! { <p class="no-print"><a href=format!("/applications/{secret}")>{t("statement.back")}</a></p> };
    let Some(s) = page.statement.clone() else {
        return view! {
            <Title text=t("statement.title")/>
            <section class="stack-lg">
                {back}
                <h1>{t("statement.title")}</h1>
                <p class="notice">{t("statement.not_owed")}</p>
            </section>
        }
        .into_any();
    };
    let title = translate_with(locale, "statement.heading", &[("number", &s.number)]);
    let dates = if a.starts_on == a.ends_on {
        long_date(a.starts_on, locale)
    } else {
        translate_with(
            locale,
            "statement.dates",
            &[
                ("from", &long_date(a.starts_on, locale)),
                ("to", &long_date(a.ends_on, locale)),
            ],
        )
    };
    let issued = long_date(s.issued_on, locale);
    let fee = Money::from_cents(s.fee_cents).format(locale);
    let legal_form = t(&a.legal_form.label_key());
    view! {
        <Title text=title.clone()/>
        <Meta name="robots" content="noindex"/>
        <Meta name="referrer" content="same-origin"/>
        <article class="stack-lg statement">
            {back}
            <header class="stack">
                <h1>{title}</h1>
                <p>{translate_with(locale, "statement.issued", &[("day", &issued)])}</p>
            </header>
            <div class="statement-parties">
                <section aria-labelledby="statement-from">
                    <h2 id="statement-from">{t("statement.from")}</h2>
                    <p>{s.issuer.iter().map(|line| view! { {line.clone()}<br/> }).collect_view()}</p>
                </section>
                <section aria-labelledby="statement-to">
                    <h2 id="statement-to">{t("statement.to")}</h2>
                    <p>
                        {a.organisation.clone()}<br/>
                        {legal_form}
                        {a.siret.clone().map(|siret| view! { <br/>{format!("SIRET {siret}")} })}<br/>
                        {a.contact_name.clone()}<br/>
                        {a.email.clone()}
                    </p>
                </section>
            </div>
            <p>{translate_with(locale, "statement.event", &[("event", &a.event), ("year", &a.year.to_string()), ("dates", &dates)])}</p>
            <table class="table statement-lines">
                <caption>{t("statement.lines")}</caption>
                <thead><tr>
                    <th scope="col">{t("statement.designation")}</th>
                    <th scope="col" class="num">{t("statement.quantity")}</th>
                    <th scope="col" class="num">{t("statement.unit_price")}</th>
                    <th scope="col" class="num">{t("statement.amount")}</th>
                </tr></thead>
                <tbody><tr>
                    <td>{designation(&page, locale)}</td>
                    <td class="num">"1"</td>
                    <td class="num">{fee.clone()}</td>
                    <td class="num">{fee.clone()}</td>
                </tr></tbody>
                <tfoot><tr>
                    <th scope="row" colspan="3">{t("statement.total")}</th>
                    <td class="num"><strong>{fee}</strong></td>
                </tr></tfoot>
            </table>
            <p class="muted">{t("statement.not_invoice")}</p>
            <p class="no-print"><button class="button button-secondary" type="button" on:click=move |_| print()>{t("statement.print")}</button></p>
        </article>
    }
    .into_any()
}

/// Opens the browser's print dialog.
fn print() {
    #[cfg(feature = "hydrate")]
    if let Err(error) = window().print() {
        leptos::logging::warn!("print: {error:?}");
    }
}

#[component]
pub fn StatementPage() -> impl IntoView {
    super::followed_page(|secret, page| body(secret, page).into_any())
}
