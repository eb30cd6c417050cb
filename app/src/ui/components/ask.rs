//! A destructive action asked before it is done: a link opens the question in place, and the
//! question's form does the action or leads back.
use leptos::prelude::*;

use crate::ui::i18n::use_t;

/// The question, asked in place of the link that opened it.
pub struct Question {
    /// The server function's URL (`CancelBooking::PATH`).
    pub action: &'static str,
    /// The hidden fields the form sends (`id`…).
    pub fields: Vec<(&'static str, String)>,
    /// What is asked (`Annuler cette réservation ?`), and the button that says yes.
    pub text: String,
    pub yes: String,
    /// Where "Annuler" leads back to.
    pub back: String,
}

/// The form that asks: the question, the button that does it, and the way back.
pub fn question(question: Question) -> AnyView {
    let t = use_t();
    let fields = question
        .fields
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value/> })
        .collect_view();
    view! {
        <form method="post" action=question.action class="inline-confirm">
            {fields}
            <span>{question.text}</span>
            <button class="button button-danger" type="submit">{question.yes}</button>
            <a class="button button-secondary" href=question.back>{t("form.cancel")}</a>
        </form>
    }
    .into_any()
}

/// The link that opens the question; `about` tells screen readers what it acts on.
pub fn ask_link(href: String, label: String, about: Option<String>) -> AnyView {
    view! {
        <a class="button button-secondary" href=href>
            {label}{about.map(|about| view! { <span class="visually-hidden">{about}</span> })}
        </a>
    }
    .into_any()
}
