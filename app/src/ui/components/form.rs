//! Forms that post to a server function and work without JavaScript: on failure the server
//! sends the browser back here with the error in the address, and the form shows it.
use leptos::prelude::*;
use leptos::server_fn::error::ServerFnUrlError;
use leptos_router::hooks::use_query_map;

use crate::domain::AppError;
use crate::ui::i18n::{translate_with, use_locale, use_t};

/// The error the server function at `/api/fn/{endpoint}` sent back, if this page shows one.
pub fn returned_error(endpoint: &str) -> Option<AppError> {
    let query = use_query_map().get_untracked();
    let path = query.get("__path")?;
    if path.trim_end_matches('/') != format!("/api/fn/{endpoint}") {
        return None;
    }
    Some(ServerFnUrlError::<AppError>::decode_err(
        &query.get("__err")?,
    ))
}

/// The messages of an error, in the page's language.
fn messages(error: &AppError) -> Vec<(Option<String>, String)> {
    let locale = use_locale();
    let t = use_t();
    match error {
        AppError::Invalid(fields) => fields
            .iter()
            .map(|f| (Some(f.field.clone()), t(&f.message)))
            .collect(),
        AppError::TooManyRequests(seconds) => {
            let minutes = seconds.div_ceil(60).max(1).to_string();
            vec![(
                None,
                translate_with(locale, "form.too_many", &[("minutes", &minutes)]),
            )]
        }
        other => vec![(None, t(&other.detail_key()))],
    }
}

/// The list of what went wrong at the top of a form, announced to screen readers.
#[component]
pub fn ErrorSummary(error: Option<AppError>, #[prop(into)] prefix: String) -> impl IntoView {
    let t = use_t();
    error.map(|error| {
        let items = messages(&error)
            .into_iter()
            .map(|(field, message)| match field {
                Some(field) => {
                    view! { <li><a href=format!("#{prefix}-{field}")>{message}</a></li> }.into_any()
                }
                None => view! { <li>{message}</li> }.into_any(),
            })
            .collect_view();
        view! {
            <div class="notice notice-error error-summary" role="alert" tabindex="-1">
                <h2>{t("form.error_title")}</h2>
                <ul>{items}</ul>
            </div>
        }
    })
}

/// Whether `error` names `field`.
pub fn field_invalid(error: Option<&AppError>, field: &str) -> bool {
    matches!(error, Some(AppError::Invalid(fields)) if fields.iter().any(|f| f.field == field))
}

/// A labelled input; `prefix-name` is its id, which the error summary links to. `param` is the
/// name it is sent under when that differs from the field's (`form[date]` for `date`).
#[component]
pub fn Input(
    #[prop(into)] prefix: String,
    name: &'static str,
    #[prop(optional)] param: Option<&'static str>,
    #[prop(into)] label: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(default = None, into)] hint: Option<String>,
    #[prop(default = true)] required: bool,
    #[prop(default = false)] invalid: bool,
    #[prop(optional)] min: Option<&'static str>,
    #[prop(optional)] step: Option<&'static str>,
) -> impl IntoView {
    let id = format!("{prefix}-{name}");
    let hint_id = format!("{id}-hint");
    let described = hint.is_some().then(|| hint_id.clone());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="field-hint" id=hint_id.clone()>{h}</p> })}
            <input
                id=id
                name=param.unwrap_or(name)
                type=kind
                autocomplete=autocomplete
                value=value
                required=required
                min=min
                step=step
                aria-invalid=invalid.then_some("true")
                aria-describedby=described
            />
        </div>
    }
}
