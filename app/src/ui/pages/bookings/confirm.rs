//! `/book/confirm`: the chosen slot with its price, a title, and the button that books it; or,
//! repeated, every date of the series with the ones in the way dropped; on a taken slot, the
//! nearest free one and the waiting list.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::carried::carried_fields;
use super::series::{repeat_chooser, series_dates};
use super::{offered_slot, slot_query};
use crate::api::accounts::structure_choices;
use crate::api::bookings::{BookingForm, preview_booking, preview_series};
use crate::api::bookings::{CreateBooking, JoinWaitlist};
use crate::domain::pricing::Charge;
use crate::domain::recurrence::SeriesPlan;
use crate::domain::{AppError, BookingPreview, Viewer};
use crate::ui::components::{Audience, guarded};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::i18n::{translate_with, use_locale, use_t};

fn price_lines(preview: &BookingPreview) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let quote = &preview.quote;
    let lines = quote
        .lines
        .iter()
        .map(|line| {
            let what = match line.charge {
                Charge::Hours { minutes } => translate_with(
                    locale,
                    "book.line_hours",
                    &[("hours", &format!("{}", minutes as f64 / 60.0).replace('.', if locale == crate::domain::Locale::Fr { "," } else { "." }))],
                ),
                Charge::HalfDays(n) => translate_with(locale, "book.line_half_days", &[("n", &n.to_string())]),
                Charge::Days(n) => translate_with(locale, "book.line_days", &[("n", &n.to_string())]),
            };
            view! { <tr><th scope="row">{what}</th><td class="num">{line.amount.format(locale)}</td></tr> }
        })
        .collect_view();
    let included = (quote.included_minutes > 0).then(|| {
        let text = translate_with(locale, "book.included", &[("minutes", &quote.included_minutes.to_string())]);
        view! { <tr><th scope="row">{text}</th><td class="num">{crate::domain::Money::default().format(locale)}</td></tr> }
    });
    let discount = (quote.discount.cents() > 0).then(|| view! {
        <tr><th scope="row">{t("book.discount")}</th><td class="num">{format!("−{}", quote.discount.format(locale))}</td></tr>
    });
    view! {
        <table class="table price-table">
            <caption>{t("book.price")} <span class="muted">{format!(" ({})", t(&preview.customer_kind.label_key()))}</span></caption>
            <tbody>{included}{lines}{discount}</tbody>
            <tfoot><tr><th scope="row">{t("book.total")}</th><td class="num"><strong>{quote.total.format(locale)}</strong></td></tr></tfoot>
        </table>
    }
}

/// What the page shows before confirming: one date's price, or every date of a repetition.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
enum Previewed {
    One(BookingPreview),
    Series(SeriesPlan),
}

/// For a taken slot: asking to be told when it frees, with what it is for.
fn waitlist_form(form: &BookingForm) -> impl IntoView + use<> {
    let t = use_t();
    view! {
        <form class="panel stack waitlist-form" method="post" action=JoinWaitlist::PATH>
            <h2>{t("waitlist.title")}</h2>
            <p>{t("waitlist.intro")}</p>
            <input type="hidden" name="form[space_id]" value=form.space_id/>
            <input type="hidden" name="form[date]" value=form.date.clone()/>
            <input type="hidden" name="form[from]" value=form.from.clone()/>
            <input type="hidden" name="form[to]" value=form.to.clone()/>
            <input type="hidden" name="form[attendees]" value=form.attendees.unwrap_or(1)/>
            <Input prefix="waitlist" name="title" param="form[title]" label=t("waitlist.what")/>
            <button class="button button-secondary" type="submit">{t("waitlist.join")}</button>
        </form>
    }
}

/// For a manager: whom the booking is for, a structure or an outside customer (event spaces),
/// chosen before the price is shown, as the price depends on it. A plain GET form.
fn customer_chooser(form: &BookingForm, people: u32) -> impl IntoView + use<> {
    let t = use_t();
    let outsider = form.customer.as_deref() == Some("outsider");
    let chosen = form.structure_id;
    let choices = Resource::new(|| (), |()| structure_choices());
    view! {
        <form class="panel stack customer-choice" method="get" action="/book/confirm">
            {carried_fields(form, people, true, false)}
            <fieldset class="stack">
                <legend>{t("book.customer")}</legend>
                <div class="choice">
                    <input type="radio" id="booking-customer-structure" name="customer" value="structure" checked=!outsider/>
                    <label for="booking-customer-structure">{t("book.for_structure")}</label>
                </div>
                <div class="field choice-detail">
                    <label for="booking-structure_id">{t("book.structure")}</label>
                    <Suspense fallback=move || view! { <p class="muted">{t("page.loading")}</p> }>
                        {move || Suspend::new(async move {
                            let options = choices.await.unwrap_or_default();
                            view! {
                                <select id="booking-structure_id" name="structure">
                                    {options.into_iter().map(|s| view! { <option value=s.id selected=Some(s.id) == chosen>{s.name}</option> }).collect_view()}
                                </select>
                            }
                        })}
                    </Suspense>
                </div>
                <div class="choice">
                    <input type="radio" id="booking-customer-outsider" name="customer" value="outsider" checked=outsider/>
                    <label for="booking-customer-outsider">{t("book.outsider")}</label>
                </div>
                <div class="choice-detail stack">
                    <p class="field-hint">{t("book.outsider_hint")}</p>
                    <Input prefix="booking" name="customer_name" label=t("book.outsider_name") autocomplete="organization" required=false value=form.customer_name.clone().unwrap_or_default()/>
                    <Input prefix="booking" name="customer_email" label=t("book.outsider_email") kind="email" autocomplete="email" required=false value=form.customer_email.clone().unwrap_or_default()/>
                </div>
            </fieldset>
            <p><button class="button button-secondary" type="submit">{t("book.show_price")}</button></p>
        </form>
    }
}

/// Whom the booking form books for: the tenant's structure, or the manager's choice above.
fn customer_line(viewer: &Viewer, form: &BookingForm) -> AnyView {
    let t = use_t();
    if viewer.is_manager() {
        // Only what was chosen: an empty number would not read.
        let hidden = |name: &'static str, value: Option<String>| {
            value.map(|value| view! { <input type="hidden" name=name value=value/> })
        };
        return view! {
            {hidden("form[customer]", form.customer.clone())}
            {hidden("form[structure_id]", form.structure_id.map(|id| id.to_string()))}
            {hidden("form[customer_name]", form.customer_name.clone())}
            {hidden("form[customer_email]", form.customer_email.clone())}
        }
        .into_any();
    }
    match viewer.acting_structure() {
        Some(s) => {
            view! { <p>{t("book.for")} " " <strong>{s.name.clone()}</strong></p> }.into_any()
        }
        None => {
            view! { <p class="notice notice-error">{t("booking.structure_missing")}</p> }.into_any()
        }
    }
}

#[component]
pub fn ConfirmPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::SignedIn, move |viewer| {
        let locale = use_locale();
        let query = use_query_map().get_untracked();
        let field = |name: &str| query.get(name).unwrap_or_default();
        let people: u32 = field("people").parse().unwrap_or(1).max(1);
        let form = BookingForm {
            space_id: field("space").parse().unwrap_or_default(),
            date: field("date"),
            from: field("from"),
            to: field("to"),
            title: None,
            attendees: Some(people),
            structure_id: query.get("structure").and_then(|id| id.parse().ok()),
            customer: query.get("customer").filter(|c| !c.is_empty()),
            customer_name: query.get("customer_name").filter(|n| !n.is_empty()),
            customer_email: query.get("customer_email").filter(|e| !e.is_empty()),
            repeat: query.get("repeat").filter(|r| !r.is_empty()),
            until: query.get("until").filter(|u| !u.is_empty()),
            skip: None,
        };
        let repeating = form.frequency().is_some();
        let error = returned_error("create_booking");
        let space_id = form.space_id;
        let offer = move |error: Option<&AppError>| {
            offered_slot(error).map(|(start, end)| {
            let paris = chrono_tz::Europe::Paris;
            let (start, end) = (start.with_timezone(&paris), end.with_timezone(&paris));
            let href = format!(
                "/book/confirm?{}",
                slot_query(space_id, &start.format("%Y-%m-%d").to_string(), &start.format("%H:%M").to_string(), &end.format("%H:%M").to_string(), people)
            );
            view! { <p><a class="button button-secondary" href=href>{t("book.take_offered")}</a></p> }
        })
        };
        let offered = offer(error.as_ref());
        let conflict_shown = matches!(error, Some(AppError::Conflict(_)));
        let overlap = |e: &AppError| matches!(e, AppError::Conflict(key) if key.starts_with("booking.overlap"));
        let waitlist_after_refusal =
            (!repeating && error.as_ref().is_some_and(overlap)).then(|| waitlist_form(&form));
        let waitlist_error = returned_error("join_waitlist");
        let title_invalid = field_invalid(error.as_ref(), "title");
        let attendees_invalid = field_invalid(error.as_ref(), "attendees");
        let preview = Resource::new(
            {
                let form = form.clone();
                move || form.clone()
            },
            move |form| async move {
                if repeating {
                    preview_series(form).await.map(Previewed::Series)
                } else {
                    preview_booking(form).await.map(Previewed::One)
                }
            },
        );
        let repeat_form = repeat_chooser(&form, people);
        let back = format!(
            "/book?date={}&from={}&to={}&people={people}",
            form.date, form.from, form.to
        );
        let customer = customer_line(&viewer, &form);
        let chooser = viewer.is_manager().then(|| customer_chooser(&form, people));
        // A manager sees the price once they have said whom it is for.
        let undecided =
            viewer.is_manager() && form.customer.is_none() && form.structure_id.is_none();
        let preview_form = form.clone();
        view! {
            <Title text=t("book.confirm_title")/>
            <section class="stack-lg">
                <h1>{t("book.confirm_title")}</h1>
                <ErrorSummary error=error prefix="booking"/>
                <ErrorSummary error=waitlist_error prefix="waitlist"/>
                {offered}
                {waitlist_after_refusal}
                {chooser}
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("book.pricing")}</p> }>
                    {move || {
                        let back = back.clone();
                        let form = preview_form.clone();
                        Suspend::new(async move {
                            match preview.await {
                                Ok(Previewed::Series(plan)) => series_dates(&plan).into_any(),
                                Ok(Previewed::One(p)) => view! {
                                    <div class="panel stack">
                                        <h2>{p.space_name.clone()}</h2>
                                        <p class="lead">{p.slot.describe(locale)}</p>
                                        {p.needs_approval.then(|| view! { <p class="notice">{t("book.needs_approval")}</p> })}
                                        {price_lines(&p)}
                                    </div>
                                }.into_any(),
                                // The refused confirmation above already says why.
                                Err(_) if undecided => view! {
                                    <p class="notice">{t("book.choose_customer")}</p>
                                }.into_any(),
                                Err(AppError::Conflict(_)) if conflict_shown => view! {
                                    <p><a href=back>{t("book.back_to_search")}</a></p>
                                }.into_any(),
                                Err(e) => view! {
                                    <div class="notice notice-error" role="alert"><p>{t(&match &e {
                                        AppError::Invalid(fields) => fields.first().map(|f| f.message.clone()).unwrap_or_default(),
                                        other => other.detail_key(),
                                    })}</p></div>
                                    {offer(Some(&e))}
                                    {(!repeating && overlap(&e)).then(|| waitlist_form(&form))}
                                    <p><a href=back>{t("book.back_to_search")}</a></p>
                                }.into_any(),
                            }
                        })
                    }}
                </Suspense>
                {repeat_form}
                <form id="booking-form" class="panel stack" method="post" action=CreateBooking::PATH>
                    <input type="hidden" name="form[space_id]" value=form.space_id/>
                    <input type="hidden" name="form[repeat]" value=form.repeat.clone().unwrap_or_default()/>
                    <input type="hidden" name="form[until]" value=form.until.clone().unwrap_or_default()/>
                    <input type="hidden" name="form[date]" value=form.date.clone()/>
                    <input type="hidden" name="form[from]" value=form.from.clone()/>
                    <input type="hidden" name="form[to]" value=form.to.clone()/>
                    {customer}
                    <Input prefix="booking" name="title" param="form[title]" label=t("book.booking_title") hint=t("book.booking_title_hint") invalid=title_invalid/>
                    <Input prefix="booking" name="attendees" param="form[attendees]" label=t("book.people") kind="number" min="1" value=people.to_string() invalid=attendees_invalid/>
                    <button class="button button-primary" type="submit">{t(if repeating { "book.confirm_series" } else { "book.confirm" })}</button>
                </form>
            </section>
        }
    })
}
