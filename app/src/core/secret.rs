//! Random secrets (session ids, link and API tokens) and the digests that are stored instead.
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A new secret of 256 random bits from the OS, in hex, after `prefix`.
pub fn new_secret(prefix: &str) -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    format!("{prefix}{}", hex::encode(bytes))
}

/// The SHA-256 of a secret, in hex: what the database keeps.
pub fn digest(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_fresh_and_digests_stable() {
        let a = new_secret("x_");
        assert!(a.starts_with("x_") && a.len() == 66);
        assert_ne!(a, new_secret("x_"));
        assert_eq!(digest(&a), digest(&a));
        assert_eq!(digest(&a).len(), 64);
    }
}
