//! Parts shared by pages.
mod ask;
pub mod charts;
pub mod figures;
mod form;
mod guard;
mod menu;
mod notice;
mod params;
mod plan_editor;
mod table;

pub use ask::{Question, ask_link, question};
pub use form::{ErrorSummary, Input, field_invalid, returned_error};
pub use guard::{Audience, guarded};
pub use menu::MainMenu;
pub use notice::{load_error, page_error};
pub use params::{notice_key, path_id, path_slug};
pub use plan_editor::{Placed, PlanEditor, PlanTarget};
pub use table::{Columns, data_table};
