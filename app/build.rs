//! Rebuilds the crate when a translation changes: rust-i18n reads `locales/` at compile time,
//! and cargo would not know otherwise.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
