//! Solilab: the operations and booking system of a tiers-lieu.
//!
//! `domain` holds plain types shared by browser and server, `core` the rules (server only),
//! `api` the server functions and `ui` the pages. The browser build hydrates only the islands.
#![recursion_limit = "256"]

rust_i18n::i18n!("locales", fallback = "fr");

pub mod api;
#[cfg(feature = "ssr")]
pub mod core;
pub mod domain;
pub mod ui;

pub use ui::{App, shell};

/// The browser entry point: hydrates the interactive islands of a server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
