//! A market's form fields: what and where, which weekdays every how many weeks, its hours and
//! first and last days, and what visitors read.
use leptos::prelude::*;

use crate::domain::events::{MarketInput, WEEKDAYS};
use crate::domain::{AppError, SiteOverview};
use crate::ui::components::{Input, field_invalid};
use crate::ui::i18n::{translate_with, use_locale, use_t};

/// A one-line field of the market's form.
fn line(
    name: &'static str,
    param: &'static str,
    kind: &'static str,
    value: String,
    required: bool,
    error: Option<&AppError>,
) -> impl IntoView + use<> {
    let t = use_t();
    let hint = ["slug", "until"]
        .contains(&name)
        .then(|| t(&format!("market.{name}_hint")));
    view! {
        <Input
            prefix="market"
            name=name
            param=param
            label=t(&format!("market.{name}"))
            kind=kind
            value=value
            hint=hint
            required=required
            invalid=field_invalid(error, name)
        />
    }
}

/// A text in one language, as a text area.
fn text(
    name: &'static str,
    param: &'static str,
    value: String,
    error: Option<&AppError>,
) -> impl IntoView + use<> {
    let t = use_t();
    let id = format!("market-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{t(&format!("market.{name}"))}</label>
            <textarea id=id name=param rows="3" maxlength="3000" aria-invalid=field_invalid(error, name).then_some("true")>{value}</textarea>
        </div>
    }
}

/// The weekdays as tick boxes, and the rhythm.
fn schedule(input: &MarketInput, error: Option<&AppError>) -> impl IntoView + use<> {
    let t = use_t();
    let locale = use_locale();
    let days = WEEKDAYS
        .iter()
        .enumerate()
        .map(|(i, (code, day))| {
            let id = format!("market-weekday-{code}");
            let on = input.weekdays.iter().any(|d| d.eq_ignore_ascii_case(code));
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name=format!("input[weekdays][{i}]") value=*code checked=on/>
                    <label for=id>{t(&format!("weekday.{}", day.to_string().to_lowercase()))}</label>
                </div>
            }
        })
        .collect_view();
    let rhythm = (1..=8u32)
        .map(|n| {
            let label = if n == 1 {
                t("market.every_week")
            } else {
                translate_with(locale, "market.every_n_weeks", &[("n", &n.to_string())])
            };
            view! { <option value=n.to_string() selected=input.every_weeks == n>{label}</option> }
        })
        .collect_view();
    let invalid = field_invalid(error, "weekdays");
    view! {
        <fieldset class="stack" id="market-weekdays" tabindex="-1" aria-invalid=invalid.then_some("true")>
            <legend>{t("market.weekdays")}</legend>
            <div class="choices">{days}</div>
        </fieldset>
        <div class="field">
            <label for="market-every_weeks">{t("market.every_weeks")}</label>
            <select id="market-every_weeks" name="input[every_weeks]" aria-invalid=field_invalid(error, "every_weeks").then_some("true")>
                {rhythm}
            </select>
        </div>
    }
}

/// The site a new market is held on.
fn site_choice(
    input: &MarketInput,
    sites: &[SiteOverview],
    error: Option<&AppError>,
) -> impl IntoView + use<> {
    let t = use_t();
    let options = sites
        .iter()
        .map(|s| view! { <option value=s.slug.clone() selected=input.site == s.slug>{s.name.clone()}</option> })
        .collect_view();
    view! {
        <div class="field">
            <label for="market-site">{t("market.site")}</label>
            <select id="market-site" name="input[site]" required=true aria-invalid=field_invalid(error, "site").then_some("true")>
                {options}
            </select>
        </div>
    }
}

/// Every field of a market's form, filled from `input`; the site is chosen among `sites` when
/// given (a new market), else kept.
pub fn market_fields(
    input: MarketInput,
    sites: Option<&[SiteOverview]>,
    error: Option<&AppError>,
) -> impl IntoView + use<> {
    let t = use_t();
    let site = match sites {
        Some(sites) => site_choice(&input, sites, error).into_any(),
        None => {
            view! { <input type="hidden" name="input[site]" value=input.site.clone()/> }.into_any()
        }
    };
    view! {
        <fieldset class="stack">
            <legend>{t("markets.what")}</legend>
            {site}
            {line("name", "input[name]", "text", input.name.clone(), true, error)}
            {line("slug", "input[slug]", "text", input.slug.clone(), false, error)}
            {line("place", "input[place]", "text", input.place.clone(), false, error)}
        </fieldset>
        <fieldset class="stack">
            <legend>{t("markets.when")}</legend>
            {schedule(&input, error)}
            <div class="grid-2">
                {line("opens", "input[opens]", "time", input.opens.clone(), true, error)}
                {line("closes", "input[closes]", "time", input.closes.clone(), true, error)}
                {line("first_day", "input[first_day]", "date", input.first_day.clone(), true, error)}
                {line("until", "input[until]", "date", input.until.clone(), false, error)}
            </div>
        </fieldset>
        <fieldset class="stack">
            <legend>{t("markets.for_visitors")}</legend>
            {line("summary_fr", "input[summary_fr]", "text", input.summary_fr.clone(), false, error)}
            {line("summary_en", "input[summary_en]", "text", input.summary_en.clone(), false, error)}
            {text("description_fr", "input[description_fr]", input.description_fr.clone(), error)}
            {text("description_en", "input[description_en]", input.description_en.clone(), error)}
            {text("access_fr", "input[access_fr]", input.access_fr.clone(), error)}
            {text("access_en", "input[access_en]", input.access_en.clone(), error)}
        </fieldset>
    }
}
