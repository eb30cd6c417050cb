//! SIRET numbers: 14 digits passing the Luhn check, except La Poste's establishments (SIREN
//! 356 000 000), whose digits sum to a multiple of 5 instead.
use serde::{Deserialize, Serialize};

use super::AppError;

const LA_POSTE: &str = "356000000";

/// Whether a string of digits passes the Luhn check.
pub fn luhn_valid(digits: &str) -> bool {
    let mut sum = 0;
    for (i, c) in digits.chars().rev().enumerate() {
        let Some(d) = c.to_digit(10) else {
            return false;
        };
        sum += if i % 2 == 1 {
            if d * 2 > 9 { d * 2 - 9 } else { d * 2 }
        } else {
            d
        };
    }
    !digits.is_empty() && sum % 10 == 0
}

/// A valid SIRET.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Siret(String);

impl Siret {
    /// Accepts 14 digits (spaces ignored) that pass the check for their kind of establishment.
    pub fn parse(raw: &str) -> Result<Siret, AppError> {
        let digits: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        let well_formed = digits.len() == 14 && digits.chars().all(|c| c.is_ascii_digit());
        let valid = well_formed
            && if digits.starts_with(LA_POSTE) {
                digits.chars().filter_map(|c| c.to_digit(10)).sum::<u32>() % 5 == 0
            } else {
                luhn_valid(&digits)
            };
        if valid {
            Ok(Siret(digits))
        } else {
            Err(AppError::invalid("siret", "structure.siret_invalid"))
        }
    }

    /// The 14 digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_establishments_pass_luhn() {
        assert!(Siret::parse("732 829 320 00074").is_ok());
        assert!(Siret::parse("73282932000075").is_err());
        assert!(Siret::parse("7328293200007a").is_err());
        assert!(Siret::parse("7328293200007").is_err());
        assert!(!luhn_valid(""));
    }

    #[test]
    fn la_poste_establishments_sum_to_a_multiple_of_five() {
        // 3+5+6 + 0… + 0+0+5+5+1 = 25: a La Poste establishment that fails Luhn.
        assert!(!luhn_valid("35600000000551"));
        assert!(Siret::parse("35600000000551").is_ok());
        assert!(Siret::parse("35600000000552").is_err());
    }
}
