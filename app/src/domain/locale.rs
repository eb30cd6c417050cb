//! The interface language: French by default, English on request.
use serde::{Deserialize, Serialize};

/// A language the interface speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
}

impl Locale {
    /// Every language, in the order of the language switch.
    pub const ALL: [Locale; 2] = [Locale::Fr, Locale::En];

    /// The BCP 47 code, as in `<html lang>` and `?lang=`.
    pub const fn code(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::En => "en",
        }
    }

    /// The language's own name, shown in the switch.
    pub const fn native_name(self) -> &'static str {
        match self {
            Locale::Fr => "Français",
            Locale::En => "English",
        }
    }

    /// Reads a language code such as `en`, `en-GB` or `FR`; `None` for a language we do not speak.
    pub fn from_code(code: &str) -> Option<Locale> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        Locale::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// Chooses the language of a request: an explicit `?lang=` first, then the remembered choice
    /// (cookie), then the browser's `Accept-Language`, then French.
    pub fn negotiate(
        query: Option<&str>,
        cookie: Option<&str>,
        accept_language: Option<&str>,
    ) -> Locale {
        query
            .and_then(Locale::from_code)
            .or_else(|| cookie.and_then(Locale::from_code))
            .or_else(|| {
                let header = accept_language?;
                accept_language::parse(header)
                    .iter()
                    .find_map(|tag| Locale::from_code(tag))
            })
            .unwrap_or_default()
    }
}

/// A whole number with its thousands grouped the way readers of `locale` expect: `12 400`
/// (narrow spaces) or `12,400`.
pub fn grouped(n: u64, locale: Locale) -> String {
    let digits = n.to_string();
    let group = match locale {
        Locale::Fr => '\u{202f}',
        Locale::En => ',',
    };
    let mut text = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            text.push(group);
        }
        text.push(c);
    }
    text
}

/// A count, negative ones included, grouped as [`grouped`] does.
pub fn count(n: i64, locale: Locale) -> String {
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}{}", grouped(n.unsigned_abs(), locale))
}

/// A day written out: `lundi 3 août 2026`, `Monday 3 August 2026`.
pub fn long_date(date: chrono::NaiveDate, locale: Locale) -> String {
    match locale {
        Locale::Fr => date
            .format_localized("%A %-d %B %Y", chrono::Locale::fr_FR)
            .to_string(),
        Locale::En => date.format("%A %-d %B %Y").to_string(),
    }
}

/// The text under `key` in `locale`. A key may carry its placeholders' values after bars,
/// `rules.too_long|minutes=600`, so that an error names its figures in every language.
pub fn translate(locale: Locale, key: &str) -> String {
    let mut parts = key.split('|');
    let base = parts.next().unwrap_or_default();
    let text = rust_i18n::t!(base, locale = locale.code()).into_owned();
    parts.fold(text, |text, arg| match arg.split_once('=') {
        Some((name, value)) => text.replace(&format!("%{{{name}}}"), value),
        None => text,
    })
}

/// The text under `key` in `locale`, with `%{name}` placeholders replaced.
pub fn translate_with(locale: Locale, key: &str, args: &[(&str, &str)]) -> String {
    args.iter()
        .fold(translate(locale, key), |text, (name, value)| {
            text.replace(&format!("%{{{name}}}"), value)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_group_their_thousands() {
        assert_eq!(count(0, Locale::Fr), "0");
        assert_eq!(count(999, Locale::En), "999");
        assert_eq!(count(12_400, Locale::Fr), "12\u{202f}400");
        assert_eq!(count(1_234_567, Locale::En), "1,234,567");
        assert_eq!(count(-4_500, Locale::Fr), "-4\u{202f}500");
    }

    #[test]
    fn french_is_the_default() {
        assert_eq!(Locale::negotiate(None, None, None), Locale::Fr);
        assert_eq!(
            Locale::negotiate(None, None, Some("de-DE,es;q=0.8")),
            Locale::Fr
        );
    }

    #[test]
    fn the_query_wins_over_cookie_and_header() {
        assert_eq!(
            Locale::negotiate(Some("en"), Some("fr"), Some("fr")),
            Locale::En
        );
        assert_eq!(Locale::negotiate(Some("xx"), Some("en"), None), Locale::En);
    }

    #[test]
    fn accept_language_is_read_by_quality() {
        assert_eq!(
            Locale::negotiate(None, None, Some("de;q=0.9,en-GB;q=0.8,fr;q=0.5")),
            Locale::En
        );
        assert_eq!(
            Locale::negotiate(None, None, Some("en;q=0.4,fr-CA")),
            Locale::Fr
        );
    }

    #[test]
    fn keys_carry_their_values() {
        assert_eq!(
            translate_with(Locale::En, "error.too_many_requests_detail", &[]),
            translate(Locale::En, "error.too_many_requests_detail|unused=1")
        );
        assert_eq!(
            translate(Locale::Fr, "booking.overlap_suggestion|slot=mardi 14:00"),
            "Ce créneau est déjà pris. Le plus proche libre : mardi 14:00."
        );
    }

    #[test]
    fn codes_are_read_loosely() {
        assert_eq!(Locale::from_code("EN-us"), Some(Locale::En));
        assert_eq!(Locale::from_code("fr_FR"), Some(Locale::Fr));
        assert_eq!(Locale::from_code(""), None);
    }
}
