//! `/admin/plan?site=…&floor=…`: a floor's plan for its managers. Admins give each floor its
//! picture (PNG, or SVG without scripts); managers place each space on it by its numbers.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::sites::{PlaceSpace, plan_for_managers};
use crate::domain::Viewer;
use crate::domain::plan::{FloorPlan, PlanSpace};
use crate::ui::components::{
    Audience, ErrorSummary, Placed, PlanEditor, PlanTarget, guarded, page_error, returned_error,
};
use crate::ui::format;
use crate::ui::i18n::{use_locale, use_t};

/// One space's row: its numbers on the plan, saved or cleared.
fn space_row(plan: &FloorPlan, space: &PlanSpace) -> impl IntoView + use<> {
    let t = use_t();
    let (x, y, w, h) = space.rect.unwrap_or((10, 10, 120, 80));
    let id = space.id;
    let number = |name: &'static str, value: i32, label: String| {
        let input_id = format!("place-{id}-{name}");
        view! {
            <div class="field field-inline">
                <label for=input_id.clone()>{label}</label>
                <input id=input_id name=format!("form[{name}]") type="number" min="0" max="5000" value=value required/>
            </div>
        }
    };
    view! {
        <tr id=format!("space-{id}")>
            <th scope="row">{format!("{} — {}", space.code, space.name)}</th>
            <td>
                <form class="place-form" method="post" action=PlaceSpace::PATH>
                    <input type="hidden" name="id" value=id/>
                    <input type="hidden" name="site" value=plan.site_slug.clone()/>
                    <input type="hidden" name="floor" value=plan.floor/>
                    {number("x", x, t("plan.x"))}
                    {number("y", y, t("plan.y"))}
                    {number("w", w, t("plan.w"))}
                    {number("h", h, t("plan.h"))}
                    <button class="button button-primary" type="submit">
                        {t("plan.place")}<span class="visually-hidden">{format!(" : {}", space.name)}</span>
                    </button>
                    {space.rect.is_some().then(|| view! {
                        <button class="button button-secondary" type="submit" name="form[clear]" value="1" formnovalidate>
                            {t("plan.clear")}<span class="visually-hidden">{format!(" : {}", space.name)}</span>
                        </button>
                    })}
                </form>
            </td>
        </tr>
    }
}

/// The form that gives a floor its picture (admins).
fn picture_form(plan: &FloorPlan) -> impl IntoView + use<> {
    let t = use_t();
    view! {
        <form class="panel stack" method="post" action=format!("/admin/sites/{}/floors", plan.site_id) enctype="multipart/form-data">
            <h2>{t("plan.picture_title")}</h2>
            <input type="hidden" name="site" value=plan.site_slug.clone()/>
            <p class="field-hint">{t("plan.picture_hint")}</p>
            <div class="grid-2">
                <div class="field">
                    <label for="picture-floor">{t("space.floor")}</label>
                    <input id="picture-floor" name="floor" type="number" min="-5" max="60" value=plan.floor required/>
                </div>
                <div class="field">
                    <label for="picture-file">{t("plan.picture_file")}</label>
                    <input id="picture-file" name="file" type="file" accept=".png,.svg,image/png,image/svg+xml" required/>
                </div>
            </div>
            <button class="button button-primary" type="submit">{t("plan.picture_upload")}</button>
        </form>
    }
}

fn plan_view(plan: FloorPlan, viewer: &Viewer) -> impl IntoView + use<> {
    let t = use_t();
    let locale = use_locale();
    let floors = plan
        .floors
        .iter()
        .map(|f| {
            let current = (*f == plan.floor).then_some("page");
            view! {
                <li><a href=format!("/admin/plan?site={}&floor={f}", plan.site_slug) aria-current=current>
                    {format::floor(*f, locale)}
                </a></li>
            }
        })
        .collect_view();
    let rows = plan
        .spaces
        .iter()
        .map(|s| space_row(&plan, s))
        .collect_view();
    // Spaces not on the plan yet start in a row along its top, to be dragged into place.
    let placed: Vec<Placed> = plan
        .spaces
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let column = i32::try_from(i % 8).unwrap_or_default();
            let (x, y, w, h) = s.rect.unwrap_or((10 + column * 120, 10, 110, 70));
            Placed {
                id: s.id,
                label: s.code.clone(),
                x,
                y,
                w,
                h,
            }
        })
        .collect();
    let empty = plan
        .spaces
        .is_empty()
        .then(|| view! { <p>{t("plan.no_spaces")}</p> });
    let admin = viewer.is_admin().then(|| picture_form(&plan));
    view! {
        <h1>{format!("{} — {}", plan.site_name, format::floor(plan.floor, locale))}</h1>
        <nav aria-label=t("plan.floors")><ul class="floor-tabs">{floors}</ul></nav>
        <figure class="plan">
            <PlanEditor
                target=PlanTarget::Spaces
                width=plan.width
                height=plan.height.max(600)
                picture=plan.picture.clone()
                spaces=placed
                hint=t("plan.editor_hint")
                saved=t("plan.editor_saved")
                failed=t("plan.editor_failed")
            />
            <figcaption id="plan-caption">{t("plan.admin_caption")}</figcaption>
        </figure>
        {empty}
        <div class="table-scroll">
            <table class="table">
                <caption>{t("plan.place_caption")}</caption>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {admin}
    }
}

#[component]
pub fn PlanAdminPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |viewer| {
        let query = use_query_map().get_untracked();
        let site = query.get("site");
        let floor = query.get("floor").and_then(|f| f.parse::<i32>().ok());
        let upload_error = query
            .get("error")
            .filter(|key| key.starts_with("plan."))
            .map(|key| t(&key));
        let uploaded = query.get("uploaded").is_some();
        let error = returned_error("place_space");
        let plan = Resource::new(
            move || (site.clone(), floor),
            |(site, floor)| plan_for_managers(site, floor),
        );
        view! {
            <Title text=t("plan.admin_title")/>
            <section class="stack-lg">
                {upload_error.map(|e| view! { <p class="notice notice-error" role="alert">{e}</p> })}
                {uploaded.then(|| view! { <p class="notice" role="status">{t("plan.picture_saved")}</p> })}
                <ErrorSummary error=error prefix="plan"/>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || {
                        let viewer = viewer.clone();
                        Suspend::new(async move {
                            match plan.await {
                                Ok(plan) => plan_view(plan, &viewer).into_any(),
                                Err(e) => page_error(&e),
                            }
                        })
                    }}
                </Suspense>
            </section>
        }
    })
}
