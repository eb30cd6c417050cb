//! Passwords: length rules, a list of common passwords, and argon2id hashing
//! (OWASP: m=19456 KiB, t=2, p=1).
use std::collections::HashSet;
use std::sync::LazyLock;

use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::domain::AppError;

/// The most common passwords of 8 characters or more (zxcvbn's list, lower case, with French
/// additions): each is refused whatever its case.
static COMMON: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("common-passwords.txt").lines().collect());

/// A password that meets the length rule (8 to 128 characters) and is not a common one.
#[derive(Clone)]
pub struct Password(String);

impl Password {
    /// Accepts a password of 8 to 128 characters (counted as characters, not bytes).
    pub fn parse(raw: &str) -> Result<Password, AppError> {
        let length = raw.chars().count();
        if length < 8 {
            return Err(AppError::invalid("password", "account.password_too_short"));
        }
        if length > 128 {
            return Err(AppError::invalid("password", "account.password_too_long"));
        }
        if COMMON.contains(raw.to_lowercase().as_str()) {
            return Err(AppError::invalid("password", "account.password_common"));
        }
        Ok(Password(raw.to_owned()))
    }
}

impl Password {
    /// The password itself, to compare with its confirmation.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

fn argon2() -> Argon2<'static> {
    // The parameters are constants that are known to be valid.
    #[expect(clippy::unwrap_used, reason = "constant, valid parameters")]
    let params = Params::new(19_456, 2, 1, None).unwrap();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a password into a PHC string.
pub fn hash_password(password: &Password) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(password.0.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| {
            tracing::error!(error = %e, "password hashing failed");
            AppError::Internal
        })
}

/// Whether `candidate` matches the stored PHC string.
pub fn verify_password(stored: &str, candidate: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|hash| {
        argon2()
            .verify_password(candidate.as_bytes(), &hash)
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_rules() {
        assert!(Password::parse("1234567").is_err());
        assert!(Password::parse("k8#vq2!m").is_ok());
        assert!(Password::parse(&"é".repeat(128)).is_ok());
        assert!(Password::parse(&"é".repeat(129)).is_err());
    }

    #[test]
    fn common_passwords_are_refused() {
        for common in [
            "password",
            "PassWord1",
            "azertyuiop",
            "motdepasse",
            "12345678",
        ] {
            assert_eq!(
                Password::parse(common).map(|_| ()),
                Err(AppError::invalid("password", "account.password_common")),
                "{common}"
            );
        }
        assert!(COMMON.len() > 10_000);
        assert!(Password::parse("tiers-lieu de la Prairie").is_ok());
    }

    #[test]
    fn hashes_are_argon2id_and_verify() {
        let password = Password::parse("correct horse battery").expect("valid");
        let hash = hash_password(&password).expect("hashes");
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(verify_password(&hash, "correct horse battery"));
        assert!(!verify_password(&hash, "wrong horse battery"));
        assert!(!verify_password("not a hash", "x"));
    }
}
