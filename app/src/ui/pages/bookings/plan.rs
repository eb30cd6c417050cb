//! `/book/plan?floor=N[&date=…&time=…]`: a floor's plan, each space drawn where it lies,
//! coloured by whether it is free or busy right now or at the moment chosen; a bookable space
//! links to its week. The same facts follow as a list, for reading without the drawing.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::bookings::floor_plan;
use crate::domain::Locale;
use crate::domain::plan::{FloorPlan, Now, PlanSpace};
use crate::ui::components::{ErrorSummary, Input};
use crate::ui::format;
use crate::ui::i18n::{translate, translate_with, use_locale, use_t};

/// `Libre jusqu'à 14:00`, `Occupé`, `Fermé`…
fn state_text(space: &PlanSpace, locale: Locale) -> String {
    let key = format!("plan.now_{}", space.now.as_str());
    match space.until {
        Some(until) => {
            let time = crate::domain::time::paris_time(until);
            translate_with(locale, &format!("{key}_until"), &[("time", &time)])
        }
        None => translate(locale, &key),
    }
}

fn link_of(space: &PlanSpace) -> String {
    if space.now == Now::Leased {
        format!("/spaces/{}", space.id)
    } else {
        format!("/spaces/{}/week", space.id)
    }
}

/// The plan as a drawing: the floor's picture, if any, behind each space's rectangle.
fn drawing(plan: &FloorPlan, locale: Locale) -> impl IntoView {
    let shapes = plan
        .spaces
        .iter()
        .filter_map(|space| {
            let (x, y, w, h) = space.rect?;
            let state = state_text(space, locale);
            let label = format!("{} : {state}", space.name);
            let title = label.clone();
            // A name too long for its box gives way to the code.
            let name = if space.name.chars().count() * 8 + 12 <= w as usize {
                space.name.clone()
            } else {
                space.code.clone()
            };
            let short = translate(locale, &format!("plan.now_{}", space.now.as_str()));
            // The state line shows where it fits; the colour and the list say it anyway.
            let state_fits = h >= 60 && short.chars().count() * 7 + 12 <= w as usize;
            let class = format!("plan-space plan-{}", space.now.as_str());
            Some(view! {
                <a href=link_of(space) aria-label=label>
                    <title>{title}</title>
                    <rect class=class x=x y=y width=w height=h rx="4"></rect>
                    <text class="plan-name" x=x + 6 y=y + 20>{name}</text>
                    {state_fits.then(|| view! { <text class="plan-state" x=x + 6 y=y + 40>{short}</text> })}
                </a>
            })
        })
        .collect_view();
    view! {
        <svg class="plan-svg" viewBox=format!("0 0 {} {}", plan.width, plan.height) role="group" aria-labelledby="plan-caption" focusable="false">
            <defs>
                <pattern id="plan-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="8" height="8" fill="#f4f7f5"></rect>
                    <line x1="0" y1="0" x2="0" y2="8" stroke="#c7d3cb" stroke-width="4"></line>
                </pattern>
            </defs>
            {plan.picture.clone().map(|href| view! {
                <image class="plan-picture" href=href x="0" y="0" width=plan.width height=plan.height preserveAspectRatio="xMinYMin meet"></image>
            })}
            {shapes}
        </svg>
    }
}

/// The plan's facts as lists, one per state.
fn lists(plan: &FloorPlan, locale: Locale) -> impl IntoView {
    [Now::Free, Now::Busy, Now::Closed, Now::Leased]
        .into_iter()
        .filter_map(|now| {
            let items: Vec<&PlanSpace> = plan.spaces.iter().filter(|s| s.now == now).collect();
            if items.is_empty() {
                return None;
            }
            let heading = translate_with(
                locale,
                &format!("plan.list_{}", now.as_str()),
                &[("n", &items.len().to_string())],
            );
            let entries = items
                .into_iter()
                .map(|s| {
                    let text = format!("{} ({}) : {}", s.name, s.code, state_text(s, locale));
                    view! { <li><a href=link_of(s)>{text}</a></li> }
                })
                .collect_view();
            Some(view! {
                <section class="plan-list">
                    <h3>{heading}</h3>
                    <ul>{entries}</ul>
                </section>
            })
        })
        .collect_view()
}

/// The moment asked for in the address: a Paris day and time, each empty for "now".
#[derive(Clone, Default)]
struct Moment {
    date: String,
    time: String,
}

impl Moment {
    fn is_now(&self) -> bool {
        self.date.trim().is_empty() && self.time.trim().is_empty()
    }

    /// What the floors' links carry so that the chosen moment stays.
    fn query(&self) -> String {
        if self.is_now() {
            return String::new();
        }
        use leptos_router::location::Url;
        format!(
            "&date={}&time={}",
            Url::escape(self.date.trim()),
            Url::escape(self.time.trim())
        )
    }
}

/// The form choosing the moment the plan shows, with a way back to now.
fn moment_form(site: Option<String>, floor: Option<i32>, moment: &Moment) -> impl IntoView + use<> {
    let t = use_t();
    let back = (!moment.is_now()).then(|| {
        let site = site
            .as_deref()
            .map(|s| format!("site={}", leptos_router::location::Url::escape(s)));
        let params: Vec<String> = site
            .into_iter()
            .chain(floor.map(|f| format!("floor={f}")))
            .collect();
        let href = if params.is_empty() {
            "/book/plan".to_owned()
        } else {
            format!("/book/plan?{}", params.join("&"))
        };
        view! { <p><a href=href>{t("plan.back_to_now")}</a></p> }
    });
    view! {
        <form class="panel search-form" method="get" action="/book/plan">
            {site.map(|site| view! { <input type="hidden" name="site" value=site/> })}
            {floor.map(|floor| view! { <input type="hidden" name="floor" value=floor/> })}
            <div class="form-row">
                <Input prefix="plan" name="date" label=t("book.date") kind="date" value=moment.date.clone() required=false hint=t("plan.empty_now")/>
                <Input prefix="plan" name="time" label=t("plan.time") kind="time" value=moment.time.clone() required=false hint=t("plan.empty_now")/>
            </div>
            <button class="button button-primary" type="submit">{t("plan.show")}</button>
        </form>
        {back}
    }
}

fn plan_view(plan: FloorPlan, moment: &Moment) -> AnyView {
    let t = use_t();
    let locale = use_locale();
    let kept = moment.query();
    let tabs = plan
        .floors
        .iter()
        .map(|f| {
            let current = (*f == plan.floor).then_some("page");
            view! {
                <li><a href=format!("/book/plan?site={}&floor={f}{kept}", plan.site_slug) aria-current=current>{format::floor(*f, locale)}</a></li>
            }
        })
        .collect_view();
    let at = crate::domain::time::paris_time(plan.at);
    let day = crate::domain::locale::long_date(crate::domain::time::paris_day(plan.at), locale);
    let caption = translate_with(
        locale,
        "plan.caption",
        &[
            ("floor", &format::floor(plan.floor, locale)),
            ("site", &plan.site_name),
            ("day", &day),
            ("time", &at),
        ],
    );
    view! {
        <nav aria-label=t("plan.floors")><ul class="plan-floors" role="list">{tabs}</ul></nav>
        <figure class="floor-plan">
            {drawing(&plan, locale)}
            <figcaption id="plan-caption">{caption}</figcaption>
        </figure>
        <ul class="grid-legend" role="list">
            <li><span class="swatch plan-free"></span>{t("plan.now_free")}</li>
            <li><span class="swatch plan-busy"></span>{t("plan.now_busy")}</li>
            <li><span class="swatch plan-closed"></span>{t("plan.now_closed")}</li>
            <li><span class="swatch plan-leased"></span>{t("plan.now_leased")}</li>
        </ul>
        <h2>{t("plan.in_words")}</h2>
        <div class="plan-lists">{lists(&plan, locale)}</div>
    }
    .into_any()
}

#[component]
pub fn PlanPage() -> impl IntoView {
    let t = use_t();
    let query = use_query_map().get_untracked();
    let site = query.get("site").filter(|s| !s.trim().is_empty());
    let floor = query.get("floor").and_then(|f| f.parse::<i32>().ok());
    let moment = Moment {
        date: query.get("date").unwrap_or_default(),
        time: query.get("time").unwrap_or_default(),
    };
    let plan = Resource::new(
        {
            let (site, moment) = (site.clone(), moment.clone());
            move || {
                (
                    site.clone(),
                    floor,
                    moment.date.clone(),
                    moment.time.clone(),
                )
            }
        },
        |(site, floor, date, time)| floor_plan(site, floor, Some(date), Some(time)),
    );
    view! {
        <Title text=t("plan.title")/>
        <section class="stack-lg">
            <h1>{t("plan.title")}</h1>
            <p class="lead">{t("plan.intro")}</p>
            {moment_form(site, floor, &moment)}
            <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                {move || Suspend::new({
                    let moment = moment.clone();
                    async move {
                    match plan.await {
                        Ok(plan) => plan_view(plan, &moment),
                        Err(error) => view! { <ErrorSummary error=Some(error) prefix="plan"/> }.into_any(),
                    }
                }})}
            </Suspense>
        </section>
    }
}
