//! `/admin/requests`: the space requests, open ones first, each open one with the free spaces
//! that fit it best; a manager offers a space, or closes the request (moved in, refused after a
//! confirmation with a reason, withdrawn).
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::tables::day;
use crate::api::occupancy::space_requests;
use crate::api::occupancy::{CloseSpaceRequest, OfferSpace};
use crate::domain::{Locale, Money, RequestMatch, RequestStatus, SpaceRequestView};
use crate::ui::components::{Audience, guarded};
use crate::ui::components::{ErrorSummary, field_invalid, returned_error};
use crate::ui::format;
use crate::ui::i18n::{translate, translate_with, use_locale, use_t};

/// `correspondance 92 %`, `92% match`.
fn score_label(score: u32, locale: Locale) -> String {
    translate_with(locale, "requests.score", &[("n", &score.to_string())])
}

fn matches_table(
    id: i32,
    organisation: &str,
    matches: Vec<RequestMatch>,
    locale: Locale,
) -> AnyView {
    let t = move |key: &str| translate(locale, key);
    if matches.is_empty() {
        return view! { <p class="muted">{t("requests.no_match")}</p> }.into_any();
    }
    let rows = matches
        .into_iter()
        .map(|m| {
            let c = m.candidate;
            let rent = c
                .monthly_rent_cents
                .map(|cents| Money::from_cents(cents).format(locale))
                .unwrap_or_else(|| "—".into());
            view! {
                <tr>
                    <th scope="row"><a href=format!("/spaces/{}", c.space_id)>{c.name.clone()}</a></th>
                    <td class="num">{format::area(c.area_m2, locale)}</td>
                    <td class="num">{rent}</td>
                    <td>{day(c.free_from, locale)}</td>
                    <td>{score_label(m.score, locale)}</td>
                    <td>
                        <form method="post" action=OfferSpace::PATH>
                            <input type="hidden" name="id" value=id/>
                            <input type="hidden" name="space_id" value=c.space_id/>
                            <button class="button button-secondary" type="submit">
                                {t("requests.offer")}
                                <span class="visually-hidden">{format!(" : {} → {}", c.name, organisation)}</span>
                            </button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table">
            <caption>{translate_with(locale, "requests.matches_caption", &[("organisation", organisation)])}</caption>
            <thead><tr>
                <th scope="col">{t("occupancy.space")}</th>
                <th scope="col" class="num">{t("occupancy.area")}</th>
                <th scope="col" class="num">{t("requests.rent")}</th>
                <th scope="col">{t("occupancy.free_from")}</th>
                <th scope="col">{t("requests.fit")}</th>
                <th scope="col"><span class="visually-hidden">{t("bookings.actions")}</span></th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

/// The ways to close a request; refusing asks for a reason on a confirmation step first.
fn close_forms(
    id: i32,
    organisation: &str,
    confirm: bool,
    invalid: bool,
    locale: Locale,
) -> AnyView {
    let t = move |key: &str| translate(locale, key);
    let hidden = format!(" : {organisation}");
    if confirm {
        return view! {
            <form class="inline-confirm stack" method="post" action=CloseSpaceRequest::PATH>
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="outcome" value="refused"/>
                <div class="field">
                    <label for="requests-reason">{t("requests.reason")}</label>
                    <p class="field-hint" id="requests-reason-hint">{t("requests.reason_hint")}</p>
                    <textarea id="requests-reason" name="reason" rows="3" maxlength="500" required=true aria-describedby="requests-reason-hint" aria-invalid=invalid.then_some("true")></textarea>
                </div>
                <p>
                    <button class="button button-danger" type="submit">{t("requests.refuse_yes")}</button>
                    " "
                    <a class="button button-secondary" href="/admin/requests">{t("form.cancel")}</a>
                </p>
            </form>
        }
        .into_any();
    }
    let close = |outcome: &'static str, key: &'static str| {
        view! {
            <form class="inline-form" method="post" action=CloseSpaceRequest::PATH>
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="outcome" value=outcome/>
                <button class="button button-secondary" type="submit">{t(key)}<span class="visually-hidden">{hidden.clone()}</span></button>
            </form>
        }
    };
    view! {
        <div class="request-actions">
            {close("leased", "requests.mark_leased")}
            <a class="button button-danger" href=format!("/admin/requests?refuse={id}#request-{id}")>
                {t("requests.refuse")}<span class="visually-hidden">{hidden.clone()}</span>
            </a>
            {close("withdrawn", "requests.mark_withdrawn")}
        </div>
    }
    .into_any()
}

fn request_card(
    r: SpaceRequestView,
    confirm: Option<i32>,
    reason_invalid: bool,
    locale: Locale,
) -> impl IntoView + use<> {
    let t = move |key: &str| translate(locale, key);
    let surface = translate_with(
        locale,
        "requests.surface_range",
        &[
            ("min", &r.surface_min_m2.to_string()),
            ("max", &r.surface_max_m2.to_string()),
        ],
    );
    let budget = r.budget_cents.map_or_else(
        || t("requests.no_budget"),
        |c| {
            translate_with(
                locale,
                "requests.budget_value",
                &[("amount", &Money::from_cents(c).format(locale))],
            )
        },
    );
    let still_open = matches!(r.status, RequestStatus::Open | RequestStatus::Offered);
    let matches = (r.status == RequestStatus::Open)
        .then(|| matches_table(r.id, &r.organisation, r.matches, locale));
    let actions = still_open.then(|| {
        close_forms(
            r.id,
            &r.organisation,
            confirm == Some(r.id),
            reason_invalid,
            locale,
        )
    });
    let message = (!r.message.is_empty()).then(|| view! { <dt>{t("requests.message")}</dt><dd class="request-message">{r.message.clone()}</dd> });
    let offered = r
        .offered_space
        .map(|s| view! { <dt>{t("requests.offered_space")}</dt><dd>{s}</dd> });
    let reason = r
        .decision_reason
        .map(|s| view! { <dt>{t("requests.decision_reason")}</dt><dd>{s}</dd> });
    view! {
        <article class="panel request" id=format!("request-{}", r.id) aria-labelledby=format!("request-{}-title", r.id)>
            <h2 id=format!("request-{}-title", r.id)>
                {r.organisation.clone()}
                " "
                <span class=format!("badge request-status request-{}", r.status.as_str())>{t(&r.status.label_key())}</span>
            </h2>
            <dl class="request-facts">
                <dt>{t("requests.contact")}</dt><dd>{r.contact_name}{r.phone.map(|p| format!(" · {p}"))}</dd>
                <dt>{t("requests.email")}</dt><dd><a href=format!("mailto:{}", r.email)>{r.email.clone()}</a></dd>
                <dt>{t("occupancy.kind")}</dt><dd>{t(&r.kind.label_key())}</dd>
                <dt>{t("requests.surface")}</dt><dd>{surface}</dd>
                <dt>{t("requests.budget")}</dt><dd>{budget}</dd>
                <dt>{t("requests.wanted_from")}</dt><dd>{day(r.wanted_from, locale)}</dd>
                <dt>{t("requests.sector")}</dt><dd>{t(&r.sector.label_key())}</dd>
                <dt>{t("requests.received")}</dt><dd>{format::date_time(r.created_at, locale)}</dd>
                {message}
                {offered}
                {reason}
            </dl>
            {matches}
            {actions}
        </article>
    }
}

#[component]
pub fn RequestsPage() -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    guarded(Audience::Managers, move |_| {
        let query = use_query_map().get_untracked();
        let confirm = query.get("refuse").and_then(|id| id.parse::<i32>().ok());
        let notice = if query.get("offered").is_some() {
            Some(t("requests.offered"))
        } else if query.get("closed").is_some() {
            Some(t("requests.closed"))
        } else {
            None
        };
        let error = returned_error("offer_space").or_else(|| returned_error("close_space_request"));
        let reason_invalid = field_invalid(error.as_ref(), "reason");
        let list = Resource::new(|| (), |()| space_requests());
        view! {
            <Title text=t("requests.title")/>
            <section class="stack-lg">
                <h1>{t("requests.title")}</h1>
                <p class="lead">{t("requests.intro")}</p>
                {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                <ErrorSummary error=error prefix="requests"/>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || Suspend::new(async move {
                        match list.await {
                            Ok(rows) if rows.is_empty() => view! { <p>{t("requests.none")}</p> }.into_any(),
                            Ok(rows) => rows
                                .into_iter()
                                .map(|r| request_card(r, confirm, reason_invalid, locale))
                                .collect_view()
                                .into_any(),
                            Err(e) => view! { <p class="notice notice-error">{t(&e.detail_key())}</p> }.into_any(),
                        }
                    })}
                </Suspense>
            </section>
        }
    })
}
