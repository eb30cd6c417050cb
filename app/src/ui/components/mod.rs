//! Parts shared by pages.
pub mod charts;
pub mod figures;
mod form;
mod menu;

pub use form::{ErrorSummary, Input, field_invalid, handed_over, returned_error};
pub use menu::MainMenu;
