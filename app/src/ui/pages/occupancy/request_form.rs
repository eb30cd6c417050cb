//! `/requests/new`: the public space request form (*demande de locaux*), for any organisation
//! looking for premises; no account needed. A plain form posting to `send_space_request`.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::occupancy::SendSpaceRequest;
use crate::domain::{AppError, Sector, SpaceKind};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::i18n::use_t;

/// The kinds of premises one asks for; rooms and event spaces are booked, not requested.
const KINDS: [SpaceKind; 4] = [
    SpaceKind::Office,
    SpaceKind::CoworkingDesk,
    SpaceKind::Storage,
    SpaceKind::Commercial,
];

/// A labelled list to choose from, sent under `request_form[{name}]`.
fn choice(
    name: &'static str,
    label: String,
    options: Vec<(&'static str, String)>,
    invalid: bool,
) -> impl IntoView + use<> {
    let id = format!("request_form-{name}");
    let t = use_t();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=format!("request_form[{name}]") required=true aria-invalid=invalid.then_some("true")>
                <option value="">{t("request_form.choose")}</option>
                {options.into_iter().map(|(value, text)| view! { <option value=value>{text}</option> }).collect_view()}
            </select>
        </div>
    }
}

fn form(error: Option<AppError>) -> impl IntoView {
    let t = use_t();
    let invalid = |field: &str| field_invalid(error.as_ref(), field);
    let kinds = KINDS
        .iter()
        .map(|k| (k.as_str(), t(&k.label_key())))
        .collect();
    let sectors = Sector::ALL
        .iter()
        .map(|s| (s.as_str(), t(&s.label_key())))
        .collect();
    view! {
        <ErrorSummary error=error.clone() prefix="request_form"/>
        <form class="panel stack narrow request-form" method="post" action=SendSpaceRequest::PATH>
            <h2>{t("request_form.who")}</h2>
            <Input prefix="request_form" name="organisation" param="request_form[organisation]" label=t("request_form.organisation") hint=t("request_form.organisation_hint") autocomplete="organization" invalid=invalid("organisation")/>
            <Input prefix="request_form" name="contact_name" param="request_form[contact_name]" label=t("request_form.contact_name") autocomplete="name" invalid=invalid("contact_name")/>
            <Input prefix="request_form" name="email" param="request_form[email]" label=t("request_form.email") hint=t("request_form.email_hint") kind="email" autocomplete="email" invalid=invalid("email")/>
            <Input prefix="request_form" name="phone" param="request_form[phone]" label=t("request_form.phone") kind="tel" autocomplete="tel" required=false/>
            <h2>{t("request_form.what")}</h2>
            {choice("kind", t("request_form.kind"), kinds, invalid("kind"))}
            <div class="form-row">
                <Input prefix="request_form" name="surface_min" param="request_form[surface_min]" label=t("request_form.surface_min") kind="number" min="1" invalid=invalid("surface_min")/>
                <Input prefix="request_form" name="surface_max" param="request_form[surface_max]" label=t("request_form.surface_max") kind="number" min="1" invalid=invalid("surface_max")/>
            </div>
            <Input prefix="request_form" name="budget" param="request_form[budget]" label=t("request_form.budget") hint=t("request_form.budget_hint") kind="number" min="1" required=false invalid=invalid("budget")/>
            <Input prefix="request_form" name="wanted_from" param="request_form[wanted_from]" label=t("request_form.wanted_from") kind="date" invalid=invalid("wanted_from")/>
            {choice("sector", t("request_form.sector"), sectors, invalid("sector"))}
            <div class="field">
                <label for="request_form-message">{t("request_form.message")}</label>
                <p class="field-hint" id="request_form-message-hint">{t("request_form.message_hint")}</p>
                <textarea id="request_form-message" name="request_form[message]" rows="5" maxlength="4000" aria-describedby="request_form-message-hint" aria-invalid=invalid("message").then_some("true")></textarea>
            </div>
            <button class="button button-primary" type="submit">{t("request_form.send")}</button>
        </form>
    }
}

#[component]
pub fn RequestFormPage() -> impl IntoView {
    let t = use_t();
    let sent = use_query_map().get_untracked().get("sent").is_some();
    let body = if sent {
        view! {
            <div class="notice" role="status">
                <h2>{t("request_form.thanks")}</h2>
                <p>{t("request_form.sent")}</p>
            </div>
            <p><a class="button button-secondary" href="/spaces">{t("request_form.see_spaces")}</a></p>
        }
        .into_any()
    } else {
        form(returned_error("send_space_request")).into_any()
    };
    view! {
        <Title text=t("request_form.title")/>
        <section class="stack-lg">
            <h1>{t("request_form.title")}</h1>
            <p class="lead">{t("request_form.intro")}</p>
            {body}
        </section>
    }
}
