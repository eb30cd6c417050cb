//! SIRET numbers for the demo: 14 digits that pass the Luhn check.
pub use crate::domain::siret::luhn_valid;

/// A valid SIRET built from a seed: 13 digits from the seed, then the Luhn check digit.
pub(super) fn demo_siret(seed: u64) -> String {
    let body = format!(
        "{:013}",
        (seed.wrapping_mul(2_654_435_761) % 9_000_000_000_000) + 1_000_000_000_000
    );
    (0..10)
        .map(|d| format!("{body}{d}"))
        .find(|candidate| luhn_valid(candidate))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_accepts_known_numbers() {
        // A published SIRET (the Luhn check holds for ordinary establishments).
        assert!(luhn_valid("73282932000074"));
        assert!(!luhn_valid("73282932000075"));
        assert!(!luhn_valid("7328293200007a"));
    }

    #[test]
    fn demo_sirets_are_valid_and_distinct() {
        let sirets: std::collections::HashSet<String> = (0..200).map(demo_siret).collect();
        assert_eq!(sirets.len(), 200);
        assert!(sirets.iter().all(|s| s.len() == 14 && luhn_valid(s)));
    }
}
