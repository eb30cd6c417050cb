//! `/admin/spaces/:id/rules`: a bookable space's rules for its managers: opening hours per
//! weekday, lengths, steps, buffer, how far ahead, notice, cancellation policy, approval.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::bookings::UpdateSpaceRules;
use crate::api::bookings::space_rules;
use crate::domain::AppError;
use crate::domain::rules::form::SpaceRulesForm;
use crate::ui::components::{Audience, guarded};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::i18n::use_t;

/// The form's field names under `rules[…]`, for each number it asks.
const NUMBERS: [(&str, &str, &str); 9] = [
    (
        "min_minutes",
        "rules[min_minutes]",
        "space_rules.min_minutes",
    ),
    (
        "max_minutes",
        "rules[max_minutes]",
        "space_rules.max_minutes",
    ),
    (
        "step_minutes",
        "rules[step_minutes]",
        "space_rules.step_minutes",
    ),
    (
        "buffer_minutes",
        "rules[buffer_minutes]",
        "space_rules.buffer_minutes",
    ),
    (
        "max_advance_days",
        "rules[max_advance_days]",
        "space_rules.max_advance_days",
    ),
    (
        "min_notice_hours",
        "rules[min_notice_hours]",
        "space_rules.min_notice_hours",
    ),
    (
        "cancel_free_hours",
        "rules[cancel_free_hours]",
        "space_rules.cancel_free_hours",
    ),
    (
        "cancel_fee_percent",
        "rules[cancel_fee_percent]",
        "space_rules.cancel_fee_percent",
    ),
    ("hold_hours", "rules[hold_hours]", "space_rules.hold_hours"),
];

fn value_of(form: &SpaceRulesForm, field: &str) -> String {
    match field {
        "min_minutes" => form.min_minutes.clone(),
        "max_minutes" => form.max_minutes.clone(),
        "step_minutes" => form.step_minutes.clone(),
        "buffer_minutes" => form.buffer_minutes.clone(),
        "max_advance_days" => form.max_advance_days.clone(),
        "min_notice_hours" => form.min_notice_hours.clone(),
        "cancel_free_hours" => form.cancel_free_hours.clone(),
        "cancel_fee_percent" => form.cancel_fee_percent.clone(),
        _ => form.hold_hours.clone(),
    }
}

fn rules_form(id: i32, form: SpaceRulesForm, error: Option<AppError>) -> impl IntoView {
    let t = use_t();
    let invalid = |field: &str| field_invalid(error.as_ref(), field);
    let days = crate::ui::format::WEEKDAY_KEYS
        .iter()
        .enumerate()
        .map(|(day, key)| {
            let (opens_id, closes_id) = (format!("rules-opens_{day}"), format!("rules-closes_{day}"));
            let day_invalid = invalid(&format!("opens_{day}")) || invalid(&format!("closes_{day}"));
            view! {
                <tr>
                    <th scope="row">{t(key)}</th>
                    <td>
                        <label class="visually-hidden" for=opens_id.clone()>{format!("{} : {}", t(key), t("space_rules.opens"))}</label>
                        <input id=opens_id type="time" step="1800" name=format!("rules[opens][{day}]") value=form.opens[day].clone() aria-invalid=day_invalid.then_some("true")/>
                    </td>
                    <td>
                        <label class="visually-hidden" for=closes_id.clone()>{format!("{} : {}", t(key), t("space_rules.closes"))}</label>
                        <input id=closes_id type="time" step="1800" name=format!("rules[closes][{day}]") value=form.closes[day].clone() aria-invalid=day_invalid.then_some("true")/>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let numbers = NUMBERS
        .iter()
        .map(|&(field, param, label)| {
            view! {
                <Input prefix="rules" name=field param=param label=t(label) kind="number" min="0" value=value_of(&form, field) invalid=invalid(field)/>
            }
        })
        .collect_view();
    view! {
        <form class="panel stack" method="post" action=UpdateSpaceRules::PATH>
            <input type="hidden" name="id" value=id/>
            <table class="table opening-hours">
                <caption>{t("space_rules.opening_hours")}</caption>
                <thead><tr>
                    <th scope="col">{t("space_rules.day")}</th>
                    <th scope="col">{t("space_rules.opens")}</th>
                    <th scope="col">{t("space_rules.closes")}</th>
                </tr></thead>
                <tbody>{days}</tbody>
            </table>
            <p class="field-hint">{t("space_rules.closed_hint")}</p>
            <div class="rules-numbers">{numbers}</div>
            <div class="choice">
                <input type="checkbox" id="rules-needs_approval" name="rules[needs_approval]" value="on" checked=form.needs_approval.is_some()/>
                <label for="rules-needs_approval">{t("space_rules.needs_approval")}</label>
            </div>
            <button class="button button-primary" type="submit">{t("space_rules.save")}</button>
        </form>
    }
}

#[component]
pub fn SpaceRulesPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let id: i32 = use_params_map()
            .get_untracked()
            .get("id")
            .and_then(|id| id.parse().ok())
            .unwrap_or_default();
        let saved = use_query_map().get_untracked().get("saved").is_some();
        let error = returned_error("update_space_rules");
        let view_data = Resource::new(move || id, space_rules);
        view! {
            <Title text=t("space_rules.title")/>
            <section class="stack-lg">
                <h1>{t("space_rules.title")}</h1>
                {saved.then(|| view! { <p class="notice" role="status">{t("space_rules.saved")}</p> })}
                <ErrorSummary error=error.clone() prefix="rules"/>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || {
                        let error = error.clone();
                        Suspend::new(async move {
                            match view_data.await {
                                Ok(v) => view! {
                                    <p class="lead">{v.space_name.clone()}</p>
                                    {rules_form(v.space_id, v.form, error)}
                                    <p class="row-actions">
                                        <a href=format!("/spaces/{}", v.space_id)>{t("week.back_to_space")}</a>
                                        <a href=format!("/spaces/{}/week", v.space_id)>{t("week.link")}</a>
                                    </p>
                                }
                                .into_any(),
                                Err(e) => view! { <p class="notice notice-error" role="alert">{t(&e.detail_key())}</p> }.into_any(),
                            }
                        })
                    }}
                </Suspense>
            </section>
        }
    })
}
