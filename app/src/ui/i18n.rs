//! The interface language of the request, and translation through rust-i18n (`locales/app.yml`).
use leptos::prelude::*;

use crate::domain::Locale;

/// Finds the request's language (chosen by the server from `?lang=`, cookie and `Accept-Language`)
/// and provides it to every component.
pub fn provide_locale() -> Locale {
    #[cfg(feature = "ssr")]
    let locale = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Locale>().copied())
        .unwrap_or_default();
    #[cfg(not(feature = "ssr"))]
    let locale = Locale::default();
    provide_context(locale);
    locale
}

/// The language of the page being rendered.
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

pub use crate::domain::locale::{translate, translate_with};

/// A translator bound to the page's language: `let t = use_t(); t("home.title")`.
pub fn use_t() -> impl Fn(&str) -> String + Copy + Send + Sync + 'static {
    let locale = use_locale();
    move |key| translate(locale, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_the_texts() {
        assert_eq!(translate(Locale::Fr, "nav.spaces"), "Espaces");
        assert_eq!(translate(Locale::En, "nav.spaces"), "Spaces");
        assert_eq!(
            translate_with(Locale::En, "spaces.count_many", &[("n", "7")]),
            "7 spaces"
        );
    }

    #[test]
    fn no_key_is_defined_twice_across_the_locale_files() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut seen = std::collections::HashMap::new();
        for entry in std::fs::read_dir(&dir).expect("locales folder") {
            let path = entry.expect("entry").path();
            let text = std::fs::read_to_string(&path).expect("locale file");
            let file = path.file_name().map(|f| f.to_string_lossy().into_owned());
            for line in text.lines() {
                // Keys start a line: `key: {…}` or `key:` with the languages below.
                let Some((key, _)) = line.split_once(':') else {
                    continue;
                };
                if key.starts_with([' ', '#', '_']) || key.is_empty() || key.contains(' ') {
                    continue;
                }
                if let Some(first) = seen.insert(key.to_owned(), file.clone()) {
                    panic!("{key} is in {first:?} and in {file:?}");
                }
            }
        }
        assert!(seen.len() > 500, "read {} keys", seen.len());
    }

    #[test]
    fn every_vocabulary_word_is_translated() {
        use crate::domain::{CustomerKind, RateUnit, SpaceKind};
        let keys = SpaceKind::ALL
            .iter()
            .map(|k| k.label_key())
            .chain(
                SpaceKind::ALL
                    .iter()
                    .map(|k| format!("{}_plural", k.label_key())),
            )
            .chain(CustomerKind::ALL.iter().map(|k| k.label_key()))
            .chain(RateUnit::ALL.iter().map(|k| k.label_key()));
        for key in keys {
            for locale in Locale::ALL {
                let text = translate(locale, &key);
                assert!(
                    !text.contains('.') || text.contains(' '),
                    "{key} is not translated in {locale:?}: {text}"
                );
                assert_ne!(text, key, "{key} is missing in {locale:?}");
            }
        }
    }
}
