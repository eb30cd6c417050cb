//! Numbers and facts written for readers of each language.
use chrono::{DateTime, Utc};

use super::i18n::{translate, translate_with};
use crate::domain::Locale;

/// The i18n keys of the days of the week, Monday first, as French and ISO 8601 count them.
pub const WEEKDAY_KEYS: [&str; 7] = [
    "weekday.mon",
    "weekday.tue",
    "weekday.wed",
    "weekday.thu",
    "weekday.fri",
    "weekday.sat",
    "weekday.sun",
];

/// A moment in Paris wall-clock time: `29 novembre 2026 à 10:05`, `29 November 2026, 10:05`.
pub fn date_time(at: DateTime<Utc>, locale: Locale) -> String {
    let paris = at.with_timezone(&chrono_tz::Europe::Paris);
    match locale {
        Locale::Fr => paris
            .format_localized("%-d %B %Y à %H:%M", chrono::Locale::fr_FR)
            .to_string(),
        Locale::En => paris.format("%-d %B %Y, %H:%M").to_string(),
    }
}

/// An area such as `14,5 m²` or `14.5 m²`, without a useless `,0`.
pub fn area(m2: f64, locale: Locale) -> String {
    let rounded = (m2 * 10.0).round() / 10.0;
    let text = if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    };
    let text = match locale {
        Locale::Fr => text.replace('.', ","),
        Locale::En => text,
    };
    format!("{text}\u{a0}m²")
}

/// A floor: ground floor, first floor, basement…
pub fn floor(n: i32, locale: Locale) -> String {
    match n {
        0 => translate(locale, "floor.ground"),
        n if n < 0 => translate(locale, "floor.basement"),
        1 => translate(locale, "floor.first"),
        n => translate_with(locale, "floor.nth", &[("n", &n.to_string())]),
    }
}

/// How many people a space holds; storage holds nobody.
pub fn capacity(n: i32, locale: Locale) -> String {
    match n {
        0 => translate(locale, "capacity.none"),
        1 => translate(locale, "capacity.one"),
        n => translate_with(locale, "capacity.many", &[("n", &n.to_string())]),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn moments_are_in_paris_time() {
        use chrono::TimeZone;
        let winter = chrono::Utc
            .with_ymd_and_hms(2026, 11, 29, 9, 5, 0)
            .single()
            .expect("valid");
        assert_eq!(
            super::date_time(winter, Locale::Fr),
            "29 novembre 2026 à 10:05"
        );
        let summer = chrono::Utc
            .with_ymd_and_hms(2027, 7, 1, 9, 5, 0)
            .single()
            .expect("valid");
        assert_eq!(super::date_time(summer, Locale::En), "1 July 2027, 11:05");
    }

    use super::*;

    #[test]
    fn areas_use_the_local_decimal_mark() {
        assert_eq!(area(14.5, Locale::Fr), "14,5\u{a0}m²");
        assert_eq!(area(14.5, Locale::En), "14.5\u{a0}m²");
        assert_eq!(area(85.0, Locale::Fr), "85\u{a0}m²");
    }

    #[test]
    fn floors_and_capacities_read_naturally() {
        assert_eq!(floor(0, Locale::Fr), "Rez-de-chaussée");
        assert_eq!(floor(1, Locale::Fr), "1er étage");
        assert_eq!(floor(2, Locale::Fr), "2e étage");
        assert_eq!(floor(2, Locale::En), "Floor 2");
        assert_eq!(capacity(40, Locale::Fr), "40 personnes");
        assert_eq!(capacity(1, Locale::En), "1 person");
    }
}
