//! A market's form fields: what and where, which weekdays every how many weeks, its hours and
//! first and last days, and what visitors read.
use leptos::prelude::*;

use crate::domain::events::{MarketInput, WEEKDAYS};
use crate::domain::{AppError, SiteOverview};
use leptos_meta::Title;

use crate::api::sites::site_overviews;
use crate::ui::components::{ErrorSummary, Input, field_invalid, load_error, returned_error};
use crate::ui::i18n::{translate_with, use_locale, use_t};

/// A one-line field of a market's or an event's form (`prefix`).
pub fn line(
    prefix: &'static str,
    name: &'static str,
    param: &'static str,
    kind: &'static str,
    value: String,
    required: bool,
    error: Option<&AppError>,
) -> impl IntoView + use<> {
    let t = use_t();
    let hint = ["slug", "until", "ends_on"]
        .contains(&name)
        .then(|| t(&format!("{prefix}.{name}_hint")));
    view! {
        <Input
            prefix=prefix
            name=name
            param=param
            label=t(&format!("{prefix}.{name}"))
            kind=kind
            value=value
            hint=hint
            required=required
            invalid=field_invalid(error, name)
        />
    }
}

/// A text in one language, as a text area, of a market's or an event's form (`prefix`).
pub fn text(
    prefix: &'static str,
    name: &'static str,
    param: &'static str,
    value: String,
    error: Option<&AppError>,
) -> impl IntoView + use<> {
    let t = use_t();
    let id = format!("{prefix}-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{t(&format!("{prefix}.{name}"))}</label>
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

/// The site a market or an event (`prefix`) is held on, `chosen` first.
pub fn site_choice(
    prefix: &'static str,
    chosen: &str,
    sites: &[SiteOverview],
    error: Option<&AppError>,
) -> impl IntoView + use<> {
    let t = use_t();
    let options = sites
        .iter()
        .map(|s| view! { <option value=s.slug.clone() selected=chosen == s.slug>{s.name.clone()}</option> })
        .collect_view();
    let id = format!("{prefix}-site");
    view! {
        <div class="field">
            <label for=id.clone()>{t("market.site")}</label>
            <select id=id name="input[site]" required=true aria-invalid=field_invalid(error, "site").then_some("true")>
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
        Some(sites) => site_choice("market", &input.site, sites, error).into_any(),
        None => {
            view! { <input type="hidden" name="input[site]" value=input.site.clone()/> }.into_any()
        }
    };
    view! {
        <fieldset class="stack">
            <legend>{t("markets.what")}</legend>
            {site}
            {line("market", "name", "input[name]", "text", input.name.clone(), true, error)}
            {line("market", "slug", "input[slug]", "text", input.slug.clone(), false, error)}
            {line("market", "place", "input[place]", "text", input.place.clone(), false, error)}
        </fieldset>
        <fieldset class="stack">
            <legend>{t("markets.when")}</legend>
            {schedule(&input, error)}
            <div class="grid-2">
                {line("market", "opens", "input[opens]", "time", input.opens.clone(), true, error)}
                {line("market", "closes", "input[closes]", "time", input.closes.clone(), true, error)}
                {line("market", "first_day", "input[first_day]", "date", input.first_day.clone(), true, error)}
                {line("market", "until", "input[until]", "date", input.until.clone(), false, error)}
            </div>
        </fieldset>
        <fieldset class="stack">
            <legend>{t("markets.for_visitors")}</legend>
            {line("market", "summary_fr", "input[summary_fr]", "text", input.summary_fr.clone(), false, error)}
            {line("market", "summary_en", "input[summary_en]", "text", input.summary_en.clone(), false, error)}
            {text("market", "description_fr", "input[description_fr]", input.description_fr.clone(), error)}
            {text("market", "description_en", "input[description_en]", input.description_en.clone(), error)}
            {text("market", "access_fr", "input[access_fr]", input.access_fr.clone(), error)}
            {text("market", "access_en", "input[access_en]", input.access_en.clone(), error)}
        </fieldset>
    }
}

/// What a page that creates a market or an event needs: its form's `prefix`, the keys of its
/// title and button, its server function's endpoint and address, and its fields.
pub struct NewPage {
    pub prefix: &'static str,
    pub title: &'static str,
    pub submit: &'static str,
    pub endpoint: &'static str,
    pub action: &'static str,
    pub fields: fn(&[SiteOverview], Option<&AppError>) -> AnyView,
}

/// A page that creates a market or an event, its form shown once the sites it may be held on
/// are read; a link to create a site when there is none.
pub fn new_page(page: NewPage) -> impl IntoView {
    let t = use_t();
    let error = returned_error(page.endpoint);
    let sites = Resource::new(|| (), |()| site_overviews());
    view! {
        <Title text=t(page.title)/>
        <section class="stack-lg narrow">
            <p><a href="/admin/markets">{t("markets.back")}</a></p>
            <h1>{t(page.title)}</h1>
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                {move || {
                    let error = error.clone();
                    Suspend::new(async move {
                        match sites.await {
                            Ok(sites) if sites.is_empty() => view! {
                                <p class="notice">{t("markets.no_site")}" "<a href="/admin/sites/new">{t("sites.new")}</a></p>
                            }
                            .into_any(),
                            Ok(sites) => {
                                let fields = (page.fields)(&sites, error.as_ref());
                                view! {
                                    <ErrorSummary error=error prefix=page.prefix/>
                                    <form class="panel stack" method="post" action=page.action>
                                        {fields}
                                        <button class="button button-primary" type="submit">{t(page.submit)}</button>
                                    </form>
                                }
                                .into_any()
                            }
                            Err(e) => load_error(&e),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}
