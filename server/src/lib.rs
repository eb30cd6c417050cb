//! The `solilab` server: settings, HTTP router, REST API and command-line actions. No business
//! rule lives here: every handler calls `app::core`.
pub mod cli;
pub mod csrf;
mod csv_file;
mod floor_pictures;
pub mod fn_errors;
mod import_upload;
pub mod locale;
mod occupancy_csv;
mod report_csv;
pub mod rest;
pub mod router;
pub mod security;
pub mod session;
pub mod settings;
pub mod telemetry;
mod uploads;

pub use router::{build_router, leptos_options};
pub use settings::Settings;
