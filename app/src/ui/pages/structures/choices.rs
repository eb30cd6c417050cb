//! The `<select>`s of the closed vocabularies, with the current choice kept.
use leptos::prelude::*;

use crate::ui::i18n::use_t;

/// A labelled select over `words` (stored word, i18n key); `any` adds an empty first choice.
pub fn vocabulary_select(
    id: String,
    name: &'static str,
    label: String,
    words: Vec<(&'static str, String)>,
    selected: Option<String>,
    any: Option<String>,
) -> impl IntoView + use<> {
    let t = use_t();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                {any.map(|text| view! { <option value="">{text}</option> })}
                {words
                    .into_iter()
                    .map(|(word, key)| {
                        let chosen = selected.as_deref() == Some(word);
                        view! { <option value=word selected=chosen>{t(&key)}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The words and i18n keys of a vocabulary.
macro_rules! words {
    ($vocabulary:ty) => {
        <$vocabulary>::ALL
            .iter()
            .map(|w| (w.as_str(), w.label_key()))
            .collect::<Vec<_>>()
    };
}
pub(super) use words;
