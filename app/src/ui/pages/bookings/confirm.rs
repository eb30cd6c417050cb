//! `/book/confirm`: the chosen slot with its price, a title, and the button that books it.
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::slot_query;
use crate::api::accounts::structure_choices;
use crate::api::bookings::{BookingForm, preview_booking};
use crate::domain::pricing::Charge;
use crate::domain::{AppError, BookingPreview, Viewer};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::i18n::{translate_with, use_locale, use_t};
use crate::ui::pages::account::guard::{Audience, guarded};

/// The free slot a conflict offers instead, read from the error's arguments.
fn offered_slot(error: Option<&AppError>) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let Some(AppError::Conflict(key)) = error else {
        return None;
    };
    let arg = |name: &str| {
        key.split('|')
            .find_map(|part| part.strip_prefix(&format!("{name}=")))
            .and_then(|v| DateTime::parse_from_rfc3339(v).ok())
            .map(|t| t.with_timezone(&Utc))
    };
    Some((arg("starts_at")?, arg("ends_at")?))
}

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

fn structure_field(viewer: &Viewer) -> AnyView {
    let t = use_t();
    if !viewer.is_manager() {
        return match viewer.acting_structure() {
            Some(s) => {
                view! { <p>{t("book.for")} " " <strong>{s.name.clone()}</strong></p> }.into_any()
            }
            None => view! { <p class="notice notice-error">{t("booking.structure_missing")}</p> }
                .into_any(),
        };
    }
    let choices = Resource::new(|| (), |()| structure_choices());
    view! {
        <div class="field">
            <label for="booking-structure_id">{t("book.structure")}</label>
            <Suspense fallback=move || view! { <p class="muted">{t("page.loading")}</p> }>
                {move || Suspend::new(async move {
                    let options = choices.await.unwrap_or_default();
                    view! {
                        <select id="booking-structure_id" name="form[structure_id]" required>
                            {options.into_iter().map(|s| view! { <option value=s.id>{s.name}</option> }).collect_view()}
                        </select>
                    }
                })}
            </Suspense>
        </div>
    }
    .into_any()
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
            structure_id: None,
        };
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
        let title_invalid = field_invalid(error.as_ref(), "title");
        let attendees_invalid = field_invalid(error.as_ref(), "attendees");
        let preview = Resource::new(
            {
                let form = form.clone();
                move || form.clone()
            },
            preview_booking,
        );
        let back = format!(
            "/book?date={}&from={}&to={}&people={people}",
            form.date, form.from, form.to
        );
        let structure = structure_field(&viewer);
        view! {
            <Title text=t("book.confirm_title")/>
            <section class="stack-lg">
                <h1>{t("book.confirm_title")}</h1>
                <ErrorSummary error=error prefix="booking"/>
                {offered}
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("book.pricing")}</p> }>
                    {move || {
                        let back = back.clone();
                        Suspend::new(async move {
                            match preview.await {
                                Ok(p) => view! {
                                    <div class="panel stack">
                                        <h2>{p.space_name.clone()}</h2>
                                        <p class="lead">{p.slot.describe(locale)}</p>
                                        {p.needs_approval.then(|| view! { <p class="notice">{t("book.needs_approval")}</p> })}
                                        {price_lines(&p)}
                                    </div>
                                }.into_any(),
                                // The refused confirmation above already says why.
                                Err(AppError::Conflict(_)) if conflict_shown => view! {
                                    <p><a href=back>{t("book.back_to_search")}</a></p>
                                }.into_any(),
                                Err(e) => view! {
                                    <div class="notice notice-error" role="alert"><p>{t(&match &e {
                                        AppError::Invalid(fields) => fields.first().map(|f| f.message.clone()).unwrap_or_default(),
                                        other => other.detail_key(),
                                    })}</p></div>
                                    {offer(Some(&e))}
                                    <p><a href=back>{t("book.back_to_search")}</a></p>
                                }.into_any(),
                            }
                        })
                    }}
                </Suspense>
                <form class="panel stack" method="post" action="/api/fn/create_booking">
                    <input type="hidden" name="form[space_id]" value=form.space_id/>
                    <input type="hidden" name="form[date]" value=form.date.clone()/>
                    <input type="hidden" name="form[from]" value=form.from.clone()/>
                    <input type="hidden" name="form[to]" value=form.to.clone()/>
                    {structure}
                    <Input prefix="booking" name="title" param="form[title]" label=t("book.booking_title") hint=t("book.booking_title_hint") invalid=title_invalid/>
                    <Input prefix="booking" name="attendees" param="form[attendees]" label=t("book.people") kind="number" min="1" value=people.to_string() invalid=attendees_invalid/>
                    <button class="button button-primary" type="submit">{t("book.confirm")}</button>
                </form>
            </section>
        }
    })
}
