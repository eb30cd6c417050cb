//! Money in integer cents of euro: never a float.
use serde::{Deserialize, Serialize};

use super::Locale;

/// An amount in cents of euro.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(transparent)]
pub struct Money(i64);

impl Money {
    /// An amount of `cents` cents.
    pub const fn from_cents(cents: i64) -> Self {
        Money(cents)
    }

    /// The amount in cents.
    pub const fn cents(self) -> i64 {
        self.0
    }

    /// Reads euros as people type them: `1 234,50`, `1234.5`, `45 €`; at most two decimals,
    /// never negative.
    pub fn parse_euros(raw: &str) -> Option<Money> {
        let text: String = raw
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '€' | '\u{202f}' | '\u{a0}'))
            .map(|c| if c == ',' { '.' } else { c })
            .collect();
        let (euros, cents) = text.split_once('.').unwrap_or((&text, "00"));
        let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        if !digits(euros) || !digits(cents) || cents.len() > 2 || euros.len() > 10 {
            return None;
        }
        let cents = format!("{cents:0<2}");
        Some(Money(
            euros.parse::<i64>().ok()? * 100 + cents.parse::<i64>().ok()?,
        ))
    }

    /// The amount written the way readers of `locale` expect: `1 234,50 €` or `€1,234.50`.
    pub fn format(self, locale: Locale) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let (euros, cents) = (abs / 100, abs % 100);
        let grouped = super::locale::grouped(euros, locale);
        let decimal = match locale {
            Locale::Fr => ',',
            Locale::En => '.',
        };
        match locale {
            Locale::Fr => format!("{sign}{grouped}{decimal}{cents:02}\u{a0}€"),
            Locale::En => format!("{sign}€{grouped}{decimal}{cents:02}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_uses_comma_and_narrow_spaces() {
        assert_eq!(Money::from_cents(4500).format(Locale::Fr), "45,00\u{a0}€");
        assert_eq!(
            Money::from_cents(12_345_678).format(Locale::Fr),
            "123\u{202f}456,78\u{a0}€"
        );
        assert_eq!(Money::from_cents(5).format(Locale::Fr), "0,05\u{a0}€");
    }

    #[test]
    fn english_puts_the_symbol_first() {
        assert_eq!(Money::from_cents(123_450).format(Locale::En), "€1,234.50");
        assert_eq!(Money::from_cents(-99).format(Locale::En), "-€0.99");
        assert_eq!(Money::from_cents(100_000).format(Locale::En), "€1,000.00");
    }

    #[test]
    fn euros_are_read_as_typed() {
        assert_eq!(
            Money::parse_euros("1 234,50"),
            Some(Money::from_cents(123_450))
        );
        assert_eq!(
            Money::parse_euros("1234.5 €"),
            Some(Money::from_cents(123_450))
        );
        assert_eq!(Money::parse_euros("45"), Some(Money::from_cents(4500)));
        assert_eq!(Money::parse_euros("0,05"), Some(Money::from_cents(5)));
        for bad in ["", "-3", "1,234", "abc", "12,", "1.2.3"] {
            assert_eq!(Money::parse_euros(bad), None, "{bad}");
        }
    }

    #[test]
    fn json_is_plain_cents() {
        assert_eq!(
            serde_json::to_string(&Money::from_cents(4500)).expect("json"),
            "4500"
        );
    }
}
